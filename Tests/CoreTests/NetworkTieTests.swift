import NetwerkkaartCore
import Testing

/// The one grouping of tie records into the network's distinct ties, checked by hand.
///
/// Records: 0 a,b w2 · 1 b,c · 2 b,a w1 · 3 c,c (self-tie) · 4 a,b w3 · 5 c,a.
@Suite struct NetworkTieTests {
  static func map() throws -> PartnershipMap {
    try PartnershipMap(
      actors: [ActorRecord(id: "a"), ActorRecord(id: "b"), ActorRecord(id: "c")],
      ties: [
        TieRecord(source: "a", target: "b", weight: 2), TieRecord(source: "b", target: "c"),
        TieRecord(source: "b", target: "a", weight: 1), TieRecord(source: "c", target: "c"),
        TieRecord(source: "a", target: "b", weight: 3), TieRecord(source: "c", target: "a"),
      ])
  }

  /// Undirected: a–b holds records 0, 2 and 4 (weight 6), in the first record's orientation.
  @Test func undirectedPairsMergeBothOrientations() throws {
    let network = Network(try Self.map())
    #expect(network.ties.count == network.tieCount)
    #expect(network.ties.map { [$0.source, $0.target] } == [[0, 1], [1, 2], [2, 0]])
    #expect(network.ties.map { Array($0.records) } == [[0, 2, 4], [1], [5]])
    #expect(network.ties.map(\.weight) == [6, 1, 1])
    #expect(network.tie(0) == network.ties[0])
  }

  /// Directed: b,a is a tie of its own.
  @Test func directedPairsAreOrdered() throws {
    let network = Network(try Self.map(), directed: true)
    #expect(network.ties.map { [$0.source, $0.target] } == [[0, 1], [1, 2], [1, 0], [2, 0]])
    #expect(network.ties.map { Array($0.records) } == [[0, 4], [1], [2], [5]])
    #expect(network.ties.map(\.weight) == [5, 1, 1, 1])
  }

  /// Built from edges, records are edge positions; edges outside the network belong to no tie.
  @Test func edgesOutsideTheNetworkBelongToNoTie() {
    let network = Network(
      actorCount: 2, edges: [Network.Edge(0, 1), Network.Edge(0, 5), Network.Edge(1, 0, weight: 2)])
    #expect(network.ties.map { Array($0.records) } == [[0, 2]])
    #expect(network.ties.map(\.weight) == [3])
    #expect(Network(actorCount: 0, edges: []).ties.isEmpty)
  }

  /// Without its grouping (what `metrics` keeps), a network has the same rows and counts, and
  /// no ties to list. Hand-read: a–b (weight 6), b–c and c–a.
  @Test func withoutTheGroupingTheRowsRemain() throws {
    let network = Network(try Self.map(), weighted: true).withoutTieGrouping
    #expect(network.ties.isEmpty)
    #expect(network.tieCount == 3)
    #expect((0..<3).map { network.successors(of: $0).sorted() } == [[1, 2], [0, 2], [0, 1]])
    #expect(network.outStrength == [7, 7, 2])
  }
}
