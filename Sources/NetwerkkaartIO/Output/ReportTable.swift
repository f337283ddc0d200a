/// A titled table of a report, rendered aligned for a terminal, as Markdown for a paper or as a
/// LaTeX `booktabs` table; public so that other renderers (an HTML report) can show the same
/// tables. Cells are text as people read it (numbers already rounded).
public struct ReportTable: Sendable, Hashable {
  /// The table's title, printed above it (a caption in LaTeX).
  public var title: String
  /// Column names.
  public var header: [String]
  /// The cells, row by row, each as wide as ``header``.
  public var rows: [[String]]
  /// Columns from this position on are numbers, right-aligned in text…
  public var firstNumberColumn: Int
  /// …up to this one (text again after it); `nil`: to the last column.
  public var lastNumberColumn: Int?
  /// A sentence under the table: the convention or rule behind it.
  public var note: String?

  /// A table titled `title`; columns from `firstNumberColumn` to `lastNumberColumn` (default:
  /// the last) are numbers, right-aligned.
  public init(
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

  /// Whether column `column` holds numbers (right-aligned).
  public func isNumber(_ column: Int) -> Bool { column >= firstNumberColumn && column <= (lastNumberColumn ?? Int.max) }

  /// Aligned for a terminal: the title, the header, the rows, the note.
  public func text() -> String {
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

  /// A level-3 heading, a GitHub-flavoured Markdown table and the note.
  public func markdown() -> String {
    var out = "### \(MarkdownReport.cell(title))\n\n"
    if rows.isEmpty {
      out += "(none)\n"
    } else {
      out += "| " + header.map(MarkdownReport.cell).joined(separator: " | ") + " |\n"
      out += "|" + header.indices.map { isNumber($0) ? "---:|" : "---|" }.joined() + "\n"
      for row in rows { out += "| " + row.map(MarkdownReport.cell).joined(separator: " | ") + " |\n" }
    }
    if let note { out += "\n\(MarkdownReport.cell(note))\n" }
    return out
  }
}
