import NetwerkkaartCore

/// Networks shared by the whole-map suites (modularity, Louvain, centralization, distances,
/// assortativity). The seeded random ones are written out from NetworkX so that Python can
/// rebuild them exactly:
///
/// ```python
/// def rnd(n, p, seed, directed):
///     G = nx.gnp_random_graph(n, p, seed=seed, directed=directed)
///     r = random.Random(seed)
///     for u, v, d in G.edges(data=True):
///         d["weight"] = float(r.randint(1, 5)); d["distance"] = 1 / d["weight"]
///     return G
/// ```
/// Actor i of each network is node i of the NetworkX graph (every node added, isolates too).
enum WholeMapSamples {
  /// `rnd(24, 0.12, 11, False)`: 37 ties; one component of 23 and the isolate 12.
  static let gnp24: [(Int, Int, Double)] = [
    (0, 11, 4), (0, 13, 5), (0, 16, 4), (0, 22, 4), (1, 2, 5), (1, 5, 5), (1, 22, 2), (2, 8, 2), (2, 14, 5),
    (2, 18, 4), (2, 22, 5), (3, 4, 2), (3, 5, 1), (3, 14, 4), (4, 7, 3), (4, 14, 2), (4, 15, 1), (5, 20, 5),
    (5, 21, 1), (6, 14, 5), (6, 22, 4), (7, 9, 4), (7, 21, 5), (7, 22, 2), (8, 11, 5), (8, 17, 1), (9, 23, 5),
    (10, 20, 1), (10, 22, 1), (11, 19, 1), (15, 18, 2), (15, 19, 2), (15, 21, 5), (16, 19, 1), (16, 22, 4),
    (17, 20, 3), (19, 22, 4),
  ]

  /// `rnd(20, 0.09, 27, False)`: 16 ties; components of 10, 6, 2, 1 and 1 actors.
  static let disconnected20: [(Int, Int, Double)] = [
    (0, 5, 4), (0, 13, 3), (0, 16, 3), (1, 4, 2), (2, 9, 1), (3, 13, 1), (4, 14, 3), (4, 15, 5), (5, 9, 3),
    (6, 18, 3), (8, 12, 3), (8, 17, 4), (9, 12, 2), (11, 19, 2), (12, 16, 2), (15, 19, 4),
  ]

  /// `rnd(18, 0.12, 5, True)`: 34 arcs, one mutual pair (2 ↔ 12); one weak component.
  static let directed18: [(Int, Int, Double)] = [
    (0, 7, 5), (0, 12, 3), (0, 17, 3), (1, 10, 5), (2, 12, 1), (2, 15, 4), (3, 7, 2), (3, 9, 1), (3, 12, 2),
    (3, 16, 1), (3, 17, 3), (4, 11, 4), (4, 15, 2), (4, 17, 4), (5, 10, 5), (5, 15, 1), (6, 7, 5), (6, 9, 2),
    (6, 17, 1), (8, 4, 2), (9, 7, 4), (11, 9, 3), (11, 17, 2), (12, 2, 4), (12, 7, 2), (12, 15, 1), (13, 1, 2),
    (13, 4, 5), (13, 6, 5), (14, 7, 4), (14, 8, 2), (16, 4, 2), (17, 2, 1), (17, 13, 1),
  ]

  /// `rnd(16, 0.08, 14, True)`: 14 arcs; weak components of 6, 1 and 9 actors.
  static let directed16: [(Int, Int, Double)] = [
    (3, 7, 1), (4, 9, 5), (4, 13, 5), (5, 12, 2), (6, 4, 3), (10, 0, 3), (10, 6, 3), (11, 2, 1), (11, 8, 4),
    (12, 3, 3), (12, 15, 4), (13, 9, 4), (14, 3, 4), (15, 2, 1),
  ]

  /// Two triangles a-b-c and d-e-f joined by the tie c – d.
  static let twoTriangles: [(String, String)] = [
    ("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"), ("d", "e"), ("e", "f"), ("d", "f"),
  ]

  /// Zachary's two clubs (0: Mr. Hi, 1: Officer) for actors 1...34 of the `karate` fixture,
  /// from `nx.karate_club_graph().nodes[i]["club"]`.
  static let karateClubs = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  ]

  /// The network of `ties` over `actorCount` actors.
  static func network(
    _ ties: [(Int, Int, Double)], actorCount: Int, directed: Bool = false, weighted: Bool = false
  ) -> Network {
    Network(
      actorCount: actorCount, edges: ties.map { Network.Edge($0.0, $0.1, weight: $0.2) }, directed: directed,
      weighted: weighted)
  }
}
