import Foundation
import NetwerkkaartCore

/// A blank netwerkkaart to fill in after a focus group: the actors table, the ties table and the
/// metadata table with the codebook's columns, as a workbook (with drop-down lists for every
/// closed vocabulary and the fifteen beweegredenen, and a `codebook` sheet to look values up) or
/// as a CSV map folder.
public enum TranscriptionTemplate {
  /// The actor columns, in template order, in `language` (every reader reads both).
  public static func actorColumns(in language: Language) -> [String] {
    language == .nl
      ? ["id", "naam", "rol", "type", "intern", "functie", "middelen"]
      : ["id", "label", "role", "type", "internal", "function", "resources"]
  }

  /// The tie columns, in template order, in `language`: the codebook's Dutch names or its
  /// English aliases.
  public static func tieColumns(in language: Language) -> [String] {
    let fields: [CodebookField] = [
      .frequency, .duration, .followUp, .form, .formality, .origin, .voluntariness, .involvement, .level, .scope,
      .motive, .reasons, .domain, .goal, .tieResources,
    ]
    return (language == .nl ? ["bron", "naar", "gewicht"] : ["source", "target", "weight"])
      + fields.map { language == .nl ? $0.name : $0.aliases.first ?? $0.name }
  }

  /// The metadata keys, in template order, in `language`.
  public static func metadataKeys(in language: Language) -> [String] {
    language == .nl
      ? ["school", "datum", "focusgroep", "golf", "notities"] : ["school", "date", "focus_group", "wave", "notes"]
  }

  /// Writes the template to `path`: a workbook for `.xlsx`, else a CSV map folder; headers,
  /// drop-down values and the codebook sheet in `language`.
  public static func write(to path: String, codebook: Codebook = .partnership, language: Language = .nl) throws {
    let (actorColumns, tieColumns, metadataKeys) = (
      actorColumns(in: language), tieColumns(in: language), metadataKeys(in: language)
    )
    if MapFormat.detect(path: path) == .xlsx {
      try WorkbookWriter(sheets: sheets(codebook, language: language)).write(to: URL(fileURLWithPath: path))
      return
    }
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let folder = URL(fileURLWithPath: path)
    let files = [
      (MapLoader.actorsFileName, CSVText.row(actorColumns)), (MapLoader.tiesFileName, CSVText.row(tieColumns)),
      (MapLoader.metadataFileName, metadataKeys.reduce(CSVText.row(["key", "value"])) { $0 + CSVText.row([$1, ""]) }),
    ]
    for (name, text) in files {
      try AtomicFile.write(Data(text.utf8), to: folder.appendingPathComponent(name).path)
    }
  }

  static func sheets(_ codebook: Codebook, language: Language) -> [WorkbookWriter.Sheet] {
    let (actorColumns, tieColumns, metadataKeys) = (
      actorColumns(in: language), tieColumns(in: language), metadataKeys(in: language)
    )
    func spelled(_ values: [CodebookValue]) -> [String] { values.map { language == .nl ? $0.value : $0.english } }
    func choices(_ columns: [String], _ table: CodebookField.Table) -> [Int: [String]] {
      var result: [Int: [String]] = [:]
      for (index, column) in columns.enumerated() {
        guard let field = codebook.field(named: column, in: table) else { continue }
        switch field.values {
        case .closed(let values), .open(let values): result[index] = spelled(values)
        // One reason picked from the list; more are typed, separated by `;` (Excel warns, the
        // reader accepts). The resources stay typed: most actors bring several.
        case .several(let values) where field == .reasons: result[index] = spelled(values)
        case .several, .text: continue
        }
      }
      return result
    }
    let reference = codebook.fields.map { field -> [WorkbookWriter.Cell] in
      // Dutch: the value with its meaning in Dutch; English: the value, its English gloss and meaning.
      let values = field.listedValues.map { value in
        let meaning = value.meaning(in: language)
        switch (language, meaning.isEmpty) {
        case (.nl, true): return value.value
        case (.nl, false): return "\(value.value) (\(meaning))"
        case (.en, true): return "\(value.value) (\(value.english))"
        case (.en, false): return "\(value.value) (\(value.english): \(meaning))"
        }
      }
      let kind: String
      switch field.values {
      case .text: kind = language.word(.freeText)
      case .closed: kind = language.word(.oneValue)
      case .several: kind = language.word(.severalValues)
      case .open: kind = language.word(.openList)
      }
      // The name the template's own header uses: `rol` in Dutch (the field's key is `role`).
      let name = language == .nl ? (field == .role ? "rol" : field.name) : field.aliases.first ?? field.name
      return [
        .text(field.table == .actors ? language.word(.actors) : language.word(.ties)),
        .text(name), .text(field.question.map { $0.name(in: language) } ?? ""),
        .text(field.summary(in: language)), .text(kind), .text(values.joined(separator: "; ")),
      ]
    }
    return [
      WorkbookWriter.Sheet(
        name: "actors", header: actorColumns, rows: [], choices: choices(actorColumns, .actors)),
      WorkbookWriter.Sheet(name: "ties", header: tieColumns, rows: [], choices: choices(tieColumns, .ties)),
      WorkbookWriter.Sheet(name: "map", header: ["key", "value"], rows: metadataKeys.map { [.text($0), .empty] }),
      WorkbookWriter.Sheet(
        name: "codebook",
        header: language == .nl
          ? ["tabel", "veld", "vraag", "legt vast", "soort", "waarden"]
          : ["table", "field", "question", "records", "kind", "values"], rows: reference),
    ]
  }
}
