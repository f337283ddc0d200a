import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct DegreeTests {
  @Test func undirectedCountsDistinctNeighbours() {
    let star = NamedNetwork([("c", "1"), ("c", "2"), ("c", "3")])
    let degree = Degree(star.network)
    #expect(degree.degree == [3, 1, 1, 1])
    let third = 1.0 / 3
    #expect(degree.centrality == [1, third, third, third])
  }

  /// Directed a → b, b → a, b → c: b has in 1, out 2, degree 3 (= NetworkX DiGraph.degree),
  /// and degree centrality 3/2.
  @Test func directedAddsInAndOut() {
    let map = NamedNetwork([("a", "b"), ("b", "a"), ("b", "c")], directed: true)
    let degree = Degree(map.network)
    #expect(degree.inDegree == [1, 1, 1])
    #expect(degree.outDegree == [1, 2, 0])
    #expect(degree.degree == [2, 3, 1])
    #expect(degree.centrality == [1, 1.5, 0.5])
  }

  /// Strength sums weights; a pair listed twice is merged first (2 + 3 = 5).
  @Test func strengthSumsMergedWeights() {
    let map = NamedNetwork([("a", "b", 2), ("b", "a", 3), ("b", "c", 1.5)], weighted: true)
    let degree = Degree(map.network)
    #expect(degree.degree == [1, 2, 1])
    #expect(degree.strength == [5, 6.5, 1.5])
  }
}
