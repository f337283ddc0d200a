import Foundation

/// The tables of a report (``AnalysisReport``, ``ComparisonReport``) as a workbook: one sheet
/// per table, named after its title, with the header in bold; cells of number columns that hold
/// a number (with a decimal point or, in Dutch, a decimal comma) become number cells (with the
/// rounding of the text report), the rest text. A
/// table's note goes in a row of its own under the table.
enum ReportWorkbook {
  static func write(_ tables: [ReportTable], to url: URL) throws {
    var used: Set<String> = []
    let sheets = tables.map { table in
      let rows: [[WorkbookWriter.Cell]] = table.rows.map { row in
        row.indices.map { column in
          let text = row[column]
          if text.isEmpty { return .empty }
          // A Dutch report writes a decimal comma (`0,133`): still a number.
          if table.isNumber(column), let value = Double(text) ?? Double(text.replacingOccurrences(of: ",", with: ".")) {
            return .number(value)
          }
          return .text(text)
        }
      }
      let note: [[WorkbookWriter.Cell]] = table.note.map { [[], [.text($0)]] } ?? []
      return WorkbookWriter.Sheet(name: sheetName(table.title, used: &used), header: table.header, rows: rows + note)
    }
    try WorkbookWriter(sheets: sheets).write(to: url)
  }

  /// A title as Excel accepts a sheet name: at most 31 characters, none of `[]:*?/\`, unique.
  static func sheetName(_ title: String, used: inout Set<String>) -> String {
    let allowed = title.filter { !"[]:*?/\\".contains($0) }
    let cleaned = String(allowed.replacingOccurrences(of: "  ", with: " ").prefix(31))
    var name = cleaned.isEmpty ? "tabel" : cleaned
    var number = 2
    while used.contains(name.lowercased()) {
      name = String(cleaned.prefix(27)) + " (\(number))"
      number += 1
    }
    used.insert(name.lowercased())
    return name
  }
}

extension AnalysisReport {
  /// Writes the report's tables as a workbook, one sheet per table (see `ReportWorkbook`).
  public func writeWorkbook(to url: URL) throws { try ReportWorkbook.write(tables(), to: url) }
}

extension ComparisonReport {
  /// Writes the report's tables as a workbook, one sheet per table (see `ReportWorkbook`).
  public func writeWorkbook(to url: URL) throws { try ReportWorkbook.write(tables(), to: url) }
}
