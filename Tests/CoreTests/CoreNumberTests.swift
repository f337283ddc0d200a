import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct CoreNumberTests {
  // MARK: Small maps, derived by hand

  /// The worked example of `Docs/Metrics/Subgroups.md`: school, directeur, zoco and CLB all tied
  /// (a K4), a triangle school – bib – gemeente, and woonzorg tied to gemeente only.
  static let workedExampleTies = [
    ("school", "directeur"), ("school", "zoco"), ("school", "clb"), ("directeur", "zoco"), ("directeur", "clb"),
    ("zoco", "clb"), ("school", "bib"), ("school", "gemeente"), ("bib", "gemeente"), ("gemeente", "woonzorg"),
  ]

  /// Peeling: woonzorg (degree 1) → 1; then bib and gemeente have 2 ties left (school and each
  /// other) → 2; the four of the K4 keep 3 ties each among themselves → 3. k_max = 3.
  @Test func workedExample() {
    let map = NamedNetwork(Self.workedExampleTies)
    let cores = CoreNumber(map.network)
    #expect(
      map.valuesByName(cores.coreNumber) == [
        "school": 3, "directeur": 3, "zoco": 3, "clb": 3, "bib": 2, "gemeente": 2, "woonzorg": 1,
      ])
    #expect(cores.maximum == 3)
    #expect(cores.actors(inCore: 3).map { map.names[$0] } == ["school", "directeur", "zoco", "clb"])
  }

  @Test func smallMaps() {
    let empty = CoreNumber(Network(actorCount: 0, edges: []))
    #expect(empty.coreNumber.isEmpty)
    #expect(empty.maximum == 0)
    #expect(CoreNumber(Network(actorCount: 1, edges: [])).coreNumber == [0])
    let pair = CoreNumber(Network(actorCount: 2, edges: [Network.Edge(0, 1)]))
    #expect(pair.coreNumber == [1, 1])
    #expect(pair.maximum == 1)
    #expect(CoreNumber(Network(actorCount: 2, edges: [])).coreNumber == [0, 0])
  }

  /// Triangle a, b, c with a pendant d and an isolate e. Peeling: e (degree 0) → 0; d (degree 1)
  /// → 1; then a, b, c all have degree 2 among themselves → 2.
  @Test func pawWithIsolate() {
    let map = NamedNetwork([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")], isolates: ["e"])
    let cores = CoreNumber(map.network)
    #expect(cores.coreNumber == [2, 2, 2, 1, 0])
    #expect(cores.maximum == 2)
    #expect(cores.actors(inCore: 2) == [0, 1, 2])
    #expect(cores.actors(inCore: 1) == [0, 1, 2, 3])
    #expect(cores.actors(inCore: 0) == [0, 1, 2, 3, 4])
    #expect(cores.actors(inCore: 3).isEmpty)
  }

  /// K4 with a tail d – e – f: the clique is the 3-core, the tail peels off at 1.
  @Test func cliqueWithTail() {
    let map = NamedNetwork([
      ("a", "b"), ("a", "c"), ("a", "d"), ("b", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("e", "f"),
    ])
    #expect(CoreNumber(map.network).coreNumber == [3, 3, 3, 3, 1, 1])
  }

  /// Directed: degree = in + out, so a mutual pair a ⇄ b has degree 2 each and core number 2,
  /// a single arc 1 and 1, as `nx.core_number(nx.DiGraph([(0, 1), (1, 0)]))` = {0: 2, 1: 2}.
  @Test func directedCountsInAndOut() {
    let mutual = NamedNetwork([("a", "b"), ("b", "a")], directed: true)
    #expect(CoreNumber(mutual.network).coreNumber == [2, 2])
    let single = NamedNetwork([("a", "b")], directed: true)
    #expect(CoreNumber(single.network).coreNumber == [1, 1])
  }

  /// Weights never matter.
  @Test func weightsAreIgnored() {
    let heavy = NamedNetwork([("a", "b", 5), ("b", "c", 0.5), ("c", "a", 2)], weighted: true)
    #expect(CoreNumber(heavy.network).coreNumber == [2, 2, 2])
  }

  // MARK: NetworkX 3.6.1 on classic networks

  /// `nx.core_number(nx.karate_club_graph())`, nodes renamed 0 → "1" … 33 → "34".
  @Test func karateClub() throws {
    let karate = try NamedNetwork(fixture: "karate")
    let cores = CoreNumber(karate.network)
    let expected: [String: Int] = [
      "1": 4, "2": 4, "3": 4, "4": 4, "5": 3, "6": 3, "7": 3, "8": 4, "9": 4, "10": 2, "11": 3, "12": 1, "13": 2,
      "14": 4, "15": 2, "16": 2, "17": 2, "18": 2, "19": 2, "20": 3, "21": 2, "22": 2, "23": 2, "24": 3, "25": 3,
      "26": 3, "27": 2, "28": 3, "29": 3, "30": 3, "31": 4, "32": 3, "33": 4, "34": 4,
    ]
    #expect(karate.valuesByName(cores.coreNumber) == expected)
    #expect(cores.maximum == 4)
  }

  /// `nx.core_number(nx.florentine_families_graph())`
  @Test func florentineFamilies() {
    let florentine = NamedNetwork(florentineMarriages)
    let expected: [String: Int] = [
      "Acciaiuoli": 1, "Medici": 2, "Castellani": 2, "Peruzzi": 2, "Strozzi": 2, "Barbadori": 2, "Ridolfi": 2,
      "Tornabuoni": 2, "Albizzi": 2, "Salviati": 1, "Pazzi": 1, "Bischeri": 2, "Guadagni": 2, "Ginori": 1,
      "Lamberteschi": 1,
    ]
    #expect(florentine.valuesByName(CoreNumber(florentine.network).coreNumber) == expected)
  }

  /// `nx.core_number(nx.krackhardt_kite_graph())`
  @Test func krackhardtKite() {
    let kite = NamedNetwork(kiteTies)
    let cores = CoreNumber(kite.network)
    let expected: [String: Int] = [
      "Andre": 3, "Beverly": 3, "Carol": 3, "Diane": 3, "Ed": 3, "Fernando": 3, "Garth": 3, "Heather": 2, "Ike": 1,
      "Jane": 1,
    ]
    #expect(kite.valuesByName(cores.coreNumber) == expected)
    #expect(cores.maximum == 3)
  }

  /// `nx.core_number(nx.les_miserables_graph())`; k_max = 9.
  @Test func lesMiserables() throws {
    let lesmis = try NamedNetwork(fixture: "lesmis", weighted: true)
    let cores = CoreNumber(lesmis.network)
    let expected: [String: Int] = [
      "Napoleon": 1, "Myriel": 3, "MlleBaptistine": 3, "MmeMagloire": 3, "CountessDeLo": 1, "Geborand": 1,
      "Champtercier": 1, "Cravatte": 1, "Count": 1, "OldMan": 1, "Valjean": 8, "Labarre": 1, "Marguerite": 2,
      "MmeDeR": 1, "Isabeau": 1, "Gervais": 1, "Listolier": 7, "Tholomyes": 7, "Fameuil": 7, "Blacheville": 7,
      "Favourite": 7, "Dahlia": 7, "Zephine": 7, "Fantine": 7, "MmeThenardier": 7, "Thenardier": 8, "Cosette": 6,
      "Javert": 8, "Fauchelevent": 2, "Bamatabois": 6, "Perpetue": 2, "Simplice": 3, "Scaufflaire": 1, "Woman1": 2,
      "Judge": 6, "Champmathieu": 6, "Brevet": 6, "Chenildieu": 6, "Cochepaille": 6, "Pontmercy": 2, "Boulatruelle": 1,
      "Eponine": 8, "Anzelma": 3, "Woman2": 3, "MotherInnocent": 2, "Gribier": 1, "MmeBurgon": 1, "Jondrette": 1,
      "Gavroche": 9, "Gillenormand": 4, "Magnon": 2, "MlleGillenormand": 4, "MmePontmercy": 2, "MlleVaubois": 1,
      "LtGillenormand": 4, "Marius": 9, "BaronessT": 2, "Mabeuf": 9, "Enjolras": 9, "Combeferre": 9, "Prouvaire": 9,
      "Feuilly": 9, "Courfeyrac": 9, "Bahorel": 9, "Bossuet": 9, "Joly": 9, "Grantaire": 9, "MotherPlutarch": 1,
      "Gueulemer": 8, "Babet": 8, "Claquesous": 8, "Montparnasse": 8, "Toussaint": 3, "Child1": 2, "Child2": 2,
      "Brujon": 7, "MmeHucheloup": 7,
    ]
    #expect(lesmis.valuesByName(cores.coreNumber) == expected)
    #expect(cores.maximum == 9)
  }

  /// `nx.core_number(D)` on ``seededDirectedArcs`` (in + out degree); k_max = 4.
  @Test func seededDirected() {
    let map = seededDirectedNetwork(weighted: false)
    let cores = CoreNumber(map.network)
    let expected: [String: Int] = [
      "0": 4, "1": 4, "2": 4, "3": 4, "4": 4, "5": 4, "6": 4, "7": 4, "8": 4, "9": 4, "10": 4, "11": 4, "12": 4,
      "13": 3, "14": 4, "15": 4, "16": 4, "17": 4, "18": 4, "19": 4,
    ]
    #expect(map.valuesByName(cores.coreNumber) == expected)
    #expect(cores.maximum == 4)
  }

  /// `nx.core_number(G)` on `Tests/Fixtures/directed-small` as a `DiGraph`.
  @Test func directedSmall() throws {
    let map = try NamedNetwork(fixture: "directed-small", directed: true)
    let expected: [String: Int] = [
      "Bron": 2, "A": 2, "B": 2, "C": 2, "D": 2, "Put": 2, "X": 1, "Y": 1, "Z": 1,
    ]
    #expect(map.valuesByName(CoreNumber(map.network).coreNumber) == expected)
  }
}
