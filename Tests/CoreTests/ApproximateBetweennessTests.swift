import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct ApproximateBetweennessTests {
  /// k = ⌈(n/(n−1))² · ln(2n/δ) / (2ε²)⌉, values worked out separately (Python, math.log).
  @Test(arguments: [(1000, 0.1, 0.1, 497), (20000, 0.05, 0.1, 2581), (2000, 0.1, 0.1, 531), (100, 0.01, 0.1, 100)])
  func sampleSize(n: Int, epsilon: Double, delta: Double, expected: Int) {
    #expect(ApproximateBetweenness.sampleSize(actorCount: n, epsilon: epsilon, delta: delta) == expected)
  }

  /// When the guarantee needs every source, the estimate is the exact betweenness.
  @Test func fallsBackToExact() {
    let edges = RandomNetworks.edges(actors: 80, probability: 0.05, directed: false, seed: 2)
    let network = Network(actorCount: 80, edges: edges)
    let estimate = ApproximateBetweenness(network, epsilon: 0.05)
    #expect(estimate.isExact)
    #expect(mismatches(estimate.normalized, Betweenness(network).normalized).isEmpty)
  }

  /// The medium network of the benchmark's size (2,000 actors, about 10,000 ties): with
  /// ε = 0.1 every normalized estimate is within 0.1 of the exact value (531 of 2,000 sources).
  @Test(arguments: [false, true])
  func withinBoundOnMediumNetwork(directed: Bool) {
    let edges = RandomNetworks.edges(actors: 2000, probability: directed ? 0.0025 : 0.005, directed: directed, seed: 11)
    let network = Network(actorCount: 2000, edges: edges, directed: directed)
    let exact = Betweenness(network).normalized
    let estimate = ApproximateBetweenness(network, epsilon: 0.1, seed: 3)
    #expect(!estimate.isExact)
    #expect(estimate.sampleSize == 531)
    let worst = zip(estimate.normalized, exact).map { abs($0 - $1) }.max() ?? 0
    #expect(worst <= 0.1, "largest error \(worst)")
    // The estimator is unbiased and the sample large: the error is far below the bound.
    #expect(worst < 0.02, "largest error \(worst)")
  }

  /// The same seed gives the same sample and values, whatever the thread count.
  @Test func deterministic() {
    let edges = RandomNetworks.edges(actors: 3000, probability: 0.002, directed: false, seed: 4)
    let network = Network(actorCount: 3000, edges: edges)
    let first = ApproximateBetweenness(network, epsilon: 0.2, seed: 9, threads: 1)
    let second = ApproximateBetweenness(network, epsilon: 0.2, seed: 9, threads: 2)
    #expect(first.raw == second.raw)
    #expect(ApproximateBetweenness(network, epsilon: 0.2, seed: 10).raw != first.raw)
  }

  /// Under an approximation the table keeps the closeness columns, estimated from the same
  /// sample (``ApproximateCloseness``), and its conventions say so.
  @Test func tableEstimatesCloseness() {
    let network = Network(
      actorCount: 3000, edges: RandomNetworks.edges(actors: 3000, probability: 0.002, directed: false, seed: 4))
    let table = MetricsTable(network, approximation: .init(epsilon: 0.2))
    #expect(
      table.columns.map(\.key) == [
        "degree", "degree_centrality", "betweenness", "betweenness_normalized", "closeness", "harmonic_closeness",
      ])
    #expect(table.closenessApproximation?.terms.sampleSize == 138)
    let betweenness = table.conventions.first { $0.name == "betweenness" }?.text ?? ""
    #expect(betweenness.contains("estimated from 138 sampled sources of 3000"))
    let closeness = table.conventions.first { $0.name == "closeness" }?.text ?? ""
    #expect(closeness.contains("estimated from 138 sampled sources of 3000"))
    #expect(closeness.contains("within 0.2 * D of the exact one"))
  }
}
