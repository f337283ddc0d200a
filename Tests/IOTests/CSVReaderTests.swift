import NetwerkkaartCore
import NetwerkkaartIO
import Testing

@Suite struct CSVReaderTests {
  private func read(_ text: String) -> CSVReader.Result {
    CSVReader.read(Array(text.utf8), path: "t.csv")
  }

  /// What Excel writes in a Belgian locale: BOM, semicolons, CRLF, decimal commas, and quoted
  /// values holding the delimiter, doubled quotes and a line break.
  @Test func excelStyleSemicolonFile() throws {
    let text =
      "\u{FEFF}source;target;weight;doel\r\na;b;2,5;\"lezen; schrijven\"\r\nb;c;1;\"zegt \"\"ja\"\"\r\nen nee\"\r\nc;a;;x\r\n"
    let result = read(text)
    #expect(result.diagnostics.isEmpty)
    let document = try #require(result.document)
    #expect(document.delimiter == ";")
    #expect(document.acceptsDecimalComma)
    #expect(document.header == ["source", "target", "weight", "doel"])
    #expect(
      document.rows.map(\.fields) == [
        ["a", "b", "2,5", "lezen; schrijven"],
        ["b", "c", "1", "zegt \"ja\"\r\nen nee"],
        ["c", "a", "", "x"],
      ])
    // The quoted line break moves the last row to physical line 5.
    #expect(document.rows.map(\.line) == [2, 3, 5])
  }

  @Test func tabsAndBareLineFeeds() throws {
    let document = try #require(read("id\tlabel\nx\tZoë\n\n\ny\tÉcole\n").document)
    #expect(document.delimiter == "\t")
    #expect(document.rows.map(\.fields) == [["x", "Zoë"], ["y", "École"]])
    #expect(document.rows.map(\.line) == [2, 5])
  }

  /// Excel's "Unicode text" export: UTF-16LE with a BOM, tab-delimited.
  @Test func utf16WithByteOrderMark() throws {
    let text = "id\tlabel\r\nzoe\tZoë\r\n"
    let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let document = try #require(CSVReader.read(bytes, path: "u.txt").document)
    #expect(document.rows.map(\.fields) == [["zoe", "Zoë"]])
  }

  /// `sep=;` names the delimiter; line numbers still count it.
  @Test func excelSeparatorHint() throws {
    let document = try #require(read("sep=;\nid;label,x\na;b,c\n").document)
    #expect(document.delimiter == ";")
    #expect(document.header == ["id", "label,x"])
    #expect(document.rows.map(\.line) == [3])
    #expect(document.headerLocation.line == 2)
    // Only delimiters are honoured; `sep=x` is an ordinary first line.
    #expect(read("sep=x\na\n").document?.header == ["sep=x"])
  }

  /// A line of spaces or tabs between rows is blank, not a row.
  @Test func whitespaceOnlyLinesAreBlank() throws {
    let result = read("id,label\na,b\n   \n\t\nc,d\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.document?.rows.map(\.line) == [2, 5])
  }

  @Test func columnNamesMatchInAnyCase() throws {
    let document = try #require(read("Source,TARGET\na,b\n").document)
    #expect(document.column("source") == 0)
    #expect(document.column("Target") == 1)
    #expect(document.column("ID", aliases: ["target"]) == 1)
  }

  @Test func singleColumnDefaultsToComma() throws {
    let document = try #require(read("id\na\nb").document)
    #expect(document.delimiter == ",")
    #expect(document.rows.count == 2)
  }

  /// Every row with the wrong number of fields is reported, each at its own line.
  @Test func fieldCountMismatchesAllReported() {
    let result = read("source,target\na,b\na,b,c\nd\ne,f\n")
    #expect(
      result.diagnostics.map(\.description) == [
        "t.csv:3: error: row has 3 fields but the header has 2; quote values that contain the delimiter ',', or remove extra delimiters",
        "t.csv:4: error: row has 1 field but the header has 2; add the missing values (leave a cell empty with an extra ',')",
      ])
    #expect(result.document?.rows.count == 2)
  }

  @Test func unclosedQuote() {
    let result = read("id,label\na,\"open\nb,c\n")
    #expect(
      result.diagnostics.map(\.description).contains(
        "t.csv:2: error: a quoted value opened on this line is never closed; add the closing quote (\")"))
  }

  @Test func emptyFiles() {
    for text in ["", "\u{FEFF}", "\n\n  \r\n"] {
      #expect(
        read(text).diagnostics.map(\.description) == [
          "t.csv:1: error: file is empty; it needs a header row naming its columns"
        ])
    }
  }

  @Test func binaryAndWorkbooksAreRefused() {
    let binary = CSVReader.read([0x69, 0x64, 0x0A, 0x61, 0x00, 0x62], path: "b.csv")
    #expect(binary.document == nil)
    #expect(binary.diagnostics.first?.description.hasPrefix("b.csv:2: error: binary data") == true)
    let workbook = CSVReader.read([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], path: "w.csv")
    #expect(workbook.diagnostics.first?.message.contains("Excel .xlsx workbook") == true)
  }

  /// Latin-1 "é" (0xE9) on line 3 is named with its line and a way out.
  @Test func nonUTF8IsRefusedWithLine() {
    let bytes = Array("id,label\na,b\nc,caf".utf8) + [0xE9] + Array("\n".utf8)
    let result = CSVReader.read(bytes, path: "l.csv")
    #expect(result.document == nil)
    #expect(result.diagnostics.first?.description.hasPrefix("l.csv:3: error: not UTF-8 text (byte 0xE9") == true)
  }

  @Test func headerProblems() {
    let result = read("id,label,Label,,x\n1,2,3,4,5\n")
    #expect(
      result.diagnostics.map(\.message) == [
        "column 3 \"Label\" repeats the name of column 2; give each column its own name",
        "column 4 has no name in the header row; name it or delete the column",
      ])
  }

  /// Excel's empty, unnamed last column (`id;label;`) is dropped quietly.
  @Test func unnamedEmptyTrailingColumnIsDropped() throws {
    let result = read("id;label;\na;b;\nc;d;\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.document?.header == ["id", "label"])
    #expect(result.document?.rows.map(\.fields) == [["a", "b"], ["c", "d"]])
  }

  @Test(arguments: [
    ("2", false, 2.0), ("2.5", false, 2.5), (" 3 ", false, 3.0), ("2,5", true, 2.5), ("1e3", false, 1000.0),
  ])
  func numbers(text: String, decimalComma: Bool, expected: Double) {
    #expect(NumberParsing.number(text, decimalComma: decimalComma) == expected)
  }

  @Test(arguments: [
    ("2,5", false), ("1.000,5", true), ("nan", false), ("inf", false), ("abc", false), ("", false), ("1,2,3", true),
  ])
  func notNumbers(text: String, decimalComma: Bool) {
    #expect(NumberParsing.number(text, decimalComma: decimalComma) == nil)
  }
}
