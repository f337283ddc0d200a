import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct ModularityTests {
  /// Two triangles a-b-c and d-e-f joined by c – d: m = 7. Each triangle has L = 3 inside and
  /// degree sum 2 + 2 + 3 = 7, so Q = 2 · (3/7 − (7/14)²) = 5/14.
  @Test func twoTrianglesByHand() {
    let map = NamedNetwork(WholeMapSamples.twoTriangles)
    let q = Modularity(map.network, communities: [0, 0, 0, 1, 1, 1])
    #expect(approximately(q.value, 5.0 / 14))
    #expect(q.communityCount == 2)
    // Only equality of labels counts.
    #expect(Modularity(map.network, communities: [7, 7, 7, -3, -3, -3]).value == q.value)
  }

  /// One group holding everyone: L = m and d = 2m, so Q = 1 − γ.
  @Test(arguments: [1.0, 0.5, 2.0])
  func oneGroupIsOneMinusResolution(resolution: Double) {
    let map = NamedNetwork(WholeMapSamples.twoTriangles)
    let q = Modularity(map.network, communities: [Int](repeating: 0, count: 6), resolution: resolution)
    #expect(approximately(q.value, 1 - resolution))
  }

  /// Labels for a, b, c only: d, e and f become groups of their own. {a, b, c}: 3/7 − (7/14)²;
  /// d (degree 3): −(3/14)²; e, f (degree 2): −(2/14)² each. Q = (84 − 49 − 9 − 4 − 4)/196 = 9/98.
  @Test func actorsWithoutLabelAreAlone() {
    let q = Modularity(NamedNetwork(WholeMapSamples.twoTriangles).network, communities: [0, 0, 0])
    #expect(approximately(q.value, 9.0 / 98))
    #expect(q.communityCount == 4)
  }

  /// No ties: Q = 0 by definition (NetworkX divides by zero).
  @Test func smallAndEmptyMaps() {
    #expect(Modularity(Network(actorCount: 0, edges: []), communities: []).value == 0)
    #expect(Modularity(Network(actorCount: 1, edges: []), communities: [0]).value == 0)
    #expect(Modularity(Network(actorCount: 3, edges: []), communities: [0, 1, 1]).value == 0)
    // n = 2 with a tie: apart, each group has d = 1 of 2m = 2: Q = −2 · (1/2)² = −1/2; together 0.
    let pair = NamedNetwork([("a", "b")])
    #expect(Modularity(pair.network, communities: [0, 1]).value == -0.5)
    #expect(Modularity(pair.network, communities: [0, 0]).value == 0)
  }

  /// Directed a → b, b → a, c → d, m = 3, groups {a, b}, {c, d}:
  /// {a, b}: L = 2, out = in = 2: 2/3 − 4/9; {c, d}: L = 1, out = in = 1: 1/3 − 1/9. Q = 4/9.
  @Test func directedByHand() {
    let map = NamedNetwork([("a", "b"), ("b", "a"), ("c", "d")], directed: true)
    #expect(approximately(Modularity(map.network, communities: [0, 0, 1, 1]).value, 4.0 / 9))
  }

  /// Path a –3– b –1– c, groups {a, b}, {c}. Weighted, m = 4: {a, b}: 3/4 − (7/8)², {c}: −(1/8)²,
  /// Q = −1/32. Unweighted, m = 2: {a, b}: 1/2 − (3/4)², {c}: −(1/4)², Q = −1/8.
  @Test func weightsCountOnlyWhenWeighted() {
    let ties: [(String, String, Double)] = [("a", "b", 3), ("b", "c", 1)]
    let weighted = NamedNetwork(ties, weighted: true)
    let unweighted = NamedNetwork(ties, weighted: false)
    #expect(approximately(Modularity(weighted.network, communities: [0, 0, 1]).value, -1.0 / 32))
    #expect(approximately(Modularity(unweighted.network, communities: [0, 0, 1]).value, -1.0 / 8))
  }

  /// Weights that are not positive numbers (possible only without a map) count 0; a resolution
  /// that is not a number is read as 1. Nothing produces NaN.
  @Test func invalidInputsStayFinite() {
    let zero = Network(actorCount: 2, edges: [Network.Edge(0, 1, weight: -1)], weighted: true)
    #expect(Modularity(zero, communities: [0, 1]).value == 0)
    let broken = Network(
      actorCount: 3, edges: [Network.Edge(0, 1, weight: .nan), Network.Edge(1, 2, weight: 2)], weighted: true)
    // Only b – c counts: apart, Q = −1/2.
    #expect(Modularity(broken, communities: [0, 1, 2]).value == -0.5)
    let map = NamedNetwork(WholeMapSamples.twoTriangles)
    let q = Modularity(map.network, communities: [0, 0, 0, 1, 1, 1], resolution: .nan)
    #expect(q.resolution == 1)
    #expect(approximately(q.value, 5.0 / 14))
  }

  /// Zachary's karate club split into Mr. Hi's and the Officer's clubs:
  /// `nx.community.modularity(G, clubs, weight=None, resolution=γ)` on the `karate` fixture,
  /// clubs from `nx.karate_club_graph().nodes[i]["club"]`.
  @Test(arguments: [(1.0, 0.3582347140039448), (0.5, 0.6086045364891519), (2.0, -0.14250493096646943)])
  func karateClubSplit(resolution: Double, expected: Double) throws {
    let karate = Network(try Fixture.load("karate").map)
    let q = Modularity(karate, communities: WholeMapSamples.karateClubs, resolution: resolution)
    #expect(approximately(q.value, expected), "\(q.value)")
  }

  /// Les Misérables with groups i mod 3:
  /// `nx.community.modularity(G, parts, weight="weight")` and `weight=None`.
  @Test(arguments: [(true, -0.09871876859012496), (false, -0.07522940045880094)])
  func lesMiserables(weighted: Bool, expected: Double) throws {
    let lesmis = Network(try Fixture.load("lesmis").map, weighted: weighted)
    let q = Modularity(lesmis, communities: (0..<77).map { $0 % 3 })
    #expect(approximately(q.value, expected), "\(q.value)")
  }

  /// The `directed-small` fixture as a DiGraph with groups {Bron, A, B, C}, {D, Put}, {X, Y, Z}:
  /// `nx.community.modularity(G, parts, weight=None)` and `weight="weight"`.
  @Test(arguments: [(false, 0.2975206611570248), (true, 0.3038501560874089)])
  func directedSmall(weighted: Bool, expected: Double) throws {
    let network = Network(try Fixture.load("directed-small").map, directed: true, weighted: weighted)
    let q = Modularity(network, communities: [0, 0, 0, 0, 1, 1, 2, 2, 2])
    #expect(approximately(q.value, expected), "\(q.value)")
  }

  /// Seeded random maps, groups i mod k:
  /// `nx.community.modularity(G, parts, weight="weight", resolution=γ)`.
  @Test func seededRandomMaps() {
    let directed = WholeMapSamples.network(WholeMapSamples.directed18, actorCount: 18, directed: true, weighted: true)
    let byThree = (0..<18).map { $0 % 3 }
    #expect(approximately(Modularity(directed, communities: byThree).value, -0.030783159800814842))
    #expect(approximately(Modularity(directed, communities: byThree, resolution: 1.5).value, -0.19511090991398825))
    let disconnected = WholeMapSamples.network(WholeMapSamples.disconnected20, actorCount: 20, weighted: true)
    #expect(
      approximately(Modularity(disconnected, communities: (0..<20).map { $0 % 4 }).value, 0.13901234567901233))
  }
}
