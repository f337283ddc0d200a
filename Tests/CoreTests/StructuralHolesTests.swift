import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

/// Burt's effective size, efficiency and constraint. Hand-derived small cases, then NetworkX
/// 3.6.1 on classic graphs and a seeded random directed graph, values pasted with the call that
/// produced them.
///
/// Effective size: NetworkX's default (scipy) path divides by the wrong row maximum on weighted
/// and directed graphs (networkx#8906), and its loop path gives NaN to actors with only incoming
/// ties (networkx#2661). The expected values are Burt's formula computed with NetworkX's own
/// `normalized_mutual_weight`, which is what `nx.effective_size(G, nodes=list(G), weight=...)`
/// returns wherever it is not NaN:
///
/// ```python
/// from networkx.algorithms.structuralholes import normalized_mutual_weight as nmw
/// def burt_effective_size(G, v, weight):
///     alters = set(nx.all_neighbors(G, v))
///     return sum(1 - sum(nmw(G, v, w, weight=weight) * nmw(G, u, w, norm=max, weight=weight)
///                        for w in alters) for u in alters)
/// ```
/// Efficiency is that divided by `len(set(nx.all_neighbors(G, v)))`. Isolates, NaN in
/// NetworkX, are 0 here.
@Suite struct StructuralHolesTests {
  /// n = 0: nothing to compute, no crash.
  @Test func emptyNetwork() {
    let holes = StructuralHoles(Network(actorCount: 0, edges: []))
    #expect(holes.effectiveSize.isEmpty && holes.efficiency.isEmpty && holes.constraint.isEmpty)
    #expect(holes.contacts.isEmpty && holes.isIsolate.isEmpty)
  }

  /// n = 1: an isolate; NetworkX gives NaN, we give 0 and flag it.
  @Test(arguments: [false, true])
  func singleActorIsAnIsolate(directed: Bool) {
    let holes = StructuralHoles(Network(actorCount: 1, edges: [], directed: directed))
    #expect(holes.effectiveSize == [0] && holes.efficiency == [0] && holes.constraint == [0])
    #expect(holes.contacts == [0] && holes.isIsolate == [true])
  }

  /// n = 2 with one tie: each has one contact, p = 1 and no common contacts, so effective size
  /// 1 − 0 = 1, efficiency 1/1 and constraint (1 + 0)² = 1, in every reading.
  @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
  func twoActorsWithATie(directed: Bool, weighted: Bool) {
    let network = Network(actorCount: 2, edges: [.init(0, 1, weight: 3)], directed: directed, weighted: weighted)
    let holes = StructuralHoles(network)
    #expect(holes.effectiveSize == [1, 1] && holes.efficiency == [1, 1] && holes.constraint == [1, 1])
    #expect(holes.contacts == [1, 1] && holes.isIsolate == [false, false])
  }

  /// n = 2 without a tie: two isolates, all 0, never NaN.
  @Test func twoActorsWithoutATie() {
    let holes = StructuralHoles(Network(actorCount: 2, edges: []))
    #expect(holes.effectiveSize == [0, 0] && holes.efficiency == [0, 0] && holes.constraint == [0, 0])
    #expect(holes.isIsolate == [true, true])
    for value in holes.effectiveSize + holes.efficiency + holes.constraint { #expect(!value.isNaN) }
  }

  /// Star c – 1, 2, 3: the centre's three contacts share no tie (t = 0), so Borgatti's
  /// n − 2t/n = 3, efficiency 3/3 = 1, constraint 3 × (1/3)² = 1/3: the pure broker. Each leaf
  /// has one contact: 1, 1, and constraint 1.
  @Test func starCentreIsTheBroker() {
    let star = NamedNetwork([("c", "1"), ("c", "2"), ("c", "3")], isolates: ["x"])
    let holes = StructuralHoles(star.network)
    #expect(holes.effectiveSize == [3, 1, 1, 1, 0])
    #expect(holes.efficiency == [1, 1, 1, 1, 0])
    #expect(mismatches(holes.constraint, [1.0 / 3, 1, 1, 1, 0]).isEmpty)
    #expect(holes.contacts == [3, 1, 1, 1, 0])
    #expect(holes.isIsolate == [false, false, false, false, true])
  }

  /// Triangle: each actor has n = 2 contacts with t = 1 tie between them: 2 − 2·1/2 = 1,
  /// efficiency 1/2. Constraint: p = 1/2 to each contact, indirectly 1/2 · 1/2 through the
  /// other, so 2 × (1/2 + 1/4)² = 9/8, the largest value on three actors.
  @Test func triangleIsFullyRedundant() {
    let triangle = NamedNetwork([("a", "b"), ("b", "c"), ("c", "a")])
    let holes = StructuralHoles(triangle.network)
    #expect(holes.effectiveSize == [1, 1, 1])
    #expect(holes.efficiency == [0.5, 0.5, 0.5])
    #expect(mismatches(holes.constraint, [1.125, 1.125, 1.125]).isEmpty)
  }

  /// Path a – b – c: b has two unconnected contacts: 2, 1, and 2 × (1/2)² = 1/2; the ends 1, 1, 1.
  @Test func pathMiddleBridgesAHole() {
    let path = NamedNetwork([("a", "b"), ("b", "c")])
    let holes = StructuralHoles(path.network)
    #expect(holes.effectiveSize == [1, 2, 1])
    #expect(holes.efficiency == [1, 1, 1])
    #expect(holes.constraint == [1, 0.5, 1])
  }

  /// Weighted triangle s –1– a, s –3– b, a –2– b. Shares p: s→a 1/4, s→b 3/4; a→s 1/3,
  /// a→b 2/3; b→s 3/5, b→a 2/5. Ratios to the strongest tie r: a→b 1, a→s 1/2; b→s 1, b→a 2/3;
  /// s→b 1, s→a 1/3.
  /// Effective size s = (1 − p_sb r_ab) + (1 − p_sa r_ba) = (1 − 3/4) + (1 − 1/6) = 13/12;
  /// a = (1 − p_ab r_sb) + (1 − p_as r_bs) = 1/3 + 2/3 = 1;
  /// b = (1 − p_ba r_sa) + (1 − p_bs r_as) = 13/15 + 7/10 = 47/30.
  /// Constraint s = (1/4 + 3/4·2/5)² + (3/4 + 1/4·2/3)² = (11/20)² + (11/12)²;
  /// a = (1/3 + 2/3·3/5)² + (2/3 + 1/3·3/4)² = (11/15)² + (11/12)²;
  /// b = (3/5 + 2/5·1/3)² + (2/5 + 3/5·1/4)² = (11/15)² + (11/20)².
  /// (NetworkX's default effective_size gives 5/4 for s: networkx#8906.)
  @Test func weightedTriangleByHand() {
    let map = NamedNetwork([("s", "a", 1), ("s", "b", 3), ("a", "b", 2)], weighted: true)
    let holes = StructuralHoles(map.network)
    #expect(mismatches(holes.effectiveSize, [13.0 / 12, 1, 47.0 / 30]).isEmpty)
    #expect(mismatches(holes.efficiency, [13.0 / 24, 0.5, 47.0 / 60]).isEmpty)
    let expected = [
      121.0 / 400 + 121.0 / 144, 121.0 / 225 + 121.0 / 144, 121.0 / 225 + 121.0 / 400,
    ]
    #expect(mismatches(holes.constraint, expected).isEmpty)
  }

  /// Unweighted, the same triangle is the plain triangle again: strengths are ignored.
  @Test func unweightedIgnoresStrengths() {
    let map = NamedNetwork([("s", "a", 1), ("s", "b", 3), ("a", "b", 2)], weighted: false)
    let holes = StructuralHoles(map.network)
    #expect(holes.effectiveSize == [1, 1, 1])
    #expect(mismatches(holes.constraint, [1.125, 1.125, 1.125]).isEmpty)
  }

  /// Equal strengths everywhere give the unweighted values: the general formula (weighted
  /// path) then equals Borgatti's shortcut (unweighted path).
  @Test func equalStrengthsMatchUnweighted() throws {
    let fixture = try Fixture.load("karate")
    let unweighted = StructuralHoles(Network(fixture.map))
    let edges = fixture.map.ties.compactMap { tie -> Network.Edge? in
      guard let source = fixture.map.indexByID[tie.source], let target = fixture.map.indexByID[tie.target] else {
        return nil
      }
      return Network.Edge(source, target, weight: 2.5)
    }
    let weighted = StructuralHoles(Network(actorCount: fixture.map.actors.count, edges: edges, weighted: true))
    #expect(mismatches(weighted.effectiveSize, unweighted.effectiveSize).isEmpty)
    #expect(mismatches(weighted.constraint, unweighted.constraint).isEmpty)
  }

  /// Directed a → b, b → a, a → c: a's contacts are b (mutual strength 1 + 1 = 2) and c (1), so
  /// p = 2/3 and 1/3, no tie between b and c: effective size 2, constraint 4/9 + 1/9 = 5/9.
  /// b and c have a alone: 1, 1, 1 (c only receives, yet counts: NetworkX's loop gives it NaN).
  @Test func directedMutualPairWeighsDouble() {
    let map = NamedNetwork([("a", "b"), ("b", "a"), ("a", "c")], directed: true)
    let holes = StructuralHoles(map.network)
    #expect(holes.contacts == [2, 1, 1])
    #expect(holes.effectiveSize == [2, 1, 1])
    #expect(holes.efficiency == [1, 1, 1])
    #expect(mismatches(holes.constraint, [5.0 / 9, 1, 1]).isEmpty)
  }

  /// Directed a → b, b → c, a → c: every pair has mutual strength 1, so the shares are those
  /// of the undirected triangle: effective size 1, constraint 9/8 for each, the sink c included.
  @Test func directedTriangleUsesPredecessorsAndSuccessors() {
    let map = NamedNetwork([("a", "b"), ("b", "c"), ("a", "c")], directed: true)
    let holes = StructuralHoles(map.network)
    #expect(mismatches(holes.effectiveSize, [1, 1, 1]).isEmpty)
    #expect(mismatches(holes.constraint, [1.125, 1.125, 1.125]).isEmpty)
  }

  /// Zachary's karate club, actors 1...34 in NetworkX's node order.
  /// `nx.effective_size(G)` (Borgatti; the default call agrees), `nx.constraint(G)`,
  /// G = `nx.karate_club_graph()`, weights not used.
  @Test func karateClub() throws {
    let holes = StructuralHoles(Network(try Fixture.load("karate").map))
    #expect(mismatches(holes.effectiveSize, Self.karateEffectiveSize).isEmpty)
    #expect(mismatches(holes.efficiency, Self.karateEfficiency).isEmpty)
    #expect(mismatches(holes.constraint, Self.karateConstraint).isEmpty)
  }

  /// Padgett's Florentine marriages: `nx.florentine_families_graph()` (15 families, no Pucci).
  @Test func florentineFamilies() {
    let florentine = NamedNetwork(florentineMarriages)
    let holes = StructuralHoles(florentine.network)
    for (values, expected) in [
      (holes.effectiveSize, Self.florentineEffectiveSize), (holes.efficiency, Self.florentineEfficiency),
      (holes.constraint, Self.florentineConstraint),
    ] {
      let ours = florentine.byName(values)
      #expect(ours.count == expected.count)
      for (family, value) in expected { #expect(approximately(ours[family] ?? -1, value), "\(family)") }
    }
  }

  /// The same map with the isolated Pucci family (Tests/Fixtures/florentine): NetworkX gives
  /// Pucci NaN; we give 0, flag it, and leave every other family unchanged.
  @Test func florentineWithIsolatedPucci() throws {
    let fixture = try Fixture.load("florentine")
    let holes = StructuralHoles(Network(fixture.map))
    let ids = fixture.map.actors.map(\.id.rawValue)
    let pucci = try #require(ids.firstIndex(of: "Pucci"))
    #expect(holes.isIsolate.indices.filter { holes.isIsolate[$0] } == [pucci])
    #expect(holes.effectiveSize[pucci] == 0 && holes.efficiency[pucci] == 0 && holes.constraint[pucci] == 0)
    for (position, id) in ids.enumerated() where id != "Pucci" {
      #expect(approximately(holes.constraint[position], Self.florentineConstraint[id] ?? -1), "\(id)")
      #expect(approximately(holes.effectiveSize[position], Self.florentineEffectiveSize[id] ?? -1), "\(id)")
    }
  }

  /// Krackhardt's kite: `nx.krackhardt_kite_graph()` relabelled Andre ... Jane.
  @Test func krackhardtKite() {
    let kite = NamedNetwork(kiteTies)
    let holes = StructuralHoles(kite.network)
    for (values, expected) in [
      (holes.effectiveSize, Self.kiteEffectiveSize), (holes.efficiency, Self.kiteEfficiency),
      (holes.constraint, Self.kiteConstraint),
    ] {
      let ours = kite.byName(values)
      for (name, value) in expected { #expect(approximately(ours[name] ?? -1, value), "\(name)") }
    }
  }

  /// Les Misérables co-occurrences (Tests/Fixtures/lesmis = `nx.les_miserables_graph()`, actors
  /// in its node order), unweighted (`weight=None`) and weighted (`weight="weight"`).
  @Test(arguments: [false, true])
  func lesMiserables(weighted: Bool) throws {
    let holes = StructuralHoles(Network(try Fixture.load("lesmis").map, weighted: weighted))
    let effectiveSize = weighted ? Self.lesmisWeightedEffectiveSize : Self.lesmisEffectiveSize
    let efficiency = weighted ? Self.lesmisWeightedEfficiency : Self.lesmisEfficiency
    let constraint = weighted ? Self.lesmisWeightedConstraint : Self.lesmisConstraint
    #expect(mismatches(holes.effectiveSize, effectiveSize).isEmpty)
    #expect(mismatches(holes.efficiency, efficiency).isEmpty)
    #expect(mismatches(holes.constraint, constraint).isEmpty)
  }

  /// The seeded random directed graph (``directedGnp2026Ties``: 21 actors, 49 ties, 5 mutual
  /// pairs, actor 20 isolated, actor 18 a sink that NetworkX's loop path leaves NaN), unweighted
  /// and weighted. `nx.constraint(D, weight=...)`; effective size by Burt's formula (see the
  /// suite comment).
  @Test(arguments: [false, true])
  func directedRandomGraph(weighted: Bool) {
    let network = Network(actorCount: 21, edges: directedGnp2026Edges, directed: true, weighted: weighted)
    let holes = StructuralHoles(network)
    let effectiveSize = weighted ? Self.directedWeightedEffectiveSize : Self.directedEffectiveSize
    let efficiency = weighted ? Self.directedWeightedEfficiency : Self.directedEfficiency
    let constraint = weighted ? Self.directedWeightedConstraint : Self.directedConstraint
    #expect(mismatches(holes.effectiveSize, effectiveSize).isEmpty)
    #expect(mismatches(holes.efficiency, efficiency).isEmpty)
    #expect(mismatches(holes.constraint, constraint).isEmpty)
    #expect(holes.isIsolate == (0..<21).map { $0 == 20 })
  }
}

// MARK: - NetworkX 3.6.1 values

extension StructuralHolesTests {
  // G = nx.karate_club_graph(); [nx.effective_size(G)[v] for v in G]
  static let karateEffectiveSize: [Double] = [
    13.75, 6.333333333333334, 7.8, 2.666666666666667, 1.6666666666666667, 2.5, 2.5, 1.0, 3.0, 2.0,
    1.6666666666666667, 1.0, 1.0, 2.5999999999999996, 1.0, 1.0, 1.0, 1.0, 1.0, 2.3333333333333335, 1.0, 1.0,
    1.0, 3.4, 2.3333333333333335, 2.3333333333333335, 1.0, 3.5, 2.3333333333333335, 2.0, 2.5, 5.0,
    9.833333333333334, 15.235294117647062,
  ]
  // [nx.effective_size(G)[v] / G.degree(v) for v in G]
  static let karateEfficiency: [Double] = [
    0.859375, 0.7037037037037037, 0.78, 0.4444444444444445, 0.5555555555555556, 0.625, 0.625, 0.25, 0.6,
    1.0, 0.5555555555555556, 1.0, 0.5, 0.5199999999999999, 0.5, 0.5, 0.5, 0.5, 0.5, 0.7777777777777778, 0.5,
    0.5, 0.5, 0.6799999999999999, 0.7777777777777778, 0.7777777777777778, 0.5, 0.875, 0.7777777777777778,
    0.5, 0.625, 0.8333333333333334, 0.8194444444444445, 0.8961937716262978,
  ]
  // [nx.constraint(G)[v] for v in G]
  static let karateConstraint: [Double] = [
    0.15542329764660495, 0.27953510802469134, 0.18517663966049383, 0.3966596472050754, 0.5294174382716048,
    0.4774848090277778, 0.4774848090277778, 0.44271158854166665, 0.3036007136678201, 0.5,
    0.5294174382716048, 1.0, 0.6225043402777779, 0.32333541666666676, 0.5736795943867743,
    0.5736795943867743, 0.78125, 0.590868537808642, 0.5736795943867743, 0.37371935013717417,
    0.5736795943867743, 0.590868537808642, 0.5736795943867743, 0.30582372164552096, 0.4598765432098765,
    0.4598765432098765, 0.6709018166089966, 0.2850692041522491, 0.3869131530607885, 0.44940900134563627,
    0.3460064638600538, 0.24457540369088815, 0.24922336227519323, 0.15641868512110724,
  ]

  // G = nx.florentine_families_graph(); nx.effective_size(G)
  static let florentineEffectiveSize: [String: Double] = [
    "Acciaiuoli": 1.0, "Medici": 5.666666666666667, "Castellani": 2.3333333333333335,
    "Peruzzi":
      1.6666666666666667, "Strozzi": 3.0, "Barbadori": 2.0, "Ridolfi": 2.3333333333333335,
    "Tornabuoni":
      2.3333333333333335, "Albizzi": 3.0, "Salviati": 2.0, "Pazzi": 1.0, "Bischeri": 2.3333333333333335,
    "Guadagni": 4.0, "Ginori": 1.0, "Lamberteschi": 1.0,
  ]
  // {v: nx.effective_size(G)[v] / G.degree(v)}
  static let florentineEfficiency: [String: Double] = [
    "Acciaiuoli": 1.0, "Medici": 0.9444444444444445, "Castellani": 0.7777777777777778,
    "Peruzzi":
      0.5555555555555556, "Strozzi": 0.75, "Barbadori": 1.0, "Ridolfi": 0.7777777777777778,
    "Tornabuoni":
      0.7777777777777778, "Albizzi": 1.0, "Salviati": 1.0, "Pazzi": 1.0, "Bischeri": 0.7777777777777778,
    "Guadagni": 1.0, "Ginori": 1.0, "Lamberteschi": 1.0,
  ]
  // nx.constraint(G)
  static let florentineConstraint: [String: Double] = [
    "Acciaiuoli": 1.0, "Medici": 0.2098765432098766, "Castellani": 0.48225308641975306,
    "Peruzzi":
      0.6558641975308641, "Strozzi": 0.4583333333333333, "Barbadori": 0.5, "Ridolfi": 0.4598765432098765,
    "Tornabuoni": 0.4598765432098765, "Albizzi": 0.3333333333333333, "Salviati": 0.5, "Pazzi": 1.0,
    "Bischeri": 0.48225308641975306, "Guadagni": 0.25, "Ginori": 1.0, "Lamberteschi": 1.0,
  ]

  // G = nx.relabel_nodes(nx.krackhardt_kite_graph(), dict(enumerate(names))); nx.effective_size(G)
  static let kiteEffectiveSize: [String: Double] = [
    "Andre": 2.0, "Beverly": 2.0, "Carol": 1.0, "Diane": 3.333333333333334, "Ed": 1.0, "Fernando": 3.0,
    "Garth": 3.0, "Heather": 2.3333333333333335, "Ike": 2.0, "Jane": 1.0,
  ]
  // {v: nx.effective_size(G)[v] / G.degree(v)}
  static let kiteEfficiency: [String: Double] = [
    "Andre": 0.5, "Beverly": 0.5, "Carol": 0.3333333333333333, "Diane": 0.5555555555555557,
    "Ed":
      0.3333333333333333, "Fernando": 0.6, "Garth": 0.6, "Heather": 0.7777777777777778, "Ike": 1.0,
    "Jane":
      1.0,
  ]
  // nx.constraint(G)
  static let kiteConstraint: [String: Double] = [
    "Andre": 0.5411979166666666, "Beverly": 0.5411979166666666, "Carol": 0.6641358024691357,
    "Diane":
      0.4701697530864196, "Ed": 0.6641358024691357, "Fernando": 0.4450888888888889,
    "Garth":
      0.4450888888888889, "Heather": 0.43111111111111106, "Ike": 0.5, "Jane": 1.0,
  ]

  // G = nx.les_miserables_graph(); [nx.effective_size(G)[v] for v in G] (weight=None)
  static let lesmisEffectiveSize: [Double] = [
    1.0, 9.399999999999999, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 31.77777777777778, 1.0, 1.0, 1.0, 1.0,
    1.0, 1.000000000000001, 4.111111111111111, 1.000000000000001, 1.000000000000001, 1.000000000000001,
    1.000000000000001, 1.000000000000001, 10.600000000000001, 6.09090909090909, 9.875, 7.181818181818183,
    11.823529411764703, 3.0, 3.5, 1.0, 2.0, 1.0, 1.0, 1.0000000000000004, 1.0000000000000004,
    1.0000000000000004, 1.0000000000000004, 1.0000000000000004, 2.3333333333333335, 1.0, 6.454545454545453,
    1.0, 1.0, 1.0, 1.0, 2.0, 1.0, 14.545454545454543, 4.142857142857143, 2.0, 4.428571428571429, 2.0, 1.0,
    1.0, 13.000000000000002, 1.0, 4.090909090909089, 6.466666666666667, 1.7272727272727257,
    0.9999999999999984, 1.7272727272727253, 3.9230769230769242, 2.4999999999999996, 3.76923076923077,
    2.4999999999999996, 1.600000000000001, 1.0, 2.8000000000000007, 2.8000000000000007, 3.6000000000000005,
    2.333333333333332, 1.0, 1.0, 1.0, 1.5714285714285723, 1.000000000000001,
  ]
  // [nx.effective_size(G)[v] / G.degree(v) for v in G]
  static let lesmisEfficiency: [Double] = [
    1.0, 0.9399999999999998, 0.3333333333333333, 0.3333333333333333, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0,
    0.8827160493827161, 1.0, 0.5, 1.0, 1.0, 1.0, 0.14285714285714302, 0.4567901234567901,
    0.14285714285714302, 0.14285714285714302, 0.14285714285714302, 0.14285714285714302, 0.14285714285714302,
    0.7066666666666668, 0.5537190082644627, 0.6171875, 0.6528925619834712, 0.695501730103806, 0.75, 0.4375,
    0.5, 0.5, 1.0, 0.5, 0.16666666666666674, 0.16666666666666674, 0.16666666666666674, 0.16666666666666674,
    0.16666666666666674, 0.7777777777777778, 1.0, 0.5867768595041322, 0.3333333333333333,
    0.3333333333333333, 0.5, 1.0, 1.0, 1.0, 0.6611570247933883, 0.5918367346938777, 1.0, 0.6326530612244898,
    1.0, 1.0, 0.25, 0.6842105263157896, 0.5, 0.3719008264462808, 0.4311111111111111, 0.15702479338842962,
    0.11111111111111094, 0.15702479338842956, 0.3017751479289942, 0.2083333333333333, 0.2899408284023669,
    0.2083333333333333, 0.1600000000000001, 1.0, 0.2800000000000001, 0.2800000000000001,
    0.36000000000000004, 0.25925925925925913, 0.3333333333333333, 0.5, 0.5, 0.22448979591836746,
    0.14285714285714302,
  ]
  // [nx.constraint(G)[v] for v in G]
  static let lesmisConstraint: [Double] = [
    1.0, 0.13483024691358028, 0.5754389574759944, 0.5754389574759944, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0,
    0.07060097048007498, 1.0, 0.5485262345679012, 1.0, 1.0, 1.0, 0.4449485553858731, 0.30589930588619496,
    0.444948555385873, 0.444948555385873, 0.444948555385873, 0.444948555385873, 0.444948555385873,
    0.17441545073566678, 0.1886893347418491, 0.15685131326512944, 0.1965585565399277, 0.15275354825958723,
    0.34641156980221277, 0.3214251646669015, 0.6750694444444445, 0.38247614432483235, 1.0,
    0.5443586067324533, 0.4724419152949246, 0.4724419152949246, 0.4724419152949246, 0.4724419152949246,
    0.4724419152949246, 0.35965994344413665, 1.0, 0.2034416144390736, 0.45082214187327824,
    0.4171164232431461, 0.6547067901234567, 1.0, 0.5, 1.0, 0.12904074805738608, 0.27866615356859864, 0.5,
    0.2405115157616345, 0.5, 1.0, 0.4372437649769736, 0.12875074013263743, 0.6035389224942054,
    0.21252031839953442, 0.19670894417931878, 0.2740987459439597, 0.297075208550215, 0.2740987459439597,
    0.24186095279841477, 0.2688513523587736, 0.24044027265702553, 0.2688513523587736, 0.2936460464357734,
    1.0, 0.25631974897046855, 0.25631974897046855, 0.240911001355835, 0.26586044542567533,
    0.4171164232431461, 0.8357438016528925, 0.8357438016528925, 0.314377028244723, 0.3031089229340978,
  ]
  // [burt_effective_size(G, v, "weight") for v in G]
  // (= nx.effective_size(G, nodes=list(G), weight="weight"); the default call differs at 54 actors)
  static let lesmisWeightedEffectiveSize: [Double] = [
    1.0, 9.438163371488034, 1.925237191650854, 1.9674448217317486, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0,
    32.96008681828104, 1.0, 1.4731182795698925, 1.0, 1.0, 1.0, 2.4770833333333337, 4.760483870967741,
    2.4770833333333337, 2.532222222222223, 2.4121794871794866, 2.3419999999999996, 2.418518518518519,
    11.155609938394871, 7.481305291055263, 12.710817409174952, 7.325475224878059, 11.861599247868373,
    3.1920122887864824, 4.157361087152358, 1.6296296296296298, 2.813119333755007, 1.0, 1.1505376344086022,
    2.3471582181259603, 2.3471582181259603, 2.3294232649071356, 2.329423264907136, 2.3294232649071356,
    2.9169719169719173, 1.0, 8.585981356105194, 1.926153846153846, 1.4721062618595826, 1.5564516129032258,
    1.0, 2.0, 1.0, 16.618983306722193, 4.690105408125431, 2.0, 5.356274627663128, 2.0, 1.0,
    2.463005632360471, 15.569091420528252, 1.2142857142857144, 7.307799369747898, 9.548099835467685,
    5.153042099192619, 3.6136370337608734, 5.2546955624355, 7.089789249032946, 6.175005386770091,
    6.93745191136083, 6.159585694743013, 4.179131652661065, 1.0, 6.6400992138791, 6.666300211841009,
    6.618341604631928, 6.198761969634835, 1.825426944971537, 1.5619047619047621, 1.5619047619047621,
    3.809537897999436, 3.4244697879151658,
  ]
  // [burt_effective_size(G, v, "weight") / G.degree(v) for v in G]
  static let lesmisWeightedEfficiency: [Double] = [
    1.0, 0.9438163371488034, 0.6417457305502846, 0.6558149405772495, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0,
    0.9155579671744734, 1.0, 0.7365591397849462, 1.0, 1.0, 1.0, 0.3538690476190477, 0.528942652329749,
    0.3538690476190477, 0.3617460317460318, 0.34459706959706954, 0.3345714285714285, 0.3455026455026456,
    0.7437073292263248, 0.6801186628232058, 0.7944260880734345, 0.6659522931707327, 0.6977411322275513,
    0.7980030721966206, 0.5196701358940448, 0.8148148148148149, 0.7032798334387518, 1.0, 0.5752688172043011,
    0.39119303635432673, 0.39119303635432673, 0.38823721081785595, 0.388237210817856, 0.38823721081785595,
    0.9723239723239724, 1.0, 0.7805437596459267, 0.642051282051282, 0.49070208728652753, 0.7782258064516129,
    1.0, 1.0, 1.0, 0.755408332123736, 0.6700150583036331, 1.0, 0.7651820896661611, 1.0, 1.0,
    0.6157514080901177, 0.8194258642383291, 0.6071428571428572, 0.6643453972498089, 0.636539989031179,
    0.4684583726538744, 0.40151522597343037, 0.47769959658504546, 0.5453684037717651, 0.5145837822308409,
    0.5336501470277561, 0.5132988078952511, 0.41791316526610645, 1.0, 0.66400992138791, 0.666630021184101,
    0.6618341604631928, 0.6887513299594261, 0.6084756483238457, 0.7809523809523811, 0.7809523809523811,
    0.5442196997142051, 0.4892099697021665,
  ]
  // [nx.constraint(G, weight="weight")[v] for v in G]
  static let lesmisWeightedConstraint: [Double] = [
    1.0, 0.3822731133294125, 0.7912383407778072, 0.7580706626197429, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0,
    0.16344795368282017, 1.0, 0.6826358803314265, 1.0, 1.0, 1.0, 0.461137537017734, 0.4022578583310801,
    0.461137537017734, 0.4590846159388122, 0.4520726101401251, 0.4550469679581438, 0.45635233073687476,
    0.2385838344087488, 0.3992772652888601, 0.2616246757321946, 0.4989430532894789, 0.3353052373063623,
    0.509142360798739, 0.4013020770354975, 0.713558171118153, 0.45655206105564206, 1.0, 0.783813707583193,
    0.45711294305552563, 0.45711294305552563, 0.4912248742488126, 0.4912248742488126, 0.4912248742488126,
    0.34505334569807516, 1.0, 0.2606851459045535, 0.5844954290752775, 0.7581823890559575,
    1.0421067561778756, 1.0, 0.5555555555555556, 1.0, 0.24139117876012303, 0.5464178706682745, 0.5,
    0.5260795324505907, 0.5, 1.0, 0.6697988527541815, 0.24942212473555686, 0.8107234448986483,
    0.26466397645957246, 0.29012941765024547, 0.3749097070357415, 0.4173980836605876, 0.399700145118016,
    0.33296970564670453, 0.3622529347755188, 0.3510415169446882, 0.36246358229453934, 0.4008145046860177,
    1.0, 0.38774640203412136, 0.3763410367790378, 0.38526671263382645, 0.3460474705532954,
    0.7111655851680387, 0.7869469387755104, 0.7869469387755104, 0.4350730589670435, 0.37595961094115493,
  ]

  // D = directed random graph below; [burt_effective_size(D, v, None) for v in range(21)], isolate 20 → 0
  static let directedEffectiveSize: [Double] = [
    4.416666666666667, 3.6, 4.7857142857142865, 2.625, 2.3333333333333335, 5.714285714285714,
    5.142857142857143, 4.8125, 5.642857142857142, 3.75, 2.625, 2.0, 1.0, 4.416666666666667, 3.0, 4.5, 3.8,
    1.0, 2.0, 4.0, 0.0,
  ]
  // ... / len(set(nx.all_neighbors(D, v)))
  static let directedEfficiency: [Double] = [
    0.7361111111111112, 0.9, 0.7976190476190478, 0.65625, 0.7777777777777778, 0.8163265306122449,
    0.7346938775510204, 0.8020833333333334, 0.8061224489795917, 0.75, 0.875, 1.0, 0.5, 0.7361111111111112,
    1.0, 0.9, 0.95, 0.5, 1.0, 1.0, 0.0,
  ]
  // [nx.constraint(D)[v] for v in range(21)], isolate 20 → 0
  static let directedConstraint: [Double] = [
    0.30860197782816834, 0.3169444444444445, 0.2851110648340969, 0.38658446712018146, 0.506235827664399,
    0.23198377990652042, 0.2791617497339071, 0.2834910005668934, 0.2633162108380767, 0.3630753180901989,
    0.41670209750566894, 0.5, 0.7709750566893423, 0.2605278801335349, 0.3333333333333333,
    0.28227847852103805, 0.30668934240362816, 0.6668083900226758, 0.5, 0.2777777777777778, 0.0,
  ]
  // [burt_effective_size(D, v, "weight") for v in range(21)]
  static let directedWeightedEffectiveSize: [Double] = [
    4.780952380952381, 3.6, 5.302197802197802, 3.1625, 2.811111111111111, 6.126666666666667,
    5.722857142857142, 5.082857142857143, 5.95079365079365, 3.7857142857142856, 2.466666666666667, 2.0, 1.0,
    5.118796992481204, 3.0, 4.526984126984127, 3.619047619047619, 1.4, 2.0, 4.0, 0.0,
  ]
  // ... / len(set(nx.all_neighbors(D, v)))
  static let directedWeightedEfficiency: [Double] = [
    0.7968253968253968, 0.9, 0.8836996336996337, 0.790625, 0.937037037037037, 0.8752380952380953,
    0.8175510204081632, 0.8471428571428571, 0.8501133786848072, 0.7571428571428571, 0.8222222222222223, 1.0,
    0.5, 0.8531328320802006, 1.0, 0.9053968253968254, 0.9047619047619048, 0.7, 1.0, 1.0, 0.0,
  ]
  // [nx.constraint(D, weight="weight")[v] for v in range(21)]
  static let directedWeightedConstraint: [Double] = [
    0.32980901294677095, 0.3333513243260267, 0.2670614635838995, 0.36956499787414965, 0.4153217163923182,
    0.2219504174627912, 0.2762818690205171, 0.29002612284349905, 0.3143700937533809, 0.386454352605194,
    0.41980795610425237, 0.53125, 0.9878954475308641, 0.271389869480161, 0.3749999999999999,
    0.27929232038751717, 0.321198224852071, 0.688217474489796, 0.5, 0.25308641975308643, 0.0,
  ]
}

/// A seeded random directed graph: `D = nx.gnp_random_graph(20, 0.15, seed=2026, directed=True)`,
/// weights `rng.randint(1, 5)` with `rng = random.Random(2026)` drawn for the ties in sorted
/// order, and `D.add_node(20)`, an isolate. 49 ties, mutual pairs 1–19, 2–7, 7–19, 9–15, 10–16.
let directedGnp2026Ties: [(Int, Int, Double)] = [
  (0, 1, 1), (0, 5, 3), (0, 17, 5), (1, 11, 5), (1, 19, 1), (2, 7, 2), (2, 18, 5), (3, 0, 5), (3, 1, 5), (3, 5, 4),
  (4, 8, 5), (5, 6, 5), (5, 15, 4), (5, 18, 5), (6, 2, 4), (6, 3, 2), (6, 7, 1), (7, 2, 5), (7, 9, 1), (7, 19, 1),
  (8, 0, 3), (8, 2, 1), (8, 6, 4), (8, 12, 1), (9, 2, 4), (9, 6, 3), (9, 15, 2), (10, 5, 4), (10, 16, 3), (11, 16, 3),
  (12, 4, 3), (13, 0, 4), (13, 5, 5), (13, 6, 1), (13, 7, 3), (13, 8, 1), (14, 13, 5), (14, 19, 5), (15, 7, 3),
  (15, 9, 3), (15, 10, 4), (15, 14, 2), (16, 2, 5), (16, 9, 3), (16, 10, 1), (17, 8, 3), (19, 1, 3), (19, 4, 4),
  (19, 7, 4),
]

let directedGnp2026Edges = directedGnp2026Ties.map { Network.Edge($0.0, $0.1, weight: $0.2) }
