/// A titled table of a report, rendered aligned for a terminal or as Markdown for a paper.
struct ReportTable {
  var title: String
  var header: [String]
  var rows: [[String]]
  /// Columns from this position on are numbers, right-aligned in text…
  var firstNumberColumn: Int
  /// …up to this one (text again after it); `nil`: to the last column.
  var lastNumberColumn: Int?
  /// A sentence under the table: the convention or rule behind it.
  var note: String?

  init(
    _ title: String, header: [String], rows: [[String]], firstNumberColumn: Int = 1, lastNumberColumn: Int? = nil,
    note: String? = nil
  ) {
    self.title = title
    self.header = header
    self.rows = rows
    self.firstNumberColumn = firstNumberColumn
    self.lastNumberColumn = lastNumberColumn
    self.note = note
  }

  func isNumber(_ column: Int) -> Bool { column >= firstNumberColumn && column <= (lastNumberColumn ?? Int.max) }

  func text() -> String {
    var out = "\(title)\n"
    let lines = [header] + rows
    let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
    for line in lines {
      let cells = line.indices.map { column in
        let padding = String(repeating: " ", count: widths[column] - line[column].count)
        return isNumber(column) ? padding + line[column] : line[column] + padding
      }
      out += "  " + cells.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
    }
    if rows.isEmpty { out += "  (none)\n" }
    if let note { out += "  \(note)\n" }
    return out
  }

  func markdown() -> String {
    var out = "### \(title)\n\n"
    if rows.isEmpty {
      out += "(none)\n"
    } else {
      out += "| " + header.map(MarkdownReport.cell).joined(separator: " | ") + " |\n"
      out += "|" + header.indices.map { isNumber($0) ? "---:|" : "---|" }.joined() + "\n"
      for row in rows { out += "| " + row.map(MarkdownReport.cell).joined(separator: " | ") + " |\n" }
    }
    if let note { out += "\n\(note)\n" }
    return out
  }
}
