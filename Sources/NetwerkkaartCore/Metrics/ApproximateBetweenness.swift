/// Betweenness estimated from a random sample of sources, for networks too large for the exact
/// computation, with a stated guarantee.
///
/// ```
/// k = ⌈ (n/(n−1))² · ln(2n/δ) / (2ε²) ⌉          sources, drawn without replacement
/// Ĉ_B(v) = (n/k) · Σ_{s ∈ S} δ_s(v)              (halved on undirected maps)
/// ```
/// Each sampled source s contributes its dependency δ_s(v) (Brandes 2001); scaled by n/k the sum
/// is an unbiased estimate of the exact betweenness (Brandes & Pich 2007, uniform pivots).
///
/// - Guarantee: with probability at least 1 − δ, *every* actor's ``normalized`` estimate lies
///   within ε of its exact normalized betweenness. Per source, n·δ_s(v)/((n−1)(n−2)) lies in
///   [0, n/(n−1)]; Hoeffding's inequality (which also holds for sampling without replacement)
///   bounds each actor's error, and a union bound over the n actors gives k above.
/// - When k ≥ n the sample is every actor and the result is exact (``isExact``).
/// - Direction, weights and normalization as ``Betweenness``. n < 3: all 0, exact.
/// - Deterministic: the sample comes from a SplitMix64 generator with the given seed, so the
///   same seed gives the same sample on every machine and for any number of threads.
///
/// - Complexity: O(k·m) unweighted, O(k·m·log n) weighted, instead of n·m.
///
/// References: Brandes, U. & Pich, C. (2007). [Centrality estimation in large
/// networks](https://doi.org/10.1142/S0218127407018403); Hoeffding, W. (1963). Probability
/// inequalities for sums of bounded random variables, *JASA* 58(301).
public struct ApproximateBetweenness: Sendable, Hashable {
  /// The estimates, in the form of exact betweenness (raw and normalized).
  public let estimate: Betweenness
  /// The estimate of C_B(v), unordered pairs for undirected networks.
  public var raw: [Double] { estimate.raw }
  /// The estimate divided by (n−1)(n−2)/2 (undirected) or (n−1)(n−2) (directed).
  public var normalized: [Double] { estimate.normalized }
  /// Number of sampled sources, k.
  public let sampleSize: Int
  /// Whether every actor was a source (k ≥ n), so the values are exact.
  public let isExact: Bool
  /// ε: the largest error of a normalized value that the guarantee allows, in (0, 1).
  public let epsilon: Double
  /// δ: the probability that some actor's error exceeds ``epsilon``, in (0, 1).
  public let delta: Double
  /// Seed of the random sample of sources; the same seed gives the same estimate.
  public let seed: UInt64

  /// Estimates the betweenness of every actor of `network` from ``sampleSize(actorCount:epsilon:delta:)``
  /// sampled sources.
  ///
  /// ```swift
  /// let estimate = ApproximateBetweenness(network, epsilon: 0.05)
  /// print(estimate.sampleSize, estimate.isExact, estimate.normalized)
  /// ```
  ///
  /// - Parameters:
  ///   - network: the network; direction and weights as ``Betweenness``.
  ///   - epsilon: the largest error of a normalized value, in (0, 1).
  ///   - delta: the probability that some actor's error exceeds `epsilon`, in (0, 1).
  ///   - seed: seed of the sample of sources; the same seed gives the same estimate.
  ///   - threads: worker threads of the sweep over the sampled sources (default: one per
  ///     processor core); the result is the same for any number.
  ///   - progress: called with (sources done, sources in all) from worker threads.
  ///   - isCancelled: asked between sources; once it answers `true` the sweep stops and the
  ///     estimate is incomplete.
  public init(
    _ network: Network, epsilon: Double, delta: Double = 0.1, seed: UInt64 = 1, threads: Int? = nil,
    progress: (@Sendable (Int, Int) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil
  ) {
    let sample = SourceSample(actorCount: network.actorCount, epsilon: epsilon, delta: delta, seed: seed)
    let sweep = SampledSweep(
      network: network, sample: sample, dependency: true, distances: false, threads: threads, progress: progress,
      isCancelled: isCancelled)
    self.init(network: network, sweep: sweep, epsilon: epsilon, delta: delta, seed: seed)
  }

  /// The estimate from a sampled sweep that included the dependencies; exact when the sample is
  /// every actor (the dependency sums are then those of the exact sweep, in the same order).
  package init(network: Network, sweep: SampledSweep, epsilon: Double, delta: Double, seed: UInt64) {
    let n = network.actorCount
    let sources = sweep.sample.sources
    let scale = sources.isEmpty ? 0 : Double(n) / Double(sources.count)
    let scaled = PathSums(dependency: sweep.toward.dependency.map { $0 * scale })
    estimate = Betweenness(network: network, sums: scaled)
    sampleSize = sources.count
    isExact = sources.count == n
    self.epsilon = epsilon
    self.delta = delta
    self.seed = seed
  }

  /// k for n actors: the number of sources that meets the guarantee, at most n.
  public static func sampleSize(actorCount n: Int, epsilon: Double, delta: Double) -> Int {
    SourceSample.size(actorCount: n, epsilon: epsilon, delta: delta)
  }
}
