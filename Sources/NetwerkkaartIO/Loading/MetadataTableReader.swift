import NetwerkkaartCore

/// Turns a `key,value` table (`map.csv`, or the `map` sheet of a workbook) into map metadata.
///
/// The first two columns are read as key and value whatever their header says, so a sheet
/// headed `veld,waarde` works too. Rows with an empty key are skipped; a key given twice is an
/// error.
enum MetadataTableReader {
  static func read(_ document: TableDocument, into problems: inout [Diagnostic]) -> MapMetadata {
    var metadata = MapMetadata()
    guard document.header.count >= 2 else {
      problems.append(
        .error(
          "a metadata table needs two columns, key and value (found: \(document.header.joined(separator: ", ")))",
          dutch:
            "een metadatatabel heeft twee kolommen nodig, sleutel en waarde (gevonden: \(document.header.joined(separator: ", ")))",
          at: document.headerLocation))
      return metadata
    }
    var seen: [String: SourceLocation] = [:]
    for row in document.rows {
      let key = row.fields[0].trimmingASCIIWhitespace()
      guard !key.isEmpty else { continue }
      let location = document.location(of: row, field: 0)
      if let first = seen[key.lowercased()] {
        problems.append(
          .error(
            "metadata key '\(key)' is given twice (first at \(first)); keep one",
            dutch: "metadatasleutel '\(key)' staat er twee keer (eerst op \(first)); houd er één", at: location))
        continue
      }
      seen[key.lowercased()] = location
      let value = row.fields[1]
      guard !value.trimmingASCIIWhitespace().isEmpty else { continue }
      if let problem = metadata.set(key, to: value) {
        problems.append(.error(problem, at: document.location(of: row, field: 1)))
      }
    }
    return metadata
  }
}
