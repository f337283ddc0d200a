/// Something that reads a table a row at a time, as ``CSVReader`` parses it, so that a large
/// file never becomes a table of every row (`CSVReader.read(_:path:streamingTo:)`).
///
/// The table readers (`TieTableReader`, `ActorTableReader`) are consumers; each keeps its
/// records and problems, which are taken from it once the file is read.
protocol TableRowConsumer {
  /// Called once, before any row, with the table's header (a document without rows); its
  /// path, delimiter and header serve every row's locations and columns.
  mutating func begin(_ document: TableDocument)
  /// Called with each data row, in file order; `document` is the one `begin` was given.
  mutating func consume(_ row: TableRow, of document: TableDocument)
  /// Called after `begin` with about the number of rows still to come (the lines left), so
  /// that records can be stored without the spare room of a growing array.
  mutating func reserveCapacity(_ rows: Int)
}

/// The consumer of a table that is kept whole: it takes no rows.
struct NoConsumer: TableRowConsumer {
  func begin(_ document: TableDocument) {}
  func consume(_ row: TableRow, of document: TableDocument) {}
  func reserveCapacity(_ rows: Int) {}
}
