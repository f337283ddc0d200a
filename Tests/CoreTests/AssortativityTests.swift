import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

/// Expected values: NetworkX `nx.degree_assortativity_coefficient(G)` and
/// `nx.attribute_assortativity_coefficient(G, "cat")` with `G.nodes[v]["cat"]` set to the given
/// category (igraph `assortativity_degree` and `assortativity_nominal` agree to 1e-14).
@Suite struct AssortativityTests {
  /// Star with four leaves: every tie joins degree 4 to degree 1, read both ways: r = −1.
  @Test func starIsDisassortative() {
    let star = NamedNetwork([("c", "1"), ("c", "2"), ("c", "3"), ("c", "4")])
    #expect(approximately(Assortativity(star.network).degree ?? 0, -1))
  }

  /// Directed a → b, a → c, b → c; x = out-degree of the source, y = in-degree of the target:
  /// (2, 1), (2, 2), (1, 2), both means 5/3; covariance −3/9, variances 6/9: r = −1/2.
  @Test func directedByHand() {
    let map = NamedNetwork([("a", "b"), ("a", "c"), ("b", "c")], directed: true)
    #expect(approximately(Assortativity(map.network).degree ?? 0, -0.5))
  }

  /// Undefined where NetworkX returns NaN: no ties, or every tie end with the same degree.
  @Test func undefinedDegreeIsNil() {
    #expect(Assortativity(Network(actorCount: 0, edges: [])).degree == nil)
    #expect(Assortativity(Network(actorCount: 1, edges: [])).degree == nil)
    #expect(Assortativity(Network(actorCount: 3, edges: [])).degree == nil)
    #expect(Assortativity(NamedNetwork([("a", "b")]).network).degree == nil)
    #expect(Assortativity(NamedNetwork([("a", "b"), ("b", "c"), ("a", "c")]).network).degree == nil)
  }

  /// a – b in category 0, c – d in category 1: all 4 tie ends within a category, Σ a_k b_k =
  /// 2·(1/2)² = 1/2, r = (1 − 1/2)/(1 − 1/2) = 1. Ties a – c, b – d only across: r = (0 − 1/2)/(1/2) = −1.
  @Test func categoricalByHand() {
    let within = NamedNetwork([("a", "b"), ("c", "d")])
    #expect(Assortativity(within.network, categories: [0, 0, 1, 1]).categorical == 1)
    let across = NamedNetwork([("a", "c"), ("b", "d")])
    #expect(Assortativity(across.network, categories: [0, 1, 0, 1]).categorical == -1)
  }

  /// Undefined categorical assortativity: no categories, one category, no tie between coded
  /// actors; labels past the actors are ignored.
  @Test func undefinedCategoricalIsNil() {
    let path = NamedNetwork([("a", "b"), ("b", "c")]).network
    #expect(Assortativity(path).categorical == nil)
    #expect(Assortativity(path, categories: [4, 4, 4]).categorical == nil)
    #expect(Assortativity(path, categories: [0, nil, 1]).categorical == nil)
    #expect(Assortativity(Network(actorCount: 0, edges: []), categories: [1, 2]).categorical == nil)
  }

  /// Zachary's karate club: the two clubs are strongly assortative.
  /// `nx.attribute_assortativity_coefficient(G, "club")`. With every fifth actor uncoded:
  /// the same on `G.subgraph(coded)`.
  @Test func karateClubs() throws {
    let karate = Network(try Fixture.load("karate").map)
    let clubs = WholeMapSamples.karateClubs
    let result = Assortativity(karate, categories: clubs)
    #expect(approximately(result.degree ?? 0, -0.47561309768461413))
    #expect(approximately(result.categorical ?? 0, 0.717530864197531))
    let partly = clubs.indices.map { $0 % 5 == 4 ? nil : clubs[$0] }
    #expect(approximately(Assortativity(karate, categories: partly).categorical ?? 0, 0.6997538966365875))
  }

  struct Case: Sendable, CustomStringConvertible {
    let name: String
    let directed: Bool
    let degree: Double
    /// Categories i mod `modulus`.
    let modulus: Int
    let categorical: Double
    var description: String { name }
  }

  static let fixtureCases: [Case] = [
    Case(name: "florentine", directed: false, degree: -0.3748378728923487, modulus: 0, categorical: 0),
    Case(name: "kite", directed: false, degree: 0.15254237288135583, modulus: 0, categorical: 0),
    Case(name: "lesmis", directed: false, degree: -0.16522513442237025, modulus: 3, categorical: -0.1138130356786925),
    Case(
      name: "directed-small", directed: true, degree: 0.4448782605013052, modulus: 2,
      categorical: -0.26229508196721313),
  ]

  /// Weights are never used: les Misérables gives the same weighted or not.
  @Test(arguments: fixtureCases)
  func classicNetworks(_ expected: Case) throws {
    for weighted in [false, true] {
      let network = Network(try Fixture.load(expected.name).map, directed: expected.directed, weighted: weighted)
      let categories = expected.modulus > 0 ? (0..<network.actorCount).map { $0 % expected.modulus } : []
      let result = Assortativity(network, categories: categories)
      #expect(approximately(result.degree ?? 0, expected.degree), "\(String(describing: result.degree))")
      if expected.modulus > 0 {
        #expect(
          approximately(result.categorical ?? 0, expected.categorical), "\(String(describing: result.categorical))")
      }
    }
  }

  @Test func seededRandomMaps() {
    let cases: [([(Int, Int, Double)], Int, Bool, Double, Int, Double)] = [
      (WholeMapSamples.disconnected20, 20, false, -0.1282051282051282, 3, -0.1566265060240964),
      (WholeMapSamples.gnp24, 24, false, -0.11085450346420357, 4, 0.05500982318271115),
      (WholeMapSamples.directed16, 16, true, -0.12499999999999921, 3, 0.023255813953488396),
      (WholeMapSamples.directed18, 18, true, 0.07228973960122417, 3, 0.041025641025641074),
    ]
    for (ties, n, directed, degree, modulus, categorical) in cases {
      let network = WholeMapSamples.network(ties, actorCount: n, directed: directed, weighted: true)
      let result = Assortativity(network, categories: (0..<n).map { $0 % modulus })
      #expect(approximately(result.degree ?? 0, degree), "n = \(n): \(String(describing: result.degree))")
      #expect(
        approximately(result.categorical ?? 0, categorical), "n = \(n): \(String(describing: result.categorical))")
    }
  }
}
