import Foundation

/// The sources of an estimate: k actors drawn uniformly at random without replacement, the same
/// for every estimate that shares a sweep (``ApproximateBetweenness``, ``ApproximateCloseness``,
/// ``ApproximateHarmonicCloseness``).
///
/// ```
/// k = ⌈ (n/(n−1))² · ln(2n/δ) / (2ε²) ⌉          at most n
/// ```
/// This k gives each of the three estimates its guarantee: every per-source term lies in a range
/// of width (n/(n−1))·b (b = 1 for normalized betweenness and unweighted harmonic closeness, the
/// diameter for closeness's mean distance), so Hoeffding's inequality (which holds for sampling
/// without replacement too, Hoeffding 1963 §6) puts one actor's error above ε·b with probability at
/// most 2·exp(−2kε²/(n/(n−1))²), and a union bound over the n actors keeps all of them within
/// ε·b with probability at least 1 − δ.
///
/// The draw is a SplitMix64 shuffle of 0..<n with the given seed, cut after k: the same seed
/// gives the same sources on every machine, whatever the number of threads.
package struct SourceSample: Sendable, Hashable {
  /// The sampled actors, in draw order.
  package let sources: [Int]
  /// n, the number of actors drawn from.
  package let actorCount: Int

  /// Draws k = ``size(actorCount:epsilon:delta:)`` sources of `actorCount` actors.
  package init(actorCount n: Int, epsilon: Double, delta: Double, seed: UInt64) {
    let size = Self.size(actorCount: n, epsilon: epsilon, delta: delta)
    var generator = SplitMix64(seed: seed)
    sources = size >= n ? Array(0..<max(0, n)) : Array(Array(0..<n).shuffled(using: &generator).prefix(size))
    actorCount = max(0, n)
  }

  /// Whether every actor is a source, so that whatever is computed from the sample is exact.
  package var isEveryActor: Bool { sources.count == actorCount }

  /// k for n actors: the number of sources that meets the guarantee, at most n; n when n < 3 or
  /// the arguments lie outside (0, 1).
  package static func size(actorCount n: Int, epsilon: Double, delta: Double) -> Int {
    guard n >= 3, epsilon > 0, delta > 0, delta < 1 else { return max(0, n) }
    let range = Double(n) / Double(n - 1)
    let needed = (range * range * log(2 * Double(n) / delta) / (2 * epsilon * epsilon)).rounded(.up)
    return needed >= Double(n) ? n : Int(needed)
  }
}

/// How an estimate was made: its sample and the terms of its guarantee (``ApproximateCloseness``,
/// ``ApproximateHarmonicCloseness``; each says what ε bounds).
public struct SampledEstimate: Sendable, Hashable {
  /// Number of sampled sources, k.
  public let sampleSize: Int
  /// Whether every actor was a source (k ≥ n), so the values are exact.
  public let isExact: Bool
  /// ε, in (0, 1): the error the guarantee allows, in the unit of the estimate's bound.
  public let epsilon: Double
  /// δ, in (0, 1): the probability that some actor's error exceeds the bound.
  public let delta: Double
  /// Seed of the random sample of sources; the same seed gives the same estimate.
  public let seed: UInt64

  /// The terms of an estimate from `sampleSize` sources.
  package init(sampleSize: Int, isExact: Bool, epsilon: Double, delta: Double, seed: UInt64) {
    self.sampleSize = sampleSize
    self.isExact = isExact
    self.epsilon = epsilon
    self.delta = delta
    self.seed = seed
  }
}
