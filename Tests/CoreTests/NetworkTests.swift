import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct NetworkTests {
  private func map(_ ties: [(String, String, Double)]) throws -> PartnershipMap {
    let ids = Array(Set(ties.flatMap { [$0.0, $0.1] })).sorted()
    return try PartnershipMap(
      actors: ids.map { ActorRecord(id: ActorID($0)) },
      ties: ties.enumerated().map { index, tie in
        TieRecord(
          source: ActorID(tie.0), target: ActorID(tie.1), weight: tie.2,
          origin: SourceLocation(file: "ties.csv", line: index + 2))
      })
  }

  /// Undirected, b–a repeats a–b: one tie of weight 5, with a warning that names both lines.
  @Test func undirectedDuplicatesMergeWithWarning() throws {
    let network = Network(try map([("a", "b", 2), ("b", "a", 3), ("b", "c", 1)]))
    #expect(network.tieCount == 2)
    #expect(Array(network.outgoing.neighbors(of: 0)) == [1])
    #expect(Array(network.outgoing.weights(of: 0)) == [5])
    #expect(network.diagnostics.count == 1)
    #expect(network.diagnostics.first?.description.hasPrefix("ties.csv:3: warning:") == true)
    #expect(network.diagnostics.first?.message.contains("first at ties.csv:2") == true)
    #expect(network.diagnostics.first?.message.contains("summed to 5") == true)
  }

  /// Directed, a → b and b → a are two different ties.
  /// Two relations over the same 12 pairs (as UCINET `nm=2` gives): 12 merges, ten warned one by
  /// one, the other two in one closing warning with the total.
  @Test func manyMergesEndInOneSummary() throws {
    let pairs = (0..<12).map { ("a\($0)", "b\($0)", 1.0) }
    let network = Network(try map(pairs + pairs))
    #expect(network.tieCount == 12)
    #expect(network.diagnostics.count == 11)
    #expect(network.diagnostics.prefix(10).allSatisfy { $0.message.contains("is listed again") })
    let summary = try #require(network.diagnostics.last)
    #expect(summary.message.hasPrefix("2 more ties repeat a pair listed before"), "\(summary)")
    #expect(summary.message.contains("(12 in all)"))
  }

  /// Ties interleaved over several actors: each tie takes the place and orientation of its first
  /// record, weights add up in record order, and the warnings follow the records' order.
  /// By hand: records 2 a–c (1), 3 b–a (2), 4 c–a (4), 5 a–b (8), 6 c–b (16), 7 b–c (32),
  /// 8 a–b (64) give ties a–c (5), b–a (74), c–b (48).
  @Test func interleavedDuplicatesMergeInRecordOrder() throws {
    let network = Network(
      try map([
        ("a", "c", 1), ("b", "a", 2), ("c", "a", 4), ("a", "b", 8), ("c", "b", 16), ("b", "c", 32), ("a", "b", 64),
      ]))
    #expect(network.tieCount == 3)
    #expect(network.ties.map { [$0.source, $0.target] } == [[0, 2], [1, 0], [2, 1]])
    #expect(network.ties.map(\.weight) == [5, 74, 48])
    #expect(network.ties.map { Array($0.records) } == [[0, 2], [1, 3, 6], [4, 5]])
    #expect(
      network.diagnostics.map { "\($0.location?.line ?? 0) \($0.message.contains("summed to"))" } == [
        "4 true", "5 true", "7 true", "8 true",
      ])
    #expect(network.diagnostics.map { $0.message.contains("first at ties.csv:3") } == [false, true, false, true])
    #expect(network.diagnostics[3].message.hasSuffix("summed to 74"))
    let directed = Network(try map([("b", "a", 1), ("a", "b", 2), ("b", "a", 4)]), directed: true)
    #expect(directed.ties.map(\.weight) == [5, 2])
  }

  @Test func directedReversePairsAreDistinct() throws {
    let network = Network(try map([("a", "b", 2), ("b", "a", 3)]), directed: true)
    #expect(network.tieCount == 2)
    #expect(network.diagnostics.isEmpty)
    #expect(Array(network.incoming.neighbors(of: 0)) == [1])
  }

  @Test func selfTiesAreDroppedWithWarning() throws {
    let network = Network(try map([("a", "a", 1), ("a", "b", 1)]))
    #expect(network.tieCount == 1)
    #expect(
      network.diagnostics.map(\.description) == [
        "ties.csv:2: warning: self-tie of \"a\" dropped; ties from an actor to itself are not analysed"
      ])
  }

  /// Unknown actors and duplicate ids are all reported at once, with their positions.
  @Test func mapReportsEveryProblem() {
    let at = { (line: Int) in SourceLocation(file: "f.csv", line: line) }
    #expect(throws: MapError.self) {
      try PartnershipMap(
        actors: [ActorRecord(id: "clb", origin: at(2)), ActorRecord(id: "clb", origin: at(3))],
        ties: [TieRecord(source: "clb", target: "cbl", origin: at(4))])
    }
    do {
      _ = try PartnershipMap(
        actors: [ActorRecord(id: "clb", origin: at(2)), ActorRecord(id: "clb", origin: at(3))],
        ties: [TieRecord(source: "clb", target: "cbl", origin: at(4))])
    } catch {
      #expect(
        error.diagnostics.map(\.description) == [
          "f.csv:3: error: duplicate actor id \"clb\" (first at f.csv:2); give each actor its own id",
          "f.csv:4: error: tie names unknown actor \"cbl\"; add it to the actors or correct the id (did you mean \"clb\"?)",
        ])
    }
  }

  @Test func edgesOutsideTheNetworkAreIgnored() {
    let network = Network(actorCount: 2, edges: [Network.Edge(0, 1), Network.Edge(0, 7), Network.Edge(-1, 0)])
    #expect(network.tieCount == 1)
    #expect(network.diagnostics.count == 2)
  }

  @Test func rolesParseDutchAndEnglish() {
    #expect(ActorRole(parsing: " Kern ") == .core)
    #expect(ActorRole(parsing: "anchoring") == .anchoring)
    #expect(ActorRole(parsing: "OMKADERING") == .framing)
    #expect(ActorRole(parsing: "framing") == .framing)
    #expect(ActorRole(parsing: "context") == .context)
    #expect(ActorRole(parsing: "kernn") == nil)
    #expect(ActorRole(parsing: "Verankeringsactor") == .anchoring)
    #expect(ActorRole(parsing: "kernactor") == .core)
    #expect(ActorRole(parsing: "core actor") == .core)
    #expect(ActorRole(parsing: "actor") == nil)
  }
}
