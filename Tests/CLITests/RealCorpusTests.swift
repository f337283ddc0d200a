import Foundation
import NetwerkkaartTestSupport
import Testing

/// Every file of `Tests/Fixtures/real/` (written by SocNetV, igraph, NetworkX, NetworKit, Gephi's
/// tests and hand-made in the shapes of issue 15) read by `netwerkkaart metrics` and by igraph or
/// NetworkX: the same actors, distinct ties, degrees and betweenness, or a refusal that a peer
/// shares (`Tests/Interop/real_corpus.py`, `Tests/Fixtures/real/SOURCES.md`).
@Suite struct RealCorpusTests {
  @Test(
    .enabled(
      if: DifferentialTests.oraclesRequired || InteropTests.librariesAvailable,
      "python3 with networkx and igraph not found; run .ci/install"))
  func readsLikeIgraphAndNetworkX() throws {
    let result = try InteropTests.runScript("Tests/Interop/real_corpus.py")
    #expect(result.status == 0, "\(result)")
    let summary = result.standardOutput.split(separator: "\n").last { $0.hasPrefix("real corpus: ") }
    #expect(summary?.hasSuffix(" 0 failures") == true, "\(result)")
    #expect(summary.map { Int($0.split(separator: " ")[2]) ?? 0 } ?? 0 >= 60, "\(result)")
  }

  /// A multi-relation file selects one relation with `--ties relation=NAME`: Padgett's
  /// marriage ties are 20 pairs, his business ties 15 (Breiger & Pattison 1986, table 1).
  @Test func tiesRelationSelectsOneMatrix() throws {
    let file = "Tests/Fixtures/real/socnetv/Padgett_Florentine_Families.paj"
    for (relation, ties) in [("Marital", 20), ("Business", 15)] {
      let result = try CommandRunner.run(
        "netwerkkaart", ["metrics", file, "--ties", "relation=\(relation)", "--format", "json"])
      #expect(result.status == 0, "\(result)")
      #expect(result.standardOutput.contains("\"ties\": \(ties),"), "\(result)")
    }
  }
}
