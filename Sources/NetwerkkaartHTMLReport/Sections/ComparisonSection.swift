import NetwerkkaartCore
import NetwerkkaartIO

/// The comparison of all maps: the tables of `netwerkkaart compare` (``ComparisonReport``), one
/// row per map, each table sortable, with its convention under it. The summaries reuse each
/// map's ``MetricsTable``, so every figure equals `netwerkkaart metrics` and `compare` on the map.
enum ComparisonSection {
  static func html(_ maps: [ReportMap], words: ReportWords) -> String {
    "<section class=\"comparison\" id=\"comparison\">\n<h2>\(HTMLText.escaped(words.comparison))</h2>\n"
      + tables(maps, words: words).map { $0.html() }.joined() + "</section>\n"
  }

  /// ``ComparisonReport/tables()`` as HTML tables, titles in the report's language; cells of
  /// number columns sort by their value.
  static func tables(_ maps: [ReportMap], words: ReportWords) -> [HTMLTable] {
    // Each ReportMap's analysis was checked against its map when it was made.
    let entries = maps.compactMap { entry in
      (try? MapSummary(entry.map, analysis: entry.analysis.analysis)).map {
        ComparisonReport.Entry(path: entry.source, map: entry.map, summary: $0)
      }
    }
    return ComparisonReport(entries: entries, language: words.language).tables().map { table in
      HTMLTable(
        caption: table.title, header: table.header,
        rows: table.rows.map { row in
          row.enumerated().map { column, text in
            // Sort by the number, whichever decimal mark the language writes.
            table.isNumber(column)
              ? .init(text: text, value: Double(text.replacingOccurrences(of: ",", with: "."))) : .text(text)
          }
        },
        sortable: true, className: "data comparison-table", note: table.note)
    }
  }
}
