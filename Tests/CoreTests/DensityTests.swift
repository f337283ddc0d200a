import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct DensityTests {
  /// K4 has all 6 ties: 1. A path of 4 has 3 of 6: 1/2.
  @Test func undirected() {
    let complete = NamedNetwork([("a", "b"), ("a", "c"), ("a", "d"), ("b", "c"), ("b", "d"), ("c", "d")])
    #expect(Density.of(complete.network) == 1)
    #expect(Density.of(NamedNetwork([("a", "b"), ("b", "c"), ("c", "d")]).network) == 0.5)
  }

  /// Directed a → b → c: 2 of 3·2 = 6 possible arcs.
  @Test func directed() {
    #expect(Density.of(NamedNetwork([("a", "b"), ("b", "c")], directed: true).network) == 1.0 / 3)
  }

  /// Duplicates and self-ties do not count: a–b twice and a–a leave 1 tie of 1 possible.
  @Test func countsDistinctTies() {
    let network = Network(
      actorCount: 2, edges: [Network.Edge(0, 1), Network.Edge(1, 0), Network.Edge(0, 0)])
    #expect(network.tieCount == 1)
    #expect(Density.of(network) == 1)
  }
}
