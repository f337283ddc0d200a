import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

/// Estimated closeness and harmonic closeness (Eppstein & Wang 2004): hand-derived small cases
/// from the drawn sources, and the stated bounds checked actor by actor against exact values on
/// networks of the benchmark's medium size.
@Suite struct ApproximateClosenessTests {
  /// A Barabási–Albert network like the benchmark's `medium` (2,000 actors, 5 ties per newcomer,
  /// about 10,000 ties): each newcomer ties to `ties` distinct actors drawn in proportion to
  /// degree. Connected by construction. Weights 1...5 when `weighted`.
  static func preferentialAttachment(actors n: Int, ties m: Int, seed: UInt64, weighted: Bool = false) -> Network {
    var generator = SeededGenerator(seed: seed)
    var ends: [Int] = []
    var edges: [Network.Edge] = []
    for newcomer in m..<n {
      var chosen: Set<Int> = []
      while chosen.count < m {
        chosen.insert(ends.isEmpty ? chosen.count : ends[Int.random(in: 0..<ends.count, using: &generator)])
      }
      for partner in chosen.sorted() {
        let weight = weighted ? Double(Int.random(in: 1...5, using: &generator)) : 1
        edges.append(Network.Edge(newcomer, partner, weight: weight))
        ends += [newcomer, partner]
      }
    }
    return Network(actorCount: n, edges: edges, weighted: weighted)
  }

  /// Star: centre 0 with leaves 1...9 (n = 10). ε = δ = 0.9 give k = ⌈(10/9)²·ln(200/9)/1.62⌉ = 3
  /// sources (worked out by hand: 1.2346 · 3.1011 / 1.62 = 2.36). Per actor v, summing over the
  /// sampled sources s ≠ v: d = 1 between centre and leaf, 2 between two leaves;
  /// Â = 10/(3·9) · Σ d, Ĉ = 1/Â (connected, p = 1), Ĥ = 10/27 · Σ 1/d.
  @Test func starByHand() {
    let network = Network(actorCount: 10, edges: (1..<10).map { Network.Edge(0, $0) })
    let estimate = ApproximateCloseness(network, epsilon: 0.9, delta: 0.9, seed: 5)
    let harmonic = ApproximateHarmonicCloseness(network, epsilon: 0.9, delta: 0.9, seed: 5)
    let sources = SourceSample(actorCount: 10, epsilon: 0.9, delta: 0.9, seed: 5).sources
    #expect(estimate.terms.sampleSize == 3 && harmonic.terms.sampleSize == 3 && Set(sources).count == 3)
    #expect(!estimate.terms.isExact && !harmonic.terms.isExact)
    for v in 0..<10 {
      let distances = sources.filter { $0 != v }.map { s in (s == 0 || v == 0) ? 1.0 : 2.0 }
      let mean = 10.0 / 27 * distances.reduce(0, +)
      #expect(approximately(estimate.outwardMeanDistance[v], mean), "actor \(v)")
      #expect(approximately(estimate.outward[v], 1 / mean), "actor \(v)")
      #expect(approximately(harmonic.outward[v], 10.0 / 27 * distances.map { 1 / $0 }.reduce(0, +)), "actor \(v)")
    }
    #expect(estimate.inward == estimate.outward && harmonic.inward == harmonic.outward)
    // Every component has a sampled source with eccentricity 1 (centre) or 2 (leaf): Δ ≤ 2·ecc.
    #expect(estimate.diameterBound == (sources.contains(0) ? 2 : 4))
  }

  /// A disconnected map, n = 10: star 0–{1…6}, the pair 7–8 and the isolate 9. Reach shares are
  /// exact from the components: 6/9 in the star, 1/9 in the pair, 0 for the isolate; sources in
  /// other components add nothing. Ĉ = p²/Â with Â = 10/27 · Σ d over sampled sources within reach.
  @Test func disconnectedByHand() {
    let edges = (1...6).map { Network.Edge(0, $0) } + [Network.Edge(7, 8)]
    let network = Network(actorCount: 10, edges: edges)
    let estimate = ApproximateCloseness(network, epsilon: 0.9, delta: 0.9, seed: 2)
    let harmonic = ApproximateHarmonicCloseness(network, epsilon: 0.9, delta: 0.9, seed: 2)
    let sources = SourceSample(actorCount: 10, epsilon: 0.9, delta: 0.9, seed: 2).sources
    func distance(_ s: Int, _ v: Int) -> Double? {
      switch (s, v) {
      case _ where s == v: nil
      case (0...6, 0...6): (s == 0 || v == 0) ? 1 : 2
      case (7...8, 7...8): 1
      default: nil
      }
    }
    for v in 0..<10 {
      let reached = sources.compactMap { distance($0, v) }
      let mean = 10.0 / 27 * reached.reduce(0, +)
      let share = v <= 6 ? 6.0 / 9 : (v <= 8 ? 1.0 / 9 : 0)
      #expect(approximately(estimate.outwardMeanDistance[v], mean), "actor \(v)")
      #expect(approximately(estimate.outward[v], mean > 0 ? share * share / mean : 0), "actor \(v)")
      #expect(approximately(harmonic.outward[v], 10.0 / 27 * reached.map { 1 / $0 }.reduce(0, +)), "actor \(v)")
    }
    #expect(estimate.outward[9] == 0 && harmonic.outward[9] == 0)
  }

  /// n = 0, 1, 2 (and whenever k ≥ n): every actor is a source and the values are exact.
  @Test(arguments: [0, 1, 2, 3])
  func smallNetworksAreExact(n: Int) {
    let network = Network(actorCount: n, edges: n >= 2 ? (1..<n).map { Network.Edge($0 - 1, $0) } : [])
    let estimate = ApproximateCloseness(network, epsilon: 0.5)
    let harmonic = ApproximateHarmonicCloseness(network, epsilon: 0.5)
    #expect(estimate.terms.isExact && harmonic.terms.isExact && estimate.terms.sampleSize == n)
    // Hand values: n = 1 → 0; n = 2 → 1, 1; path a–b–c → 2/3, 1, 2/3 and harmonic 3/4, 1, 3/4.
    let closeness: [[Double]] = [[], [0], [1, 1], [2.0 / 3, 1, 2.0 / 3]]
    let harmonicValues: [[Double]] = [[], [0], [1, 1], [0.75, 1, 0.75]]
    #expect(mismatches(estimate.outward, closeness[n]).isEmpty)
    #expect(mismatches(harmonic.outward, harmonicValues[n]).isEmpty)
  }

  /// The guarantee on the medium network (BA, 2,000 actors, about 10,000 ties), undirected,
  /// unweighted and weighted: with ε = 0.1 (531 of 2,000 sources) every actor's mean distance
  /// 1/C is within ε·Δ of the exact one, Δ the exact diameter, and every harmonic closeness
  /// within ε·w (w = 5, the largest weight, when weighted). Exact closeness is checked against
  /// NetworkX by the golden fixtures (`Tests/Oracle/generate_fixtures.py`, `GoldenFixtureTests`).
  @Test(arguments: [false, true])
  func withinBoundOnMediumNetwork(weighted: Bool) throws {
    let network = Self.preferentialAttachment(actors: 2000, ties: 5, seed: 7, weighted: weighted)
    let exact = Closeness(network)
    let exactHarmonic = HarmonicCloseness(network)
    let diameter = try #require(NetworkAnalysis(network).distances?.diameter)
    let estimate = ApproximateCloseness(network, epsilon: 0.1, seed: 3)
    let harmonic = ApproximateHarmonicCloseness(network, epsilon: 0.1, seed: 3)
    #expect(estimate.terms.sampleSize == 531 && !estimate.terms.isExact)
    #expect(try #require(estimate.diameterBound) >= diameter - 1e-9)
    var worstMean = 0.0
    var worstHarmonic = 0.0
    for v in 0..<2000 {
      worstMean = max(worstMean, abs(estimate.outwardMeanDistance[v] - 1 / exact.outward[v]))
      worstMean = max(worstMean, abs(1 / estimate.outward[v] - 1 / exact.outward[v]))
      worstHarmonic = max(worstHarmonic, abs(harmonic.outward[v] - exactHarmonic.outward[v]))
    }
    #expect(worstMean <= 0.1 * diameter, "largest mean-distance error \(worstMean), Δ = \(diameter)")
    #expect(worstHarmonic <= 0.1 * harmonic.scale, "largest harmonic error \(worstHarmonic)")
    #expect(harmonic.scale == (weighted ? 5 : 1))
  }

  /// The guarantee on a directed G(n, p) network of 2,000 actors (about 10,000 ties, not strongly
  /// connected): per direction, every Â within ε·Δ of Σd/(n−1) and every harmonic value within ε.
  /// The exact sums come from the exact sweep, whose closeness is checked against NetworkX by the
  /// golden fixtures.
  @Test func withinBoundOnDirectedMediumNetwork() {
    let n = 2000
    let network = Network(
      actorCount: n, edges: RandomNetworks.edges(actors: n, probability: 0.0025, directed: true, seed: 11),
      directed: true)
    let sums = PathSweep(network: network, request: [.outDistances, .inDistances]).run()
    let exactHarmonic = HarmonicCloseness(network)
    let longest = sums.outEccentricity.max() ?? 0
    let estimate = ApproximateCloseness(network, epsilon: 0.1, seed: 4)
    let harmonic = ApproximateHarmonicCloseness(network, epsilon: 0.1, seed: 4)
    #expect(estimate.diameterBound == nil && !estimate.terms.isExact)
    let others = Double(n - 1)
    for v in 0..<n {
      #expect(abs(estimate.outwardMeanDistance[v] - sums.outDistanceSum[v] / others) <= 0.1 * longest, "\(v)")
      #expect(abs(estimate.inwardMeanDistance[v] - sums.inDistanceSum[v] / others) <= 0.1 * longest, "\(v)")
      #expect(abs(harmonic.outward[v] - exactHarmonic.outward[v]) <= 0.1, "\(v)")
      #expect(abs(harmonic.inward[v] - exactHarmonic.inward[v]) <= 0.1, "\(v)")
    }
  }

  /// The same seed gives bit-identical estimates for any thread count, and the analysis shares
  /// one sample between betweenness and the closeness estimates.
  @Test func deterministicAndShared() {
    let network = Self.preferentialAttachment(actors: 3000, ties: 2, seed: 9)
    let one = ApproximateCloseness(network, epsilon: 0.2, seed: 9, threads: 1)
    let two = ApproximateCloseness(network, epsilon: 0.2, seed: 9, threads: 2)
    #expect(one == two)
    #expect(
      ApproximateHarmonicCloseness(network, epsilon: 0.2, seed: 9, threads: 1)
        == ApproximateHarmonicCloseness(network, epsilon: 0.2, seed: 9, threads: 2))
    let analysis = NetworkAnalysis(network, threads: 2, approximation: .init(epsilon: 0.2, seed: 9))
    #expect(analysis.closenessEstimate == one)
    #expect(analysis.column(.closeness)?.values == .reals(one.outward))
    #expect(analysis.betweenness == ApproximateBetweenness(network, epsilon: 0.2, seed: 9, threads: 1).estimate)
    #expect(ApproximateCloseness(network, epsilon: 0.2, seed: 10).outward != one.outward)
  }
}
