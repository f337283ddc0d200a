import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct HarmonicClosenessTests {
  /// Path a – b – c: b: (1 + 1)/2 = 1; a and c: (1 + 1/2)/2 = 3/4.
  @Test func pathOfThree() {
    let path = NamedNetwork([("a", "b"), ("b", "c")])
    #expect(HarmonicCloseness(path.network).outward == [0.75, 1, 0.75])
  }

  /// Unreachable actors add 0: {a – b} plus isolate c gives a = (1 + 0)/2.
  @Test func disconnected() {
    let map = NamedNetwork([("a", "b")], isolates: ["c"])
    #expect(HarmonicCloseness(map.network).outward == [0.5, 0.5, 0])
  }

  /// Directed a → b → c: outward a = (1 + 1/2)/2, b = 1/2, c = 0; inward mirrored.
  @Test func directed() {
    let path = NamedNetwork([("a", "b"), ("b", "c")], directed: true)
    let harmonic = HarmonicCloseness(path.network)
    #expect(harmonic.outward == [0.75, 0.5, 0])
    #expect(harmonic.inward == [0, 0.5, 0.75])
  }

  /// Weighted path a –(2)– b –(4)– c: distances 1/2, 1/4 and 3/4, so
  /// a = (2 + 4/3)/2 = 5/3, b = (2 + 4)/2 = 3, c = (4 + 4/3)/2 = 8/3.
  @Test func weighted() {
    let path = NamedNetwork([("a", "b", 2), ("b", "c", 4)], weighted: true)
    #expect(mismatches(HarmonicCloseness(path.network).outward, [5.0 / 3, 3, 8.0 / 3]).isEmpty)
  }
}
