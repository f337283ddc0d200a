/// A position in an input file: the file's path as the user gave it and a physical line
/// (the header is line 1), optionally a column; in a workbook, a sheet and a cell.
///
/// Every tie and actor record keeps one, so it is stored compactly (16 bytes): the file and
/// sheet in one shared object, which copies of a location share (a reader makes the location of
/// each row from one of its table, `var place = table; place.line = 7`), and the line and column
/// inline in 32 bits each. A line or column beyond ±2,147,483,647 (a file of more than two
/// billion lines) is kept as that bound.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible, Codable {
  /// The file and sheet, shared by the copies of a location.
  private final class Place: Sendable {
    let file: String
    let sheet: String?
    init(file: String, sheet: String?) {
      self.file = file
      self.sheet = sheet
    }
  }

  private var place: Place
  /// The line or column, `Int32.min` for none.
  private var storedLine: Int32
  private var storedColumn: Int32

  /// `number` in 32 bits (clamped to ±`Int32.max`), or `Int32.min` for `nil`.
  private static func stored(_ number: Int?) -> Int32 {
    guard let number else { return .min }
    return Int32(clamping: max(number, -Int(Int32.max)))
  }

  /// The file's path as the user gave it.
  public var file: String {
    get { place.file }
    set { place = Place(file: newValue, sheet: place.sheet) }
  }
  /// The worksheet, for workbooks; then ``line`` is the row and ``column`` the column (1 = A).
  public var sheet: String? {
    get { place.sheet }
    set { place = Place(file: place.file, sheet: newValue) }
  }
  /// The physical line (the header is line 1), or a workbook's row; `nil` for the whole file.
  public var line: Int? {
    get { storedLine == .min ? nil : Int(storedLine) }
    set { storedLine = Self.stored(newValue) }
  }
  /// The column, from 1, if known.
  public var column: Int? {
    get { storedColumn == .min ? nil : Int(storedColumn) }
    set { storedColumn = Self.stored(newValue) }
  }

  /// A place in a text file.
  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.place = Place(file: file, sheet: nil)
    self.storedLine = Self.stored(line)
    self.storedColumn = Self.stored(column)
  }

  /// A cell of a workbook: `row` from 1, `column` from 1 (A); without a column, the row's
  /// first cell is meant.
  public init(file: String, sheet: String, row: Int?, column: Int? = nil) {
    self.place = Place(file: file, sheet: sheet)
    self.storedLine = Self.stored(row)
    self.storedColumn = Self.stored(column)
  }

  /// Locations are equal when file, sheet, line and column are.
  public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    lhs.storedLine == rhs.storedLine && lhs.storedColumn == rhs.storedColumn
      && (lhs.place === rhs.place || (lhs.file == rhs.file && lhs.sheet == rhs.sheet))
  }

  /// Hashes file, sheet, line and column.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(file)
    hasher.combine(sheet)
    hasher.combine(line)
    hasher.combine(column)
  }

  private enum CodingKeys: String, CodingKey {
    case file, sheet, line, column
  }

  /// Decodes `file` and the optional `sheet`, `line` and `column`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.place = Place(
      file: try container.decode(String.self, forKey: .file),
      sheet: try container.decodeIfPresent(String.self, forKey: .sheet))
    self.storedLine = Self.stored(try container.decodeIfPresent(Int.self, forKey: .line))
    self.storedColumn = Self.stored(try container.decodeIfPresent(Int.self, forKey: .column))
  }

  /// Encodes `file`, and `sheet`, `line` and `column` when present.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(file, forKey: .file)
    try container.encodeIfPresent(sheet, forKey: .sheet)
    try container.encodeIfPresent(line, forKey: .line)
    try container.encodeIfPresent(column, forKey: .column)
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
