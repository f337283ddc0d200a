/// Harmonic closeness of every actor: the average inverse distance to the others, with
/// unreachable actors contributing 0, so it needs no correction on disconnected maps.
///
/// ```
/// H(u) = 1/(n − 1) · Σ_{v ≠ u} 1/d(u, v)        (1/∞ = 0)
/// ```
/// - Direction: ``outward`` uses distances from u, ``inward`` distances to u; equal when
///   undirected. NetworkX `harmonic_centrality(G)` is the *unnormalized inward* sum on directed
///   graphs: ``inward`` = that value / (n − 1), and ``outward`` the same on `G.reverse()`.
/// - Weights: d is the sum of 1/weight along the shortest path when the network is weighted,
///   so H can exceed 1 when strengths exceed 1. Unweighted it lies in [0, 1].
/// - Values: 0 when n ≤ 1 and for isolates; n = 2 with a tie: 1 (unweighted) for both.
///
/// Reference: Marchiori, M. & Latora, V. (2000). [Harmony in the small-world](https://doi.org/10.1016/S0378-4371(00)00311-3);
/// Rochat, Y. (2009), *Closeness centrality extended to unconnected graphs: the harmonic centrality index*;
/// Boldi, P. & Vigna, S. (2014). [Axioms for centrality](https://doi.org/10.1080/15427951.2013.865686).
public struct HarmonicCloseness: Sendable, Hashable {
  /// H from distances from each actor.
  public let outward: [Double]
  /// H from distances to each actor.
  public let inward: [Double]

  /// Computes harmonic closeness with its own sweep over all sources.
  public init(_ network: Network, threads: Int? = nil) {
    let sums = PathSweep(network: network, request: [.outDistances, .inDistances], threads: threads).run()
    self.init(network: network, sums: sums)
  }

  /// Values computed elsewhere (the estimates of ``ApproximateHarmonicCloseness``), one per actor.
  package init(outward: [Double], inward: [Double]) {
    self.outward = outward
    self.inward = inward
  }

  /// Finishes harmonic closeness from a sweep that included both distance requests.
  package init(network: Network, sums: PathSums) {
    let n = network.actorCount
    let others = Double(n - 1)
    outward = sums.outHarmonicSum.map { n > 1 ? $0 / others : 0 }
    inward = sums.inHarmonicSum.map { n > 1 ? $0 / others : 0 }
  }
}
