import Foundation
import NetwerkkaartTestSupport
import Testing

/// `netwerkkaart convert` and `template` on the built binary.
@Suite struct ConvertCommandTests {
  static let example = "Examples/basisschool-de-linde"

  @Test func everyFormatFromTheExampleAndBackGivesTheSameMetrics() throws {
    let out = try folder([String: String]())
    let expected = try netwerkkaart("metrics", Self.example, "--format", "csv")
    for name in ["map.yaml", "map.json", "map.graphml", "map.net", "map.xlsx", "map.node-link.json", "folder"] {
      let path = out.appendingPathComponent(name).path
      let converted = try netwerkkaart("convert", Self.example, "-o", path)
      #expect(converted.status == 0, "\(converted)")
      #expect(converted.standardError.isEmpty, "\(name): \(converted)")
      #expect(converted.standardOutput == "\(path): 30 actors, 58 ties (\(Self.format(name)))\n", "\(converted)")
      let metrics = try netwerkkaart("metrics", path, "--format", "csv")
      #expect(metrics.status == 0, "\(metrics)")
      // The reports name their source; everything else must be identical.
      #expect(
        metrics.standardOutput.replacingOccurrences(of: path, with: Self.example) == expected.standardOutput,
        "\(name)")
    }
  }

  static func format(_ name: String) -> String {
    switch name {
    case "map.net": "pajek"
    case "map.node-link.json": "node-link"
    case "folder": "csv"
    default: String(name.split(separator: ".").last ?? "")
    }
  }

  @Test func edgeListAndGEXFReportWhatTheyCannotHold() throws {
    let out = try folder([String: String]())
    let edges = try netwerkkaart("convert", Self.example, "-o", out.appendingPathComponent("edges.csv").path)
    #expect(edges.status == 0)
    #expect(
      edges.standardError.contains(
        "warning: an edge list holds ties only: the labels, roles, types and attributes of 30 actors are not written"),
      "\(edges)")
    #expect(
      edges.standardError.contains("warning: an edge list cannot list actors without ties: \"woonzorg\" left out"),
      "\(edges)")

    let yaml = out.appendingPathComponent("with-metadata.yaml").path
    try
      "school: De Linde\ndate: 2026-03-14\nwave: 2\nactors:\n  - {id: a}\n  - {id: b}\nties:\n  - {source: a, target: b}\n"
      .write(toFile: yaml, atomically: true, encoding: .utf8)
    let gexf = try netwerkkaart("convert", yaml, "-o", out.appendingPathComponent("map.gexf").path)
    #expect(gexf.status == 0)
    #expect(
      gexf.standardError.contains(
        "warning: GEXF keeps only the school and an ISO date of the map's metadata; left out: wave"), "\(gexf)")
  }

  @Test func refusesToOverwriteItsInput() throws {
    let map = try folder(["actors.csv": "id\na\nb\n", "ties.csv": "source,target\na,b\n"])
    for output in [map.path, map.appendingPathComponent("ties.csv").path] {
      let result = try netwerkkaart("convert", map.path, "-o", output)
      #expect(result.status == 1, "\(result)")
      #expect(result.standardError.contains("error: would overwrite the input"), "\(result)")
    }
    #expect(try String(contentsOf: map.appendingPathComponent("ties.csv"), encoding: .utf8) == "source,target\na,b\n")
    let yaml = map.appendingPathComponent("map.yaml").path
    #expect(try netwerkkaart("convert", map.path, "-o", yaml).status == 0)
    let again = try netwerkkaart("convert", yaml, "-o", yaml)
    #expect(again.status == 1 && again.standardError.contains("would overwrite the input"), "\(again)")
  }

  @Test func standardOutputNeedsAFormat() throws {
    let missing = try netwerkkaart("convert", Self.example, "-o", "-")
    #expect(missing.status == 64, "\(missing)")
    #expect(missing.standardError.contains("Name the format of standard output with --to"), "\(missing)")
    let json = try netwerkkaart("convert", Self.example, "-o", "-", "--to", "node-link")
    #expect(json.status == 0, "\(json)")
    let parsed = try parseJSON(json.standardOutput)
    #expect((parsed["nodes"] as? [Any])?.count == 30)
    #expect((parsed["links"] as? [Any])?.count == 58)
  }

  @Test func badInputInEveryFormatIsAClearErrorWithAPosition() throws {
    let files: [(String, String, String)] = [
      (
        "bad.graphml",
        "<graphml>\n<graph edgedefault=\"undirected\">\n<node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/>\n</graph>\n</graphml>\n",
        "bad.graphml:4:"
      ),
      ("broken.graphml", "<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n", "broken.graphml:4:"),
      ("bad.yaml", "actors:\n  - id: a\n    label: [not, a, label]\nties: []\n", "bad.yaml:3:"),
      ("broken.yaml", "actors:\n  - id: a\n   - id: b\n", "broken.yaml:3:"),
      (
        "bad.net", "*Vertices 3\n1 \"a\"\n2 \"b\"\n*Edges\n1 2\n",
        "bad.net:1: error: '*Vertices 3' but 2 vertex lines follow"
      ),
      (
        "bad.dl", "dl n=3\nlabels:\na,b\ndata:\n0 1 0\n1 0 0\n0 0 0\n",
        "bad.dl:1: error: the header says n=3 but gives 2 labels"
      ),
      ("notzip.xlsx", "id,label\na,b\n", "notzip.xlsx: error: not an .xlsx workbook"),
    ]
    let dir = try folder(Dictionary(uniqueKeysWithValues: files.map { ($0.0, $0.1) }))
    for (name, _, expected) in files {
      let result = try netwerkkaart("validate", name, in: dir)
      expectNoCrash(result)
      #expect(result.status == 1, "\(name): \(result)")
      #expect(result.standardError.contains(expected), "\(name): \(result)")
    }
  }

  /// The shipped templates, Dutch in `Docs/templates`, English in `Docs/templates/en`, are what
  /// `template --lang` writes, and both read as an empty map.
  @Test(arguments: [("nl", "", "netwerkkaart-sjabloon.xlsx"), ("en", "en/", "network-map-template.xlsx")])
  func templateMatchesTheShippedTemplatesAndReadsAsAnEmptyMap(
    language: String, folder shipped: String, workbookName: String
  )
    throws
  {
    let out = try folder([String: String]())
    let csv = try netwerkkaart("template", "--lang", language, "-o", out.appendingPathComponent("sjabloon").path)
    #expect(csv.status == 0, "\(csv)")
    for name in ["actors.csv", "ties.csv", "map.csv"] {
      let written = try String(contentsOf: out.appendingPathComponent("sjabloon/\(name)"), encoding: .utf8)
      let expected = try String(
        contentsOf: packageRoot.appendingPathComponent("Docs/templates/\(shipped)\(name)"), encoding: .utf8)
      #expect(
        written == expected,
        "Docs/templates/\(shipped)\(name) is out of date; run netwerkkaart template --lang \(language)")
    }
    let workbook = out.appendingPathComponent(workbookName).path
    #expect(try netwerkkaart("template", "--lang", language, "-o", workbook).status == 0)
    let shippedWorkbook = packageRoot.appendingPathComponent("Docs/templates/\(shipped)\(workbookName)")
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: workbook)) == Data(contentsOf: shippedWorkbook),
      "Docs/templates/\(shipped)\(workbookName) is out of date; rewrite it with netwerkkaart template")
    let again = try netwerkkaart("template", "-o", workbook)
    #expect(again.status == 1 && again.standardError.contains("already exists"), "\(again)")
    for path in [workbook, out.appendingPathComponent("sjabloon").path] {
      let validated = try netwerkkaart("validate", path)
      #expect(validated.status == 0, "\(validated)")
      #expect(
        validated.standardOutput.contains("valid (0 actors, 0 tie records, 0 distinct ties; 0 errors, 0 warnings)"),
        "\(validated)")
    }
  }

  /// One row typed into the Dutch template and the same row in English values into the English
  /// one: both read, and as waves they do not differ.
  @Test func bothTemplatesReadTheSameMap() throws {
    let out = try folder([String: String]())
    for language in ["nl", "en"] {
      #expect(
        try netwerkkaart("template", "--lang", language, "-o", out.appendingPathComponent(language).path).status == 0)
    }
    let rows = [
      ("nl", "s,School,,school,ja,,\na,A,kern,clb,nee,,kennis\n", "s,a,3,wekelijks,,,,,,,,,,,13,,,\n"),
      (
        "en", "s,School,,school,yes,,\na,A,core,clb,no,,knowledge\n",
        "s,a,3,weekly,,,,,,,,,,,professional-development,,,\n"
      ),
    ]
    for (language, actors, ties) in rows {
      for (name, row) in [("actors.csv", actors), ("ties.csv", ties)] {
        let file = try FileHandle(forWritingTo: out.appendingPathComponent("\(language)/\(name)"))
        try file.seekToEnd()
        try file.write(contentsOf: Data(row.utf8))
        try file.close()
      }
      let validated = try netwerkkaart("validate", out.appendingPathComponent(language).path)
      #expect(
        validated.standardOutput.contains("valid (2 actors, 1 tie record, 1 distinct tie; 0 errors, 0 warnings)"),
        "\(validated)")
    }
    let diff = try netwerkkaart("diff", out.appendingPathComponent("nl").path, out.appendingPathComponent("en").path)
    #expect(diff.standardOutput.contains("actors +0 −0, 0 changed · ties +0 −0, 0 changed"), "\(diff)")
    let growth = try netwerkkaart(
      "metrics", out.appendingPathComponent("en").path, "--ties", "motief=groei", "--format", "json")
    #expect(growth.status == 0 && growth.standardOutput.contains("\"ties\": 1"), "\(growth)")
  }

}
