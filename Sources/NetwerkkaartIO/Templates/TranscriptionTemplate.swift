import Foundation
import NetwerkkaartCore

/// A blank netwerkkaart to fill in after a focus group: the actors table, the ties table and the
/// metadata table with the codebook's columns, as a workbook (with drop-down lists for every
/// closed vocabulary and the fifteen beweegredenen, and a `codebook` sheet to look values up) or
/// as a CSV map folder.
public enum TranscriptionTemplate {
  /// The actor columns, in template order.
  public static let actorColumns = ["id", "label", "role", "type", "intern", "functie", "middelen"]
  /// The tie columns, in template order.
  public static let tieColumns = [
    "source", "target", "weight", "frequentie", "duur", "opvolging", "vorm", "formeel", "ontstaan", "vrijwilligheid",
    "betrokkenheid", "niveau", "reikwijdte", "motief", "beweegreden", "domein", "doel", "middelen",
  ]
  /// The metadata keys, in template order.
  public static let metadataKeys = ["school", "date", "focus_group", "wave", "notes"]

  /// Writes the template to `path`: a workbook for `.xlsx`, else a CSV map folder.
  public static func write(to path: String, codebook: Codebook = .partnership) throws {
    if MapFormat.detect(path: path) == .xlsx {
      try WorkbookWriter(sheets: sheets(codebook)).write(to: URL(fileURLWithPath: path))
      return
    }
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let folder = URL(fileURLWithPath: path)
    let files = [
      (MapLoader.actorsFileName, CSVText.row(actorColumns)), (MapLoader.tiesFileName, CSVText.row(tieColumns)),
      (MapLoader.metadataFileName, metadataKeys.reduce(CSVText.row(["key", "value"])) { $0 + CSVText.row([$1, ""]) }),
    ]
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
    }
  }

  static func sheets(_ codebook: Codebook) -> [WorkbookWriter.Sheet] {
    func choices(_ columns: [String], _ table: CodebookField.Table) -> [Int: [String]] {
      var result: [Int: [String]] = [:]
      for (index, column) in columns.enumerated() {
        guard let field = codebook.field(named: column, in: table) else { continue }
        switch field.values {
        case .closed(let values), .open(let values): result[index] = values.map(\.value)
        // One reason picked from the list; more are typed, separated by `;` (Excel warns, the
        // reader accepts). The resources stay typed: most actors bring several.
        case .several(let values) where field == .reasons: result[index] = values.map(\.value)
        case .several, .text: continue
        }
      }
      return result
    }
    let reference = codebook.fields.map { field -> [WorkbookWriter.Cell] in
      let values = field.listedValues.map { value in
        value.meaning.isEmpty
          ? "\(value.value) (\(value.english))" : "\(value.value) (\(value.english): \(value.meaning))"
      }
      let kind: String
      switch field.values {
      case .text: kind = "vrije tekst / free text"
      case .closed: kind = "één waarde / one value"
      case .several: kind = "één of meer, gescheiden door ; / one or more, separated by ;"
      case .open: kind = "lijst, andere waarden toegelaten / list, other values allowed"
      }
      return [
        .text(field.table == .actors ? "actors" : "ties"), .text(field.name), .text(field.question?.rawValue ?? ""),
        .text(field.summary), .text(kind), .text(values.joined(separator: "; ")),
      ]
    }
    return [
      WorkbookWriter.Sheet(
        name: "actors", header: actorColumns, rows: [], choices: choices(actorColumns, .actors)),
      WorkbookWriter.Sheet(name: "ties", header: tieColumns, rows: [], choices: choices(tieColumns, .ties)),
      WorkbookWriter.Sheet(name: "map", header: ["key", "value"], rows: metadataKeys.map { [.text($0), .empty] }),
      WorkbookWriter.Sheet(
        name: "codebook", header: ["table", "field", "question", "records", "kind", "values"], rows: reference),
    ]
  }
}
