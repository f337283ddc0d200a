import NetwerkkaartCore

/// A delimited text file read into a header and rows, each row knowing the physical line it
/// starts on, so that every later message can point at it. Lines are physical lines of the file:
/// the header is line 1 (line 2 after an Excel `sep=` line).
public struct CSVDocument: Sendable {
  /// The path as the user gave it, used in diagnostics.
  public let path: String
  /// The detected delimiter: `,`, `;` or a tab.
  public let delimiter: Character
  /// Column names, surrounding spaces trimmed.
  public let header: [String]
  /// The physical line of the header row.
  public let headerLine: Int
  /// Data rows; each has exactly `header.count` fields. Blank rows are left out.
  public let rows: [CSVRow]

  /// Whether a decimal comma (`2,5`) is read as a number: with `;` or tab delimiters, as Excel
  /// writes CSV in a Belgian or Dutch locale.
  public var acceptsDecimalComma: Bool { delimiter == ";" || delimiter == "\t" }

  /// Position of the column named `name` (case-insensitive), or of the first of its aliases.
  public func column(_ name: String, aliases: [String] = []) -> Int? {
    for candidate in [name] + aliases {
      if let index = header.firstIndex(where: { $0.lowercased() == candidate.lowercased() }) { return index }
    }
    return nil
  }

  /// The location of a row, for diagnostics.
  public func location(of row: CSVRow, column: Int? = nil) -> SourceLocation {
    SourceLocation(file: path, line: row.line, column: column)
  }

  /// The location of the header row.
  public var headerLocation: SourceLocation { SourceLocation(file: path, line: headerLine) }
}

/// One data row of a ``CSVDocument``.
public struct CSVRow: Sendable, Hashable {
  /// Physical line the row starts on; a quoted value may continue on later lines.
  public let line: Int
  public let fields: [String]
}
