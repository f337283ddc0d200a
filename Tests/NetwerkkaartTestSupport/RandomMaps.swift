import NetwerkkaartCore

/// A small, seedable generator (SplitMix64), so that random test maps are the same on every
/// machine and every run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

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
