import Foundation
import NetwerkkaartTestSupport
import Testing

/// `compare -o FILE.csv`: the maps in FILE.csv and the conventions in FILE-conventies.csv, in
/// either CSV dialect. Two hand-counted maps: the path a–b–c (3 actors, 2 ties, density 2/3) and
/// the triangle a–b–c (3 actors, 3 ties, density 1).
@Suite struct CSVDialectTests {
  static func maps() throws -> [String] {
    let out = try folder([
      "pad.csv": "source,target\na,b\nb,c\n", "driehoek.csv": "source,target\na,b\nb,c\nc,a\n",
    ])
    return ["pad.csv", "driehoek.csv"].map { out.appendingPathComponent($0).path }
  }

  /// The cell under `column` in each data row of a `separator`-separated table.
  static func column(_ column: String, of lines: [String], separator: Character) -> [String] {
    let header = lines[0].split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    guard let index = header.firstIndex(of: column) else { return [] }
    return lines.dropFirst().map { String($0.split(separator: separator, omittingEmptySubsequences: false)[index]) }
  }

  @Test func compareExcelNL() throws {
    let out = try folder(["keep.txt": ""])
    let target = out.appendingPathComponent("v.csv").path
    let result = try netwerkkaart(["compare"] + (try Self.maps()) + ["-o", target, "--csv-dialect", "excel-nl"])
    #expect(result.status == 0 && result.standardOutput.isEmpty, "\(result)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: target))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 byte order mark")
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("label;source;wave;"))
    #expect(text.hasSuffix("\r\n") && !text.contains("convention"))
    let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.count == 3)
    #expect(Self.column("label", of: lines, separator: ";") == ["pad.csv", "driehoek.csv"])
    #expect(Self.column("ties", of: lines, separator: ";") == ["2", "3"])
    #expect(Self.column("density", of: lines, separator: ";") == ["0,6666666666666666", "1,0"])
    let conventions = try Data(contentsOf: out.appendingPathComponent("v-conventies.csv"))
    let conventionText = String(decoding: conventions.dropFirst(3), as: UTF8.self)
    #expect(Array(conventions.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(conventionText.hasPrefix("convention;text\r\nsize;"), "\(conventionText)")
  }

  /// RFC 4180: the two tables of `--format csv` on standard output, each in its own file.
  @Test func compareRFC4180SplitsTheTables() throws {
    let out = try folder(["keep.txt": ""])
    let target = out.appendingPathComponent("v.csv").path
    let maps = try Self.maps()
    let written = try netwerkkaart(["compare"] + maps + ["-o", target])
    #expect(written.status == 0 && written.standardOutput.isEmpty, "\(written)")
    let printed = try netwerkkaart(["compare"] + maps + ["--format", "csv"])
    let tables = printed.standardOutput.components(separatedBy: "\n\n")
    #expect(tables.count == 2)
    let first = try String(contentsOfFile: target, encoding: .utf8)
    let second = try String(contentsOfFile: out.appendingPathComponent("v-conventies.csv").path, encoding: .utf8)
    #expect(first == tables[0] + "\n")
    #expect(second == tables[1])
    let lines = first.split(separator: "\n").map(String.init)
    #expect(Self.column("density", of: lines, separator: ",") == ["0.6666666666666666", "1.0"])
  }

  @Test func compareExcelNLNeedsACSVFile() throws {
    let result = try netwerkkaart(["compare"] + (try Self.maps()) + ["--csv-dialect", "excel-nl"])
    #expect(result.status == 64 && result.standardError.contains("name the first with -o"), "\(result)")
  }

  /// Python's `csv.Sniffer` finds `;` in the excel-nl file of two examples, every row has the
  /// header's width, and De Linde's density reads with a decimal comma as 2·58/(30·29) = 0.133333.
  @Test(.pythonLibraries)
  func compareExcelNLSniffed() throws {
    let target = try folder(["keep.txt": ""]).appendingPathComponent("v.csv").path
    let result = try netwerkkaart(
      "compare", "Examples/basisschool-de-linde", "Examples/secundaire-school-atheneum-zuid", "-o", target,
      "--csv-dialect", "excel-nl")
    #expect(result.status == 0, "\(result)")
    let script = """
      import csv, sys
      text = open(sys.argv[1], encoding="utf-8-sig", newline="").read()
      dialect = csv.Sniffer().sniff(text)
      rows = list(csv.reader(text.splitlines(), delimiter=dialect.delimiter))
      density = float(rows[1][rows[0].index("density")].replace(",", "."))
      print(dialect.delimiter, len({len(row) for row in rows}), len(rows) - 1, round(density, 6))
      """
    let check = try CommandRunner.runExecutable(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, target])
    #expect(check.standardOutput == "; 1 2 0.133333\n", "\(check)")
  }
}
