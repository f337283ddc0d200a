import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

/// Local clustering, average clustering, transitivity and triangle counts. Hand-derived small
/// cases, then NetworkX 3.6.1 (`nx.clustering`, `nx.average_clustering`, `nx.transitivity`,
/// `nx.triangles`) on classic graphs and a seeded random directed graph, values pasted with the
/// call that produced them.
@Suite struct ClusteringTests {
  /// n = 0: no actors; average and transitivity 0 (NetworkX's average_clustering raises).
  @Test func emptyNetwork() {
    let clustering = Clustering(Network(actorCount: 0, edges: []))
    #expect(clustering.local.isEmpty && clustering.triangles.isEmpty)
    #expect(clustering.average == 0 && clustering.transitivity == 0)
  }

  /// n = 1 and n = 2 (with or without a tie, either direction): fewer than two neighbours
  /// everywhere, so every value is 0.
  @Test(arguments: [(1, false), (2, false), (2, true)], [false, true])
  func tinyNetworks(actors: (count: Int, tied: Bool), directed: Bool) {
    let edges = actors.tied ? [Network.Edge(0, 1)] : []
    let clustering = Clustering(Network(actorCount: actors.count, edges: edges, directed: directed))
    #expect(clustering.local == [Double](repeating: 0, count: actors.count))
    #expect(clustering.triangles == [Int](repeating: 0, count: actors.count))
    #expect(clustering.average == 0 && clustering.transitivity == 0)
  }

  /// Triangle: each actor's two neighbours are tied: 2·1/(2·1) = 1; one triangle, three closed
  /// triples out of three: transitivity 1.
  @Test func triangle() {
    let clustering = Clustering(NamedNetwork([("a", "b"), ("b", "c"), ("c", "a")]).network)
    #expect(clustering.local == [1, 1, 1])
    #expect(clustering.triangles == [1, 1, 1])
    #expect(clustering.average == 1 && clustering.transitivity == 1)
  }

  /// Star c – 1, 2, 3 and path a – b – c: triples but no triangle, so all 0; the leaves and an
  /// isolate have fewer than two neighbours: 0 too, and the average counts them.
  @Test func starAndPathHaveNoTriangles() {
    for ties in [[("c", "1"), ("c", "2"), ("c", "3")], [("a", "b"), ("b", "c")]] {
      let clustering = Clustering(NamedNetwork(ties, isolates: ["x"]).network)
      #expect(clustering.local.allSatisfy { $0 == 0 })
      #expect(clustering.average == 0 && clustering.transitivity == 0)
    }
  }

  /// Paw: triangle a–b–c plus c–d. c has 3 neighbours, 3 pairs, 1 tied: 1/3; a, b: 1; d: 0.
  /// Average (1 + 1 + 1/3 + 0)/4 = 7/12. Triples: a 1, b 1, c 3, d 0 = 5, of which 3 closed
  /// (one triangle seen from each corner): transitivity 3/5.
  @Test func pawAveragesZerosIn() {
    let clustering = Clustering(NamedNetwork([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]).network)
    #expect(mismatches(clustering.local, [1, 1, 1.0 / 3, 0]).isEmpty)
    #expect(clustering.triangles == [1, 1, 1, 0])
    #expect(approximately(clustering.average, 7.0 / 12))
    #expect(approximately(clustering.transitivity, 0.6))
  }

  /// Weighted triangle 1, 2, 4: divided by the largest, 1/4, 1/2, 1; geometric mean
  /// (1/8)^{1/3} = 1/2, so each actor 2·(1/2)/(2·1) = 1/2. Transitivity ignores weights: 1.
  @Test func weightedTriangleIsGeometricMean() {
    let map = NamedNetwork([("a", "b", 1), ("b", "c", 2), ("c", "a", 4)], weighted: true)
    let clustering = Clustering(map.network)
    #expect(mismatches(clustering.local, [0.5, 0.5, 0.5]).isEmpty)
    #expect(approximately(clustering.average, 0.5))
    #expect(clustering.transitivity == 1)
  }

  /// Directed 3-cycle a → b → c → a: each actor has d_tot = 2, no mutual pair, and the
  /// triangle counts once per ordered pair of neighbours, T = 2 (Σ_{v,w} σσσ = 2), so
  /// 2/(2(2·1 − 0)) = 1/2. The fully mutual triangle: σ = 2 on every tie, T = 2·8 = 16,
  /// d_tot = 4, d_↔ = 2: 16/(2(4·3 − 4)) = 1. Transitivity (undirected view) 1 for both.
  @Test func directedCycleAndMutualTriangle() {
    let cycle = NamedNetwork([("a", "b"), ("b", "c"), ("c", "a")], directed: true)
    #expect(mismatches(Clustering(cycle.network).local, [0.5, 0.5, 0.5]).isEmpty)
    #expect(Clustering(cycle.network).transitivity == 1)
    let ties = [("a", "b"), ("b", "a"), ("b", "c"), ("c", "b"), ("c", "a"), ("a", "c")]
    let mutual = Clustering(NamedNetwork(ties, directed: true).network)
    #expect(mismatches(mutual.local, [1, 1, 1]).isEmpty)
    #expect(mutual.transitivity == 1 && mutual.triangles == [1, 1, 1])
  }

  /// a ↔ b, b → c, c → a. σ_ab = 2, σ_bc = σ_ca = 1, so T = 2·(2·1·1) = 4 at every corner.
  /// a: in {b, c}, out {b}: d_tot 3, one mutual pair: 4/(2(3·2 − 2)) = 1/2; b likewise 1/2;
  /// c: in {b}, out {a}: d_tot 2: 4/(2·2) = 1.
  @Test func directedMutualPairRaisesTheThirdCorner() {
    let map = NamedNetwork([("a", "b"), ("b", "a"), ("b", "c"), ("c", "a")], directed: true)
    #expect(mismatches(Clustering(map.network).local, [0.5, 0.5, 1]).isEmpty)
  }

  /// Directed weighted 3-cycle a →1 b →2 c →4 a: σ = (w/4)^{1/3} one way only; T = 2·(1/8)^{1/3}
  /// = 1, so 1/(2·2) = 1/4 each.
  @Test func directedWeightedCycle() {
    let map = NamedNetwork([("a", "b", 1), ("b", "c", 2), ("c", "a", 4)], directed: true, weighted: true)
    #expect(mismatches(Clustering(map.network).local, [0.25, 0.25, 0.25]).isEmpty)
  }

  /// Zachary's karate club: G = `nx.karate_club_graph()`, weights not used.
  @Test func karateClub() throws {
    let clustering = Clustering(Network(try Fixture.load("karate").map))
    // [nx.clustering(G)[v] for v in G]
    #expect(mismatches(clustering.local, Self.karateLocal).isEmpty)
    // [nx.triangles(G)[v] for v in G]
    #expect(
      clustering.triangles == [
        18, 12, 11, 10, 2, 3, 3, 6, 5, 0, 2, 0, 1, 6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 1, 1, 1, 1, 1, 4, 3, 3, 13, 15,
      ])
    #expect(approximately(clustering.average, 0.5706384782076823))  // nx.average_clustering(G)
    #expect(approximately(clustering.transitivity, 0.2556818181818182))  // nx.transitivity(G)
  }

  /// `nx.florentine_families_graph()` (no Pucci).
  @Test func florentineFamilies() {
    let florentine = NamedNetwork(florentineMarriages)
    let clustering = Clustering(florentine.network)
    let ours = florentine.byName(clustering.local)
    for (family, value) in Self.florentineLocal { #expect(approximately(ours[family] ?? -1, value), "\(family)") }
    #expect(approximately(clustering.average, 0.16))  // nx.average_clustering(G)
    #expect(approximately(clustering.transitivity, 0.19148936170212766))  // nx.transitivity(G)
  }

  /// With the isolated Pucci family (Tests/Fixtures/florentine), 16 actors: the isolate's 0
  /// counts in the average, 0.16 · 15/16 = 0.15; transitivity is unchanged.
  @Test func florentineIsolateCountsInAverage() throws {
    let clustering = Clustering(Network(try Fixture.load("florentine").map))
    #expect(approximately(clustering.average, 0.16 * 15 / 16))
    #expect(approximately(clustering.transitivity, 0.19148936170212766))
  }

  /// Krackhardt's kite, `nx.krackhardt_kite_graph()` relabelled Andre ... Jane.
  @Test func krackhardtKite() {
    let kite = NamedNetwork(kiteTies)
    let clustering = Clustering(kite.network)
    let ours = kite.byName(clustering.local)
    for (name, value) in Self.kiteLocal { #expect(approximately(ours[name] ?? -1, value), "\(name)") }
    #expect(approximately(clustering.average, 0.5199999999999999))  // nx.average_clustering(G)
    #expect(approximately(clustering.transitivity, 0.5789473684210527))  // nx.transitivity(G)
  }

  /// Les Misérables (Tests/Fixtures/lesmis = `nx.les_miserables_graph()`, its node order),
  /// unweighted and with Onnela's weighted clustering.
  @Test(arguments: [false, true])
  func lesMiserables(weighted: Bool) throws {
    let clustering = Clustering(Network(try Fixture.load("lesmis").map, weighted: weighted))
    // [nx.clustering(G, weight=None or "weight")[v] for v in G]
    #expect(mismatches(clustering.local, weighted ? Self.lesmisWeightedLocal : Self.lesmisLocal).isEmpty)
    // nx.average_clustering(G, weight=None) and nx.average_clustering(G, weight="weight")
    #expect(approximately(clustering.average, weighted ? 0.05502699314742024 : 0.5731367499320134))
    #expect(approximately(clustering.transitivity, 0.49893162393162394))  // nx.transitivity(G), either way
  }

  /// The seeded random directed graph of StructuralHolesTests (``directedGnp2026Ties``):
  /// Fagiolo's directed clustering, unweighted and weighted; transitivity and triangles of the
  /// undirected view.
  @Test(arguments: [false, true])
  func directedRandomGraph(weighted: Bool) {
    let network = Network(actorCount: 21, edges: directedGnp2026Edges, directed: true, weighted: weighted)
    let clustering = Clustering(network)
    // [nx.clustering(D, weight=None or "weight")[v] for v in range(21)]
    #expect(mismatches(clustering.local, weighted ? Self.directedWeightedLocal : Self.directedLocal).isEmpty)
    // nx.average_clustering(D, weight=None) and nx.average_clustering(D, weight="weight")
    #expect(approximately(clustering.average, weighted ? 0.08543474263949569 : 0.14759433688005114))
    // nx.transitivity(D.to_undirected()); nx.transitivity(D) itself gives 0.14 (out-neighbours only)
    #expect(approximately(clustering.transitivity, 0.3))
    // [nx.triangles(D.to_undirected())[v] for v in range(21)]
    #expect(clustering.triangles == [5, 1, 5, 3, 1, 5, 8, 5, 5, 5, 1, 0, 1, 5, 0, 2, 1, 1, 0, 0, 0])
  }

  /// Weighted clustering with all strengths equal is the unweighted one (every ŵ = 1).
  @Test func equalStrengthsMatchUnweighted() throws {
    let map = try Fixture.load("karate").map
    let edges = map.ties.compactMap { tie -> Network.Edge? in
      guard let source = map.indexByID[tie.source], let target = map.indexByID[tie.target] else { return nil }
      return Network.Edge(source, target, weight: 4)
    }
    let weighted = Clustering(Network(actorCount: map.actors.count, edges: edges, weighted: true))
    #expect(mismatches(weighted.local, Self.karateLocal).isEmpty)
  }
}

// MARK: - NetworkX 3.6.1 values

extension ClusteringTests {
  // G = nx.karate_club_graph(); [nx.clustering(G)[v] for v in G]
  static let karateLocal: [Double] = [
    0.15, 0.3333333333333333, 0.24444444444444444, 0.6666666666666666, 0.6666666666666666, 0.5, 0.5, 1.0,
    0.5, 0.0, 0.6666666666666666, 0.0, 1.0, 0.6, 1.0, 1.0, 1.0, 1.0, 1.0, 0.3333333333333333, 1.0, 1.0, 1.0,
    0.4, 0.3333333333333333, 0.3333333333333333, 1.0, 0.16666666666666666, 0.3333333333333333,
    0.6666666666666666, 0.5, 0.2, 0.19696969696969696, 0.11029411764705882,
  ]
  // G = nx.florentine_families_graph(); nx.clustering(G)
  static let florentineLocal: [String: Double] = [
    "Acciaiuoli": 0.0, "Medici": 0.06666666666666667, "Castellani": 0.3333333333333333,
    "Peruzzi":
      0.6666666666666666, "Strozzi": 0.3333333333333333, "Barbadori": 0.0, "Ridolfi": 0.3333333333333333,
    "Tornabuoni": 0.3333333333333333, "Albizzi": 0.0, "Salviati": 0.0, "Pazzi": 0.0,
    "Bischeri":
      0.3333333333333333, "Guadagni": 0.0, "Ginori": 0.0, "Lamberteschi": 0.0,
  ]
  // G = nx.relabel_nodes(nx.krackhardt_kite_graph(), dict(enumerate(names))); nx.clustering(G)
  static let kiteLocal: [String: Double] = [
    "Andre": 0.6666666666666666, "Beverly": 0.6666666666666666, "Carol": 1.0, "Diane": 0.5333333333333333,
    "Ed": 1.0, "Fernando": 0.5, "Garth": 0.5, "Heather": 0.3333333333333333, "Ike": 0.0, "Jane": 0.0,
  ]
  // G = nx.les_miserables_graph(); [nx.clustering(G)[v] for v in G]
  static let lesmisLocal: [Double] = [
    0.0, 0.06666666666666667, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.12063492063492064, 0.0, 1.0, 0.0,
    0.0, 0.0, 1.0, 0.6111111111111112, 1.0, 1.0, 1.0, 1.0, 1.0, 0.3142857142857143, 0.4909090909090909,
    0.4083333333333333, 0.38181818181818183, 0.3235294117647059, 0.3333333333333333, 0.6428571428571429,
    1.0, 0.6666666666666666, 0.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.3333333333333333, 0.0,
    0.45454545454545453, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.354978354978355, 0.47619047619047616, 0.0,
    0.42857142857142855, 0.0, 0.0, 1.0, 0.3333333333333333, 1.0, 0.6909090909090909, 0.6095238095238096,
    0.9272727272727272, 1.0, 0.9272727272727272, 0.7564102564102564, 0.8636363636363636, 0.7692307692307693,
    0.8636363636363636, 0.9333333333333333, 0.0, 0.8, 0.8, 0.7111111111111111, 0.8333333333333334, 1.0, 1.0,
    1.0, 0.9047619047619048, 1.0,
  ]
  // [nx.clustering(G, weight="weight")[v] for v in G]
  static let lesmisWeightedLocal: [Double] = [
    0.0, 0.012957313460151769, 0.17787013527616435, 0.1819654976122086, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,
    0.015214638011822887, 0.0, 0.0845400449744805, 0.0, 0.0, 0.0, 0.11063282714664877, 0.06700797011545652,
    0.1106328271466488, 0.11322457842738216, 0.1153484446745616, 0.11279611029077012, 0.1107156279522837,
    0.034872858766515524, 0.048589560324780415, 0.04433712092223375, 0.06313060296849543,
    0.030372578213432835, 0.04315624904264132, 0.037448141952628425, 0.05120648554736126,
    0.060376498177155326, 0.0, 0.10450360649282203, 0.06898415276722128, 0.06898415276722128,
    0.060538345615084574, 0.060538345615084574, 0.06053834561508458, 0.01354753817091261, 0.0,
    0.027048782703546156, 0.0735411355428197, 0.09934499640160947, 0.0930483593746715, 0.0, 0.0, 0.0,
    0.03385844420759494, 0.0720308331900442, 0.0, 0.06089840867264528, 0.0, 0.0, 0.06982888797354274,
    0.04749029477808592, 0.07385253177763429, 0.04614877776947498, 0.09545651112890303, 0.14620616030472133,
    0.0888839676702637, 0.10423416018768986, 0.12185736571097117, 0.09205907977031902, 0.1095086491857618,
    0.09842310349299432, 0.06579947049025144, 0.0, 0.05817029058990606, 0.06125692807231946,
    0.049494837599323084, 0.042924736079628434, 0.08375370161541411, 0.0738525317776343,
    0.07385253177763429, 0.056240320337380634, 0.05398207612131789,
  ]
  // [nx.clustering(D)[v] for v in range(21)]
  static let directedLocal: [Double] = [
    0.16666666666666666, 0.05555555555555555, 0.175, 0.25, 0.16666666666666666, 0.11904761904761904,
    0.21428571428571427, 0.15384615384615385, 0.11904761904761904, 0.25, 0.1, 0.0, 0.5, 0.16666666666666666,
    0.0, 0.10714285714285714, 0.05555555555555555, 0.5, 0.0, 0.0, 0.0,
  ]
  // [nx.clustering(D, weight="weight")[v] for v in range(21)]
  static let directedWeightedLocal: [Double] = [
    0.11066716540098213, 0.032489085980142954, 0.09748893079906353, 0.17098062121225208,
    0.08220706914434901, 0.08654145197097136, 0.10325890821999147, 0.06234822611418719, 0.05914179531278639,
    0.12573557449728218, 0.08, 0.0, 0.24662120743304702, 0.08105309657842667, 0.0, 0.05640860297060031,
    0.04349852934632071, 0.35568933044900625, 0.0, 0.0, 0.0,
  ]
}
