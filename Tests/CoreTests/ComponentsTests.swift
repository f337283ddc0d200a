import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct ComponentsTests {
  @Test func isolatesAreComponents() {
    let map = NamedNetwork([("a", "b"), ("c", "d")], isolates: ["e"])
    let components = Components(map.network)
    #expect(components.count == 3)
    #expect(components.componentOfActor == [0, 0, 1, 1, 2])
    #expect(components.sizes == [2, 2, 1])
  }

  /// a → b ← c is one weakly connected component though no one reaches both others.
  @Test func directedIsWeak() {
    #expect(Components(NamedNetwork([("a", "b"), ("c", "b")], directed: true).network).count == 1)
  }
}
