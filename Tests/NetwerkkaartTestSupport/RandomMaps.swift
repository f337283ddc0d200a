import NetwerkkaartCore

/// The library's seedable generator, so that random test maps are the same on every machine.
public typealias SeededGenerator = SplitMix64

/// Random networks for property tests: G(n, p) with integer weights 1...5.
public enum RandomNetworks {
  public static func edges(actors n: Int, probability p: Double, directed: Bool, seed: UInt64) -> [Network.Edge] {
    var generator = SeededGenerator(seed: seed)
    var edges: [Network.Edge] = []
    for source in 0..<n {
      for target in (directed ? 0 : source + 1)..<n where source != target {
        if Double.random(in: 0..<1, using: &generator) < p {
          edges.append(Network.Edge(source, target, weight: Double(Int.random(in: 1...5, using: &generator))))
        }
      }
    }
    return edges
  }
}
