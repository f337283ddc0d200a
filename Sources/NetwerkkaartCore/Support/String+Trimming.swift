extension String {
  /// The string without leading and trailing spaces, tabs and line breaks (ASCII only,
  /// so that no Unicode character of an id is touched).
  package func trimmingASCIIWhitespace() -> String {
    let utf8 = self.utf8
    guard let first = utf8.firstIndex(where: { !Self.isASCIISpace($0) }),
      let last = utf8.lastIndex(where: { !Self.isASCIISpace($0) })
    else { return "" }
    if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return self }
    return String(self[first...last])
  }

  /// Whether the string starts or ends with a space, tab or line break (what
  /// ``trimmingASCIIWhitespace()`` would remove), without making a new string.
  package var hasASCIIWhitespaceAround: Bool {
    guard let first = utf8.first, let last = utf8.last else { return false }
    return Self.isASCIISpace(first) || Self.isASCIISpace(last)
  }

  private static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}

extension String {
  /// The text as a snake_case key: trimmed, lower case, hyphens and spaces as `_`
  /// (`Betweenness-Normalized` → `betweenness_normalized`), for reading measure and figure names.
  package var snakeCaseKey: String {
    trimmingASCIIWhitespace().lowercased().replacingOccurrences(of: "-", with: "_")
      .replacingOccurrences(of: " ", with: "_")
  }
}
