/// Writing RFC 4180 comma-separated text that a spreadsheet opens as data, never as formulas.
///
/// A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to
/// Excel, LibreOffice and Google Sheets: a label `=HYPERLINK("http://…")` or `+cmd|' /C calc'!A0`
/// would run when the file is opened. As OWASP recommends ("CSV Injection"), such a cell is
/// written with a leading apostrophe (`'=HYPERLINK(…)`), which the spreadsheet shows as text;
/// numbers (`-3`, `+2.5`, `-1e-3`) are left as they are. ``CSVReader`` drops the apostrophe
/// again, so a netwerkkaart read back is the one written: a value that itself starts with
/// apostrophes before such a character gets one more, `''=x` for `'=x`.
enum CSVText {
  /// The characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// `text` as a spreadsheet cell that cannot be a formula: an apostrophe before a text that
  /// starts with a formula character (after any apostrophes); numbers unchanged.
  static func neutralised(_ text: String) -> String {
    let body = text.drop { $0 == "'" }
    guard let first = body.first, formulaStarts.contains(first) else { return text }
    if body.count == text.count && isPlainNumber(text) { return text }
    return "'" + text
  }

  /// A value ``CSVReader`` read: the apostrophe ``neutralised(_:)`` put before a formula
  /// character removed.
  static func restored(_ text: String) -> String {
    guard text.first == "'" else { return text }
    let body = text.drop { $0 == "'" }
    guard let first = body.first, formulaStarts.contains(first) else { return text }
    return String(text.dropFirst())
  }

  /// A decimal number as spreadsheets read one: optional sign, digits with at most one point,
  /// an optional exponent.
  static func isPlainNumber(_ text: String) -> Bool {
    var characters = Substring(text)
    if characters.first == "+" || characters.first == "-" { characters = characters.dropFirst() }
    let parts = characters.split(maxSplits: 1, omittingEmptySubsequences: false) { $0 == "e" || $0 == "E" }
    guard let mantissa = parts.first, mantissa.contains(where: \.isASCIIDigit),
      mantissa.allSatisfy({ $0.isASCIIDigit || $0 == "." }), mantissa.count(where: { $0 == "." }) <= 1
    else { return false }
    guard parts.count == 2 else { return true }
    var exponent = parts[1]
    if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
    return !exponent.isEmpty && exponent.allSatisfy(\.isASCIIDigit)
  }

  /// One field: neutralised (``neutralised(_:)``), then quoted when it holds a comma, quote or
  /// line break or starts or ends with a space or tab (which readers would trim), with quotes
  /// doubled.
  static func field(_ cell: String) -> String {
    let text = neutralised(cell)
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

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
