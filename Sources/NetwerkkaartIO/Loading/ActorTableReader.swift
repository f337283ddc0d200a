import NetwerkkaartCore
import OrderedCollections

/// Turns the rows of `actors.csv` into actor records.
///
/// Columns: `id` (required), `label`, `role`, `type`, matched case-insensitively (Dutch names
/// `naam` and `rol` are accepted too); every other column becomes a free attribute. An empty
/// role means none; an unknown one is an error naming the allowed values and the nearest.
///
/// It reads a row at a time (a ``TableRowConsumer``), as ``CSVReader`` parses them.
struct ActorTableReader: TableRowConsumer {
  /// The actors read so far, in row order; `nil` when the table has no `id` column.
  var actors: [ActorRecord]?
  /// The problems found so far.
  var problems: [Diagnostic] = []
  /// The positions of the id, label, role and type columns and of the attribute columns; `nil`
  /// before the header is read, or when it has no `id` column.
  private var columns: (id: Int, label: Int?, role: Int?, type: Int?, attributes: [Int])?

  /// The actors of a whole table, or `nil` when it has no `id` column (reported in `problems`).
  static func read(_ document: TableDocument, into problems: inout [Diagnostic]) -> [ActorRecord]? {
    var reader = ActorTableReader()
    reader.begin(document)
    reader.actors?.reserveCapacity(document.rows.count)
    reader.read(document.rows, of: document)
    problems += reader.problems
    return reader.actors
  }

  /// Finds the columns in the header, or reports that it has no `id` column.
  mutating func begin(_ document: TableDocument) {
    guard let idColumn = document.column("id") else {
      problems.append(
        .error(
          "no 'id' column; the header row must name one column 'id' (found: \(document.header.joined(separator: ", ")))",
          dutch:
            "geen kolom 'id'; de koprij moet één kolom 'id' noemen (gevonden: \(document.header.joined(separator: ", ")))",
          at: document.headerLocation))
      return
    }
    let labelColumn = document.column("label", aliases: Array(ColumnNames.label.dropFirst()))
    let roleColumn = document.column("role", aliases: Array(ColumnNames.role.dropFirst()))
    let typeColumn = document.column("type")
    let known = Set([idColumn, labelColumn, roleColumn, typeColumn].compactMap { $0 })
    let attributeColumns = document.header.indices.filter { !known.contains($0) }
    columns = (idColumn, labelColumn, roleColumn, typeColumn, attributeColumns)
    actors = []
  }

  /// Makes room for `rows` records.
  mutating func reserveCapacity(_ rows: Int) { actors?.reserveCapacity(rows) }

  /// Reads one row of the table `begin` was given.
  mutating func consume(_ row: TableRow, of document: TableDocument) {
    read(CollectionOfOne(row), of: document)
  }

  /// Reads rows into actor records, reporting empty ids and unknown roles.
  private mutating func read(_ rows: some Collection<TableRow>, of document: TableDocument) {
    guard let (idColumn, labelColumn, roleColumn, typeColumn, attributeColumns) = columns else { return }
    for row in rows {
      let location = document.location(of: row)
      let id = row.fields[idColumn].trimmingASCIIWhitespace()
      if id.isEmpty {
        problems.append(
          .error(
            "empty actor id; give every actor an id or delete the row",
            dutch: "lege actor-id; geef elke actor een id of verwijder de rij",
            at: document.location(of: row, field: idColumn))
        )
        continue
      }
      var role: ActorRole?
      if let roleColumn {
        let parsed = Self.parseRole(row.fields[roleColumn], of: id)
        role = parsed.role
        if let problem = parsed.problem {
          problems.append(.error(problem, at: document.location(of: row, field: roleColumn)))
        }
      }
      var attributes = OrderedDictionary<String, String>()
      for column in attributeColumns where !row.fields[column].isEmpty {
        attributes[document.header[column]] = row.fields[column]
      }
      actors?.append(
        ActorRecord(
          id: ActorID(id), label: labelColumn.flatMap { Self.nonEmpty(row.fields[$0]) }, role: role,
          type: typeColumn.flatMap { Self.nonEmpty(row.fields[$0]) }, attributes: attributes, origin: location))
    }
  }

  /// Reads a role cell: empty is no role; an unknown word is a problem naming the allowed
  /// values and the nearest.
  static func parseRole(_ cell: String, of id: String) -> (role: ActorRole?, problem: Wording?) {
    let text = cell.trimmingASCIIWhitespace()
    guard !text.isEmpty else { return (nil, nil) }
    if let role = ActorRole(parsing: text) { return (role, nil) }
    let hint = Suggestion.hint(Suggestion.nearest(to: text, in: ActorRole.acceptedSpellings))
    let allowed = ActorRole.allCases.map(\.rawValue).joined(separator: ", ")
    return (
      nil,
      Wording(
        "unknown role \"\(text)\" for actor \"\(id)\"; use one of \(allowed) or leave it empty\(hint.english)",
        dutch:
          "onbekende rol \"\(text)\" voor actor \"\(id)\"; gebruik een van \(allowed) of laat de cel leeg\(hint.dutch)")
    )
  }

  private static func nonEmpty(_ text: String) -> String? {
    let trimmed = text.trimmingASCIIWhitespace()
    return trimmed.isEmpty ? nil : trimmed
  }
}
