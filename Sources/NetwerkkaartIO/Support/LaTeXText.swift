/// Text for LaTeX: every character that LaTeX reads as a command, and every kind of space or
/// break that would change the layout, written so that it prints as itself.
enum LaTeXText {
  /// `text` safe in a LaTeX paragraph or table cell (pdfLaTeX with UTF-8 input, LuaLaTeX or
  /// XeLaTeX):
  ///
  /// | in | out |
  /// |---|---|
  /// | `& % $ # _ { }` | `\&` `\%` `\$` `\#` `\_` `\{` `\}` |
  /// | `\` `~` `^` | `\textbackslash{}` `\textasciitilde{}` `\textasciicircum{}` |
  /// | `<` `>` `\|` | `\textless{}` `\textgreater{}` `\textbar{}` (OT1 fonts print other glyphs) |
  /// | `--`, `` ` ``, `'` pairs | kept apart with `{}`, so no dash or quote ligature forms |
  /// | no-break space U+00A0 | `~` |
  /// | narrow no-break and thin space U+202F, U+2009 | `\,` |
  /// | soft hyphen U+00AD | `\-` (a hyphenation point) |
  /// | non-breaking hyphen U+2011 | `\mbox{-}` |
  /// | zero-width space, joiner, BOM | left out |
  /// | line break, tab | a space (a cell is one line) |
  /// | other control characters | left out |
  ///
  /// Everything else, accented letters and dashes included, stays as UTF-8.
  static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      // `--`, `''` and ``` `` ``` are ligatures in TeX fonts; an empty group between keeps them apart.
      if let previous, previous == scalar, "-`'".unicodeScalars.contains(scalar) { out += "{}" }
      out += replacement(for: scalar)
      previous = scalar
    }
    return out
  }

  private static func replacement(for scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "&", "%", "$", "#", "_", "{", "}": return "\\" + String(scalar)
    case "\\": return "\\textbackslash{}"
    case "~": return "\\textasciitilde{}"
    case "^": return "\\textasciicircum{}"
    case "<": return "\\textless{}"
    case ">": return "\\textgreater{}"
    case "|": return "\\textbar{}"
    case "\u{00A0}": return "~"
    case "\u{202F}", "\u{2009}": return "\\,"
    case "\u{00AD}": return "\\-"
    case "\u{2011}": return "\\mbox{-}"
    case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}": return ""
    case "\n", "\r", "\t", "\u{2028}", "\u{2029}": return " "
    case _ where scalar.value < 0x20 || scalar.value == 0x7F: return ""
    default: return String(scalar)
    }
  }
}
