extension ComparisonReport {
  /// One row per map: `label,source,wave`, then every column of the tables under its snake_case
  /// key (the brokers as `broker_1`, `broker_1_betweenness_normalized` …), exact numbers, empty
  /// cells where a figure is undefined; then a blank line and the conventions as
  /// `convention,text` rows. Quoted as RFC 4180 requires.
  func csv() -> String {
    let columns = ComparisonTableLayout.csvColumns(of: sections, brokerCount: brokerCount)
    var out = (["label", "source", "wave"] + columns.map(\.key)).joined(separator: ",") + "\n"
    for entry in entries {
      let cells =
        [entry.label, entry.source, entry.wave ?? ""].map(CSVText.field)
        + columns.map { column in
          CSVText.field(column.exact(entry.summary))
        }
      out += cells.joined(separator: ",") + "\n"
    }
    out += "\nconvention,text\n"
    for section in sections { out += "\(section.key),\(CSVText.field(section.note))\n" }
    return out
  }
}
