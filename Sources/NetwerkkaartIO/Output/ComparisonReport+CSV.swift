import NetwerkkaartCore

extension ComparisonReport {
  /// One row per map: `label,source,wave`, then every column of the tables under its snake_case
  /// key (the brokers as `broker_1`, `broker_1_betweenness_normalized` …), exact numbers, empty
  /// cells where a figure is undefined; then a blank line and the conventions as
  /// `convention,text` rows. Quoted as RFC 4180 requires.
  func csv() -> String {
    let files = csvFiles(.rfc4180)
    return files.maps + "\n" + files.conventions
  }

  /// The two tables of `csv()` as two CSV texts in `dialect`: the maps (one row per map) and
  /// the conventions (`convention,text`). `compare -o FILE.csv` writes them to `FILE.csv` and
  /// `FILE-conventies.csv`, so that a spreadsheet opens each as one table; with
  /// ``CSVDialect/excelNL`` the numbers have decimal commas and the fields are `;`-separated.
  public func csvFiles(_ dialect: CSVDialect) -> (maps: String, conventions: String) {
    let columns = ComparisonTableLayout.csvColumns(of: sections, brokerCount: brokerCount)
    var maps = dialect.start + dialect.row(["label", "source", "wave"] + columns.map(\.key), numeric: [])
    for entry in entries {
      let numeric = columns.map { column in
        if case .text = column.value(entry.summary) { return false }
        return true
      }
      maps += dialect.row(
        [entry.label, entry.source, entry.wave ?? ""] + columns.map { $0.exact(entry.summary) },
        numeric: [false, false, false] + numeric)
    }
    var conventions = dialect.start + dialect.row(["convention", "text"], numeric: [])
    for section in sections { conventions += dialect.row([section.key, Language.en.word(section.note)], numeric: []) }
    return (maps, conventions)
  }
}
