import NetwerkkaartCore

/// Turns a sheet's cells into a ``TableDocument``: the first non-empty row is the header, its
/// cells name the columns; blank rows are left out. A value under a column without a name, or
/// an Excel error value, is reported with its cell.
enum SheetTable {
  static func document(_ cells: [Workbook.Cell], sheet: String, path: String, into problems: inout [Diagnostic])
    -> TableDocument?
  {
    guard let headerRow = cells.map(\.row).min() else {
      problems.append(
        .error(
          "sheet '\(sheet)' is empty; it needs a header row naming its columns",
          dutch: "blad '\(sheet)' is leeg; het heeft een koprij nodig met de namen van de kolommen",
          at: SourceLocation(file: path, sheet: sheet, row: 1)))
      return nil
    }
    var headerByColumn: [Int: String] = [:]
    for cell in cells where cell.row == headerRow {
      if case .text(let name) = cell.value { headerByColumn[cell.column] = name.trimmingASCIIWhitespace() }
      if let problem = missingText(cell) {
        problems.append(
          .error(problem, at: SourceLocation(file: path, sheet: sheet, row: cell.row, column: cell.column)))
      }
    }
    let lastColumn = headerByColumn.keys.max() ?? 1
    let header = (1...lastColumn).map { headerByColumn[$0] ?? "" }
    // Each row of the table holds a cell per column up to the last named one: a name far to
    // the right over many rows would otherwise take gigabytes.
    let rowCount = Set(cells.lazy.filter { $0.row > headerRow }.map(\.row)).count
    guard InputLimits.matrixFits(rows: rowCount, columns: header.count, in: InputLimits.maximumSheetCells) else {
      problems.append(
        .error(
          "sheet '\(sheet)' spans \(rowCount.grouped) rows of \(header.count.grouped) columns, more cells than netwerkkaart reads (\(InputLimits.maximumSheetCells.grouped)); remove what stands far to the right of the table",
          dutch:
            "blad '\(sheet)' beslaat \(rowCount.grouped) rijen van \(header.count.grouped) kolommen, meer cellen dan netwerkkaart leest (\(InputLimits.maximumSheetCells.grouped)); verwijder wat ver rechts van de tabel staat",
          at: SourceLocation(file: path, sheet: sheet, row: headerRow)))
      return nil
    }
    var rows: [Int: [String]] = [:]
    // Rows with a cell of unknown text are reported at that cell and left out of the table, so
    // that no second message (an empty source, say) points at the same cell.
    var unreadableRows = Set<Int>()
    for cell in cells where cell.row > headerRow {
      let location = SourceLocation(file: path, sheet: sheet, row: cell.row, column: cell.column)
      switch cell.value {
      case .error(let code):
        problems.append(
          .error(
            "cell holds the spreadsheet error \(code); replace it with a value or clear the cell",
            dutch: "cel bevat de rekenbladfout \(code); vervang ze door een waarde of maak de cel leeg", at: location))
      case .missingSharedString:
        problems.append(.error(missingText(cell) ?? Wording("", dutch: ""), at: location))
        unreadableRows.insert(cell.row)
      case .text(let text):
        guard cell.column <= lastColumn, !header[cell.column - 1].isEmpty else {
          problems.append(
            .error(
              "value \"\(text)\" stands in a column without a name in the header row \(headerRow); name the column or move the value",
              dutch:
                "waarde \"\(text)\" staat in een kolom zonder naam in koprij \(headerRow); geef de kolom een naam of verplaats de waarde",
              at: location))
          continue
        }
        rows[cell.row, default: Array(repeating: "", count: header.count)][cell.column - 1] = text
      }
    }
    let tableRows = rows.keys.filter { !unreadableRows.contains($0) }.sorted().map {
      TableRow(line: $0, fields: rows[$0] ?? [])
    }
    return TableDocument(path: path, sheet: sheet, header: header, headerLine: headerRow, rows: tableRows)
  }

  /// What to say about a cell whose text the workbook does not hold, or `nil` for any other.
  private static func missingText(_ cell: Workbook.Cell) -> Wording? {
    guard case .missingSharedString(let raw, let count) = cell.value else { return nil }
    return Wording(
      "cell refers to shared string \"\(raw)\", which the workbook does not hold (its list xl/sharedStrings.xml has \(count.grouped) strings, numbered from 0); the cell's text is unknown: open the file in a spreadsheet program and save it again",
      dutch:
        "cel verwijst naar gedeelde tekst \"\(raw)\", die de werkmap niet heeft (haar lijst xl/sharedStrings.xml telt \(count.grouped) teksten, genummerd vanaf 0); de tekst van de cel is onbekend: "
        + Workbook.Failure.saveAgain)
  }
}
