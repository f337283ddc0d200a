import NetwerkkaartCore

/// A table read from a delimited text file or a worksheet: a header and rows, each row knowing
/// where it is, so that every later message can point at it.
///
/// In a text file, lines are physical lines (the header is line 1, line 2 after an Excel `sep=`
/// line). In a worksheet, ``TableRow/line`` is the row number and messages name cells (`B7`).
public struct TableDocument: Sendable {
  /// The path as the user gave it, used in diagnostics.
  public let path: String
  /// The worksheet the table comes from; `nil` for a text file.
  public let sheet: String?
  /// The detected delimiter of a text file: `,`, `;` or a tab (`,` for a worksheet).
  public let delimiter: Character
  /// Column names, surrounding spaces trimmed.
  public let header: [String]
  /// The physical line (or worksheet row) of the header.
  public let headerLine: Int
  /// Data rows; each has exactly `header.count` fields. Blank rows are left out.
  public let rows: [TableRow]
  /// The location of the whole table, which the location of every row copies: all of them
  /// share one file name (see ``NetwerkkaartCore/SourceLocation``).
  private let origin: SourceLocation

  /// A table from its parts, as the CSV and worksheet readers build it; `rows` must each have
  /// `header.count` fields.
  public init(
    path: String, sheet: String? = nil, delimiter: Character = ",", header: [String], headerLine: Int,
    rows: [TableRow]
  ) {
    self.path = path
    self.sheet = sheet
    self.delimiter = delimiter
    self.header = header
    self.headerLine = headerLine
    self.rows = rows
    self.origin = sheet.map { SourceLocation(file: path, sheet: $0, row: nil) } ?? SourceLocation(file: path)
  }

  /// Whether a decimal comma (`2,5`) is read as a number: with `;` or tab delimiters, as Excel
  /// writes CSV in a Belgian or Dutch locale. Worksheets hold numbers as numbers, so never there.
  public var acceptsDecimalComma: Bool { sheet == nil && (delimiter == ";" || delimiter == "\t") }

  /// Position of the column named `name` (case-insensitive), or of the first of its aliases.
  public func column(_ name: String, aliases: [String] = []) -> Int? {
    for candidate in [name] + aliases {
      if let index = header.firstIndex(where: { $0.lowercased() == candidate.lowercased() }) { return index }
    }
    return nil
  }

  /// The location of a row, for diagnostics; with `field` (a position in ``header``), of that
  /// cell in a worksheet. Text files name the line only.
  public func location(of row: TableRow, field: Int? = nil) -> SourceLocation {
    var location = origin
    location.line = row.line
    if sheet != nil { location.column = field.map { $0 + 1 } }
    return location
  }

  /// The location of the cell of `row` in the column named `name`, or of the row.
  public func location(of row: TableRow, columnNamed name: String) -> SourceLocation {
    location(of: row, field: header.firstIndex { $0.lowercased() == name.lowercased() })
  }

  /// The location of the header row.
  public var headerLocation: SourceLocation {
    if let sheet { return SourceLocation(file: path, sheet: sheet, row: headerLine) }
    return SourceLocation(file: path, line: headerLine)
  }
}

/// One data row of a ``TableDocument``.
public struct TableRow: Sendable, Hashable {
  /// Physical line (or worksheet row) the row starts on; a quoted value may continue on later
  /// lines.
  public let line: Int
  /// The row's values, one per header column, surrounding spaces kept as read.
  public let fields: [String]

  /// A row at physical line (or worksheet row) `line`.
  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }
}
