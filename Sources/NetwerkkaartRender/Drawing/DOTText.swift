/// Text inside DOT files and Graphviz's SVG.
enum DOTText {
  /// A DOT double-quoted string that Graphviz shows exactly as typed: backslashes and quotes
  /// escaped for DOT, `&` written as `&amp;` (Graphviz decodes entities in labels, so `R&amp;D`
  /// typed by a user must not become `R&D`), line breaks as `\n`.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for character in text {
      switch character {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "&": out += "&amp;"
      case "\n", "\r\n", "\r": out += "\\n"
      default: out.append(character)
      }
    }
    return out + "\""
  }

  /// Text for XML (SVG, and Graphviz's HTML-like labels).
  static func xml(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }

  /// A number for DOT with at most three decimals.
  static func number(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  /// An id usable in SVG, CSS and JavaScript: ASCII letters, digits, `-` and `_`.
  static func identifier(_ text: String) -> String {
    let cleaned = String(
      text.unicodeScalars.map { scalar -> Character in
        scalar.isASCII && (CharacterSet.isAlphanumeric(scalar) || scalar == "-" || scalar == "_")
          ? Character(scalar) : "_"
      })
    return cleaned.isEmpty ? "_" : cleaned
  }
}

private enum CharacterSet {
  static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
  }
}
