/// Text from a map made safe to show in a terminal.
///
/// Labels, ids and file names are user text: an escape sequence in them (clear the screen,
/// `ESC ] 52` to write the clipboard, a fake prompt after a carriage return) would act on the
/// reader's terminal. Every control character (C0, DEL and C1) is shown instead as a visible
/// escape in Swift's notation: `\u{1B}`; a line break inside a value as `\n`, a tab as `\t`.
///
/// ```swift
/// TerminalText.escaped("De Linde\u{1B}[2J")   // "De Linde\\u{1B}[2J"
/// ```
public enum TerminalText {
  /// `text` with every control character replaced by a visible escape.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where isControl(scalar): out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Lines of output: each line escaped, the line breaks between them kept.
  public static func escapedLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
  }

  /// C0 controls, DEL and C1 controls; also the bidirectional overrides that reorder what a
  /// terminal shows (U+202A–U+202E, U+2066–U+2069).
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }
}
