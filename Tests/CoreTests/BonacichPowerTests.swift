import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

/// Expected values come from hand derivations and from
/// `bonpow(G, beta, weight) = c * sqrt(n / sum(c**2))` with
/// `c = numpy.linalg.solve(numpy.eye(n) - beta * A, A @ numpy.ones(n))` and
/// `A = nx.to_numpy_array(G, weight=weight)` (A[i, j]: tie from i to j), which is R's
/// `sna::bonpow(A, exponent=beta)`. NetworkX itself has no Bonacich power centrality.
@Suite struct BonacichPowerTests {
  // MARK: Small maps, derived by hand

  @Test func emptyAndSingleActor() {
    let empty = BonacichPower(Network(actorCount: 0, edges: []), beta: 0.1)
    #expect(empty.power.isEmpty)
    #expect(empty.status == .solved)
    let single = BonacichPower(Network(actorCount: 1, edges: []), beta: 0.1)
    #expect(single.power == [0])
    #expect(single.status == .solved)
  }

  /// Two actors with a tie: c = 1 + βc on both sides, so both get 1/(1 − β), normalized to 1 and
  /// 1 (Σ c² = 2). β = 1 makes I − βA singular. Without a tie A·1 = 0: both 0.
  @Test func twoActors() {
    let tied = Network(actorCount: 2, edges: [Network.Edge(0, 1)])
    #expect(mismatches(BonacichPower(tied, beta: 0.3).power, [1, 1]).isEmpty)
    #expect(mismatches(BonacichPower(tied, beta: -0.7).power, [1, 1]).isEmpty)
    let singular = BonacichPower(tied, beta: 1)
    #expect(singular.status == .singular)
    #expect(singular.power == [0, 0])
    #expect(BonacichPower(Network(actorCount: 2, edges: []), beta: 0.3).power == [0, 0])
  }

  /// Star with centre c and k = 4 leaves: c_c = k + βk·c_leaf and c_leaf = 1 + β·c_c give
  /// c_c = k(1 + β)/(1 − kβ²) and c_leaf = (1 + kβ)/(1 − kβ²).
  /// β = 0: (4, 1, 1, 1, 1), Σ² = 20, scaled by √(5/20) = 1/2: (2, 1/2, …).
  /// β = 1/4: (20/3, 8/3, …) ∝ (5, 2, …), Σ² = 41: (5, 2, …) · √(5/41).
  /// β = −1/4: (4, 0, 0, 0, 0): each leaf's only partner has other options; scaled: (√5, 0, …).
  /// β = 1/2: 1 − kβ² = 0, singular (1/β = 2 = λ of the star).
  @Test func star() {
    let star = NamedNetwork([("c", "1"), ("c", "2"), ("c", "3"), ("c", "4")])
    #expect(mismatches(BonacichPower(star.network, beta: 0).power, [2, 0.5, 0.5, 0.5, 0.5]).isEmpty)
    let scale = (5.0 / 41).squareRoot()
    let quarter = BonacichPower(star.network, beta: 0.25).power
    #expect(mismatches(quarter, [5 * scale, 2 * scale, 2 * scale, 2 * scale, 2 * scale]).isEmpty)
    let negative = BonacichPower(star.network, beta: -0.25).power
    #expect(mismatches(negative, [Double(5).squareRoot(), 0, 0, 0, 0]).isEmpty)
    let singular = BonacichPower(star.network, beta: 0.5)
    #expect(singular.status == .singular)
    #expect(singular.power == [0, 0, 0, 0, 0])
  }

  /// Directed a → b, a → c, b → c: out-ties count. A·1 = (2, 1, 0); with β: c_c = 0,
  /// c_b = 1, c_a = 2 + β(c_b + c_c) = 2 + β. β = 1/2: (2.5, 1, 0), Σ² = 7.25, scaled by √(3/7.25).
  @Test func directedCountsOutgoingTies() {
    let map = NamedNetwork([("a", "b"), ("a", "c"), ("b", "c")], directed: true)
    let scale = (3 / 7.25).squareRoot()
    #expect(mismatches(BonacichPower(map.network, beta: 0.5).power, [2.5 * scale, scale, 0]).isEmpty)
  }

  /// Isolates get 0 and the normalization runs over everyone: a pair and an isolate, β = 0.2:
  /// raw (1.25, 1.25, 0), Σ² = 3.125, scaled by √(3/3.125).
  @Test func isolateGetsZero() {
    let map = NamedNetwork([("a", "b")], isolates: ["c"])
    let value = 1.25 * (3 / 3.125).squareRoot()
    #expect(mismatches(BonacichPower(map.network, beta: 0.2).power, [value, value, 0]).isEmpty)
  }

  /// The worked example of `Docs/Metrics/Centralities.md` (school s tied to CLB, zoco and bib;
  /// CLB – zoco): c = A·1 + βAc with c_clb = c_zoco = a gives s = 3 + β(2a + d),
  /// a = 2 + β(s + a), d = 1 + βs. β = 1/4: s = 220/37, a = 172/37, d = 92/37, proportional to
  /// (55, 43, 43, 23), Σ² = 7252. β = −1/4: (156, 76, 76, 28)/67 ∝ (39, 19, 19, 7), Σ² = 2292.
  @Test func workedExample() {
    let map = NamedNetwork([("school", "clb"), ("school", "zoco"), ("school", "bib"), ("clb", "zoco")])
    let positive = [55.0, 43, 43, 23].map { $0 * (4 / 7252.0).squareRoot() }
    #expect(mismatches(BonacichPower(map.network, beta: 0.25).power, positive).isEmpty)
    let negative = [39.0, 19, 19, 7].map { $0 * (4 / 2292.0).squareRoot() }
    #expect(mismatches(BonacichPower(map.network, beta: -0.25).power, negative).isEmpty)
  }

  @Test func invalidBeta() {
    let star = NamedNetwork([("c", "1"), ("c", "2")])
    for beta in [Double.nan, .infinity, -.infinity] {
      let result = BonacichPower(star.network, beta: beta)
      #expect(result.status == .invalidBeta)
      #expect(result.power == [0, 0, 0])
    }
  }

  // MARK: numpy on classic networks (exact solve, at most `denseLimit` actors)

  /// `bonpow(nx.karate_club_graph(), 0.1, None)`; 1/λ = 0.1487, so β is inside the series range.
  @Test func karateClub() throws {
    let karate = try NamedNetwork(fixture: "karate")
    let expected: [String: Double] = [
      "1": 2.263477130527679, "2": 1.506985213266433, "3": 1.773850625516748, "4": 1.1494414710285588,
      "5": 0.5060308109201188, "6": 0.5859439388531906, "7": 0.5859439388531905, "8": 0.896689607887302,
      "9": 1.2005962537822572, "10": 0.5262747288324297, "11": 0.506030810920119, "12": 0.283176254016108,
      "13": 0.4549489420823038, "14": 1.1887507332047167, "15": 0.5344875749314902, "16": 0.5344875749314902,
      "17": 0.23084586969731818, "18": 0.4907033163060912, "19": 0.5344875749314902, "20": 0.782764441623506,
      "21": 0.5344875749314902, "22": 0.4907033163060912, "23": 0.5344875749314902, "24": 0.9016034620479335,
      "25": 0.40297999379511573, "26": 0.41490847613189014, "27": 0.42699006725964755, "28": 0.7703901563434143,
      "29": 0.6970677774533345, "30": 0.7810040097889284, "31": 0.9189028035630392, "32": 1.1396450765756518,
      "33": 1.855979086507355, "34": 2.3523258435407466,
    ]
    #expect(offByName(karate.byName(BonacichPower(karate.network, beta: 0.1).power), expected).isEmpty)
  }

  /// `bonpow(nx.karate_club_graph(), -0.1, None)`: negative values where partners are strong.
  @Test func karateClubNegativeBeta() throws {
    let karate = try NamedNetwork(fixture: "karate")
    let expected: [String: Double] = [
      "1": 3.079370493521894, "2": 1.5000918601765536, "3": 1.4630371047031125, "4": 0.7320327475332732,
      "5": 0.30227058528123874, "6": 0.4962096190115235, "7": 0.4962096190115235, "8": 0.2426209861567892,
      "9": 0.10404238269102419, "10": -0.042137742846143696, "11": 0.30227058528123885, "12": -0.07791849766462129,
      "13": 0.07889677926961951, "14": 0.11676840209338851, "15": -0.11312238293371309, "16": -0.11312238293371309,
      "17": 0.3607951795728316, "18": 0.0020908680052914366, "19": -0.11312238293371309, "20": -0.12376171605810919,
      "21": -0.11312238293371309, "22": 0.0020908680052914392, "23": -0.11312238293371309, "24": 0.46107601973710743,
      "25": 0.5662996644711665, "26": 0.5500869725123951, "27": 0.07483359169433969, "28": 0.31516179210816503,
      "29": 0.15064969471194234, "30": 0.29332375929827853, "31": 0.1865012961546653, "32": 0.3723111412948197,
      "33": 2.172883505578806, "34": 3.5587113575096874,
    ]
    #expect(offByName(karate.byName(BonacichPower(karate.network, beta: -0.1).power), expected).isEmpty)
  }

  /// `bonpow(nx.karate_club_graph(), 0.5, None)`: β > 1/λ, outside the series range but defined
  /// (1/β = 2 is no eigenvalue); α > 0 keeps the sign of the solution, mostly negative here.
  @Test func karateClubBeyondSeriesRange() throws {
    let karate = try NamedNetwork(fixture: "karate")
    let result = BonacichPower(karate.network, beta: 0.5)
    #expect(result.status == .solved)
    let expected: [String: Double] = [
      "1": -1.8060381838831248, "2": -0.09964994551964418, "3": -1.0430335583251824, "4": -0.3381170489983254,
      "5": -1.3024769142695913, "6": -1.3615477892780954, "7": -1.3615477892780958, "8": -0.40001332910205484,
      "9": -1.1085695293682898, "10": -0.4179945423849805, "11": -1.3024769142695907, "12": -0.5921675821262913,
      "13": -0.45037459681018316, "14": -0.6073426021397158, "15": -0.41692321920215825, "16": -0.41692321920215825,
      "17": -0.7398447696475512, "18": -0.331141045070842, "19": -0.41692321920215825, "20": -0.5384703181085023,
      "21": -0.41692321920215825, "22": -0.3311410450708418, "23": -0.41692321920215825, "24": -1.0926643544178698,
      "25": -1.6781743000143896, "26": -1.6484921348301582, "27": -0.08967193548355197, "28": -1.1817108499705657,
      "29": -1.30277036962955, "30": -0.3863883445223266, "31": -0.3993299370155832, "32": -2.391254674119683,
      "33": -1.040890911959539, "34": -1.0363615657058625,
    ]
    #expect(offByName(karate.byName(result.power), expected).isEmpty)
  }

  /// `bonpow(nx.les_miserables_graph(), 0.01, "weight")`; weighted λ = 65.03.
  @Test func lesMiserablesWeighted() throws {
    let lesmis = try NamedNetwork(fixture: "lesmis", weighted: true)
    let expected: [String: Double] = [
      "Napoleon": 0.016421592875272728, "Myriel": 0.6013490179375257, "MlleBaptistine": 0.3733578934270662,
      "MmeMagloire": 0.40434203092758053, "CountessDeLo": 0.01642159287527273, "Geborand": 0.01642159287527273,
      "Champtercier": 0.01642159287527273, "Cravatte": 0.016421592875272728, "Count": 0.03284318575054545,
      "OldMan": 0.016421592875272725, "Valjean": 4.135056810205074, "Labarre": 0.05175867079794821,
      "Marguerite": 0.09414749510006387, "MmeDeR": 0.0517586707979482, "Isabeau": 0.051758670797948186,
      "Gervais": 0.05175867079794821, "Listolier": 0.3642133197811978, "Tholomyes": 0.4441229623986268,
      "Fameuil": 0.3642133197811978, "Blacheville": 0.37804914088096275, "Favourite": 0.3981151247858014,
      "Dahlia": 0.3846021780194138, "Zephine": 0.3707663569196489, "Fantine": 1.078630945516037,
      "MmeThenardier": 1.022937763777005, "Thenardier": 1.5658435967355904, "Cosette": 2.8287469154268647,
      "Javert": 1.5766845671161773, "Fauchelevent": 0.49583522750028775, "Bamatabois": 0.24222138402556603,
      "Perpetue": 0.04692250635449084, "Simplice": 0.24559444058190427, "Scaufflaire": 0.051758670797948214,
      "Woman1": 0.12969228996295565, "Judge": 0.29672904362835145, "Champmathieu": 0.29672904362835134,
      "Brevet": 0.2202933765045451, "Chenildieu": 0.2202933765045451, "Cochepaille": 0.22029337650454528,
      "Pontmercy": 0.08116842581483417, "Boulatruelle": 0.026066538663253383, "Eponine": 0.48536267435247465,
      "Anzelma": 0.10329401653901867, "Woman2": 0.22014653261106998, "MotherInnocent": 0.09785803571064922,
      "Gribier": 0.03073290994180069, "MmeBurgon": 0.06176234971921045, "Jondrette": 0.011025726193089575,
      "Gavroche": 1.5213892184793576, "Gillenormand": 0.9401890453363152, "Magnon": 0.04044747348292815,
      "MlleGillenormand": 0.6704908722389894, "MmePontmercy": 0.028332798372333174,
      "MlleVaubois": 0.017113011418287367, "LtGillenormand": 0.1371420443079615, "Marius": 3.400235377606256,
      "BaronessT": 0.06422044962122064, "Mabeuf": 0.40341747911061465, "Enjolras": 2.6905748942929524,
      "Combeferre": 2.0616463823891684, "Prouvaire": 0.5468367836560439, "Feuilly": 1.101161174113915,
      "Courfeyrac": 2.4761372437989686, "Bahorel": 1.0712206386626364, "Bossuet": 1.9487156284005118,
      "Joly": 1.1933556032954655, "Grantaire": 0.4439838626277319, "MotherPlutarch": 0.04332683246101085,
      "Gueulemer": 0.486984396725634, "Babet": 0.536268818452344, "Claquesous": 0.41820860889033656,
      "Montparnasse": 0.24896701264650029, "Toussaint": 0.15532476286533967, "Child1": 0.08501886376193246,
      "Child2": 0.08501886376193245, "Brujon": 0.2397175145477608, "MmeHucheloup": 0.18631048976685854,
    ]
    #expect(offByName(lesmis.byName(BonacichPower(lesmis.network, beta: 0.01).power), expected).isEmpty)
  }

  /// `bonpow(D, 0.2, None)` on ``seededDirectedArcs`` (out-ties).
  @Test func seededDirected() {
    let map = seededDirectedNetwork(weighted: false)
    let expected: [String: Double] = [
      "0": 1.1305446083358561, "1": 0.7921678559755001, "2": 1.4711338573369634, "3": 0.7099240933672116,
      "4": 1.3739159359124191, "5": 0.4514265468895193, "6": 1.4187358112031896, "7": 0.7541154185206728,
      "8": 1.1426513040566093, "9": 0.48899051738603316, "10": 1.010048353003355, "11": 0.3763429913890851,
      "12": 1.2815181855868416, "13": 0.25010819003455265, "14": 1.1905081523855554, "15": 0.32112608995976905,
      "16": 1.2685387751917838, "17": 1.2371348381466167, "18": 1.0302246196995923, "19": 0.7875618044305274,
    ]
    #expect(offByName(map.byName(BonacichPower(map.network, beta: 0.2).power), expected).isEmpty)
  }

  /// `bonpow(D, -0.05, "weight")`
  @Test func seededDirectedWeighted() {
    let map = seededDirectedNetwork(weighted: true)
    let expected: [String: Double] = [
      "0": 0.6245729284325253, "1": 0.45667808573932817, "2": 0.7504578125237039, "3": 0.8551467040452791,
      "4": 1.4624017099341664, "5": 0.42204354711431036, "6": 1.4947898022735144, "7": 1.1016184871912047,
      "8": 1.3510646889610813, "9": 0.9681040582227102, "10": 1.1329892762533407, "11": 0.2056951218152163,
      "12": 1.1750405856399793, "13": 0.09226129623953763, "14": 1.1183291351817573, "15": 0.37875648135346884,
      "16": 1.737422858150739, "17": 0.5959890875979023, "18": 1.0267717453643042, "19": 1.0208646895842037,
    ]
    #expect(offByName(map.byName(BonacichPower(map.network, beta: -0.05).power), expected).isEmpty)
  }

  // MARK: The iterative solver (more than `denseLimit` actors)

  /// 600 actors, i tied to i + 1 and to 7i + 5 (mod 600); λ = 3.9889, 1/λ = 0.2507. Python:
  /// `G = nx.Graph(); G.add_nodes_from(range(600))`, then for each i and each
  /// j in ((i + 1) % 600, (7 * i + 5) % 600) with j != i: `G.add_edge(i, j)`; `bonpow(G, β, None)`.
  static func ring() -> Network {
    let n = 600
    var edges: [Network.Edge] = []
    for i in 0..<n {
      for j in [(i + 1) % n, (7 * i + 5) % n] where j != i { edges.append(Network.Edge(i, j)) }
    }
    return Network(actorCount: n, edges: edges)
  }

  @Test(arguments: [
    (
      0.2,
      [
        0: 0.9275810637096954, 1: 0.9941816142257835, 2: 1.010186323816039, 5: 0.9903421748730947,
        100: 0.9275810637096955, 299: 0.6497477048442301, 598: 0.6497361211735716, 599: 0.6497477048442297,
      ]
    ),
    (
      -0.2,
      [
        0: 1.0545973679573246, 1: 0.9909852508626739, 2: 1.0055473360845, 5: 0.9894978873361587,
        100: 1.0545973679573242, 299: 0.7784665931208185, 598: 0.7784551678765694, 599: 0.7784665931208173,
      ]
    ),
  ])
  func iterativeSolverMatchesExactSolve(beta: Double, expected: [Int: Double]) {
    let network = Self.ring()
    #expect(network.actorCount > BonacichPower.denseLimit)
    let result = BonacichPower(network, beta: beta)
    #expect(result.status == .solved)
    for (actor, value) in expected { #expect(approximately(result.power[actor], value), "actor \(actor)") }
    #expect(approximately(result.power.reduce(0) { $0 + $1 * $1 }, 600))
  }

  /// β = 0.3 > 1/λ: the series diverges; on a map this large that is reported, not solved.
  @Test func iterativeSolverReportsDivergence() {
    let result = BonacichPower(Self.ring(), beta: 0.3)
    #expect(result.status == .notConverged)
    #expect(result.power.allSatisfy { $0 == 0 })
  }
}
