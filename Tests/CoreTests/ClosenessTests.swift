import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct ClosenessTests {
  /// Path a – b – c: b is at distance 1 from both (2/2 = 1); a at 1 and 2 (2/3).
  @Test func pathOfThree() {
    let path = NamedNetwork([("a", "b"), ("b", "c")])
    let closeness = Closeness(path.network)
    #expect(mismatches(closeness.outward, [2.0 / 3, 1, 2.0 / 3]).isEmpty)
    #expect(closeness.inward == closeness.outward)
  }

  /// {a – b} and an isolate c, n = 3: a reaches r = 2 actors (itself included) at total
  /// distance 1, so (1/2)·(1/1) = 0.5; the isolate reaches no one: 0.
  @Test func disconnectedUsesWassermanFaustCorrection() {
    let map = NamedNetwork([("a", "b")], isolates: ["c"])
    #expect(Closeness(map.network).outward == [0.5, 0.5, 0])
  }

  /// Directed a → b → c. Outward: a reaches b (1) and c (2): (2/2)·(2/3); b reaches c: (1/2)·1;
  /// c reaches no one. Inward is the mirror image.
  @Test func directedOutwardAndInward() {
    let path = NamedNetwork([("a", "b"), ("b", "c")], directed: true)
    let closeness = Closeness(path.network)
    #expect(mismatches(closeness.outward, [2.0 / 3, 0.5, 0]).isEmpty)
    #expect(mismatches(closeness.inward, [0, 0.5, 2.0 / 3]).isEmpty)
  }

  /// Weighted path a –(2)– b –(4)– c: distances 1/2 and 1/4, a–c 3/4.
  /// a: 2/(1/2 + 3/4) = 1.6; b: 2/(1/2 + 1/4) = 8/3; c: 2/(3/4 + 1/4) = 2.
  @Test func weightedDistancesAreInverseStrengths() {
    let path = NamedNetwork([("a", "b", 2), ("b", "c", 4)], weighted: true)
    #expect(mismatches(Closeness(path.network).outward, [1.6, 8.0 / 3, 2]).isEmpty)
  }

  /// Krackhardt's kite; values as in NetworkX's test suite (three decimals).
  @Test func krackhardtKite() {
    let kite = NamedNetwork(kiteTies)
    let closeness = kite.byName(Closeness(kite.network).outward)
    let expected: [String: Double] = [
      "Andre": 0.529, "Beverly": 0.529, "Carol": 0.500, "Diane": 0.600, "Ed": 0.500,
      "Fernando": 0.643, "Garth": 0.643, "Heather": 0.600, "Ike": 0.429, "Jane": 0.310,
    ]
    for (name, value) in expected { #expect(abs((closeness[name] ?? -1) - value) <= publishedPrecision, "\(name)") }
  }

  /// Wasserman & Faust (1994), ch. 5, actor closeness of Padgett's marriage network
  /// without Pucci, three decimals.
  @Test func florentineFamiliesPublishedTable() {
    let florentine = NamedNetwork(florentineMarriages)
    let closeness = florentine.byName(Closeness(florentine.network).outward)
    let published: [String: Double] = [
      "Medici": 0.560, "Ridolfi": 0.500, "Albizzi": 0.483, "Tornabuoni": 0.483, "Guadagni": 0.467,
      "Barbadori": 0.438, "Strozzi": 0.438, "Bischeri": 0.400, "Castellani": 0.389, "Salviati": 0.389,
      "Acciaiuoli": 0.368, "Peruzzi": 0.368, "Ginori": 0.333, "Lamberteschi": 0.326, "Pazzi": 0.286,
    ]
    for (family, value) in published {
      #expect(abs((closeness[family] ?? -1) - value) <= publishedPrecision, "\(family)")
    }
  }
}
