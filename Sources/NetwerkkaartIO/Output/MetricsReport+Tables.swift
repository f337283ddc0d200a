import Foundation
import NetwerkkaartCore

/// The metrics report as separate tables, for files that a spreadsheet opens: the actor table
/// and the figure table (the whole-map figures, the source and the conventions) each in a file
/// of its own (``csvFiles(_:)``) or a sheet of their own (``workbook()``), numbers as numbers.
extension MetricsReport {
  /// The actor table and the figure table as two CSV texts in `dialect`.
  public func csvFiles(_ dialect: CSVDialect) -> (actors: String, figures: String) {
    let columns = table.columns
    let header = ["id", "label", "role", "type"] + columns.map(\.key)
    var actors = dialect.start + dialect.row(header, numeric: [])
    let numeric = Array(repeating: false, count: 4) + Array(repeating: true, count: columns.count)
    for index in rows {
      let actor = map.actors[index]
      let cells = [actor.id.rawValue, actor.displayName, actor.role?.rawValue ?? "", actor.type ?? ""]
      actors += dialect.row(cells + columns.map { $0.exactText(at: index) }, numeric: numeric)
    }
    var figures = dialect.start + dialect.row(["figure", "value"], numeric: [])
    for (name, value) in figureTable { figures += dialect.row([name, value], numeric: [false, Double(value) != nil]) }
    return (actors, figures)
  }

  /// The rows of the figure table: the source, the whole-map figures, then one row per
  /// convention (`convention: degree`, its sentence).
  var figureTable: [(name: String, value: String)] {
    [("source", source)] + figureRows + table.conventions.map { ("convention: " + $0.name, $0.text) }
  }

  /// Writes the report as a workbook: sheet `actoren` (one row per actor, the measures as
  /// number cells) and sheet `kengetallen` (figure and value, numbers as number cells).
  public func writeWorkbook(to url: URL) throws {
    let columns = table.columns
    let actorRows: [[WorkbookWriter.Cell]] = rows.map { index in
      let actor = map.actors[index]
      return [.text(actor.id.rawValue), .text(actor.displayName)]
        + [actor.role?.rawValue, actor.type].map { $0.map { .text($0) } ?? .empty }
        + columns.map { .number($0.value(at: index)) }
    }
    let figureRows: [[WorkbookWriter.Cell]] = figureTable.map { name, value in
      [.text(name), Double(value).map { .number($0) } ?? .text(value)]
    }
    try WorkbookWriter(sheets: [
      .init(name: "actoren", header: ["id", "label", "role", "type"] + columns.map(\.key), rows: actorRows),
      .init(name: "kengetallen", header: ["figure", "value"], rows: figureRows),
    ]).write(to: url)
  }
}
