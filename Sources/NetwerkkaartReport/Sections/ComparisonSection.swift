import NetwerkkaartCore

/// The comparison of all maps: one row per map.
///
/// PLACEHOLDER FOR `netwerkkaart compare` (issue 7, item 1): the figures here are a small
/// table of this module's own: actors, ties, density and components, read from each map's
/// ``MetricsTable`` (the same figures as `netwerkkaart metrics`). When the compare command's
/// per-map summary and its report table are merged, ``comparisonTable(_:words:)`` is the one
/// function to replace: build its rows from that summary instead; nothing else in the report
/// depends on these columns.
enum ComparisonSection {
  static func html(_ maps: [ReportMap], words: ReportWords) -> String {
    "<section class=\"comparison\" id=\"comparison\">\n<h2>\(HTMLText.escaped(words.comparison))</h2>\n"
      + comparisonTable(maps, words: words).html() + "</section>\n"
  }

  /// The one function to replace with the compare command's table (see the type's comment).
  static func comparisonTable(_ maps: [ReportMap], words: ReportWords) -> HTMLTable {
    let rows = maps.map { entry in
      let figures = entry.metrics.figures
      return [
        HTMLTable.Cell.text(entry.title), .integer(figures.actors), .integer(figures.ties),
        .number(figures.density, decimals: 4), .integer(figures.components),
      ]
    }
    return HTMLTable(
      caption: nil, header: [words.map, words.actors, words.ties, words.density, words.components], rows: rows,
      sortable: true, className: "data comparison-table")
  }
}
