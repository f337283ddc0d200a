import Foundation
import NetwerkkaartTestSupport
import Testing

/// Every input the fuzzer (Tests/Fuzz) found to crash a reader or to fail a round trip, replayed
/// through the fuzzer's whole pipeline: read, network, metrics, analysis, reports, drawing, and
/// written back in another format. Named `<reader>-<what>.<ext>` under Tests/Fixtures/fuzz-crashes
/// and Tests/Fixtures/fuzz-findings.
@Suite struct FuzzRegressionTests {
  static let fixtures: [String] = ["fuzz-crashes", "fuzz-findings"].flatMap { folder in
    let path = packageRoot.appendingPathComponent("Tests/Fixtures/\(folder)").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(folder)/\($0)" }
  }

  @Test(arguments: fixtures)
  func foundInputNoLongerFails(fixture: String) throws {
    let reader = String(fixture.split(separator: "/").last?.split(separator: "-").first ?? "")
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-replay-\(UUID().uuidString)")
    // A time limit: a fixture that hung the fuzzer (a deflate stream that never ends) fails
    // here if the hang comes back, instead of hanging the suite.
    let result = try CommandRunner.run(
      "fuzz-readers", ["--replay", "Tests/Fixtures/\(fixture)", "--reader", reader, "--work", work.path],
      timeout: 120)
    #expect(!result.timedOut, "\(result)")
    expectNoCrash(result)
    #expect(result.status == 0, "\(result)")
    #expect(
      result.standardOutput == "refused (no crash)\n" || result.standardOutput == "processed\n", "\(result)")
  }

  /// The crash: a second `*Vertices` list made ties of the first point past the second.
  @Test func secondVertexListIsRefused() throws {
    let result = try netwerkkaart("validate", "Tests/Fixtures/fuzz-crashes/pajek-two-vertices-lists-1.net")
    expectNoCrash(result)
    #expect(result.status == 1)
    #expect(result.standardError.contains("error: a second '*Vertices' line (the first is on line"), "\(result)")
  }

  /// The crash: `<?x?>`, a processing instruction without data (well-formed XML), killed every
  /// XML reader (Foundation's XMLParser read libxml2's null data pointer as a C string). The
  /// fuzzer found it in a workbook's `xl/workbook.xml`; the GraphML and GEXF files are made by
  /// hand. Each now reads as if the instruction had an empty text.
  @Test(arguments: [
    ("graphml-processing-instruction-without-data.graphml", 0, "valid (2 actors, 1 tie record"),
    ("gexf-processing-instruction-without-data.gexf", 0, "valid (2 actors, 1 tie record"),
    ("xlsx-processing-instruction-without-data.xlsx", 0, "valid (7 actors, 7 tie records"),
  ])
  func processingInstructionWithoutDataIsRead(name: String, status: Int32, output: String) throws {
    let result = try netwerkkaart("validate", "Tests/Fixtures/fuzz-crashes/\(name)")
    expectNoCrash(result)
    #expect(result.status == status, "\(result)")
    #expect(result.standardOutput.contains(output), "\(result)")
  }

  /// The finding: an id with a control character lost it in GraphML and met another id.
  @Test func controlCharacterInAnIdIsRefused() throws {
    let result = try netwerkkaart("validate", "Tests/Fixtures/fuzz-findings/edgelist-control-character-id.csv")
    #expect(result.status == 1)
    #expect(result.standardError.contains("actor id holds the control character U+001B; remove it from the id"))
  }

  /// The finding: a vertex line `3 "` (a quote never closed) made an actor with an empty id,
  /// which the YAML and CSV readers refused when the map was written in their format.
  @Test func unclosedVertexLabelIsRefused() throws {
    let result = try netwerkkaart("validate", "Tests/Fixtures/fuzz-findings/pajek-empty-vertex-label.net")
    expectNoCrash(result)
    #expect(result.status == 1, "\(result)")
    #expect(
      result.standardError.contains(
        "pajek-empty-vertex-label.net:9: error: the label of vertex 3 opens a quote that is never closed; close it on the same line, as in '3 \"label\"'"
      ), "\(result)")
    // Only the quote is blamed, not the count of '*Vertices' as well.
    #expect(!result.standardError.contains("vertex line"), "\(result)")
  }

  /// The finding: `"" "value"` in a `%@tie` annotation made a CSV column without a name. The
  /// pair is left out with a warning (the annotation is a comment other programs skip).
  @Test func attributeWithoutNameIsLeftOut() throws {
    // Line 46 is the annotation of tie 14 (`"" "diehnekkortebpassief"`). (`validate` would
    // also refuse another mutation of the fuzzer, the value `vrijwilli'`.)
    let result = try netwerkkaart(
      "convert", "Tests/Fixtures/fuzz-findings/pajek-attribute-without-name.net", "--to", "edgelist", "-o", "-")
    expectNoCrash(result)
    #expect(result.status == 0, "\(result)")
    let header = result.standardOutput.prefix { $0 != "\n" }.split(separator: ",", omittingEmptySubsequences: false)
    #expect(header.first == "source" && !header.contains(""), "\(result)")
    #expect(!result.standardOutput.contains("diehnekkortebpassief"), "\(result)")
    #expect(
      result.standardError.contains(
        "pajek-attribute-without-name.net:46: warning: an attribute without a name (\"\" followed by a value) on a %@tie line; left out"
      ), "\(result)")
  }
}
