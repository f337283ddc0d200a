extension String {
  /// The string without leading and trailing spaces, tabs and line breaks (ASCII only,
  /// so that no Unicode character of an id is touched).
  package func trimmingASCIIWhitespace() -> String {
    let utf8 = self.utf8
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    guard let first = utf8.firstIndex(where: { !isSpace($0) }),
      let last = utf8.lastIndex(where: { !isSpace($0) })
    else { return "" }
    if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return self }
    return String(self[first...last])
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
