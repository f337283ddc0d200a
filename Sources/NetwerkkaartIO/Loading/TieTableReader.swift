import NetwerkkaartCore
import OrderedCollections

/// Turns the rows of `ties.csv` into tie records.
///
/// Columns: `source` and `target` (required; `from`/`to`, `van`/`naar`, `bron` accepted),
/// `weight` (optional; `gewicht`, `sterkte`, `strength` accepted): a positive number, an empty
/// cell meaning 1, with a decimal comma accepted in `;`- or tab-delimited files. Every other
/// column becomes a free attribute.
enum TieTableReader {
  static func read(_ document: CSVDocument, into problems: inout [Diagnostic]) -> [TieRecord] {
    let sourceColumn = document.column("source", aliases: ["from", "van", "bron"])
    let targetColumn = document.column("target", aliases: ["to", "naar"])
    let weightColumn = document.column("weight", aliases: ["gewicht", "sterkte", "strength"])
    guard let sourceColumn, let targetColumn else {
      let names = [sourceColumn == nil ? "'source'" : nil, targetColumn == nil ? "'target'" : nil].compactMap { $0 }
      let missing = names.joined(separator: " and ") + (names.count > 1 ? " columns" : " column")
      problems.append(
        .error(
          "no \(missing); the header row must name the columns 'source' and 'target' (found: \(document.header.joined(separator: ", "))); if the first line is already a tie, add the line 'source,target' above it",
          at: document.headerLocation))
      return []
    }
    let known = Set([sourceColumn, targetColumn, weightColumn].compactMap { $0 })
    let attributeColumns = document.header.indices.filter { !known.contains($0) }

    var ties: [TieRecord] = []
    ties.reserveCapacity(document.rows.count)
    for row in document.rows {
      let location = document.location(of: row)
      let source = row.fields[sourceColumn].trimmingASCIIWhitespace()
      let target = row.fields[targetColumn].trimmingASCIIWhitespace()
      var rowIsValid = true
      for (name, value) in [("source", source), ("target", target)] where value.isEmpty {
        problems.append(.error("empty \(name); every tie needs a source and a target actor id", at: location))
        rowIsValid = false
      }
      var weight = 1.0
      if let weightColumn {
        let text = row.fields[weightColumn].trimmingASCIIWhitespace()
        if !text.isEmpty {
          if let value = NumberParsing.number(text, decimalComma: document.acceptsDecimalComma), value > 0 {
            weight = value
          } else {
            problems.append(.error(weightProblem(text, document: document), at: location))
            rowIsValid = false
          }
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
    return ties
  }

  private static func weightProblem(_ text: String, document: CSVDocument) -> String {
    if let value = NumberParsing.number(text, decimalComma: document.acceptsDecimalComma) {
      return
        "weight \(text) is \(value == 0 ? "zero" : "negative"); tie strength must be above 0 (leave the cell empty for 1, or delete the tie)"
    }
    if text.contains(","), !document.acceptsDecimalComma {
      return
        "weight \"\(text)\" is not a number; in a comma-delimited file write decimals with a point (2.5); a decimal comma (2,5) is read only in files delimited by ';' or tabs"
    }
    return
      "weight \"\(text)\" is not a number; write a positive number such as 1, 2 or 2.5, or leave the cell empty for 1"
  }
}
