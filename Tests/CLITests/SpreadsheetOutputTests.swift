import Foundation
import NetwerkkaartTestSupport
import Testing

/// `metrics -o` for spreadsheets, on the path a–b–c (hand-derived: b has degree 2, betweenness
/// 1 and closeness 1; a and c degree 1, closeness 2/3, harmonic closeness 3/4; density 2/3).
@Suite struct SpreadsheetOutputTests {
  func pathMap() throws -> String {
    try folder(["ties.csv": "source,target\na,b\nb,c\n"]).appendingPathComponent("ties.csv").path
  }

  /// Excel in Dutch or Belgian settings: BOM, `;`, decimal comma, CR LF, the figures in a file
  /// of their own. Checked by splitting on `;` as that Excel does; LibreOffice is not installed
  /// on the test machines, so `sniffedAsSemicolonSeparated` asks Python's `csv.Sniffer` too.
  @Test func excelNLWritesTwoFilesWithDecimalCommas() throws {
    let out = try folder(["keep.txt": ""])
    let target = out.appendingPathComponent("m.csv").path
    let result = try netwerkkaart("metrics", try pathMap(), "-o", target, "--csv-dialect", "excel-nl")
    #expect(result.status == 0 && result.standardOutput.isEmpty, "\(result)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: target))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 byte order mark")
    let actors = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(actors.hasPrefix("id;label;role;type;degree;degree_centrality;betweenness;"))
    let lines = actors.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.count == 4)
    #expect(lines[1] == "a;a;;;1;0,5;0,0;0,0;0,6666666666666666;0,75")
    #expect(lines[2] == "b;b;;;2;1,0;1,0;1,0;1,0;1,0")
    let figures = try String(contentsOfFile: out.appendingPathComponent("m-kengetallen.csv").path, encoding: .utf8)
    #expect(figures.contains("\r\ndensity;0,6666666666666666\r\n"))
    #expect(figures.contains("\r\nconvention: ties;\"undirected; ties between"))
    #expect(!actors.contains("figure"))
  }

  @Test func excelNLNeedsAFile() throws {
    let result = try netwerkkaart("metrics", try pathMap(), "--csv-dialect", "excel-nl")
    #expect(result.status == 64 && result.standardError.contains("name the first with -o"), "\(result)")
  }

  /// The workbook opened by openpyxl: two sheets, measures and figures as number cells.
  @Test(.pythonLibraries)
  func workbookHasNumberCells() throws {
    let target = try folder(["keep.txt": ""]).appendingPathComponent("m.xlsx").path
    let result = try netwerkkaart("metrics", try pathMap(), "-o", target)
    #expect(result.status == 0, "\(result)")
    let script = """
      import openpyxl, sys
      book = openpyxl.load_workbook(sys.argv[1])
      print(book.sheetnames)
      for row in book["actoren"].iter_rows(min_row=2, values_only=False):
          print(row[0].value, [(c.value, c.data_type) for c in row[4:7]])
      print([(c.value, c.data_type) for c in book["kengetallen"][7]])
      """
    let check = try CommandRunner.runExecutable(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, target])
    #expect(check.status == 0, "\(check)")
    #expect(
      check.standardOutput == """
        ['actoren', 'kengetallen']
        a [(1.0, 'n'), (0.5, 'n'), (0.0, 'n')]
        b [(2.0, 'n'), (1.0, 'n'), (1.0, 'n')]
        c [(1.0, 'n'), (0.5, 'n'), (0.0, 'n')]
        [('density', 's'), (0.6666666666666666, 'n')]

        """, "\(check)")
  }

  /// Python's `csv.Sniffer` (the closest independent reader here) finds `;` and every number
  /// reads with a decimal comma.
  @Test(.pythonLibraries)
  func sniffedAsSemicolonSeparated() throws {
    let target = try folder(["keep.txt": ""]).appendingPathComponent("m.csv").path
    _ = try netwerkkaart("metrics", "Examples/basisschool-de-linde", "-o", target, "--csv-dialect", "excel-nl")
    let script = """
      import csv, sys
      text = open(sys.argv[1], encoding="utf-8-sig", newline="").read()
      dialect = csv.Sniffer().sniff(text)
      rows = list(csv.reader(text.splitlines(), delimiter=dialect.delimiter))
      widths = {len(row) for row in rows}
      numbers = [float(cell.replace(",", ".")) for row in rows[1:] for cell in row[4:]]
      print(dialect.delimiter, widths, len(rows) - 1, len(numbers))
      """
    let check = try CommandRunner.runExecutable(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, target])
    // 30 actors, 10 columns each (4 text, 6 measures): 180 numbers.
    #expect(check.standardOutput == "; {10} 30 180\n", "\(check)")
  }

  /// `analyse` and `compare` as workbooks: one sheet per table, numbers as number cells. De
  /// Linde has 30 actors and 58 ties, so its density is 2·58/(30·29) = 0.133 (rounded as in the
  /// text report).
  @Test(.pythonLibraries)
  func analyseAndCompareWorkbooks() throws {
    let out = try folder(["keep.txt": ""])
    let analysed = out.appendingPathComponent("a.xlsx").path
    let compared = out.appendingPathComponent("c.xlsx").path
    let map = "Examples/basisschool-de-linde"
    #expect(try netwerkkaart("analyse", map, "-o", analysed).status == 0)
    #expect(try netwerkkaart("compare", map, "Examples/secundaire-school-atheneum-zuid", "-o", compared).status == 0)
    let script = """
      import openpyxl, sys
      a = openpyxl.load_workbook(sys.argv[1])
      print(a.sheetnames[0], len(a.sheetnames), [(c.value, c.data_type) for c in a["Whole map"][2]])
      c = openpyxl.load_workbook(sys.argv[2])
      print(c.sheetnames[0], [(c.value, c.data_type) for c in c["Size and density"][2]][2:4])
      """
    let check = try CommandRunner.runExecutable(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, analysed, compared])
    #expect(
      check.standardOutput == """
        Whole map 9 [('density', 's'), (0.133, 'n')]
        Size and density [(30.0, 'n'), (9.0, 'n')]

        """, "\(check)")
  }
}

extension Trait where Self == ConditionTrait {
  /// Runs the test where python3 has NetworkX, igraph, openpyxl and lxml (or where
  /// NETWERKKAART_REQUIRE_ORACLES=1 demands them).
  static var pythonLibraries: Self {
    .enabled(
      if: DifferentialTests.oraclesRequired || InteropTests.librariesAvailable,
      "python3 with networkx, igraph, openpyxl and lxml not found; run .ci/install")
  }
}
