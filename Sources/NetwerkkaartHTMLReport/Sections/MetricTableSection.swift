import NetwerkkaartCore

/// The metric table of one map: a row per actor (id, label, role, type, then every column of
/// the ``MetricsTable``), sortable by any column; each row names its actor's SVG id in
/// `data-actor` so that the page can tie the row to the drawing.
enum MetricTableSection {
  static func html(_ entry: ReportMap, prefix: String, words: ReportWords) -> String {
    let map = entry.map
    let columns = entry.metrics.columns
    let header = [words.id, words.label, words.role, words.type] + columns.map { $0.measure.name(in: words.language) }
    let rows = map.actors.indices.map { index in
      let actor = map.actors[index]
      return [
        HTMLTable.Cell.text(actor.id.rawValue), .text(actor.displayName), .text(words.role(actor.role)),
        .text(actor.type ?? ""),
      ] + columns.map { cell($0, at: index) }
    }
    let attributes = map.actors.indices.map { index in
      "data-actor=\"\(HTMLText.escaped(prefix + entry.actorIDs[index]))\" tabindex=\"0\""
    }
    let table = HTMLTable(
      caption: words.sortHint, header: header, rows: rows, rowAttributes: attributes, sortable: true,
      className: "data metrics", language: words.language)
    return "<h3>\(HTMLText.escaped(words.metricTable))</h3>\n" + table.html()
  }

  /// A metric value: integers as they are, reals with four decimals.
  static func cell(_ column: MetricColumn, at index: Int) -> HTMLTable.Cell {
    switch column.values {
    case .integers(let values): .integer(values[index])
    case .reals(let values): .number(values[index], decimals: 4)
    }
  }
}
