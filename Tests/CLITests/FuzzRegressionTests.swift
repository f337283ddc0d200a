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
    let result = try CommandRunner.run(
      "fuzz-readers", ["--replay", "Tests/Fixtures/\(fixture)", "--reader", reader, "--work", work.path])
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

  /// The finding: an id with a control character lost it in GraphML and met another id.
  @Test func controlCharacterInAnIdIsRefused() throws {
    let result = try netwerkkaart("validate", "Tests/Fixtures/fuzz-findings/edgelist-control-character-id.csv")
    #expect(result.status == 1)
    #expect(result.standardError.contains("actor id holds the control character U+001B; remove it from the id"))
  }
}
