/// How a CSV file is written for the spreadsheet that opens it.
///
/// A Dutch or Belgian Excel reads `;` as the field separator and `,` as the decimal separator,
/// and needs a UTF-8 byte order mark to read accents; a double-clicked RFC 4180 file then lands
/// in one column. `excel-nl` writes what that Excel (and LibreOffice in a nl locale) reads:
///
/// | dialect | separator | decimals | encoding | line end |
/// |---|---|---|---|---|
/// | `rfc4180` | `,` | `0.5` | UTF-8 | LF |
/// | `excel-nl` | `;` | `0,5` | UTF-8 with BOM | CR LF |
///
/// Text cells are quoted in both when they hold `,`, `;`, a quote or a line break.
public enum CSVDialect: String, CaseIterable, Sendable {
  /// Comma-separated, point decimals, UTF-8 without BOM (R, Python, any English locale).
  case rfc4180
  /// Semicolon-separated, comma decimals, UTF-8 with BOM, CR LF (Excel in nl-BE and nl-NL).
  case excelNL = "excel-nl"

  /// What goes before the first row: the UTF-8 byte order mark for Excel.
  public var start: String { self == .excelNL ? "\u{FEFF}" : "" }

  /// One row; `numeric[i]` says that cell `i` is a number written with a point (`0.5`, `1e-05`),
  /// which this dialect writes with its own decimal separator.
  func row(_ cells: [String], numeric: [Bool]) -> String {
    let separator = self == .excelNL ? ";" : ","
    let fields = cells.indices.map { index in
      numeric.indices.contains(index) && numeric[index] ? number(cells[index]) : CSVText.field(cells[index])
    }
    return fields.joined(separator: separator) + (self == .excelNL ? "\r\n" : "\n")
  }

  /// A number in this dialect: `0.5` stays for `rfc4180` and becomes `0,5` for `excel-nl`.
  func number(_ text: String) -> String {
    self == .excelNL ? text.replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "e", with: "E") : text
  }
}
