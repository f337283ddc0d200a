import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

/// Expected values, per component in the order of `Components` (by first actor):
/// undirected, NetworkX `nx.diameter(H, weight=w)` and `nx.average_shortest_path_length(H, weight=w)`
/// on `H = G.subgraph(component)`; directed (NetworkX needs strong connectivity), igraph
/// `h.diameter(directed=True, unconn=True, weights=w)` and `h.average_path_length(directed=True,
/// unconn=True, weights=w)` on each component. Whole map: igraph `g.average_path_length(directed=…,
/// unconn=True, weights=w)`. `w` is `None` unweighted and the distance 1/weight weighted.
@Suite struct DistanceSummaryTests {
  /// Path a – b – c – d and an isolate e. Distances in the path: a–b, b–c, c–d 1; a–c, b–d 2;
  /// a–d 3; Σ over the 12 ordered pairs = 2 · 10 = 20, average 20/12, diameter 3.
  @Test func pathAndIsolateByHand() {
    let map = NamedNetwork([("a", "b"), ("b", "c"), ("c", "d")], isolates: ["e"])
    let summary = DistanceSummary(map.network)
    #expect(summary.components.count == 2)
    let path = summary.components[0]
    #expect(path.size == 4 && path.diameter == 3 && path.reachablePairs == 12)
    #expect(approximately(path.averageDistance, 20.0 / 12))
    #expect(
      summary.components[1] == DistanceSummary.Component(size: 1, diameter: 0, averageDistance: 0, reachablePairs: 0))
    #expect(summary.largestComponent == 0)
    #expect(summary.diameter == 3 && summary.longestDistance == 3 && summary.reachablePairs == 12)
    #expect(approximately(summary.averageDistance, 20.0 / 12))
    #expect(summary.componentOfActor == [0, 0, 0, 0, 1])
  }

  @Test func smallMaps() {
    let empty = DistanceSummary(Network(actorCount: 0, edges: []))
    #expect(empty.components.isEmpty && empty.largestComponent == nil && empty.diameter == 0)
    #expect(empty.averageDistance == 0 && empty.reachablePairs == 0)
    let single = DistanceSummary(Network(actorCount: 1, edges: []))
    #expect(
      single.components == [DistanceSummary.Component(size: 1, diameter: 0, averageDistance: 0, reachablePairs: 0)])
    #expect(single.largestComponent == 0 && single.averageDistance == 0)
    // n = 2 with a tie: the two ordered pairs at distance 1.
    let pair = DistanceSummary(NamedNetwork([("a", "b")]).network)
    #expect(pair.diameter == 1 && pair.averageDistance == 1 && pair.reachablePairs == 2)
    // n = 2 without: two components of one actor, no pairs.
    let apart = DistanceSummary(Network(actorCount: 2, edges: []))
    #expect(apart.components.count == 2 && apart.reachablePairs == 0 && apart.averageDistance == 0)
  }

  /// Directed a → b → c: one weak component; reachable pairs (a, b) 1, (a, c) 2, (b, c) 1:
  /// average 4/3, diameter 2.
  @Test func directedPathByHand() {
    let summary = DistanceSummary(NamedNetwork([("a", "b"), ("b", "c")], directed: true).network)
    #expect(summary.components.count == 1)
    #expect(summary.reachablePairs == 3 && summary.diameter == 2)
    #expect(approximately(summary.averageDistance, 4.0 / 3))
  }

  /// Weighted path a –2– b –4– c: d(a, b) = 1/2, d(b, c) = 1/4, d(a, c) = 3/4. Diameter 3/4,
  /// average (1/2 + 1/4 + 3/4)/3 = 1/2.
  @Test func weightedPathByHand() {
    let summary = DistanceSummary(NamedNetwork([("a", "b", 2), ("b", "c", 4)], weighted: true).network)
    #expect(approximately(summary.diameter, 0.75))
    #expect(approximately(summary.averageDistance, 0.5))
  }

  /// A star of five (diameter 2) and a path of four (diameter 3): the map's diameter is the
  /// largest component's, the longest distance the path's. Of two equal components the first
  /// counts as the largest.
  @Test func largestComponentAndLongestDistance() {
    let map = NamedNetwork([
      ("s", "1"), ("s", "2"), ("s", "3"), ("s", "4"), ("p", "q"), ("q", "r"), ("r", "t"),
    ])
    let summary = DistanceSummary(map.network)
    #expect(summary.largestComponent == 0 && summary.diameter == 2 && summary.longestDistance == 3)
    let twins = DistanceSummary(NamedNetwork([("a", "b"), ("c", "d")]).network)
    #expect(twins.largestComponent == 0)
  }

  /// The sources are shared out over threads; the result must not depend on how many.
  @Test(arguments: [false, true])
  func sameResultForAnyThreadCount(directed: Bool) throws {
    let lesmis = Network(try Fixture.load("lesmis").map, directed: directed, weighted: true)
    let one = DistanceSummary(lesmis, threads: 1)
    #expect(DistanceSummary(lesmis, threads: 2) == one)
    #expect(DistanceSummary(lesmis, threads: 7) == one)
  }

  /// The sums of a sweep that closeness already ran give the same summary; sums without outward
  /// distances are completed by a sweep of its own.
  @Test func reusesTheSweepOfThePathMetrics() throws {
    let karate = Network(try Fixture.load("karate").map)
    let own = DistanceSummary(karate)
    #expect(DistanceSummary(network: karate, sums: PathSweep(network: karate, request: .all).run()) == own)
    #expect(DistanceSummary(network: karate, sums: PathSweep(network: karate, request: .dependency).run()) == own)
  }

  /// The bounds prune, but the diameter stays exact: on seeded random maps it equals the largest
  /// distance found by a plain breadth-first search from every actor.
  @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
  func boundedDiameterIsExact(seed: UInt64) {
    let edges = RandomNetworks.edges(actors: 40, probability: 0.06, directed: false, seed: seed)
    let network = Network(actorCount: 40, edges: edges)
    let summary = DistanceSummary(network)
    let components = Components(network)
    var longest = [Double](repeating: 0, count: components.count)
    for source in 0..<40 {
      var distance = [Int](repeating: -1, count: 40)
      distance[source] = 0
      var queue = [source]
      var head = 0
      while head < queue.count {
        let v = queue[head]
        head += 1
        for w in network.outgoing.neighbors(of: v) where distance[Int(w)] < 0 {
          distance[Int(w)] = distance[v] + 1
          queue.append(Int(w))
        }
      }
      let k = components.componentOfActor[source]
      longest[k] = max(longest[k], Double(distance.max() ?? 0))
    }
    #expect(summary.components.map(\.diameter) == longest)
  }

  /// Weighted, against the directed route, which grows a tree from every actor: an undirected
  /// map read as a directed map with every tie in both directions has the same distances.
  @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
  func boundedWeightedDiameterIsExact(seed: UInt64) {
    let edges = RandomNetworks.edges(actors: 40, probability: 0.06, directed: false, seed: seed)
    let undirected = DistanceSummary(Network(actorCount: 40, edges: edges, weighted: true))
    let bothWays = edges + edges.map { Network.Edge($0.target, $0.source, weight: $0.weight) }
    let directed = DistanceSummary(Network(actorCount: 40, edges: bothWays, directed: true, weighted: true))
    #expect(undirected.components.count == directed.components.count)
    for (ours, all) in zip(undirected.components, directed.components) {
      #expect(approximately(ours.diameter, all.diameter), "\(ours.diameter) vs \(all.diameter)")
      #expect(approximately(ours.averageDistance, all.averageDistance))
    }
  }

  struct Case: Sendable, CustomStringConvertible {
    let name: String
    let directed: Bool
    let weighted: Bool
    /// (size, diameter, average distance) per component.
    let components: [(Int, Double, Double)]
    /// Whole-map average (igraph, unconn=True) and the largest component's diameter.
    let averageDistance: Double
    let diameter: Double
    var description: String { "\(name)\(directed ? " directed" : "")\(weighted ? " weighted" : "")" }
  }

  static let fixtureCases: [Case] = [
    Case(
      name: "karate", directed: false, weighted: false, components: [(34, 5, 2.408199643493761)],
      averageDistance: 2.408199643493761, diameter: 5),
    Case(
      name: "florentine", directed: false, weighted: false, components: [(15, 5, 2.4857142857142858), (1, 0, 0)],
      averageDistance: 2.4857142857142858, diameter: 5),
    Case(
      name: "kite", directed: false, weighted: false, components: [(10, 4, 1.9777777777777779)],
      averageDistance: 1.9777777777777779, diameter: 4),
    Case(
      name: "lesmis", directed: false, weighted: false, components: [(77, 5, 2.6411483253588517)],
      averageDistance: 2.6411483253588517, diameter: 5),
    Case(
      name: "lesmis", directed: false, weighted: true, components: [(77, 3.0026315789473683, 1.122249787736213)],
      averageDistance: 1.122249787736213, diameter: 3.0026315789473683),
    Case(
      name: "directed-small", directed: true, weighted: false,
      components: [(6, 3, 1.5555555555555556), (3, 2, 1.3333333333333333)],
      averageDistance: 1.5238095238095237, diameter: 3),
    Case(
      name: "directed-small", directed: true, weighted: true,
      components: [(6, 1.833333333333333, 0.7694444444444444), (3, 0.5333333333333332, 0.35555555555555546)],
      averageDistance: 0.7103174603174602, diameter: 1.833333333333333),
  ]

  @Test(arguments: fixtureCases)
  func classicNetworks(_ expected: Case) throws {
    let network = Network(
      try Fixture.load(expected.name).map, directed: expected.directed, weighted: expected.weighted)
    check(DistanceSummary(network), expected)
  }

  static let randomCases: [(Case, [(Int, Int, Double)], Int)] = [
    (
      Case(
        name: "disconnected20", directed: false, weighted: false,
        components: [(10, 6, 2.6222222222222222), (6, 4, 2.1333333333333333), (2, 1, 1), (1, 0, 0), (1, 0, 0)],
        averageDistance: 2.4754098360655736, diameter: 6), WholeMapSamples.disconnected20, 20
    ),
    (
      Case(
        name: "disconnected20", directed: false, weighted: true,
        components: [
          (10, 2.9166666666666665, 1.1944444444444446), (6, 1.45, 0.6977777777777778),
          (2, 0.3333333333333333, 0.3333333333333333), (1, 0, 0), (1, 0, 0),
        ],
        averageDistance: 1.0581967213114754, diameter: 2.9166666666666665), WholeMapSamples.disconnected20, 20
    ),
    (
      Case(
        name: "gnp24", directed: false, weighted: true,
        components: [(23, 2.0833333333333335, 0.900329380764161), (1, 0, 0)],
        averageDistance: 0.900329380764161, diameter: 2.0833333333333335), WholeMapSamples.gnp24, 24
    ),
    (
      Case(
        name: "directed16", directed: true, weighted: false,
        components: [(6, 3, 1.6363636363636365), (1, 0, 0), (9, 3, 1.6)],
        averageDistance: 1.6153846153846154, diameter: 3), WholeMapSamples.directed16, 16
    ),
    (
      Case(
        name: "directed16", directed: true, weighted: true,
        components: [
          (6, 0.8666666666666665, 0.46515151515151504), (1, 0, 0), (9, 1.833333333333333, 0.9055555555555554),
        ],
        averageDistance: 0.7192307692307692, diameter: 1.833333333333333), WholeMapSamples.directed16, 16
    ),
    (
      Case(
        name: "directed18", directed: true, weighted: true, components: [(18, 3.25, 1.322309711286089)],
        averageDistance: 1.322309711286089, diameter: 3.25), WholeMapSamples.directed18, 18
    ),
  ]

  @Test func seededRandomMaps() {
    for (expected, ties, actorCount) in Self.randomCases {
      let network = WholeMapSamples.network(
        ties, actorCount: actorCount, directed: expected.directed, weighted: expected.weighted)
      check(DistanceSummary(network), expected)
    }
  }

  private func check(_ summary: DistanceSummary, _ expected: Case) {
    #expect(summary.components.count == expected.components.count, "\(expected)")
    for (ours, (size, diameter, average)) in zip(summary.components, expected.components) {
      #expect(ours.size == size, "\(expected)")
      #expect(approximately(ours.diameter, diameter), "\(expected): \(ours.diameter) vs \(diameter)")
      #expect(approximately(ours.averageDistance, average), "\(expected): \(ours.averageDistance) vs \(average)")
      if !expected.directed { #expect(ours.reachablePairs == size * (size - 1), "\(expected)") }
    }
    #expect(approximately(summary.averageDistance, expected.averageDistance), "\(expected): \(summary.averageDistance)")
    #expect(approximately(summary.diameter, expected.diameter), "\(expected): \(summary.diameter)")
  }
}
