import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

/// Expected values: igraph's `igraph_centralization_*` formula, C = (n·max − Σ c) / tmax with
/// igraph's theoretical maxima (loops = false), applied to igraph's own scores, because
/// python-igraph 1.0 has no centralization wrapper:
///
/// ```python
/// g = ig.Graph(...)   # the same map: every actor, merged ties
/// C = lambda c, tmax: (n * max(c) - sum(c)) / tmax
/// degree      = C(g.degree(), (n - 1) * (n - 2))
/// betweenness = C(g.betweenness(directed=False), (n - 1) ** 2 * (n - 2) / 2)
/// closeness   = C(g.closeness(normalized=True), (n - 1) * (n - 2) / (2 * n - 3))
/// ```
/// Directed: `g.degree(mode="in"/"out")` with (n−1)², `mode="all"` with 2(n−1)(n−2),
/// `g.betweenness(directed=True)` with (n−1)²(n−2). Where igraph's closeness differs from ours
/// (disconnected or directed maps) the closeness is NetworkX's Wasserman–Faust
/// `closeness_centrality(G.reverse() if directed else G, wf_improved=True)` (outward; `G` for
/// inward) with the star maximum (n−1)(n−2)/(2n−3), or n − 1 directed.
@Suite struct CentralizationTests {
  /// The star with centre c and four leaves is the most centralized map: 1 for every measure.
  /// Degree: Σ (4 − 1) = 12 = 4·3. Betweenness: the centre lies on all 6 leaf pairs, Σ = 4·6 = 24
  /// = 4²·3/2. Closeness: centre 1, leaves 4/7, Σ = 4·3/7 = 12/7 = 4·3/7.
  @Test func starIsOne() {
    let star = Centralization(NamedNetwork([("c", "1"), ("c", "2"), ("c", "3"), ("c", "4")]).network)
    #expect(approximately(star.degree, 1))
    #expect(approximately(star.betweenness, 1))
    #expect(approximately(star.closeness ?? -1, 1))
    #expect(star.inDegree == star.degree && star.outDegree == star.degree && star.inCloseness == star.closeness)
  }

  /// Path a – b – c – d: degrees 1, 2, 2, 1, Σ (2 − d) = 2, over (n−1)(n−2) = 6: 1/3.
  /// Betweenness 0, 2, 2, 0: Σ = 4 over 3²·2/2 = 9: 4/9. Closeness 1/2, 3/4, 3/4, 1/2:
  /// Σ = 1/2 over 3·2/5: 5/12.
  @Test func pathOfFourByHand() {
    let path = Centralization(NamedNetwork([("a", "b"), ("b", "c"), ("c", "d")]).network)
    #expect(approximately(path.degree, 1.0 / 3))
    #expect(approximately(path.betweenness, 4.0 / 9))
    #expect(approximately(path.closeness ?? -1, 5.0 / 12))
  }

  /// A complete map: everyone equal, 0.
  @Test func completeMapIsZero() {
    let names = ["a", "b", "c", "d", "e"]
    let ties = names.indices.flatMap { i in names.indices.filter { $0 > i }.map { (names[i], names[$0]) } }
    let complete = Centralization(NamedNetwork(ties).network)
    #expect(complete.degree == 0 && complete.betweenness == 0 && complete.closeness == 0)
  }

  /// n = 0, 1, 2 (undirected): the maxima are 0, so every value is 0 by definition.
  @Test func smallMapsAreZero() {
    for network in [
      Network(actorCount: 0, edges: []), Network(actorCount: 1, edges: []), Network(actorCount: 2, edges: []),
      NamedNetwork([("a", "b")]).network,
    ] {
      let c = Centralization(network)
      #expect(c.degree == 0 && c.betweenness == 0 && c.closeness == 0 && c.inCloseness == 0, "\(network.actorCount)")
    }
  }

  /// Directed a → b is an out-star for a and an in-star for b: in- and out-degree (0, 1 over
  /// (n−1)² = 1) and both closeness directions (1 and 0 over n − 1 = 1) are 1; in + out degree
  /// (1, 1) and betweenness are 0.
  @Test func directedPair() {
    let c = Centralization(NamedNetwork([("a", "b")], directed: true).network)
    #expect(c.inDegree == 1 && c.outDegree == 1 && c.closeness == 1 && c.inCloseness == 1)
    #expect(c.degree == 0 && c.betweenness == 0)
  }

  /// Without closeness (estimated betweenness) the closeness centralizations are `nil`.
  @Test func closenessIsOptional() {
    let network = NamedNetwork([("a", "b"), ("b", "c")]).network
    let c = Centralization(network, degree: Degree(network), betweenness: Betweenness(network), closeness: nil)
    #expect(c.closeness == nil && c.inCloseness == nil)
    #expect(approximately(c.degree, 1))
  }

  struct Case: Sendable, CustomStringConvertible {
    let name: String
    let degree: Double
    let betweenness: Double
    let closeness: Double
    var description: String { name }
  }

  /// igraph's formula on karate, Florentine (with and without Pucci) and the kite. With Pucci,
  /// igraph's closeness centralization is NaN (Pucci's closeness is NaN); ours uses Wasserman–Faust.
  static let classic: [Case] = [
    Case(name: "karate", degree: 0.3996212121212121, betweenness: 0.4055571953299227, closeness: 0.29819489120829695),
    Case(
      name: "florentine", degree: 0.26666666666666666, betweenness: 0.3834920634920635,
      closeness: 0.3523264384043659),
    Case(name: "kite", degree: 0.3333333333333333, betweenness: 0.2962962962962963, closeness: 0.27037493158182807),
  ]

  @Test(arguments: classic)
  func classicNetworks(_ expected: Case) throws {
    let c = Centralization(Network(try Fixture.load(expected.name).map))
    #expect(approximately(c.degree, expected.degree), "\(c.degree)")
    #expect(approximately(c.betweenness, expected.betweenness), "\(c.betweenness)")
    #expect(approximately(c.closeness ?? -1, expected.closeness), "\(String(describing: c.closeness))")
  }

  /// Florentine families without Pucci (connected: igraph's closeness equals ours).
  @Test func florentineWithoutPucci() {
    let c = Centralization(NamedNetwork(florentineMarriages).network)
    #expect(approximately(c.degree, 0.27472527472527475))
    #expect(approximately(c.betweenness, 0.4368131868131868))
    #expect(approximately(c.closeness ?? -1, 0.3224522761096102))
  }

  /// Path of five actors: igraph's values.
  @Test func pathOfFive() {
    let c = Centralization(NamedNetwork([("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")]).network)
    #expect(approximately(c.degree, 0.16666666666666666))
    #expect(approximately(c.betweenness, 0.4166666666666667))
    #expect(approximately(c.closeness ?? -1, 0.42222222222222205))
  }

  /// Seeded random map with five components (read unweighted).
  @Test func disconnectedRandomMap() {
    let c = Centralization(WholeMapSamples.network(WholeMapSamples.disconnected20, actorCount: 20))
    #expect(approximately(c.degree, 0.08187134502923976))
    #expect(approximately(c.betweenness, 0.07079101261926747))
    #expect(approximately(c.closeness ?? -1, 0.21271498101384018))
  }

  /// Directed maps (read unweighted): the seeded one with three weak components and the
  /// `directed-small` fixture.
  @Test func directedMaps() throws {
    let random = Centralization(WholeMapSamples.network(WholeMapSamples.directed16, actorCount: 16, directed: true))
    #expect(approximately(random.degree, 0.047619047619047616))
    #expect(approximately(random.inDegree, 0.08))
    #expect(approximately(random.outDegree, 0.08))
    #expect(approximately(random.betweenness, 0.015238095238095238))
    #expect(approximately(random.closeness ?? -1, 0.11152861952861952))
    #expect(approximately(random.inCloseness ?? -1, 0.08703703703703702))

    let small = Centralization(Network(try Fixture.load("directed-small").map, directed: true))
    #expect(approximately(small.degree, 0.125))
    #expect(approximately(small.inDegree, 0.25))
    #expect(approximately(small.outDegree, 0.109375))
    #expect(approximately(small.betweenness, 0.05580357142857143))
    #expect(approximately(small.closeness ?? -1, 0.1701388888888889))
    #expect(approximately(small.inCloseness ?? -1, 0.22799479166666667))
  }

  /// Weighted betweenness (distance = 1/weight) of les Misérables, igraph
  /// `g.betweenness(weights=[1 / w for w in g.es["weight"]])` in the formula above.
  @Test func weightedBetweenness() throws {
    let c = Centralization(Network(try Fixture.load("lesmis").map, weighted: true))
    #expect(approximately(c.betweenness, 0.7721306555863342))
  }

  /// Weighted closeness has no star bound (a tie of strength 5 is a distance of 1/5): two actors
  /// tied with strength 5 have closeness 5 each. Closeness centralization is left out then, and
  /// the same map read unweighted has it.
  @Test func weightedClosenessCentralizationIsLeftOut() {
    let edges: [Network.Edge] = [.init(0, 1, weight: 5), .init(1, 2, weight: 5)]
    let weighted = Centralization(Network(actorCount: 3, edges: edges, weighted: true))
    #expect(weighted.closeness == nil && weighted.inCloseness == nil)
    // Unweighted, the path of three is a star: closeness 2/3, 1, 2/3; Σ (1 − c) = 2/3, which is
    // the maximum (n−1)(n−2)/(2n−3) = 2/3, so C = 1.
    let unweighted = Centralization(Network(actorCount: 3, edges: edges))
    #expect(approximately(unweighted.closeness ?? -1, 1))
  }

  /// The maxima of Freeman (1979) and igraph for n = 5.
  @Test func theoreticalMaxima() {
    #expect(Centralization.degreeMaximum(actorCount: 5, directed: false, bothDirections: true) == 12)
    #expect(Centralization.degreeMaximum(actorCount: 5, directed: true, bothDirections: false) == 16)
    #expect(Centralization.degreeMaximum(actorCount: 5, directed: true, bothDirections: true) == 24)
    #expect(Centralization.betweennessMaximum(actorCount: 5, directed: false) == 24)
    #expect(Centralization.betweennessMaximum(actorCount: 5, directed: true) == 48)
    #expect(approximately(Centralization.closenessMaximum(actorCount: 5, directed: false), 12.0 / 7))
    #expect(Centralization.closenessMaximum(actorCount: 5, directed: true) == 4)
    #expect(Centralization.freeman([], maximum: 1) == 0)
    #expect(Centralization.freeman([1, 0], maximum: 0) == 0)
  }
}
