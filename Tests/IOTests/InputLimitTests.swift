import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartIO

/// Sizes a workbook states rather than spells out (issue 17): cell references with 30 letters or
/// a row near `Int.max` overflowed the reader's arithmetic, and a header cell at the sheet's
/// last column under many rows asked for gigabytes. Each is now a message at the workbook.
@Suite struct InputLimitTests {
  static let header = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"

  static func errors(_ ties: String) throws -> [String] {
    let path = try WorkbookReaderTests.workbook([("ties", ties)], strings: ["source", "target", "a", "b", "far"])
    let result = MapValidator.validate(path: path)
    #expect(!result.isValid)
    return result.diagnostics.filter { $0.severity == .error }.map {
      $0.description.replacingOccurrences(of: path, with: "book.xlsx")
    }
  }

  @Test(arguments: [
    ("<c r=\"\(String(repeating: "Z", count: 30))2\" t=\"s\"><v>2</v></c>", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ2"),
    ("<c r=\"A9223372036854775807\" t=\"s\"><v>2</v></c>", "A9223372036854775807"),
    ("<c r=\"A99999999999999999999999\" t=\"s\"><v>2</v></c>", "A99999999999999999999999"),
    ("<c r=\"XFE2\" t=\"s\"><v>2</v></c>", "XFE2"),
    ("<c r=\"A1048577\" t=\"s\"><v>2</v></c>", "A1048577"),
  ])
  func cellReferencesBeyondTheSheetAreRefused(cell: String, reference: String) throws {
    let errors = try Self.errors(Self.header + "<row>\(cell)</row>")
    #expect(
      errors == [
        "book.xlsx:ties: error: sheet 'ties' cannot be read: the workbook's part xl/worksheets/sheet1.xml places a cell at \(reference), beyond the last row (1 048 576) or column (XFD) a sheet has; open the file in a spreadsheet program and save it again"
      ])
  }

  @Test func rowNumberNearIntMaxIsRefused() throws {
    let errors = try Self.errors(Self.header + "<row r=\"9223372036854775807\"><c t=\"s\"><v>2</v></c><c/></row><row/>")
    #expect(errors.count == 1)
    #expect(
      errors.first?.contains("places a cell at row 9223372036854775807, beyond the last row") == true, "\(errors)")
  }

  /// The last column of a sheet is allowed; a header there over 4 000 rows spans 65 million
  /// cells, more than the table may hold.
  @Test func headerAtTheLastColumnOverManyRowsIsRefused() throws {
    let rows = (2...4_000).map { "<row r=\"\($0)\"><c r=\"A\($0)\" t=\"s\"><v>2</v></c></row>" }.joined()
    let header = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"XFD1\" t=\"s\"><v>4</v></c></row>"
    let errors = try Self.errors(header + rows)
    #expect(
      errors.contains(
        "book.xlsx:ties!A1: error: sheet 'ties' spans 3 999 rows of 16 384 columns, more cells than netwerkkaart reads (50 000 000); remove what stands far to the right of the table"
      ), "\(errors)")
  }

  @Test func headerAtTheLastColumnOverAFewRowsIsRead() throws {
    let header = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
    let far = "<c r=\"XFD1\" t=\"s\"><v>4</v></c></row>"
    let row = "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>"
    let path = try WorkbookReaderTests.workbook(
      [("ties", header + far + row)], strings: ["source", "target", "a", "b", "far"])
    let result = MapValidator.validate(path: path)
    #expect(result.isValid, "\(result.diagnostics)")
    #expect(result.map?.ties.count == 1)
  }
}
