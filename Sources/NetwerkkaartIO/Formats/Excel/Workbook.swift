import Foundation
import NetwerkkaartCore

/// The sheets of a workbook and their cell values, read from the package's parts:
/// `xl/workbook.xml` (sheet names), its relationships (which part holds which sheet),
/// `xl/sharedStrings.xml` (text cells) and `xl/styles.xml` (which number cells are dates).
struct Workbook {
  enum Failure: Error {
    case package(WorkbookPackage.Problem)
    case malformed(part: String, XMLEvents.Failure)
    /// A row or cell reference beyond the sheet's last row or column (``InputLimits``).
    case outsideSheet(part: String, reference: String)

    /// What went wrong and what to do, for a message at the workbook.
    var message: Wording {
      switch self {
      case .package(.notZip):
        Wording(
          "not an .xlsx workbook (not a zip archive); save it from the spreadsheet program as 'Excel workbook (.xlsx)'",
          dutch:
            "geen .xlsx-werkmap (geen zip-archief); bewaar het vanuit het rekenbladprogramma als 'Excel-werkmap (.xlsx)'"
        )
      case .package(.zip64):
        Wording(
          "the workbook is a Zip64 archive, which netwerkkaart does not read; open the file in a spreadsheet program and save it again",
          dutch: "de werkmap is een Zip64-archief, dat netwerkkaart niet leest; " + Self.saveAgain)
      case .package(.missingPart(let part)), .package(.unreadablePart(let part)):
        Wording(
          "the workbook's part \(part) is missing or damaged; open the file in a spreadsheet program and save it again",
          dutch: "het onderdeel \(part) van de werkmap ontbreekt of is beschadigd; " + Self.saveAgain)
      case .malformed(let part, let failure):
        Wording(
          "the workbook's part \(part) is not well-formed XML (line \(failure.line): \(failure.reason.english)); save the file again",
          dutch:
            "het onderdeel \(part) van de werkmap is geen welgevormde XML (regel \(failure.line): \(failure.reason.dutch)); bewaar het bestand opnieuw"
        )
      case .outsideSheet(let part, let reference):
        Wording(
          "the workbook's part \(part) places a cell at \(reference), beyond the last row (\(InputLimits.maximumSheetRows.grouped)) or column (XFD) a sheet has; open the file in a spreadsheet program and save it again",
          dutch:
            "het onderdeel \(part) van de werkmap zet een cel op \(reference), voorbij de laatste rij (\(InputLimits.maximumSheetRows.grouped)) of kolom (XFD) van een blad; "
            + Self.saveAgain)
      }
    }

    /// The advice for a damaged workbook, in Dutch.
    static let saveAgain = "open het bestand in een rekenbladprogramma en bewaar het opnieuw"
  }

  /// A cell's value as the reader keeps it.
  enum Value: Equatable {
    case text(String)
    /// An Excel error value such as `#N/A`.
    case error(String)
    /// A text cell whose shared-string index (`raw`) is not in the workbook's list of
    /// `count` shared strings: its text is unknown, so the reader refuses the cell instead of
    /// leaving it out (issue 17: such a row was dropped without a word).
    case missingSharedString(raw: String, count: Int)
  }

  struct Cell {
    var row: Int
    var column: Int
    var value: Value
  }

  private let package: WorkbookPackage
  private let sheetParts: [(name: String, part: String)]
  private let sharedStrings: [String]
  private let dateStyles: Set<Int>

  var sheetNames: [String] { sheetParts.map(\.name) }

  init(_ package: @autoclosure () throws(WorkbookPackage.Problem) -> WorkbookPackage) throws(Failure) {
    do {
      self.package = try package()
    } catch {
      throw .package(error)
    }
    guard let workbook = try Self.part("xl/workbook.xml", in: self.package) else {
      throw .package(.missingPart("xl/workbook.xml"))
    }
    var sheets: [(String, String)] = []
    try Self.events(workbook, part: "xl/workbook.xml") { event in
      if case .start("sheet", let attributes, _, _) = event, let name = attributes["name"], let id = attributes["id"] {
        sheets.append((name, id))
      }
    }
    var targets: [String: String] = [:]
    if let relationships = try Self.part("xl/_rels/workbook.xml.rels", in: self.package) {
      try Self.events(relationships, part: "xl/_rels/workbook.xml.rels") { event in
        if case .start("Relationship", let attributes, _, _) = event, let id = attributes["Id"],
          let target = attributes["Target"]
        {
          targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
      }
    }
    sheetParts = sheets.map { name, id in (name, targets[id] ?? "xl/worksheets/sheet\(sheets.count).xml") }
    sharedStrings = try Self.sharedStrings(in: self.package)
    dateStyles = try Self.dateStyles(in: self.package)
  }

  /// Every non-empty cell of the sheet named `name`, in document order.
  func cells(of name: String) throws(Failure) -> [Cell] {
    guard let entry = sheetParts.first(where: { $0.name == name }) else { return [] }
    guard let data = try Self.part(entry.part, in: package) else { throw .package(.missingPart(entry.part)) }
    var cells: [Cell] = []
    var current: (row: Int, column: Int, type: String, style: Int)?
    var value = ""
    var inValue = false
    var inInlineText = false
    var inPhonetic = false
    var rowNumber = 0
    var nextColumn = 1
    var outside: String?
    try Self.events(data, part: entry.part) { event in
      switch event {
      case .start("row", let attributes, _, _):
        // Checked before any arithmetic: `r` may be any number, and rows may be counted past the end.
        rowNumber = attributes["r"].map { Int($0) ?? Int.max } ?? min(rowNumber, InputLimits.maximumSheetRows) + 1
        nextColumn = 1
        if !CellReference.isInsideSheet(row: rowNumber, column: 1) {
          outside = outside ?? "row \(attributes["r"] ?? "")"
        }
      case .start("c", let attributes, _, _):
        let reference = attributes["r"].flatMap(CellReference.init)
        let column = reference?.column ?? nextColumn
        let row = reference?.row ?? rowNumber
        guard CellReference.isInsideSheet(row: row, column: column) else {
          outside = outside ?? attributes["r"] ?? "row \(row), column \(column)"
          current = nil
          return
        }
        current = (row, column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
        nextColumn = column + 1
        value = ""
      case .start("v", _, _, _): inValue = true
      case .start("t", _, _, _) where current != nil && !inPhonetic: inInlineText = true
      case .start("rPh", _, _, _): inPhonetic = true
      case .end("rPh"): inPhonetic = false
      case .text(let text) where inValue || inInlineText: value += text
      case .end("v"): inValue = false
      case .end("t"): inInlineText = false
      case .end("c"):
        if let cell = current, let read = interpret(value, type: cell.type, style: cell.style) {
          cells.append(Cell(row: cell.row, column: cell.column, value: read))
        }
        current = nil
      default: break
      }
    }
    if let outside { throw .outsideSheet(part: entry.part, reference: outside) }
    return cells
  }

  /// A cell's text by its type attribute: shared string, inline string, formula text, boolean,
  /// error or number (a date when its style has a date format).
  private func interpret(_ raw: String, type: String, style: Int) -> Value? {
    switch type {
    case "s":
      guard let index = Int(raw), sharedStrings.indices.contains(index) else {
        return .missingSharedString(raw: raw, count: sharedStrings.count)
      }
      return sharedStrings[index].isEmpty ? nil : .text(sharedStrings[index])
    case "inlineStr", "str": return raw.isEmpty ? nil : .text(raw)
    case "b": return raw.isEmpty ? nil : .text(raw == "1" ? "true" : "false")
    case "e": return .error(raw)
    default:
      guard !raw.isEmpty else { return nil }
      guard let number = Double(raw) else { return .text(raw) }
      if dateStyles.contains(style), let date = ExcelNumber.isoDate(serial: number) { return .text(date) }
      return .text(ExcelNumber.general(number))
    }
  }

  private static func part(_ path: String, in package: WorkbookPackage) throws(Failure) -> Data? {
    do {
      return try package.part(path)
    } catch {
      throw .package(error)
    }
  }

  private static func events(_ data: Data, part: String, _ handle: (XMLEvents.Event) -> Void) throws(Failure) {
    if let failure = XMLEvents.parse(data, handle) { throw .malformed(part: part, failure) }
  }

  private static func sharedStrings(in package: WorkbookPackage) throws(Failure) -> [String] {
    guard let data = try part("xl/sharedStrings.xml", in: package) else { return [] }
    var strings: [String] = []
    var current = ""
    var inText = false
    var inPhonetic = false
    try events(data, part: "xl/sharedStrings.xml") { event in
      switch event {
      case .start("si", _, _, _): current = ""
      case .start("rPh", _, _, _): inPhonetic = true
      case .end("rPh"): inPhonetic = false
      case .start("t", _, _, _): inText = !inPhonetic
      case .text(let text) where inText: current += text
      case .end("t"): inText = false
      case .end("si"): strings.append(current)
      default: break
      }
    }
    return strings
  }

  /// The cell styles (`cellXfs` positions) whose number format shows a date.
  private static func dateStyles(in package: WorkbookPackage) throws(Failure) -> Set<Int> {
    guard let data = try part("xl/styles.xml", in: package) else { return [] }
    var customFormats: [Int: String] = [:]
    var styleFormats: [Int] = []
    var inCellStyles = false
    try events(data, part: "xl/styles.xml") { event in
      switch event {
      case .start("numFmt", let attributes, _, _):
        if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
          customFormats[id] = code
        }
      case .start("cellXfs", _, _, _): inCellStyles = true
      case .end("cellXfs"): inCellStyles = false
      case .start("xf", let attributes, _, _) where inCellStyles:
        styleFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
      default: break
      }
    }
    var dates = Set<Int>()
    for (style, format) in styleFormats.enumerated()
    where ExcelNumber.isDateFormat(id: format, code: customFormats[format]) {
      dates.insert(style)
    }
    return dates
  }
}

/// A cell reference such as `B7`.
///
/// A reference beyond the sheet (more than three letters, a row number past the last row or
/// past `Int.max`) is read without overflowing, as a row or column past the end: the caller
/// checks ``isInsideSheet(row:column:)`` before using it.
struct CellReference {
  var row: Int
  var column: Int

  init?(_ text: String) {
    var column = 0
    var digits = ""
    for character in text {
      if let ascii = character.asciiValue, (65...90).contains(ascii) || (97...122).contains(ascii), digits.isEmpty {
        // Saturates just past the last column, so that 30 letters cannot overflow.
        column = min(column * 26 + Int((ascii & 0xDF) - 64), InputLimits.maximumSheetColumns + 1)
      } else if character.isASCII, character.isNumber {
        digits.append(character)
      } else if character != "$" {
        return nil
      }
    }
    guard column > 0, !digits.isEmpty else { return nil }
    let row = Int(digits) ?? Int.max
    self.row = row
    self.column = column
  }

  /// Whether a row and column lie on a sheet: rows 1 to 1 048 576, columns `A` to `XFD`.
  static func isInsideSheet(row: Int, column: Int) -> Bool {
    (1...InputLimits.maximumSheetRows).contains(row) && (1...InputLimits.maximumSheetColumns).contains(column)
  }
}
