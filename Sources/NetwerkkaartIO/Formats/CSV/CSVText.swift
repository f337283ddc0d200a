/// Writing RFC 4180 comma-separated text.
enum CSVText {
  /// One field: quoted when it holds a comma, quote or line break or starts or ends with a
  /// space or tab (which readers would trim), with quotes doubled.
  static func field(_ text: String) -> String {
    let needsQuotes =
      text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == ";" }
      || text.first == " " || text.last == " " || text.first == "\t" || text.last == "\t"
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One record, ended by a line feed.
  static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\n"
  }
}
