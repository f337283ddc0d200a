import NetwerkkaartCore
import OrderedCollections

/// Turns the rows of `ties.csv` into tie records.
///
/// Columns: `source` and `target` (required; `from`/`to`, `van`/`naar`, `bron` accepted),
/// `weight` (optional; `gewicht`, `sterkte`, `strength` accepted): a positive number, an empty
/// cell meaning 1, with a decimal comma accepted in `;`- or tab-delimited files. Every other
/// column becomes a free attribute.
///
/// It reads a row at a time (a ``TableRowConsumer``): ``CSVReader`` hands it each row as it
/// parses it, so that a ties file becomes tie records without a table of every row in between.
struct TieTableReader: TableRowConsumer {
  /// The tie records read so far, in row order.
  var ties = TieRecords()
  /// The problems found so far.
  var problems: [Diagnostic] = []
  /// The positions of the source, target and weight columns and of the attribute columns;
  /// `nil` before the header is read, or when it lacks a source or target column.
  private var columns: (source: Int, target: Int, weight: Int?, attributes: [Int])?

  /// The tie records of a whole table.
  static func read(_ document: TableDocument, into problems: inout [Diagnostic]) -> TieRecords {
    var reader = TieTableReader()
    reader.begin(document)
    reader.ties.reserveCapacity(document.rows.count)
    reader.read(document.rows, of: document)
    problems += reader.problems
    return reader.ties
  }

  /// Finds the columns in the header, or reports the missing ones.
  mutating func begin(_ document: TableDocument) {
    let sourceColumn = document.column("source", aliases: Array(ColumnNames.source.dropFirst()))
    let targetColumn = document.column("target", aliases: Array(ColumnNames.target.dropFirst()))
    let weightColumn = document.column("weight", aliases: Array(ColumnNames.weight.dropFirst()))
    guard let sourceColumn, let targetColumn else {
      let names = [sourceColumn == nil ? "'source'" : nil, targetColumn == nil ? "'target'" : nil].compactMap { $0 }
      let missing = names.joined(separator: " and ") + (names.count > 1 ? " columns" : " column")
      let ontbrekend = (names.count > 1 ? "kolommen " : "kolom ") + names.joined(separator: " en ")
      let found = document.header.joined(separator: ", ")
      problems.append(
        .error(
          "no \(missing); the header row must name the columns 'source' and 'target' (found: \(found)); if the first line is already a tie, add the line 'source,target' above it",
          dutch:
            "geen \(ontbrekend); de koprij moet de kolommen 'source' en 'target' noemen (gevonden: \(found)); is de eerste regel al een relatie, zet dan de regel 'source,target' erboven",
          at: document.headerLocation))
      return
    }
    let known = Set([sourceColumn, targetColumn, weightColumn].compactMap { $0 })
    let attributeColumns = document.header.indices.filter { !known.contains($0) }
    columns = (sourceColumn, targetColumn, weightColumn, attributeColumns)
  }

  /// Makes room for `rows` records.
  mutating func reserveCapacity(_ rows: Int) { ties.reserveCapacity(rows) }

  /// Reads one row of the table `begin` was given.
  mutating func consume(_ row: TableRow, of document: TableDocument) {
    read(CollectionOfOne(row), of: document)
  }

  /// Reads rows into tie records, reporting the cells that keep a row from being a tie.
  private mutating func read(_ rows: some Collection<TableRow>, of document: TableDocument) {
    guard let (sourceColumn, targetColumn, weightColumn, attributeColumns) = columns else { return }
    for row in rows {
      let location = document.location(of: row)
      let source = row.fields[sourceColumn].trimmingASCIIWhitespace()
      let target = row.fields[targetColumn].trimmingASCIIWhitespace()
      var rowIsValid = true
      for (name, value, column) in [("source", source, sourceColumn), ("target", target, targetColumn)]
      where value.isEmpty {
        problems.append(
          .error(
            Wording("empty \(name); ", dutch: "lege \(name); ") + ReaderWording.tieNeedsEnds,
            at: document.location(of: row, field: column)))
        rowIsValid = false
      }
      // A bad weight is reported and the row kept (weight 1 stands in): the map is not built
      // while errors remain, and the row's other cells still get checked.
      var weight = 1.0
      if let weightColumn {
        let parsed = Self.parseWeight(row.fields[weightColumn], decimalComma: document.acceptsDecimalComma)
        if let value = parsed.weight { weight = value }
        if let problem = parsed.problem {
          problems.append(.error(problem, at: document.location(of: row, field: weightColumn)))
        }
      }
      guard rowIsValid else { continue }
      var attributes = OrderedDictionary<String, String>()
      for column in attributeColumns where !row.fields[column].isEmpty {
        attributes[document.header[column]] = row.fields[column]
      }
      ties.append(
        TieRecord(
          source: ActorID(source), target: ActorID(target), weight: weight, attributes: attributes,
          origin: location))
    }
  }

  /// Reads a weight cell: empty is 1; anything but a positive number is a problem that says
  /// what to write.
  static func parseWeight(_ cell: String, decimalComma: Bool) -> (weight: Double?, problem: Wording?) {
    let text = cell.trimmingASCIIWhitespace()
    guard !text.isEmpty else { return (1, nil) }
    if let value = NumberParsing.number(text, decimalComma: decimalComma), value > 0, value.isFinite {
      return (value, nil)
    }
    return (nil, weightProblem(text, decimalComma: decimalComma))
  }

  private static func weightProblem(_ text: String, decimalComma: Bool) -> Wording {
    if let value = NumberParsing.number(text, decimalComma: decimalComma) {
      return Wording(
        "weight \(text) is \(value == 0 ? "zero" : value < 0 ? "negative" : "too large"); tie strength must be above 0 (leave the cell empty for 1, or delete the tie)",
        dutch:
          "gewicht \(text) is \(value == 0 ? "nul" : value < 0 ? "negatief" : "te groot"); de sterkte van een relatie moet boven 0 liggen (laat de cel leeg voor 1, of verwijder de relatie)"
      )
    }
    if text.contains(","), !decimalComma {
      return Wording(
        "weight \"\(text)\" is not a number; in a comma-delimited file write decimals with a point (2.5); a decimal comma (2,5) is read only in files delimited by ';' or tabs",
        dutch:
          "gewicht \"\(text)\" is geen getal; schrijf in een kommagescheiden bestand decimalen met een punt (2.5); een decimale komma (2,5) wordt alleen gelezen in bestanden gescheiden door ';' of tabs"
      )
    }
    return Wording(
      "weight \"\(text)\" is not a number; write a positive number such as 1, 2 or 2.5, or leave the cell empty for 1",
      dutch:
        "gewicht \"\(text)\" is geen getal; schrijf een positief getal zoals 1, 2 of 2.5, of laat de cel leeg voor 1")
  }
}
