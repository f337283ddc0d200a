import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct PageRankTests {
  // MARK: Small maps, derived by hand

  @Test func emptyMap() {
    let result = PageRank(Network(actorCount: 0, edges: []))
    #expect(result.score.isEmpty)
    #expect(result.converged)
  }

  /// One actor: dangling, every jump lands on it: 1 (NetworkX gives {0: 1.0}).
  @Test func oneActor() {
    #expect(PageRank(Network(actorCount: 1, edges: [])).score == [1])
  }

  /// Two actors: by symmetry ½ each, with a tie (two arcs) or without (both dangling).
  @Test func twoActors() {
    #expect(mismatches(PageRank(Network(actorCount: 2, edges: [Network.Edge(0, 1)])).score, [0.5, 0.5]).isEmpty)
    #expect(mismatches(PageRank(Network(actorCount: 2, edges: [])).score, [0.5, 0.5]).isEmpty)
  }

  /// Directed a → b, b dangling. x_a = (1 − α)/2 + α·x_b/2 (only b's spread reaches a), and
  /// x_b = 1 − x_a: x_a (1 + α/2) = ½, so x_a = 1/(2 + α) and x_b = (1 + α)/(2 + α).
  @Test func danglingActorSpreadsUniformly() {
    let map = NamedNetwork([("a", "b")], directed: true)
    let result = PageRank(map.network)
    #expect(mismatches(result.score, [1 / 2.85, 1.85 / 2.85]).isEmpty)
    #expect(result.converged)
  }

  /// Undirected star, centre c and k = 3 leaves, n = 4: x_leaf = (1 − α)/n + α·x_c/k and
  /// x_c = (1 − α)/n + α·k·x_leaf give x_c = (1 + αk)/(n(1 + α)) = 3.55/7.4, each leaf
  /// (1 − x_c)/3.
  @Test func star() {
    let star = NamedNetwork([("c", "1"), ("c", "2"), ("c", "3")])
    let centre = 3.55 / 7.4
    let leaf = (1 - centre) / 3
    #expect(mismatches(PageRank(star.network).score, [centre, leaf, leaf, leaf]).isEmpty)
  }

  /// α = 0: only jumps, 1/n for everyone. A damping factor outside 0 … 1 is read as 0.85.
  @Test func damping() {
    let star = NamedNetwork([("c", "1"), ("c", "2"), ("c", "3")])
    #expect(mismatches(PageRank(star.network, damping: 0).score, [0.25, 0.25, 0.25, 0.25]).isEmpty)
    let standard = PageRank(star.network)
    for odd in [Double.nan, -0.5, 1.5, .infinity] {
      let result = PageRank(star.network, damping: odd)
      #expect(result.damping == 0.85)
      #expect(result.score == standard.score)
    }
  }

  /// Weighted path a –3– b –1– c: b sends ¾ of its walkers to a and ¼ to c. x_a = 0.05 + α·¾·x_b,
  /// x_c = 0.05 + α·¼·x_b, x_b = 0.05 + α(x_a + x_c) with (1 − α)/n = 0.05: x_b = 0.05 + α(0.1 +
  /// α·x_b), so x_b = (0.05 + 0.1α)/(1 − α²) = 0.135/0.2775.
  @Test func weightedPath() {
    let path = NamedNetwork([("a", "b", 3), ("b", "c", 1)], weighted: true)
    let b = 0.135 / 0.2775
    let result = PageRank(path.network).score
    #expect(mismatches(result, [0.05 + 0.85 * 0.75 * b, b, 0.05 + 0.85 * 0.25 * b]).isEmpty)
  }

  /// A pair and an isolate: the isolate only gets jumps and its own spread; the values still sum
  /// to 1 over the whole map. By symmetry x_a = x_b; x_c = 0.05 + α·x_c/3 with (1 − α)/n = 0.05:
  /// x_c = 0.05/(1 − α/3) = 0.15/2.15.
  @Test func isolate() {
    let map = NamedNetwork([("a", "b")], isolates: ["c"])
    let c = 0.15 / 2.15
    #expect(mismatches(PageRank(map.network).score, [(1 - c) / 2, (1 - c) / 2, c]).isEmpty)
  }

  /// The worked example of `Docs/Metrics/Centralities.md`: school tied to CLB, zorgcoördinator
  /// and library, CLB – zorgcoördinator tied. With x_clb = x_zoco (symmetry), α = 0.85 and
  /// (1 − α)/n = 0.0375: x_clb = 0.0375 + α(x_clb/2 + x_school/3), x_bib = 0.0375 + α·x_school/3,
  /// x_school = 0.0375 + α(x_clb + x_bib). Solved exactly: 4593/12524, 3080/12524 (twice),
  /// 1771/12524.
  @Test func workedExample() {
    let map = NamedNetwork([("school", "clb"), ("school", "zoco"), ("school", "bib"), ("clb", "zoco")])
    let expected = [4593.0, 3080, 3080, 1771].map { $0 / 12524 }
    #expect(mismatches(PageRank(map.network).score, expected).isEmpty)
  }

  @Test func iterationBudgetIsReported() throws {
    let karate = try NamedNetwork(fixture: "karate")
    let result = PageRank(karate.network, maxIterations: 2)
    #expect(!result.converged)
    #expect(result.iterations == 2)
    #expect(approximately(result.score.reduce(0, +), 1))
    #expect(PageRank(karate.network).converged)
  }

  // MARK: NetworkX 3.6.1 on classic networks

  /// `nx.pagerank(nx.karate_club_graph(), alpha=0.85, weight=None, tol=1e-14, max_iter=10000)`,
  /// nodes renamed 0 → "1" … 33 → "34" as in `Tests/Fixtures/karate`.
  @Test func karateClub() throws {
    let karate = try NamedNetwork(fixture: "karate")
    let expected: [String: Double] = [
      "1": 0.0969972853883738, "2": 0.05287692406116841, "3": 0.05707850948846012, "4": 0.03585985778643018,
      "5": 0.02197795236462039, "6": 0.02911115467841634, "7": 0.02911115467841634, "8": 0.02449049703529437,
      "9": 0.029766056081009077, "10": 0.014309397129027668, "11": 0.02197795236462039, "12": 0.009564745492141206,
      "13": 0.014644892011886429, "14": 0.02953645615192063, "15": 0.01453599399791064, "16": 0.01453599399791064,
      "17": 0.016784005444216283, "18": 0.014558677209030094, "19": 0.01453599399791064, "20": 0.019604636325656354,
      "21": 0.01453599399791064, "22": 0.014558677209030094, "23": 0.01453599399791064, "24": 0.031522514776648816,
      "25": 0.02107603355920717, "26": 0.02100619739447624, "27": 0.01504403808271353, "28": 0.025639767482829985,
      "29": 0.01957345946381923, "30": 0.026288537695090604, "31": 0.024590155248570597, "32": 0.037158087069124365,
      "33": 0.07169322600569636, "34": 0.1009191823325516,
    ]
    #expect(offByName(karate.byName(PageRank(karate.network).score), expected).isEmpty)
  }

  /// `nx.pagerank(nx.florentine_families_graph(), alpha=0.85, tol=1e-14, max_iter=10000)`
  @Test func florentineFamilies() {
    let florentine = NamedNetwork(florentineMarriages)
    let expected: [String: Double] = [
      "Acciaiuoli": 0.03065743737465679, "Medici": 0.14581720499755002, "Castellani": 0.06933017554536983,
      "Peruzzi": 0.06787531001372145, "Strozzi": 0.08809843851921459, "Barbadori": 0.050300987112512366,
      "Ridolfi": 0.06957426654213875, "Tornabuoni": 0.07127968581935683, "Albizzi": 0.07912225286377969,
      "Salviati": 0.061303228766588426, "Pazzi": 0.03605387222579428, "Bischeri": 0.06886179561364933,
      "Guadagni": 0.09839783336984012, "Ginori": 0.03241797164473277, "Lamberteschi": 0.030909539591094666,
    ]
    #expect(offByName(florentine.byName(PageRank(florentine.network).score), expected).isEmpty)
  }

  /// `nx.pagerank(nx.krackhardt_kite_graph(), alpha=0.85, tol=1e-14, max_iter=10000)`
  @Test func krackhardtKite() {
    let kite = NamedNetwork(kiteTies)
    let expected: [String: Double] = [
      "Andre": 0.1019199129771107, "Beverly": 0.1019199129771107, "Carol": 0.07941811400813842,
      "Diane": 0.14714791632796517, "Ed": 0.07941811400813842, "Fernando": 0.1289069275727845,
      "Garth": 0.1289069275727845, "Heather": 0.09524828680827768, "Ike": 0.08569395631416114,
      "Jane": 0.05141993143352881,
    ]
    #expect(offByName(kite.byName(PageRank(kite.network).score), expected).isEmpty)
  }

  /// `nx.pagerank(nx.les_miserables_graph(), alpha=0.85, weight="weight", tol=1e-14, max_iter=10000)`
  @Test func lesMiserablesWeighted() throws {
    let lesmis = try NamedNetwork(fixture: "lesmis", weighted: true)
    let expected: [String: Double] = [
      "Napoleon": 0.0030237565419324154, "Myriel": 0.039231579306223126, "MlleBaptistine": 0.017403536222918608,
      "MmeMagloire": 0.01953295100720113, "CountessDeLo": 0.0030237565419324154, "Geborand": 0.0030237565419324154,
      "Champtercier": 0.0030237565419324154, "Cravatte": 0.0030237565419324154, "Count": 0.004099461135812883,
      "OldMan": 0.0030237565419324154, "Valjean": 0.09955810825408949, "Labarre": 0.0024836493658746237,
      "Marguerite": 0.0034661593105761346, "MmeDeR": 0.0024836493658746237, "Isabeau": 0.0024836493658746237,
      "Gervais": 0.0024836493658746237, "Listolier": 0.013160175862263219, "Tholomyes": 0.014068468413251019,
      "Fameuil": 0.013160175862263219, "Blacheville": 0.013632555885464281, "Favourite": 0.01413327504493892,
      "Dahlia": 0.013658132501861386, "Zephine": 0.013185625529031492, "Fantine": 0.027163510235828463,
      "MmeThenardier": 0.020039214959779884, "Thenardier": 0.03568230112684774, "Cosette": 0.03690957398299625,
      "Javert": 0.026822783568855976, "Fauchelevent": 0.012754556171944735, "Bamatabois": 0.008915126612752358,
      "Perpetue": 0.003986634106892477, "Simplice": 0.007281539701125252, "Scaufflaire": 0.0024836493658746237,
      "Woman1": 0.0035043396780277155, "Judge": 0.011331715391425641, "Champmathieu": 0.011331715391425641,
      "Brevet": 0.009350189539667547, "Chenildieu": 0.009350189539667547, "Cochepaille": 0.009350189539667547,
      "Pontmercy": 0.004499250494565677, "Boulatruelle": 0.002445264340803097, "Eponine": 0.011543741217717507,
      "Anzelma": 0.004476318163870649, "Woman2": 0.004501306770637821, "MotherInnocent": 0.004806800668621856,
      "Gribier": 0.0034968194832167704, "MmeBurgon": 0.005878924094423843, "Jondrette": 0.0036137471081382705,
      "Gavroche": 0.028302634029124675, "Gillenormand": 0.018305352741996156, "Magnon": 0.0029855685231048677,
      "MlleGillenormand": 0.016680453609655223, "MmePontmercy": 0.0038392911346224567,
      "MlleVaubois": 0.0025645034944956147, "LtGillenormand": 0.0046011483383332505, "Marius": 0.05166810804826376,
      "BaronessT": 0.0029068755706584876, "Mabeuf": 0.009714206183578987, "Enjolras": 0.03661679882516038,
      "Combeferre": 0.02663115983558604, "Prouvaire": 0.008608796715468249, "Feuilly": 0.015494235624940608,
      "Courfeyrac": 0.032998984331897394, "Bahorel": 0.016452076111481532, "Bossuet": 0.02619494546016993,
      "Joly": 0.01767067646450003, "Grantaire": 0.007753144066901468, "MotherPlutarch": 0.0034962535585586307,
      "Gueulemer": 0.014687036803608682, "Babet": 0.015699951251181076, "Claquesous": 0.011972228250035473,
      "Montparnasse": 0.00796868728949205, "Toussaint": 0.0038914816097799006, "Child1": 0.005729059290827405,
      "Child2": 0.005729059290827405, "Brujon": 0.008439832518016244, "MmeHucheloup": 0.004510708721971258,
    ]
    #expect(offByName(lesmis.byName(PageRank(lesmis.network).score), expected).isEmpty)
  }

  /// `nx.pagerank(nx.les_miserables_graph(), alpha=0.85, weight=None, tol=1e-14, max_iter=10000)`
  @Test func lesMiserablesUnweighted() throws {
    let lesmis = try NamedNetwork(fixture: "lesmis")
    let expected: [String: Double] = [
      "Napoleon": 0.005584290835026225, "Myriel": 0.04277928102308279, "MlleBaptistine": 0.010277134629812409,
      "MmeMagloire": 0.010277134629812409, "CountessDeLo": 0.005584290835026225, "Geborand": 0.005584290835026225,
      "Champtercier": 0.005584290835026225, "Cravatte": 0.005584290835026225, "Count": 0.005584290835026225,
      "OldMan": 0.005584290835026225, "Valjean": 0.0754301216329263, "Labarre": 0.003729040931052516,
      "Marguerite": 0.005260327543028861, "MmeDeR": 0.003729040931052516, "Isabeau": 0.003729040931052516,
      "Gervais": 0.003729040931052516, "Listolier": 0.012618202914113507, "Tholomyes": 0.01564742736848393,
      "Fameuil": 0.012618202914113507, "Blacheville": 0.012618202914113507, "Favourite": 0.012618202914113507,
      "Dahlia": 0.012618202914113507, "Zephine": 0.012618202914113507, "Fantine": 0.027022704917224583,
      "MmeThenardier": 0.019501134691052035, "Thenardier": 0.027926525694006374, "Cosette": 0.020611215084852877,
      "Javert": 0.03030273590581257, "Fauchelevent": 0.011638047873656058, "Bamatabois": 0.015576264721060697,
      "Perpetue": 0.005407488540759033, "Simplice": 0.009073646968142437, "Scaufflaire": 0.003729040931052516,
      "Woman1": 0.00524417772634312, "Judge": 0.012424659363859402, "Champmathieu": 0.012424659363859402,
      "Brevet": 0.012424659363859402, "Chenildieu": 0.012424659363859402, "Cochepaille": 0.012424659363859402,
      "Pontmercy": 0.007368097201032466, "Boulatruelle": 0.0034316486255456186, "Eponine": 0.01779391186320953,
      "Anzelma": 0.00631353858655576, "Woman2": 0.006836862528354367, "MotherInnocent": 0.006202126104205203,
      "Gribier": 0.004421137121204635, "MmeBurgon": 0.007805581551398675, "Jondrette": 0.0052654241073945745,
      "Gavroche": 0.03576731819461365, "Gillenormand": 0.014957475581388619, "Magnon": 0.005271222702567609,
      "MlleGillenormand": 0.016260208629659493, "MmePontmercy": 0.006010133393373568,
      "MlleVaubois": 0.003922505853081764, "LtGillenormand": 0.008713597430422127, "Marius": 0.030894936215045243,
      "BaronessT": 0.0051464587233810664, "Mabeuf": 0.017478022290677055, "Enjolras": 0.021882033328059276,
      "Combeferre": 0.015892124698021922, "Prouvaire": 0.013145880775943414, "Feuilly": 0.015892124698021922,
      "Courfeyrac": 0.01857844249293692, "Bahorel": 0.017199878018299995, "Bossuet": 0.018959530110138807,
      "Joly": 0.017199878018299995, "Grantaire": 0.014456669473020142, "MotherPlutarch": 0.003298626397784416,
      "Gueulemer": 0.016691838036264648, "Babet": 0.016691838036264648, "Claquesous": 0.016561020318776463,
      "Montparnasse": 0.015170928493574902, "Toussaint": 0.006836862528354367, "Child1": 0.005791254017588993,
      "Child2": 0.005791254017588993, "Brujon": 0.01186666094267036, "MmeHucheloup": 0.010689825140798097,
    ]
    #expect(offByName(lesmis.byName(PageRank(lesmis.network).score), expected).isEmpty)
  }

  /// `nx.pagerank(D, alpha=0.85, weight=None, tol=1e-14, max_iter=10000)` on ``seededDirectedArcs``.
  @Test func seededDirected() {
    let map = seededDirectedNetwork(weighted: false)
    let expected: [String: Double] = [
      "0": 0.0223454279098438, "1": 0.011672812814505752, "2": 0.06455760508107791, "3": 0.016649560877423954,
      "4": 0.024545957732379386, "5": 0.025911356209340167, "6": 0.058966526447181575, "7": 0.051320192340987995,
      "8": 0.13225728652090082, "9": 0.02935843719027613, "10": 0.03863668013017918, "11": 0.04819118712732398,
      "12": 0.050422367801975794, "13": 0.0566646434691877, "14": 0.018214753157922335, "15": 0.050789812589173144,
      "16": 0.07924803672648864, "17": 0.04305675707022154, "18": 0.05121714977173529, "19": 0.12597344903187493,
    ]
    #expect(offByName(map.byName(PageRank(map.network).score), expected).isEmpty)
  }

  /// `nx.pagerank(D, alpha=0.85, weight="weight", tol=1e-14, max_iter=10000)`
  @Test func seededDirectedWeighted() {
    let map = seededDirectedNetwork(weighted: true)
    let expected: [String: Double] = [
      "0": 0.014913425790526168, "1": 0.011484556452789226, "2": 0.0597110382722189, "3": 0.014506760653871383,
      "4": 0.025001138527298884, "5": 0.023232749557146805, "6": 0.06733341022237715, "7": 0.04516049871701336,
      "8": 0.1423159140550936, "9": 0.02760350996271326, "10": 0.0412988067261247, "11": 0.056383642727503264,
      "12": 0.06085753867108031, "13": 0.059099558490052634, "14": 0.011479146759263825, "15": 0.0585795602289925,
      "16": 0.08495451923729681, "17": 0.057702734796581494, "18": 0.033741722869979535, "19": 0.10463976728207634,
    ]
    #expect(offByName(map.byName(PageRank(map.network).score), expected).isEmpty)
  }

  /// `Tests/Fixtures/directed-small` as a `DiGraph` with its weights: Put and Z are dangling,
  /// X → Y → Z is a separate component.
  /// `nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-14, max_iter=10000)`
  @Test func directedWithDanglingActors() throws {
    let map = try NamedNetwork(fixture: "directed-small", directed: true, weighted: true)
    let expected: [String: Double] = [
      "Bron": 0.05172336857769113, "A": 0.11794460091319342, "B": 0.09468890176749586, "C": 0.06513762966142012,
      "D": 0.15190529016408716, "Put": 0.23813024280357434, "X": 0.05172336857769113, "Y": 0.09568823186873279,
      "Z": 0.13305836566611356,
    ]
    #expect(offByName(map.byName(PageRank(map.network).score), expected).isEmpty)
  }

  /// The same map unweighted: `nx.pagerank(G, alpha=0.85, weight=None, tol=1e-14, max_iter=10000)`
  @Test func directedWithDanglingActorsUnweighted() throws {
    let map = try NamedNetwork(fixture: "directed-small", directed: true)
    let expected: [String: Double] = [
      "Bron": 0.05024108452719657, "A": 0.11050368685419651, "B": 0.09720515144023104, "C": 0.09155327388929443,
      "D": 0.15181587621629436, "Put": 0.22624864622407825, "X": 0.05024108452719657, "Y": 0.09294600637530737,
      "Z": 0.12924518994620474,
    ]
    #expect(offByName(map.byName(PageRank(map.network).score), expected).isEmpty)
  }
}
