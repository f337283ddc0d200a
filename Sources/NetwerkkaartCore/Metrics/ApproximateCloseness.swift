/// Wasserman–Faust closeness estimated from a random sample of sources, for networks too large
/// for a shortest-path tree from every actor, with a stated guarantee on each actor's mean
/// distance.
///
/// ```
/// k = ⌈ (n/(n−1))² · ln(2n/δ) / (2ε²) ⌉                 sources S, drawn without replacement
/// Â(v) = n/(k(n−1)) · Σ_{s ∈ S, s ≠ v} d(s, v)          (unreachable s count 0)
/// Ĉ(v) = p(v)² / Â(v)        p(v) = (r − 1)/(n − 1)      (0 when Â(v) = 0)
/// ```
/// A(v) = Σ_u d(u, v)/(n − 1), summed over the actors u within reach, is the mean distance that
/// closeness inverts: exact closeness is C(v) = p(v)²/A(v) (``Closeness``), and on a connected
/// map p = 1 and C = 1/A, the inverse of the average distance to the others. Â is its unbiased
/// estimate from the sample, as in Eppstein & Wang (2004).
///
/// - Guarantee: with probability at least 1 − δ, *every* actor's ``outwardMeanDistance`` (and,
///   separately, ``inwardMeanDistance``) lies within ε·Δ of the exact A(v), Δ being the longest
///   finite shortest path of the map (its diameter when connected). On a connected map that is
///   |1/Ĉ(v) − 1/C(v)| ≤ ε·Δ. Why: each sampled term n/(n−1)·d(s, v) lies in [0, n/(n−1)·Δ];
///   Hoeffding's inequality (which holds for sampling without replacement) bounds one actor's
///   error by 2·exp(−2kε²/(n/(n−1))²) and a union bound over the n actors gives k above. The
///   guarantee is on the mean distance, not on closeness: an error ε·Δ in A moves C by about
///   ε·Δ·C², more for actors close to everyone.
/// - Reach share p: exact on undirected maps (component sizes). On directed maps the actors
///   within reach are estimated too, p̂(v) = n/(k(n−1)) · |{s ∈ S, s ≠ v, within reach}| (at
///   most 1), within ε with probability 1 − δ by the same argument; both bounds hold together
///   with probability at least 1 − 2δ.
/// - ``diameterBound``: an upper bound on Δ that the sample proves (undirected maps): for each
///   component, twice the smallest eccentricity of a sampled source in it, or its size − 1
///   times the longest tie when no source fell in it. `nil` on directed maps.
/// - When k ≥ n every actor is a source and the values are those of ``Closeness`` (``SampledEstimate/isExact``);
///   so for every n ≤ 2 (n = 0: no values; n = 1: 0; n = 2: 1 with a tie, 0 without).
/// - Direction: ``outward`` from distances from each actor (on a directed map, trees on the
///   reversed network from the same sources), ``inward`` from distances to it; equal when
///   undirected. Weights: d sums 1/weight, as ``Closeness``.
/// - Deterministic: the sources come from `SourceSample` (SplitMix64, seeded) and the sums
///   from a stripe-ordered sweep, so a seed gives the same values for any number of threads.
///
/// - Complexity: O(k·m) unweighted, O(k·m·log n) weighted; twice that on directed maps.
///
/// References: Eppstein, D. & Wang, J. (2004). [Fast approximation of
/// centrality](https://doi.org/10.7155/jgaa.00081), *J. Graph Algorithms Appl.* 8(1), 39–45;
/// Hoeffding, W. (1963). Probability inequalities for sums of bounded random variables, *JASA*
/// 58(301); Wasserman & Faust (1994), §5.3 (the form of ``Closeness``).
public struct ApproximateCloseness: Sendable, Hashable {
  /// The estimates, in the form of exact closeness (``Closeness/outward``, ``Closeness/inward``).
  public let estimate: Closeness
  /// Estimated closeness from distances from each actor.
  public var outward: [Double] { estimate.outward }
  /// Estimated closeness from distances to each actor.
  public var inward: [Double] { estimate.inward }
  /// Â(v) from distances from each actor: the quantity the guarantee bounds.
  public let outwardMeanDistance: [Double]
  /// Â(v) from distances to each actor (equal to ``outwardMeanDistance`` when undirected).
  public let inwardMeanDistance: [Double]
  /// An upper bound on the longest finite distance Δ proved by the sample; `nil` on directed maps.
  public let diameterBound: Double?
  /// The sample and the terms of the guarantee (k, ε, δ, seed; exact when k ≥ n).
  public let terms: SampledEstimate

  /// Estimates the closeness of every actor of `network` from `SourceSample` sources.
  ///
  /// ```swift
  /// let estimate = ApproximateCloseness(network, epsilon: 0.05)
  /// print(estimate.terms.sampleSize, estimate.diameterBound ?? .nan, estimate.outward)
  /// ```
  ///
  /// - Parameters:
  ///   - network: the network; direction and weights as ``Closeness``.
  ///   - epsilon: the error of a mean distance as a share of Δ, in (0, 1).
  ///   - delta: the probability that some actor's error exceeds it, in (0, 1).
  ///   - seed: seed of the sample of sources; the same seed gives the same estimate.
  ///   - threads: worker threads (default: one per processor core); the result is the same for any number.
  public init(_ network: Network, epsilon: Double, delta: Double = 0.1, seed: UInt64 = 1, threads: Int? = nil) {
    switch DistanceSweep(network: network, epsilon: epsilon, delta: delta, seed: seed, threads: threads) {
    case .exact(let sums): self.init(network: network, exact: sums, epsilon: epsilon, delta: delta, seed: seed)
    case .sampled(let sweep):
      self.init(
        network: network, sweep: sweep, components: Components(network), epsilon: epsilon, delta: delta, seed: seed)
    }
  }

  /// The exact values, from a sweep over every source with both distance requests (k ≥ n).
  package init(network: Network, exact sums: PathSums, epsilon: Double, delta: Double, seed: UInt64) {
    let others = Double(max(1, network.actorCount - 1))
    estimate = Closeness(network: network, sums: sums)
    outwardMeanDistance = sums.outDistanceSum.map { $0 / others }
    inwardMeanDistance = sums.inDistanceSum.map { $0 / others }
    diameterBound = network.isDirected ? nil : sums.outEccentricity.max() ?? 0
    terms = SampledEstimate(
      sampleSize: network.actorCount, isExact: true, epsilon: epsilon, delta: delta, seed: seed)
  }

  /// The estimate from a sampled sweep that included the distances (k < n, so n ≥ 3).
  package init(
    network: Network, sweep: SampledSweep, components: Components, epsilon: Double, delta: Double, seed: UInt64
  ) {
    let n = network.actorCount
    let k = sweep.sample.sources.count
    let scale = k > 0 && n > 1 ? Double(n) / (Double(k) * Double(n - 1)) : 0
    let sizes = components.sizes
    func direction(outward: Bool) -> (closeness: [Double], meanDistance: [Double]) {
      let terms = sweep.terms(outward: outward)
      let meanDistance = terms.distanceSum.map { $0 * scale }
      let closeness = (0..<meanDistance.count).map { actor -> Double in
        let share: Double
        if network.isDirected {
          share = min(1, Double(terms.reach[actor]) * scale)
        } else {
          share = Double(sizes[components.componentOfActor[actor]] - 1) / Double(n - 1)
        }
        return meanDistance[actor] > 0 ? share * share / meanDistance[actor] : 0
      }
      return (closeness, meanDistance)
    }
    let away = direction(outward: true)
    let toward = network.isDirected ? direction(outward: false) : away
    estimate = Closeness(outward: away.closeness, inward: toward.closeness)
    outwardMeanDistance = away.meanDistance
    inwardMeanDistance = toward.meanDistance
    diameterBound =
      network.isDirected
      ? nil
      : Self.diameterBound(network: network, sweep: sweep, components: components, sizes: sizes)
    terms = SampledEstimate(sampleSize: k, isExact: false, epsilon: epsilon, delta: delta, seed: seed)
  }

  /// Δ ≤ max over components of 2·min ecc(s) over its sampled sources s (triangle inequality),
  /// or (size − 1) times the longest tie length for a component without a sampled source.
  private static func diameterBound(network: Network, sweep: SampledSweep, components: Components, sizes: [Int])
    -> Double
  {
    var smallest = [Double](repeating: .infinity, count: components.count)
    for source in sweep.sample.sources where sweep.toward.outEccentricity.indices.contains(source) {
      let component = components.componentOfActor[source]
      smallest[component] = min(smallest[component], sweep.toward.outEccentricity[source])
    }
    let lightest = network.isWeighted ? (network.outgoing.weights.min() ?? 1) : 1
    let longestTie = lightest > 0 ? 1 / lightest : 0
    var bound = 0.0
    for component in 0..<components.count {
      let byPath = Double(sizes[component] - 1) * longestTie
      bound = max(bound, smallest[component].isFinite ? min(2 * smallest[component], byPath) : byPath)
    }
    return bound
  }
}
