/// Escaping text for XML 1.0 documents (GraphML, GEXF, workbook parts).
package enum XMLText {
  /// Text as element content or a double-quoted attribute value: `&`, `<`, `>`, `"` escaped,
  /// and tabs and line breaks written as character references, so that parsers keep them
  /// exactly (they would turn them into spaces in attributes, and `\r\n` into `\n` anywhere).
  /// Control characters XML 1.0 cannot hold at all are dropped; ``isRepresentable(_:)`` says
  /// whether that happens.
  package static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      case "\t": out += "&#9;"
      case _ where !allowed(scalar): continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Whether every character of `text` can be written in XML 1.0.
  static func isRepresentable(_ text: String) -> Bool { text.unicodeScalars.allSatisfy(allowed) }

  private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }
}
