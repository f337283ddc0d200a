/// Harmonic closeness estimated from a random sample of sources, for networks too large for a
/// shortest-path tree from every actor, with a stated guarantee.
///
/// ```
/// k = ⌈ (n/(n−1))² · ln(2n/δ) / (2ε²) ⌉                 sources S, drawn without replacement
/// Ĥ(v) = n/(k(n−1)) · Σ_{s ∈ S, s ≠ v} 1/d(s, v)        (1/∞ = 0)
/// ```
/// Ĥ is an unbiased estimate of the normalized harmonic closeness H(v) = Σ_{u≠v} 1/d(u, v)/(n − 1)
/// (``HarmonicCloseness``), in the manner of Eppstein & Wang (2004).
///
/// - Guarantee: with probability at least 1 − δ, *every* actor's estimate (``outward``, and
///   separately ``inward``) lies within ε·w of its exact value, where w = 1 unweighted and
///   w = the largest tie weight (the inverse of the shortest possible distance) weighted, at
///   least 1. Why: each sampled term n/(n−1)·1/d(s, v) lies in [0, n/(n−1)·w]; Hoeffding's
///   inequality (which holds for sampling without replacement) and a union bound over the n
///   actors give k above. Unweighted, the bound is simply ε on the normalized value in [0, 1].
/// - Disconnected maps need nothing special: unreachable sources add 0, as in the exact value.
/// - When k ≥ n every actor is a source and the values are those of ``HarmonicCloseness``
///   (``SampledEstimate/isExact``); so for every n ≤ 2 (n = 0: no values; n = 1: 0; n = 2 with a tie: 1 unweighted).
/// - Direction: ``outward`` from distances from each actor (on a directed map, trees on the
///   reversed network from the same sources), ``inward`` from distances to it; equal when
///   undirected. Weights: d sums 1/weight, as ``HarmonicCloseness``.
/// - Deterministic: the sources come from `SourceSample` (SplitMix64, seeded) and the sums
///   from a stripe-ordered sweep, so a seed gives the same values for any number of threads.
///
/// - Complexity: O(k·m) unweighted, O(k·m·log n) weighted; twice that on directed maps.
///
/// References: Eppstein, D. & Wang, J. (2004). [Fast approximation of
/// centrality](https://doi.org/10.7155/jgaa.00081), *J. Graph Algorithms Appl.* 8(1), 39–45;
/// Hoeffding, W. (1963). Probability inequalities for sums of bounded random variables, *JASA*
/// 58(301); Boldi & Vigna (2014) (the form of ``HarmonicCloseness``).
public struct ApproximateHarmonicCloseness: Sendable, Hashable {
  /// The estimates, in the form of exact harmonic closeness.
  public let estimate: HarmonicCloseness
  /// Estimated harmonic closeness from distances from each actor.
  public var outward: [Double] { estimate.outward }
  /// Estimated harmonic closeness from distances to each actor.
  public var inward: [Double] { estimate.inward }
  /// w: 1 unweighted, the largest tie weight (at least 1) weighted; the error bound is ε·w.
  public let scale: Double
  /// The sample and the terms of the guarantee (k, ε, δ, seed; exact when k ≥ n).
  public let terms: SampledEstimate

  /// Estimates the harmonic closeness of every actor of `network` from `SourceSample` sources,
  /// for example `ApproximateHarmonicCloseness(network, epsilon: 0.05).outward`. The arguments are
  /// those of ``ApproximateCloseness/init(_:epsilon:delta:seed:threads:)``, except that `epsilon`
  /// bounds the error as a share of w (``scale``).
  public init(_ network: Network, epsilon: Double, delta: Double = 0.1, seed: UInt64 = 1, threads: Int? = nil) {
    switch DistanceSweep(network: network, epsilon: epsilon, delta: delta, seed: seed, threads: threads) {
    case .exact(let sums): self.init(network: network, exact: sums, epsilon: epsilon, delta: delta, seed: seed)
    case .sampled(let sweep):
      self.init(network: network, sweep: sweep, epsilon: epsilon, delta: delta, seed: seed)
    }
  }

  /// The exact values, from a sweep over every source with both distance requests (k ≥ n).
  package init(network: Network, exact sums: PathSums, epsilon: Double, delta: Double, seed: UInt64) {
    estimate = HarmonicCloseness(network: network, sums: sums)
    scale = Self.scale(of: network)
    terms = SampledEstimate(
      sampleSize: network.actorCount, isExact: true, epsilon: epsilon, delta: delta, seed: seed)
  }

  /// The estimate from a sampled sweep that included the distances (k < n, so n ≥ 3).
  package init(network: Network, sweep: SampledSweep, epsilon: Double, delta: Double, seed: UInt64) {
    let n = network.actorCount
    let k = sweep.sample.sources.count
    let factor = k > 0 && n > 1 ? Double(n) / (Double(k) * Double(n - 1)) : 0
    let outward = sweep.terms(outward: true).harmonicSum.map { $0 * factor }
    let inward = network.isDirected ? sweep.terms(outward: false).harmonicSum.map { $0 * factor } : outward
    estimate = HarmonicCloseness(outward: outward, inward: inward)
    scale = Self.scale(of: network)
    terms = SampledEstimate(sampleSize: k, isExact: false, epsilon: epsilon, delta: delta, seed: seed)
  }

  /// w: the largest possible 1/d, that is the largest tie weight when weighted; at least 1.
  static func scale(of network: Network) -> Double {
    network.isWeighted ? max(1, network.outgoing.weights.max() ?? 1) : 1
  }
}
