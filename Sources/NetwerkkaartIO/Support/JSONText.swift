/// JSON string literals.
package enum JSONText {
  /// `text` as a JSON string: quotes, backslashes and control characters escaped, everything
  /// else (accents included) as UTF-8. The C1 controls (U+007F to U+009F) and U+FFFE/U+FFFF
  /// are escaped too: JSON allows them raw, but YAML, whose parser reads netwerkkaart's JSON
  /// back, does not (found by fuzzing, issue 17: an edge list written as JSON did not read back).
  package static func quoted(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _
      where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        || scalar.value >= 0xFFFE && scalar.value <= 0xFFFF:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// A one-line object of already-encoded member values.
  static func object(_ members: [(key: String, value: String)]) -> String {
    "{" + members.map { "\(quoted($0.key)): \($0.value)" }.joined(separator: ", ") + "}"
  }

  /// A list of already-encoded items, one per line, for a member at the top level.
  static func list(_ items: [String]) -> String {
    items.isEmpty ? "[]" : "[\n" + items.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]"
  }
}
