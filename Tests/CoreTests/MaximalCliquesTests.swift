import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct MaximalCliquesTests {
  // MARK: Small maps, derived by hand

  /// The worked example of `Docs/Metrics/Subgroups.md`: school, directeur, zoco and CLB all tied
  /// (a K4), a triangle school – bib – gemeente, and woonzorg tied to gemeente only.
  static let workedExampleTies = [
    ("school", "directeur"), ("school", "zoco"), ("school", "clb"), ("directeur", "zoco"), ("directeur", "clb"),
    ("zoco", "clb"), ("school", "bib"), ("school", "gemeente"), ("bib", "gemeente"), ("gemeente", "woonzorg"),
  ]

  /// Two maximal cliques of at least three: the K4 and the triangle school – bib – gemeente.
  /// gemeente – woonzorg is a maximal clique of two, below the minimum.
  @Test func workedExample() {
    let map = NamedNetwork(Self.workedExampleTies)
    let result = MaximalCliques(map.network)
    #expect(
      result.cliques.map { $0.map { map.names[$0] } } == [
        ["school", "directeur", "zoco", "clb"], ["school", "bib", "gemeente"],
      ])
    #expect(
      map.valuesByName(result.membership) == [
        "school": 2, "directeur": 1, "zoco": 1, "clb": 1, "bib": 1, "gemeente": 1, "woonzorg": 0,
      ])
  }

  /// n = 0, 1, 2 have no clique of three. With minimum size 1 they list NetworkX's cliques: an
  /// isolate alone, a tie as a pair.
  @Test func smallMaps() {
    let empty = MaximalCliques(Network(actorCount: 0, edges: []))
    #expect(empty.cliques.isEmpty)
    #expect(empty.membership.isEmpty)
    #expect(empty.isComplete)
    for n in 1...2 {
      #expect(MaximalCliques(Network(actorCount: n, edges: [])).cliques.isEmpty)
    }
    let pair = Network(actorCount: 2, edges: [Network.Edge(0, 1)])
    #expect(MaximalCliques(pair).cliques.isEmpty)
    #expect(MaximalCliques(pair).membership == [0, 0])
    #expect(MaximalCliques(Network(actorCount: 1, edges: []), minimumSize: 1).cliques == [[0]])
    #expect(MaximalCliques(pair, minimumSize: 1).cliques == [[0, 1]])
    #expect(MaximalCliques(Network(actorCount: 2, edges: []), minimumSize: 1).cliques == [[0], [1]])
    #expect(MaximalCliques(pair, minimumSize: -3).minimumSize == 1)
  }

  /// K4 minus the tie c – d: the maximal cliques are a, b, c and a, b, d (a–b–c–d itself misses
  /// c – d). a and b are in both.
  @Test func diamond() {
    let map = NamedNetwork([("a", "b"), ("a", "c"), ("a", "d"), ("b", "c"), ("b", "d")])
    let result = MaximalCliques(map.network)
    #expect(result.cliques == [[0, 1, 2], [0, 1, 3]])
    #expect(result.membership == [2, 2, 1, 1])
  }

  /// Order: size first (largest first), then lexicographic. A K4 on 3, 4, 5, 6, a triangle 0, 1, 2
  /// and a triangle 0, 7, 8, plus a pendant tie 6 – 9 (a pair, below the minimum).
  @Test func deterministicOrder() {
    let ties = [(3, 4), (3, 5), (3, 6), (4, 5), (4, 6), (5, 6), (0, 7), (7, 8), (8, 0), (2, 1), (1, 0), (0, 2), (6, 9)]
    let network = Network(actorCount: 10, edges: ties.map { Network.Edge($0.0, $0.1) })
    let result = MaximalCliques(network)
    #expect(result.cliques == [[3, 4, 5, 6], [0, 1, 2], [0, 7, 8]])
    #expect(result.membership == [2, 1, 1, 1, 1, 1, 1, 1, 1, 0])
    let withPairs = MaximalCliques(network, minimumSize: 2)
    #expect(withPairs.cliques == [[3, 4, 5, 6], [0, 1, 2], [0, 7, 8], [6, 9]])
    #expect(MaximalCliques(network, minimumSize: 4).cliques == [[3, 4, 5, 6]])
  }

  /// Complete tripartite K(3, 3, 3) (parts {0, 1, 2}, {3, 4, 5}, {6, 7, 8}; ties between parts
  /// only): a maximal clique takes one actor from each part, 3³ = 27 triangles, and each actor
  /// is in 3 · 3 = 9 of them (Moon & Moser's extremal graph for n = 9).
  @Test func completeTripartite() {
    var edges: [Network.Edge] = []
    for u in 0..<9 {
      for v in (u + 1)..<9 where u / 3 != v / 3 { edges.append(Network.Edge(u, v)) }
    }
    let result = MaximalCliques(Network(actorCount: 9, edges: edges))
    #expect(result.cliques.count == 27)
    #expect(result.cliques.allSatisfy { $0.count == 3 && Set($0.map { $0 / 3 }) == [0, 1, 2] })
    #expect(result.membership == [Int](repeating: 9, count: 9))
  }

  /// Directed maps are read undirected: a → b, b → c, c → a and a → d, d → a form one
  /// triangle a, b, c; a – d is a pair.
  @Test func directedIsReadUndirected() {
    let map = NamedNetwork([("a", "b"), ("b", "c"), ("c", "a"), ("a", "d"), ("d", "a")], directed: true)
    #expect(MaximalCliques(map.network).cliques == [[0, 1, 2]])
    #expect(MaximalCliques(map.network, minimumSize: 1).cliques == [[0, 1, 2], [0, 3]])
  }

  /// The search stops at `limit` and says so.
  @Test func limitIsReported() {
    var edges: [Network.Edge] = []
    for u in 0..<9 {
      for v in (u + 1)..<9 where u / 3 != v / 3 { edges.append(Network.Edge(u, v)) }
    }
    let result = MaximalCliques(Network(actorCount: 9, edges: edges), limit: 5)
    #expect(!result.isComplete)
    #expect(result.cliques.count == 5)
    #expect(result.membership.reduce(0, +) == 15)
    #expect(MaximalCliques(Network(actorCount: 9, edges: edges), limit: 27).isComplete)
  }

  // MARK: NetworkX 3.6.1 on classic networks

  /// `[sorted(c) for c in nx.find_cliques(G) if len(c) >= 3]` sorted by (−size, names), nodes of
  /// the karate club renamed 0 → "1" … 33 → "34": 36 maximal cliques, 25 of size ≥ 3.
  @Test func karateClub() throws {
    let karate = try NamedNetwork(fixture: "karate")
    let expected: [[String]] = [
      ["1", "14", "2", "3", "4"], ["1", "2", "3", "4", "8"], ["24", "30", "33", "34"], ["31", "33", "34", "9"],
      ["1", "11", "5"], ["1", "11", "6"], ["1", "13", "4"], ["1", "18", "2"], ["1", "2", "20"], ["1", "2", "22"],
      ["1", "3", "9"], ["1", "5", "7"], ["1", "6", "7"], ["15", "33", "34"], ["16", "33", "34"], ["17", "6", "7"],
      ["19", "33", "34"], ["21", "33", "34"], ["23", "33", "34"], ["24", "28", "34"], ["25", "26", "32"],
      ["27", "30", "34"], ["29", "32", "34"], ["3", "33", "9"], ["32", "33", "34"],
    ]
    expectSameCliques(MaximalCliques(karate.network), expected, names: karate.names)
  }

  /// `nx.find_cliques(nx.florentine_families_graph())`, size ≥ 3: 3 of 15.
  @Test func florentineFamilies() {
    let florentine = NamedNetwork(florentineMarriages)
    let expected: [[String]] = [
      ["Bischeri", "Peruzzi", "Strozzi"], ["Castellani", "Peruzzi", "Strozzi"], ["Medici", "Ridolfi", "Tornabuoni"],
    ]
    expectSameCliques(MaximalCliques(florentine.network), expected, names: florentine.names)
  }

  /// All 15 maximal cliques of the Florentine families, pairs included:
  /// `[sorted(c) for c in nx.find_cliques(nx.florentine_families_graph())]`.
  @Test func florentineFamiliesAllSizes() {
    let florentine = NamedNetwork(florentineMarriages)
    let expected: [[String]] = [
      ["Bischeri", "Peruzzi", "Strozzi"], ["Castellani", "Peruzzi", "Strozzi"], ["Medici", "Ridolfi", "Tornabuoni"],
      ["Acciaiuoli", "Medici"], ["Albizzi", "Ginori"], ["Albizzi", "Guadagni"], ["Albizzi", "Medici"],
      ["Barbadori", "Castellani"], ["Barbadori", "Medici"], ["Bischeri", "Guadagni"], ["Guadagni", "Lamberteschi"],
      ["Guadagni", "Tornabuoni"], ["Medici", "Salviati"], ["Pazzi", "Salviati"], ["Ridolfi", "Strozzi"],
    ]
    expectSameCliques(MaximalCliques(florentine.network, minimumSize: 1), expected, names: florentine.names)
  }

  /// `nx.find_cliques(nx.krackhardt_kite_graph())`, size ≥ 3: 5 of 7.
  @Test func krackhardtKite() {
    let kite = NamedNetwork(kiteTies)
    let expected: [[String]] = [
      ["Andre", "Carol", "Diane", "Fernando"], ["Beverly", "Diane", "Ed", "Garth"], ["Andre", "Beverly", "Diane"],
      ["Diane", "Fernando", "Garth"], ["Fernando", "Garth", "Heather"],
    ]
    expectSameCliques(MaximalCliques(kite.network), expected, names: kite.names)
  }

  /// All 7 maximal cliques of the kite: `[sorted(c) for c in nx.find_cliques(kite)]`.
  @Test func krackhardtKiteAllSizes() {
    let kite = NamedNetwork(kiteTies)
    let expected: [[String]] = [
      ["Andre", "Carol", "Diane", "Fernando"], ["Beverly", "Diane", "Ed", "Garth"], ["Andre", "Beverly", "Diane"],
      ["Diane", "Fernando", "Garth"], ["Fernando", "Garth", "Heather"], ["Heather", "Ike"], ["Ike", "Jane"],
    ]
    expectSameCliques(MaximalCliques(kite.network, minimumSize: 1), expected, names: kite.names)
  }

  /// `nx.find_cliques(nx.les_miserables_graph())`, size ≥ 3: 37 of 59, the largest of 10.
  @Test func lesMiserables() throws {
    let lesmis = try NamedNetwork(fixture: "lesmis", weighted: true)
    let expected: [[String]] = [
      [
        "Bahorel", "Bossuet", "Combeferre", "Courfeyrac", "Enjolras", "Feuilly", "Gavroche", "Grantaire", "Joly",
        "Prouvaire",
      ],
      [
        "Bahorel", "Bossuet", "Combeferre", "Courfeyrac", "Enjolras", "Feuilly", "Gavroche", "Joly", "Mabeuf", "Marius",
      ],
      ["Bahorel", "Bossuet", "Courfeyrac", "Enjolras", "Gavroche", "Grantaire", "Joly", "MmeHucheloup"],
      ["Blacheville", "Dahlia", "Fameuil", "Fantine", "Favourite", "Listolier", "Tholomyes", "Zephine"],
      ["Babet", "Brujon", "Claquesous", "Eponine", "Gueulemer", "Montparnasse", "Thenardier"],
      ["Babet", "Claquesous", "Gueulemer", "Javert", "MmeThenardier", "Thenardier", "Valjean"],
      ["Babet", "Claquesous", "Gueulemer", "Javert", "Montparnasse", "Thenardier", "Valjean"],
      ["Babet", "Gavroche", "Gueulemer", "Javert", "Montparnasse", "Thenardier", "Valjean"],
      ["Bamatabois", "Brevet", "Champmathieu", "Chenildieu", "Cochepaille", "Judge", "Valjean"],
      ["Babet", "Brujon", "Gavroche", "Gueulemer", "Montparnasse", "Thenardier"],
      ["Babet", "Claquesous", "Eponine", "Gueulemer", "MmeThenardier", "Thenardier"],
      ["Bossuet", "Enjolras", "Gavroche", "Marius", "Valjean"],
      ["Cosette", "Gillenormand", "LtGillenormand", "Marius", "MlleGillenormand"],
      ["Cosette", "Gillenormand", "Marius", "MlleGillenormand", "Valjean"],
      ["Cosette", "Javert", "MmeThenardier", "Thenardier", "Valjean"],
      ["Fantine", "Javert", "MmeThenardier", "Thenardier", "Valjean"],
      ["Anzelma", "Eponine", "MmeThenardier", "Thenardier"], ["Bamatabois", "Fantine", "Javert", "Valjean"],
      ["Claquesous", "Enjolras", "Javert", "Valjean"], ["Cosette", "Javert", "Toussaint", "Valjean"],
      ["Cosette", "Javert", "Valjean", "Woman2"], ["Cosette", "Marius", "Thenardier", "Valjean"],
      ["Courfeyrac", "Eponine", "Mabeuf", "Marius"], ["Enjolras", "Gavroche", "Javert", "Valjean"],
      ["Fantine", "Javert", "Simplice", "Valjean"], ["Gavroche", "Marius", "Thenardier", "Valjean"],
      ["MlleBaptistine", "MmeMagloire", "Myriel", "Valjean"], ["BaronessT", "Gillenormand", "Marius"],
      ["Child1", "Child2", "Gavroche"], ["Cosette", "Marius", "Tholomyes"], ["Eponine", "Marius", "Thenardier"],
      ["Fantine", "Marguerite", "Valjean"], ["Fantine", "Perpetue", "Simplice"], ["Fauchelevent", "Javert", "Valjean"],
      ["Fauchelevent", "MotherInnocent", "Valjean"], ["Javert", "Valjean", "Woman1"],
      ["Marius", "Pontmercy", "Thenardier"],
    ]
    expectSameCliques(MaximalCliques(lesmis.network), expected, names: lesmis.names)
  }

  /// `nx.find_cliques(D.to_undirected())` on ``seededDirectedArcs``, size ≥ 3: 21 of 33.
  @Test func seededDirected() {
    let map = seededDirectedNetwork(weighted: false)
    let expected: [[String]] = [
      ["1", "18", "19", "7"], ["10", "12", "17", "8"], ["10", "17", "2", "8"], ["0", "4", "6"], ["1", "4", "7"],
      ["11", "16", "6"], ["12", "14", "17"], ["12", "4", "7"], ["12", "7", "8"], ["13", "16", "19"],
      ["16", "18", "19"], ["16", "19", "8"], ["16", "2", "8"], ["16", "4", "6"], ["16", "6", "8"], ["17", "6", "8"],
      ["18", "3", "7"], ["19", "7", "8"], ["2", "8", "9"], ["4", "6", "7"], ["6", "7", "8"],
    ]
    expectSameCliques(MaximalCliques(map.network), expected, names: map.names)
  }

  /// `nx.find_cliques(G.to_undirected())` on `Tests/Fixtures/directed-small` as a `DiGraph`.
  @Test func directedSmall() throws {
    let map = try NamedNetwork(fixture: "directed-small", directed: true)
    let expected: [[String]] = [
      ["A", "B", "C"], ["B", "C", "D"],
    ]
    expectSameCliques(MaximalCliques(map.network), expected, names: map.names)
  }

  /// The same cliques as NetworkX (compared as sets of actor names, since the index order of a
  /// named map differs from the name order), in our documented order, with consistent counts.
  private func expectSameCliques(
    _ result: MaximalCliques, _ expected: [[String]], names: [String],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let ours = result.cliques.map { Set($0.map { names[$0] }) }
    #expect(ours.count == expected.count, sourceLocation: sourceLocation)
    #expect(Set(ours) == Set(expected.map(Set.init)), sourceLocation: sourceLocation)
    let sorted = result.cliques.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
    #expect(result.cliques == sorted, sourceLocation: sourceLocation)
    #expect(result.cliques.allSatisfy { $0 == $0.sorted() }, sourceLocation: sourceLocation)
    var counts = [String: Int]()
    for clique in expected { for name in clique { counts[name, default: 0] += 1 } }
    for (actor, name) in names.enumerated() {
      #expect(result.membership[actor] == counts[name, default: 0], "\(name)", sourceLocation: sourceLocation)
    }
    #expect(result.isComplete, sourceLocation: sourceLocation)
  }
}
