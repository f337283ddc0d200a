import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct BetweennessTests {
  /// Path a – b – c: only b lies between two others, on the one pair (a, c).
  @Test func pathOfThree() {
    let path = NamedNetwork([("a", "b"), ("b", "c")])
    let result = Betweenness(path.network)
    #expect(path.byName(result.raw) == ["a": 0, "b": 1, "c": 0])
    #expect(path.byName(result.normalized) == ["a": 0, "b": 1, "c": 0])
  }

  /// A star with four leaves: the centre is on all C(4,2) = 6 leaf pairs, normalized 6/6 = 1.
  @Test func star() {
    let star = NamedNetwork([("c", "1"), ("c", "2"), ("c", "3"), ("c", "4")])
    let result = Betweenness(star.network)
    #expect(result.raw == [6, 0, 0, 0, 0])
    #expect(result.normalized == [1, 0, 0, 0, 0])
  }

  /// Cycle a-b-c-d: each opposite pair has two shortest paths, one through each other actor,
  /// so every actor gets 1/2.
  @Test func evenCycleSplitsPaths() {
    let cycle = NamedNetwork([("a", "b"), ("b", "c"), ("c", "d"), ("d", "a")])
    #expect(Betweenness(cycle.network).raw == [0.5, 0.5, 0.5, 0.5])
  }

  /// Directed a → b → c: b is on the one ordered pair (a, c); normalized by (n-1)(n-2) = 2.
  @Test func directedPath() {
    let path = NamedNetwork([("a", "b"), ("b", "c")], directed: true)
    let result = Betweenness(path.network)
    #expect(path.byName(result.raw) == ["a": 0, "b": 1, "c": 0])
    #expect(path.byName(result.normalized) == ["a": 0, "b": 0.5, "c": 0])
  }

  /// Weighted triangle a-b (2), b-c (2), a-c (1): a–c directly has length 1, through b
  /// 1/2 + 1/2 = 1, so b is on one of two shortest paths.
  @Test func weightedTieOfPaths() {
    let triangle = NamedNetwork([("a", "b", 2), ("b", "c", 2), ("a", "c", 1)], weighted: true)
    #expect(triangle.byName(Betweenness(triangle.network).raw) == ["a": 0, "b": 0.5, "c": 0])
  }

  /// Krackhardt (1990), Figure 1: Heather brokers between the kite and its tail.
  /// Values from Krackhardt's paper and NetworkX's test suite (raw, unordered pairs).
  @Test func krackhardtKite() {
    let kite = NamedNetwork(kiteTies)
    let raw = kite.byName(Betweenness(kite.network).raw)
    let expected: [String: Double] = [
      "Andre": 5.0 / 6, "Beverly": 5.0 / 6, "Carol": 0, "Diane": 11.0 / 3, "Ed": 0,
      "Fernando": 25.0 / 3, "Garth": 25.0 / 3, "Heather": 14, "Ike": 8, "Jane": 0,
    ]
    for (name, value) in expected { #expect(approximately(raw[name] ?? -1, value), "\(name)") }
  }

  /// Wasserman & Faust (1994), ch. 5, centralities of Padgett's marriage network without Pucci,
  /// published to three decimals (normalized) and by many textbooks unnormalized.
  @Test func florentineFamiliesPublishedTable() {
    let florentine = NamedNetwork(florentineMarriages)
    let result = Betweenness(florentine.network)
    let raw = florentine.byName(result.raw)
    let normalized = florentine.byName(result.normalized)
    let published: [String: (raw: Double, normalized: Double)] = [
      "Medici": (47.5, 0.522), "Guadagni": (23.167, 0.255), "Albizzi": (19.333, 0.212),
      "Salviati": (13.0, 0.143), "Ridolfi": (10.333, 0.114), "Bischeri": (9.5, 0.104),
      "Strozzi": (9.333, 0.103), "Barbadori": (8.5, 0.093), "Tornabuoni": (8.333, 0.092),
      "Castellani": (5.0, 0.055), "Peruzzi": (2.0, 0.022), "Acciaiuoli": (0, 0), "Ginori": (0, 0),
      "Lamberteschi": (0, 0), "Pazzi": (0, 0),
    ]
    for (family, value) in published {
      #expect(abs((raw[family] ?? -1) - value.raw) <= publishedPrecision, "\(family) raw")
      #expect(abs((normalized[family] ?? -1) - value.normalized) <= publishedPrecision, "\(family) normalized")
    }
  }
}
