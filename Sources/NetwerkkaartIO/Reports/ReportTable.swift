/// A titled table of a report, rendered aligned for a terminal or as Markdown for a paper.
struct ReportTable {
  var title: String
  var header: [String]
  var rows: [[String]]
  /// Columns from this position on are numbers, right-aligned in text.
  var firstNumberColumn: Int
  /// A sentence under the table: the convention or rule behind it.
  var note: String?

  init(_ title: String, header: [String], rows: [[String]], firstNumberColumn: Int = 1, note: String? = nil) {
    self.title = title
    self.header = header
    self.rows = rows
    self.firstNumberColumn = firstNumberColumn
    self.note = note
  }

  func text() -> String {
    var out = "\(title)\n"
    let lines = [header] + rows
    let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
    for line in lines {
      let cells = line.indices.map { column in
        let padding = String(repeating: " ", count: widths[column] - line[column].count)
        return column < firstNumberColumn ? line[column] + padding : padding + line[column]
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
      out += "|" + header.indices.map { $0 < firstNumberColumn ? "---|" : "---:|" }.joined() + "\n"
      for row in rows { out += "| " + row.map(MarkdownReport.cell).joined(separator: " | ") + " |\n" }
    }
    if let note { out += "\n\(note)\n" }
    return out
  }
}
