/// Closeness of every actor in the Wasserman–Faust form, which stays meaningful on maps
/// that fall apart into several components.
///
/// ```
/// C_C(u) = (r − 1)/(n − 1) · (r − 1)/Σ_v d(u, v)
/// ```
/// `r` counts the actors reachable from u, u included, and the sum runs over them. On a
/// connected map the first factor is 1 and this is the classic (n − 1)/Σ d (Sabidussi 1966):
/// the inverse of the average distance to everyone else. On a disconnected map the second factor
/// is closeness within u's component and the first weighs it by the share of the map u can reach.
///
/// - Direction: ``outward`` uses distances *from* u (how quickly u reaches others); ``inward``
///   uses distances *to* u (how quickly others reach u). They are equal on undirected maps.
///   NetworkX's `closeness_centrality(G, wf_improved=True)` is *inward* on directed graphs, so
///   ``inward`` equals it, and ``outward`` equals it on `G.reverse()`.
/// - Weights: on a weighted network, d is the sum of 1/weight along the shortest path.
/// - Values: in [0, 1] unweighted; weighted, distances are 1/weight, so values exceed 1 when
///   strengths exceed 1. 0 for an actor that reaches no one (an isolate), and for every actor
///   when n ≤ 1. n = 2 with a tie: 1 for both; without: 0 for both.
///
/// - Complexity: one shortest-path tree per actor (shared with the other path metrics).
///
/// Reference: Wasserman, S. & Faust, K. (1994). *Social Network Analysis: Methods and
/// Applications*, Cambridge University Press, §5.3, p. 200–201 (eq. 5.10 and the
/// correction for disconnected graphs). Freeman, L. C. (1979). [Centrality in social networks:
/// conceptual clarification](https://doi.org/10.1016/0378-8733(78)90021-7).
public struct Closeness: Sendable, Hashable {
  /// Closeness from distances from each actor.
  public let outward: [Double]
  /// Closeness from distances to each actor.
  public let inward: [Double]

  /// Computes closeness with its own sweep over all sources.
  public init(_ network: Network, threads: Int? = nil) {
    let sums = PathSweep(network: network, request: [.outDistances, .inDistances], threads: threads).run()
    self.init(network: network, sums: sums)
  }

  /// Values computed elsewhere (the estimates of ``ApproximateCloseness``), one per actor.
  package init(outward: [Double], inward: [Double]) {
    self.outward = outward
    self.inward = inward
  }

  /// Finishes closeness from a sweep that included both distance requests.
  package init(network: Network, sums: PathSums) {
    let n = network.actorCount
    outward = zip(sums.outReach, sums.outDistanceSum).map { Self.value(reach: $0, distanceSum: $1, actorCount: n) }
    inward = zip(sums.inReach, sums.inDistanceSum).map { Self.value(reach: $0, distanceSum: $1, actorCount: n) }
  }

  /// The Wasserman–Faust formula; 0 when nothing is reachable or n < 2.
  static func value(reach: Int, distanceSum: Double, actorCount n: Int) -> Double {
    guard n > 1, reach > 1, distanceSum > 0 else { return 0 }
    let reached = Double(reach - 1)
    return (reached / distanceSum) * (reached / Double(n - 1))
  }
}
