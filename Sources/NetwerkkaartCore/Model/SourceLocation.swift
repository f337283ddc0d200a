/// A position in an input file: the file's path as the user gave it and a physical line
/// (the header is line 1), optionally a column; in a workbook, a sheet and a cell.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible, Codable {
  /// The file's path as the user gave it.
  public var file: String
  /// The worksheet, for workbooks; then ``line`` is the row and ``column`` the column (1 = A).
  public var sheet: String?
  /// The physical line (the header is line 1), or a workbook's row; `nil` for the whole file.
  public var line: Int?
  /// The column, from 1, if known.
  public var column: Int?

  /// A place in a text file.
  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// A cell of a workbook: `row` from 1, `column` from 1 (A); without a column, the row's
  /// first cell is meant.
  public init(file: String, sheet: String, row: Int?, column: Int? = nil) {
    self.file = file
    self.sheet = sheet
    self.line = row
    self.column = column
  }

  /// `file:line:column`, `file:line` or `file`, as compilers write it; in a workbook
  /// `file:sheet!B7` (a cell, as spreadsheets name it) or `file:sheet`.
  public var description: String {
    var text = file
    if let sheet {
      text += ":\(sheet)"
      if let line { text += "!\(Self.columnName(column ?? 1))\(line)" }
      return text
    }
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    return text
  }

  /// A spreadsheet column's letters: 1 → `A`, 26 → `Z`, 27 → `AA`.
  public static func columnName(_ column: Int) -> String {
    var number = max(column, 1)
    var letters: [Character] = []
    while number > 0 {
      let remainder = (number - 1) % 26
      letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
      number = (number - 1) / 26
    }
    return String(letters.reversed())
  }
}
