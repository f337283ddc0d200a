import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct EigenvectorCentralityTests {
  // MARK: Small maps, derived by hand

  @Test func emptyMap() {
    let result = EigenvectorCentrality(Network(actorCount: 0, edges: []))
    #expect(result.centrality.isEmpty)
    #expect(result.eigenvalue == 0)
    #expect(result.converged)
  }

  /// One actor: the all-ones start vector is already the limit (NetworkX gives {0: 1.0}).
  @Test func oneActor() {
    let result = EigenvectorCentrality(Network(actorCount: 1, edges: []))
    #expect(result.centrality == [1])
    #expect(result.eigenvalue == 0)
    #expect(result.converged)
  }

  /// Two actors, with a tie: A = [[0, 1], [1, 0]], λ = 1, x = (1, 1)/√2. Without a tie every
  /// vector is an eigenvector of A = 0 and the limit from all ones is (1, 1)/√2 with λ = 0, as
  /// `nx.eigenvector_centrality(nx.empty_graph(2))`.
  @Test func twoActors() {
    let half = (0.5).squareRoot()
    let tied = EigenvectorCentrality(Network(actorCount: 2, edges: [Network.Edge(0, 1)]))
    #expect(mismatches(tied.centrality, [half, half]).isEmpty)
    #expect(approximately(tied.eigenvalue, 1))
    let apart = EigenvectorCentrality(Network(actorCount: 2, edges: []))
    #expect(mismatches(apart.centrality, [half, half]).isEmpty)
    #expect(apart.eigenvalue == 0)
  }

  /// Star with centre c and three leaves: λ x_leaf = x_c and λ x_c = 3 x_leaf give λ = √3 and
  /// x_c = √3 x_leaf; norm 1: 3 x_leaf² + 3 x_leaf² = 1, so x_leaf = 1/√6 and x_c = 1/√2.
  @Test func star() {
    let star = NamedNetwork([("c", "1"), ("c", "2"), ("c", "3")])
    let result = EigenvectorCentrality(star.network)
    let leaf = 1 / (6.0).squareRoot()
    #expect(mismatches(result.centrality, [(0.5).squareRoot(), leaf, leaf, leaf]).isEmpty)
    #expect(approximately(result.eigenvalue, (3.0).squareRoot()))
  }

  /// Path a – b – c is bipartite (eigenvalues ±√2, 0): plain power iteration with A would
  /// oscillate; with A + I it converges. λ x_a = x_b, λ x_b = x_a + x_c: x = (1/2, 1/√2, 1/2).
  @Test func bipartitePath() {
    let path = NamedNetwork([("a", "b"), ("b", "c")])
    let result = EigenvectorCentrality(path.network)
    #expect(mismatches(result.centrality, [0.5, (0.5).squareRoot(), 0.5]).isEmpty)
    #expect(approximately(result.eigenvalue, (2.0).squareRoot()))
    #expect(result.converged)
  }

  /// Weighted path a –2– b –1– c: A = [[0, 2, 0], [2, 0, 1], [0, 1, 0]], λ² = 2² + 1² = 5. With
  /// x_b = 1: x_a = 2/√5, x_c = 1/√5, norm² = 4/5 + 1 + 1/5 = 2, so x = (2/√10, 1/√2, 1/√10).
  @Test func weightedPath() {
    let path = NamedNetwork([("a", "b", 2), ("b", "c", 1)], weighted: true)
    let result = EigenvectorCentrality(path.network)
    let tenth = 1 / (10.0).squareRoot()
    #expect(mismatches(result.centrality, [2 * tenth, (0.5).squareRoot(), tenth]).isEmpty)
    #expect(approximately(result.eigenvalue, (5.0).squareRoot()))
    let unweighted = EigenvectorCentrality(NamedNetwork([("a", "b", 2), ("b", "c", 1)], weighted: false).network)
    #expect(mismatches(unweighted.centrality, [0.5, (0.5).squareRoot(), 0.5]).isEmpty)
  }

  /// Directed cycle a → b → c → a with c → d: each actor collects its in-ties, λ x_v =
  /// Σ_{u→v} x_u. λ = 1 and x_a = x_c, x_b = x_a, x_c = x_b, x_d = x_c: all equal, 1/2. The
  /// cycle is periodic; the shift by I makes the iteration converge anyway.
  @Test func directedUsesInTies() {
    let map = NamedNetwork([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")], directed: true)
    let result = EigenvectorCentrality(map.network)
    #expect(mismatches(result.centrality, [0.5, 0.5, 0.5, 0.5]).isEmpty)
    #expect(approximately(result.eigenvalue, 1))
    #expect(result.converged)
  }

  // MARK: Disconnected maps

  /// Two triangles (λ = 2 each), a pair (λ = 1) and an isolate (λ = 0). The triangles tie for the
  /// largest eigenvalue; each has unit vector (1, 1, 1)/√3 with Σ = √3, so both keep
  /// √3 · (1/√3) = 1 per actor before the final normalization by √6: 1/√6 each. The pair and the
  /// isolate get 0. `nx.eigenvector_centrality(G, tol=1e-12)` gives 0.408248… and 7e-12 (still
  /// decaying) for the pair; `eigenvector_centrality_numpy` raises `AmbiguousSolution`.
  @Test func equalComponentsShareTheNorm() {
    let map = NamedNetwork(
      [("a", "b"), ("b", "c"), ("c", "a"), ("d", "e"), ("e", "f"), ("f", "d"), ("g", "h")], isolates: ["i"])
    let result = EigenvectorCentrality(map.network)
    let share = 1 / (6.0).squareRoot()
    #expect(mismatches(result.centrality, [share, share, share, share, share, share, 0, 0, 0]).isEmpty)
    #expect(approximately(result.eigenvalue, 2))
    #expect(result.converged)
  }

  /// The paw (triangle a, b, c with c – d; λ ≈ 2.17) dominates a pair (λ = 1) and an isolate:
  /// the paw keeps its own eigenvector, the rest gets 0.
  /// `nx.eigenvector_centrality_numpy(nx.Graph([("a","b"), ("b","c"), ("c","a"), ("c","d")]))`
  @Test func smallerComponentsGetZero() {
    let map = NamedNetwork([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("e", "f")], isolates: ["g"])
    let result = map.byName(EigenvectorCentrality(map.network).centrality)
    let paw: [String: Double] = [
      "a": 0.5227207256439815, "b": 0.5227207256439815, "c": 0.6116284573553771, "d": 0.2818451988548687,
    ]
    let expected = paw.merging(["e": 0, "f": 0, "g": 0]) { first, _ in first }
    #expect(offByName(result, expected).isEmpty, "\(result)")
    #expect(approximately(EigenvectorCentrality(map.network).eigenvalue, 2.170086486626033))
  }

  /// No ties: every actor is a component with λ = 0, all tie, so everyone gets 1/√n (NetworkX's
  /// power iteration returns its start vector).
  @Test func mapWithoutTies() {
    let result = EigenvectorCentrality(Network(actorCount: 4, edges: []))
    #expect(result.centrality == [0.5, 0.5, 0.5, 0.5])
    #expect(result.eigenvalue == 0)
  }

  // MARK: Non-convergence is reported, never trapped

  /// A directed path a → b → c has only the eigenvalue 0 (A is nilpotent): the iteration with
  /// A + I drifts towards c like 1/k and never meets the tolerance. NetworkX raises
  /// `PowerIterationFailedConvergence`; we report it and return the last, finite iterate.
  @Test func directedAcyclicMapDoesNotConverge() {
    let map = NamedNetwork([("a", "b"), ("b", "c")], directed: true)
    let result = EigenvectorCentrality(map.network, maxIterations: 500)
    #expect(!result.converged)
    #expect(result.iterations == 500)
    #expect(result.centrality.allSatisfy { $0.isFinite && $0 >= 0 })
    #expect(approximately(result.centrality.reduce(0) { $0 + $1 * $1 }, 1))
    #expect(result.centrality[2] > result.centrality[1] && result.centrality[1] > result.centrality[0])
  }

  @Test func iterationBudgetIsReported() throws {
    let karate = try NamedNetwork(fixture: "karate")
    let result = EigenvectorCentrality(karate.network, maxIterations: 3)
    #expect(!result.converged)
    #expect(result.iterations == 3)
    #expect(result.centrality.allSatisfy { $0.isFinite && $0 > 0 })
    let none = EigenvectorCentrality(karate.network, maxIterations: 0)
    #expect(!none.converged)
    #expect(none.centrality.allSatisfy { $0.isFinite })
  }

  // MARK: NetworkX 3.6.1 on classic networks

  /// `nx.eigenvector_centrality_numpy(nx.karate_club_graph(), weight=None)`, nodes renamed
  /// 0 → "1" … 33 → "34" as in `Tests/Fixtures/karate`; λ from `numpy.linalg.eigvals`.
  @Test func karateClub() throws {
    let karate = try NamedNetwork(fixture: "karate")
    let result = EigenvectorCentrality(karate.network)
    let expected: [String: Double] = [
      "1": 0.35549144452456766, "2": 0.26595991955249276, "3": 0.31719250448643216, "4": 0.21117972037789104,
      "5": 0.07596881818306901, "6": 0.07948304511709947, "7": 0.07948304511709949, "8": 0.1709597480447971,
      "9": 0.2274039071254, "10": 0.1026742507235861, "11": 0.07596881818306897, "12": 0.05285569749352149,
      "13": 0.08425462871671416, "14": 0.22647272014248185, "15": 0.1014032621895242, "16": 0.1014032621895242,
      "17": 0.023635628104591286, "18": 0.09239953819570297, "19": 0.1014032621895242, "20": 0.1479125102933876,
      "21": 0.1014032621895242, "22": 0.09239953819570297, "23": 0.1014032621895242, "24": 0.15011857186115216,
      "25": 0.057052440541165435, "26": 0.059206474916778225, "27": 0.07557941348827175, "28": 0.1334771533802398,
      "29": 0.13107782298371062, "30": 0.13496081926232717, "31": 0.17475830231435255, "32": 0.19103384140654325,
      "33": 0.30864421979104634, "34": 0.3733634702914822,
    ]
    #expect(offByName(karate.byName(result.centrality), expected).isEmpty)
    #expect(approximately(result.eigenvalue, 6.725697727631747))
    #expect(result.converged)
  }

  /// `nx.eigenvector_centrality_numpy(nx.florentine_families_graph())`
  @Test func florentineFamilies() {
    let florentine = NamedNetwork(florentineMarriages)
    let result = EigenvectorCentrality(florentine.network)
    let expected: [String: Double] = [
      "Acciaiuoli": 0.13215429472870718, "Medici": 0.4303080940409166, "Castellani": 0.25902616719025895,
      "Peruzzi": 0.27573037358088465, "Strozzi": 0.3559804484113888, "Barbadori": 0.21170525116052788,
      "Ridolfi": 0.3415526440572157, "Tornabuoni": 0.32584230112420753, "Albizzi": 0.24395610915883834,
      "Salviati": 0.14591719646634674, "Pazzi": 0.04481343589592469, "Bischeri": 0.28280008654412064,
      "Guadagni": 0.28911559901220857, "Ginori": 0.07492270769970731, "Lamberteschi": 0.08879188797897215,
    ]
    #expect(offByName(florentine.byName(result.centrality), expected).isEmpty)
    #expect(approximately(result.eigenvalue, 3.25610374543086))
  }

  /// `nx.eigenvector_centrality_numpy(nx.krackhardt_kite_graph())`, nodes named as in `kiteTies`.
  @Test func krackhardtKite() {
    let kite = NamedNetwork(kiteTies)
    let result = EigenvectorCentrality(kite.network)
    let expected: [String: Double] = [
      "Andre": 0.35220939681663505, "Beverly": 0.35220939681663493, "Carol": 0.2858349913908716,
      "Diane": 0.48102085827280844, "Ed": 0.28583499139087204, "Fernando": 0.39769063647017,
      "Garth": 0.3976906364701698, "Heather": 0.1958605830278115, "Ike": 0.048073485026282434,
      "Jane": 0.01116325530977588,
    ]
    #expect(offByName(kite.byName(result.centrality), expected).isEmpty)
    #expect(approximately(result.eigenvalue, 4.306403794615756))
  }

  /// `nx.eigenvector_centrality_numpy(nx.les_miserables_graph(), weight="weight")`
  @Test func lesMiserablesWeighted() throws {
    let lesmis = try NamedNetwork(fixture: "lesmis", weighted: true)
    let result = EigenvectorCentrality(lesmis.network)
    let expected: [String: Double] = [
      "Napoleon": 0.0006674388679671556, "Myriel": 0.0434010669484298, "MlleBaptistine": 0.02916566456471468,
      "MmeMagloire": 0.030387777470848712, "CountessDeLo": 0.0006674388679671556, "Geborand": 0.0006674388679671556,
      "Champtercier": 0.0006674388679671556, "Cravatte": 0.0006674388679671556, "Count": 0.0013348777359343113,
      "OldMan": 0.0006674388679671556, "Valjean": 0.4556664934400302, "Labarre": 0.007007420552899079,
      "Marguerite": 0.00970489450573981, "MmeDeR": 0.007007420552899079, "Isabeau": 0.007007420552899079,
      "Gervais": 0.007007420552899079, "Listolier": 0.00726934790377487, "Tholomyes": 0.018756357654985404,
      "Fameuil": 0.007269347903774889, "Blacheville": 0.007393162327408037, "Favourite": 0.008546449117727922,
      "Dahlia": 0.008440872150196586, "Zephine": 0.00831705772656341, "Fantine": 0.08770334875421713,
      "MmeThenardier": 0.1117612988330444, "Thenardier": 0.15457736953877652, "Cosette": 0.3741914673950741,
      "Javert": 0.1811000614525104, "Fauchelevent": 0.05935015015942543, "Bamatabois": 0.02042312239477141,
      "Perpetue": 0.002165987573280102, "Simplice": 0.02657138321595257, "Scaufflaire": 0.007007420552899079,
      "Woman1": 0.016799869873599424, "Judge": 0.024328756110383418, "Champmathieu": 0.024328756110383414,
      "Brevet": 0.01686275368129428, "Chenildieu": 0.01686275368129427, "Cochepaille": 0.01686275368129428,
      "Pontmercy": 0.008837633104885273, "Boulatruelle": 0.0023771522635812484, "Eponine": 0.0500897148236991,
      "Anzelma": 0.008013613337731698, "Woman2": 0.029561755626579773, "MotherInnocent": 0.009745551190320228,
      "Gribier": 0.001825420424947434, "MmeBurgon": 0.005030464553399342, "Jondrette": 7.736048449821201e-05,
      "Gavroche": 0.1635175189410242, "Gillenormand": 0.12024419537959584, "Magnon": 0.0035678727576776035,
      "MlleGillenormand": 0.08135058469518355, "MmePontmercy": 0.0013869502808301578,
      "MlleVaubois": 0.0012510416442511885, "LtGillenormand": 0.016544863314076945, "Marius": 0.4187140881355947,
      "BaronessT": 0.008288314825493314, "Mabeuf": 0.041346750392418974, "Enjolras": 0.30580980423352727,
      "Combeferre": 0.23713942763370854, "Prouvaire": 0.06053744441148759, "Feuilly": 0.12297990503090013,
      "Courfeyrac": 0.28238653650405043, "Bahorel": 0.11558986734325234, "Bossuet": 0.2212399426638269,
      "Joly": 0.13032012506704485, "Grantaire": 0.048069951427647604, "MotherPlutarch": 0.0019075403129255276,
      "Gueulemer": 0.03339772654467216, "Babet": 0.038123828338434806, "Claquesous": 0.03169519353413464,
      "Montparnasse": 0.018852040103190436, "Toussaint": 0.02130137972086286, "Child1": 0.005272523775550107,
      "Child2": 0.0052725237755501175, "Brujon": 0.014493389988152021, "MmeHucheloup": 0.019483411003346416,
    ]
    #expect(offByName(lesmis.byName(result.centrality), expected).isEmpty)
    #expect(approximately(result.eigenvalue, 65.02628035526081))
  }

  /// `nx.eigenvector_centrality_numpy(nx.les_miserables_graph(), weight=None)`
  @Test func lesMiserablesUnweighted() throws {
    let lesmis = try NamedNetwork(fixture: "lesmis")
    let result = EigenvectorCentrality(lesmis.network)
    let expected: [String: Double] = [
      "Napoleon": 0.002343251680806545, "Myriel": 0.02813250546626187, "MlleBaptistine": 0.026871312876632757,
      "MmeMagloire": 0.026871312876632747, "CountessDeLo": 0.002343251680806545, "Geborand": 0.002343251680806545,
      "Champtercier": 0.002343251680806545, "Cravatte": 0.002343251680806545, "Count": 0.002343251680806545,
      "OldMan": 0.002343251680806545, "Valjean": 0.2676065792424407, "Labarre": 0.022289858518174173,
      "Marguerite": 0.029765586928672188, "MmeDeR": 0.022289858518174173, "Isabeau": 0.022289858518174173,
      "Gervais": 0.022289858518174173, "Listolier": 0.019683092802459775, "Tholomyes": 0.048143161464634,
      "Fameuil": 0.01968309280245977, "Blacheville": 0.019683092802459765, "Favourite": 0.019683092802459765,
      "Dahlia": 0.01968309280245976, "Zephine": 0.01968309280245976, "Fantine": 0.08975176337022252,
      "MmeThenardier": 0.1222746954904026, "Thenardier": 0.18779932238051109, "Cosette": 0.1110316212116154,
      "Javert": 0.1842163800240536, "Fauchelevent": 0.04004612577301059, "Bamatabois": 0.06227008928901908,
      "Perpetue": 0.011311536290311203, "Simplice": 0.04605176944084485, "Scaufflaire": 0.022289858518174173,
      "Woman1": 0.0376338648542305, "Judge": 0.04120494201808935, "Champmathieu": 0.04120494201808935,
      "Brevet": 0.04120494201808933, "Chenildieu": 0.04120494201808935, "Cochepaille": 0.04120494201808932,
      "Pontmercy": 0.03792620917435491, "Boulatruelle": 0.015642441742354216, "Eponine": 0.14193442683638638,
      "Anzelma": 0.03764931456493806, "Woman2": 0.04688206471111169, "MotherInnocent": 0.025625435992421293,
      "Gribier": 0.0033355774742471326, "MmeBurgon": 0.02665902999006713, "Jondrette": 0.002220520916909197,
      "Gavroche": 0.31784126035221144, "Gillenormand": 0.0653951591646735, "Magnon": 0.015631657936923168,
      "MlleGillenormand": 0.0631669715511859, "MmePontmercy": 0.00842039348174273,
      "MlleVaubois": 0.0052613910423401486, "LtGillenormand": 0.041538979570332625, "Marius": 0.25911305767271886,
      "BaronessT": 0.02702938867111125, "Mabeuf": 0.1950343228212697, "Enjolras": 0.26718344911122427,
      "Combeferre": 0.2107416277221633, "Prouvaire": 0.1758226720571423, "Feuilly": 0.21074162772216323,
      "Courfeyrac": 0.2324743400354296, "Bahorel": 0.2215611383504414, "Bossuet": 0.24213715106699696,
      "Joly": 0.2215611383504414, "Grantaire": 0.18664218268542052, "MotherPlutarch": 0.016245069438055728,
      "Gueulemer": 0.1454246651730596, "Babet": 0.1454246651730596, "Claquesous": 0.1415296347472826,
      "Montparnasse": 0.1360230813388888, "Toussaint": 0.046882064711111684, "Child1": 0.028879550906976324,
      "Child2": 0.028879550906976335, "Brujon": 0.10128284818835515, "MmeHucheloup": 0.1407159039117964,
    ]
    #expect(offByName(lesmis.byName(result.centrality), expected).isEmpty)
    #expect(approximately(result.eigenvalue, 12.005754950137817))
  }

  /// The strongly connected ``seededDirectedArcs``:
  /// `nx.eigenvector_centrality_numpy(D, weight=None)` (in-ties, the left eigenvector).
  @Test func seededDirected() {
    let map = seededDirectedNetwork(weighted: false)
    let result = EigenvectorCentrality(map.network)
    let expected: [String: Double] = [
      "0": 0.11658738623253442, "1": 0.029222385203962066, "2": 0.3290961602923563, "3": 0.05021846463340161,
      "4": 0.09850992673068637, "5": 0.07726941742917023, "6": 0.12049605661158742, "7": 0.19655358380569415,
      "8": 0.49174971728060496, "9": 0.14172055438204897, "10": 0.17076440187964195, "11": 0.19110011497755913,
      "12": 0.21549384521908066, "13": 0.22350241638310892, "14": 0.06392497043765769, "15": 0.19801853493995145,
      "16": 0.33177169234454557, "17": 0.16928862024901437, "18": 0.1486499692917211, "19": 0.4216646376592832,
    ]
    #expect(offByName(map.byName(result.centrality), expected).isEmpty)
    #expect(approximately(result.eigenvalue, 3.3710433300745706))
    #expect(result.converged)
  }

  /// `nx.eigenvector_centrality_numpy(D, weight="weight")`
  @Test func seededDirectedWeighted() {
    let map = seededDirectedNetwork(weighted: true)
    let result = EigenvectorCentrality(map.network)
    let expected: [String: Double] = [
      "0": 0.034565704345858185, "1": 0.036532642786678345, "2": 0.2808674850051473, "3": 0.025915805574695385,
      "4": 0.11935288086612841, "5": 0.09483344201058326, "6": 0.1280340868903865, "7": 0.2178888071875501,
      "8": 0.5279632593715834, "9": 0.08847768689208617, "10": 0.13123801410734617, "11": 0.24132755627454358,
      "12": 0.2838047758121574, "13": 0.24636226405971912, "14": 0.02895653745615145, "15": 0.271356202828954,
      "16": 0.3178123914362881, "17": 0.2540023786426649, "18": 0.0763600482848366, "19": 0.2858404730154902,
    ]
    #expect(offByName(map.byName(result.centrality), expected).isEmpty)
    #expect(approximately(result.eigenvalue, 9.801060511531112))
  }
}

// MARK: - Shared by the eigenvector, Bonacich, PageRank, core and clique tests

/// A seeded directed random map, strongly connected, 20 actors and 65 arcs:
/// `D = nx.gnp_random_graph(20, 0.2, seed=15, directed=True)`, then
/// `rng = random.Random(15); for u, v in D.edges(): D[u][v]["weight"] = rng.randint(1, 5)`,
/// nodes renamed to strings. (source, target, weight), in `D.edges()` order.
let seededDirectedArcs: [(Int, Int, Double)] = [
  (0, 2, 2), (0, 4, 1), (0, 6, 5), (1, 7, 1), (1, 18, 2), (1, 19, 2), (2, 0, 1), (2, 8, 1), (2, 9, 2), (2, 10, 3),
  (2, 16, 2), (3, 7, 1), (3, 11, 3), (3, 18, 4), (4, 1, 3), (4, 6, 3), (4, 7, 4), (4, 15, 3), (4, 16, 3), (5, 10, 2),
  (5, 15, 2), (6, 7, 3), (6, 8, 3), (6, 11, 2), (6, 16, 3), (6, 17, 5), (7, 5, 4), (7, 8, 2), (7, 19, 5), (8, 2, 4),
  (8, 12, 4), (8, 15, 4), (8, 19, 1), (9, 8, 4), (9, 11, 5), (10, 8, 3), (10, 12, 4), (10, 17, 5), (11, 6, 3),
  (12, 4, 4), (12, 7, 4), (12, 14, 1), (12, 17, 4), (13, 19, 1), (14, 0, 2), (14, 5, 2), (14, 12, 5), (14, 17, 2),
  (15, 8, 5), (16, 2, 1), (16, 8, 3), (16, 11, 5), (16, 13, 4), (16, 19, 2), (17, 2, 1), (17, 3, 1), (17, 8, 4),
  (17, 10, 1), (18, 7, 1), (18, 9, 4), (18, 16, 5), (18, 19, 3), (19, 13, 4), (19, 16, 5), (19, 18, 2),
]

/// ``seededDirectedArcs`` as a directed map with actors named "0" … "19".
func seededDirectedNetwork(weighted: Bool) -> NamedNetwork {
  NamedNetwork(seededDirectedArcs.map { ("\($0.0)", "\($0.1)", $0.2) }, directed: true, weighted: weighted)
}

extension NamedNetwork {
  /// A fixture map in `Tests/Fixtures`, actors named by their ids, isolates included.
  init(fixture name: String, directed: Bool = false, weighted: Bool = false) throws {
    let map = try Fixture.load(name).map
    self.init(
      map.ties.map { ($0.source.rawValue, $0.target.rawValue, $0.weight) }, isolates: map.actors.map(\.id.rawValue),
      directed: directed, weighted: weighted)
  }

  /// Values of a per-actor metric of any type by actor name.
  func valuesByName<Value>(_ values: [Value]) -> [String: Value] {
    Dictionary(uniqueKeysWithValues: zip(names, values))
  }
}

/// Names whose values differ beyond a relative 1e-9 (absolute 1e-12), or that only one side has.
func offByName(_ actual: [String: Double], _ expected: [String: Double]) -> [String] {
  Set(actual.keys).union(expected.keys).sorted().filter { name in
    guard let value = actual[name], let reference = expected[name] else { return true }
    return !approximately(value, reference)
  }
}
