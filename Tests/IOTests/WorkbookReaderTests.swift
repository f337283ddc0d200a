import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing
import ZIPFoundation

@testable import NetwerkkaartIO

/// Workbooks put together part by part the way Excel saves them (ECMA-376: shared strings,
/// a date style, boolean, error and formula cells, Dutch sheet names), so that the reader is
/// checked against the file format rather than against our own writer.
@Suite struct WorkbookReaderTests {
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

  /// An .xlsx with the given sheets (name → sheetData XML) and shared strings.
  static func workbook(_ sheets: [(String, String)], strings: [String]) throws -> String {
    let folder = try TemporaryFolder()
    let path = folder.path + "/book.xlsx"
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    var parts: [(String, String)] = []
    let sheetList = sheets.enumerated().map { "<sheet name=\"\($1.0)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }
    parts.append(
      (
        "xl/workbook.xml",
        "<workbook xmlns=\"\(main)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>\(sheetList.joined())</sheets></workbook>"
      ))
    let relations = sheets.indices.map {
      "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
    }
    parts.append(
      (
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relations.joined())</Relationships>"
      ))
    let shared = strings.map { "<si><t>\($0)</t></si>" }.joined()
    parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\" count=\"\(strings.count)\">\(shared)</sst>"))
    // Style 1 shows a date (built-in format 14), style 2 a custom date code.
    parts.append(
      (
        "xl/styles.xml",
        "<styleSheet xmlns=\"\(main)\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>"
      ))
    for (index, sheet) in sheets.enumerated() {
      parts.append(
        (
          "xl/worksheets/sheet\(index + 1).xml",
          "<worksheet xmlns=\"\(main)\"><sheetData>\(sheet.1)</sheetData></worksheet>"
        ))
    }
    for (name, text) in parts {
      let data = Data(text.utf8)
      try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
        position, size in data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return path
  }

  @Test func excelStyleCellsAreReadByType() throws {
    // Shared strings: 0 id, 1 label, 2 role, 3 school, 4 Zoë & co, 5 kern, 6 clb, 7 source, 8 target,
    // 9 weight, 10 motief, 11 taak, 12 key, 13 value, 14 date, 15 wave, 16 actief
    let strings = [
      "id", "label", "role", "school", "Zoë &amp; co", "kern", "clb", "source", "target", "weight", "motief", "taak",
      "key", "value", "date", "wave", "actief",
    ]
    let actors = """
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>16</v></c></row>
      <row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c><c r="D2" t="b"><v>1</v></c></row>
      <row r="4"><c r="A4" t="s"><v>6</v></c><c r="B4" t="inlineStr"><is><t>CLB Kempen</t></is></c></row>
      """
    let ties = """
      <row r="1"><c r="A1" t="s"><v>7</v></c><c r="B1" t="s"><v>8</v></c><c r="C1" t="s"><v>9</v></c><c r="D1" t="s"><v>10</v></c></row>
      <row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>6</v></c><c r="C2"><v>2.5</v></c><c r="D2" t="str"><f>LOWER("TAAK")</f><v>taak</v></c></row>
      <row r="3"><c r="A3" t="s"><v>6</v></c><c r="B3" t="s"><v>3</v></c><c r="C3"><v>3</v></c></row>
      """
    let metadata = """
      <row r="1"><c r="A1" t="s"><v>12</v></c><c r="B1" t="s"><v>13</v></c></row>
      <row r="2"><c r="A2" t="s"><v>14</v></c><c r="B2" s="1"><v>46095</v></c></row>
      <row r="3"><c r="A3" t="s"><v>15</v></c><c r="B3"><v>1</v></c></row>
      """
    let path = try Self.workbook([("Actoren", actors), ("Relaties", ties), ("kaart", metadata)], strings: strings)
    let map = try MapLoader.load(path: path)
    #expect(map.actors.map(\.id) == ["school", "clb"])
    #expect(map.actors.map(\.label) == ["Zoë & co", "CLB Kempen"])
    #expect(map.actors[0].role == .core)
    #expect(map.actors[0].attributes == ["actief": "true"])
    #expect(map.ties.map(\.weight) == [2.5, 3])
    #expect(map.ties[0].attributes == ["motief": "taak"])
    // 46095 days after 1899-12-30 is 2026-03-14.
    #expect(map.metadata.date == "2026-03-14")
    #expect(map.metadata.wave == "1")
  }

  @Test func problemsNameSheetAndCell() throws {
    let strings = ["id", "role", "a", "kernn", "source", "target", "weight", "b"]
    let actors = """
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
      <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>
      <row r="3"><c r="A3" t="s"><v>7</v></c><c r="C3" t="s"><v>7</v></c></row>
      """
    let ties = """
      <row r="1"><c r="A1" t="s"><v>4</v></c><c r="B1" t="s"><v>5</v></c><c r="C1" t="s"><v>6</v></c></row>
      <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>7</v></c><c r="C2" t="e"><v>#N/A</v></c></row>
      """
    let path = try Self.workbook([("actors", actors), ("ties", ties)], strings: strings)
    let result = MapValidator.validate(path: path)
    let errors = result.diagnostics.filter { $0.severity == .error }.map {
      $0.description.replacingOccurrences(of: path, with: "book.xlsx")
    }
    #expect(
      errors == [
        "book.xlsx:actors!B2: error: unknown role \"kernn\" for actor \"a\"; use one of kern, verankering, omkadering, context or leave it empty (did you mean \"kern\"?)",
        "book.xlsx:actors!C3: error: value \"b\" stands in a column without a name in the header row 1; name the column or move the value",
        "book.xlsx:ties!C2: error: cell holds the spreadsheet error #N/A; replace it with a value or clear the cell",
      ], "\(result.diagnostics)")
  }

  @Test func missingSheetAndNotAWorkbook() throws {
    let path = try Self.workbook(
      [("actors", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), ("Blad2", "")], strings: ["id"])
    let missing = MapValidator.validate(path: path).diagnostics.map { $0.message }
    #expect(
      missing == ["no ties sheet; name the sheet with the ties 'ties' or 'relaties' (sheets found: 'actors', 'Blad2')"])
    let folder = try TemporaryFolder()
    let text = try folder.write("tekst.xlsx", "id,label\n")
    #expect(
      MapValidator.validate(path: text).diagnostics.map(\.message) == [
        "not an .xlsx workbook (not a zip archive); save it from the spreadsheet program as 'Excel workbook (.xlsx)'"
      ])
  }
}
