/// Freeman centralization: how much a whole map hangs on its single most central actor, from 0
/// (everyone equally central) to 1 (a star: one actor tied to all, the others only to it).
///
/// ```
/// C = Σ_i (c_max − c_i) / max_G Σ_i (c_max − c_i)
/// ```
/// The numerator adds up how far each actor lies below the most central one; the denominator is
/// the largest value that sum can take on any map of the same n, which the star reaches:
///
/// | measure (c_i) | undirected maximum | directed maximum |
/// |---|---|---|
/// | degree (ties counted) | (n−1)(n−2) | in or out: (n−1)²; in + out: 2(n−1)(n−2) |
/// | betweenness (raw, ``Betweenness/raw``) | (n−1)²(n−2)/2 | (n−1)²(n−2) |
/// | closeness (``Closeness``, Wasserman–Faust) | (n−1)(n−2)/(2n−3) | n − 1 |
///
/// - Same as igraph: `centralization_degree(normalized=TRUE, loops=FALSE)` (R igraph's `centr_degree`
///   defaults to `loops=TRUE`, which divides by n(n−1) instead), `centralization_betweenness`
///   and, on connected maps, `centralization_closeness` (igraph C functions; R `centr_degree`,
///   `centr_betw`, `centr_clo`; python-igraph 1.0 has no wrapper, so the tests apply igraph's
///   formula to igraph's scores). UCINET and Freeman (1979) use the same undirected maxima.
/// - Inputs: the scores the caller has already computed (``Degree``, ``Betweenness``, ``Closeness``),
///   so nothing is computed twice. Degree centralization always counts ties, never strengths.
/// - Disconnected maps: degree and betweenness need no special case. Closeness uses our
///   Wasserman–Faust scores, which shrink with the share of the map an actor can reach, so an
///   isolate has closeness 0 and pulls the sum up like a distant actor would. The star remains the
///   maximum (checked over every map with n ≤ 6), so C stays in [0, 1]. igraph instead computes
///   closeness within each actor's component and returns NaN on maps with an isolate.
/// - Direction: ``inDegree`` and ``outDegree`` use the in- and out-star, ``degree`` (in + out, a
///   mutual tie counting twice) the star with ties both ways. ``closeness`` is outward,
///   ``inCloseness`` inward; Wasserman–Faust closeness lies in [0, 1], and the out-star (in-star)
///   reaches the bound n − 1 (igraph divides by (n−1)²/n, its maximum for another closeness).
///   Undirected maps give equal in, out and total values.
/// - Weights: degree ignores them. Betweenness centralization uses the scores as given, weighted
///   or not: weighted betweenness still stays in [0, 1] (no actor can lie on more than all pairs),
///   so the star bound holds. Closeness centralization is left out (`nil`) on weighted maps: with
///   distance 1/weight, closeness exceeds 1 as soon as strengths exceed 1 (on the weighted example
///   De Linde its centralization would be 1.42), so the star is no longer the maximum and the
///   value would not lie in [0, 1] nor compare between maps. igraph's `centr_clo` is unweighted
///   too. Read the map without `--weighted` for closeness centralization.
/// - Values: 0 by definition whenever the maximum is 0: every measure for n ≤ 1, every undirected
///   measure for n = 2 (no actor can stand out), betweenness for n < 3 and in + out degree for
///   n = 2 also when directed. Directed n = 2 with one tie a → b is an in- and out-star:
///   ``inDegree``, ``outDegree``, ``closeness`` and ``inCloseness`` are 1.
/// - Example: the star with centre s and three leaves, n = 4: degrees 3, 1, 1, 1, so Σ (3 − d) = 6
///   = (n−1)(n−2): C = 1. The path a – b – c – d: degrees 1, 2, 2, 1: Σ = 2, C = 2/6 = 1/3.
///
/// - Complexity: O(n).
///
/// Reference: Freeman, L. C. (1979). [Centrality in social networks: conceptual
/// clarification](https://doi.org/10.1016/0378-8733(78)90021-7); Wasserman & Faust (1994),
/// §5.2.1–5.2.3.
public struct Centralization: Sendable, Hashable {
  /// Degree centralization; in + out when directed.
  public let degree: Double
  /// In-degree centralization (equal to ``degree`` when undirected).
  public let inDegree: Double
  /// Out-degree centralization (equal to ``degree`` when undirected).
  public let outDegree: Double
  /// Betweenness centralization.
  public let betweenness: Double
  /// Closeness centralization from outward closeness; `nil` when no closeness was given or the
  /// map is weighted.
  public let closeness: Double?
  /// Closeness centralization from inward closeness (equal to ``closeness`` when undirected).
  public let inCloseness: Double?

  /// Centralization from scores already computed on `network`.
  ///
  /// - Parameters:
  ///   - network: the network the scores were computed on.
  ///   - degree: its ``Degree``.
  ///   - betweenness: its ``Betweenness`` (exact or estimated).
  ///   - closeness: `nil` when closeness was not computed (estimated betweenness); the
  ///     closeness centralizations are then `nil` too, as on weighted maps.
  public init(_ network: Network, degree: Degree, betweenness: Betweenness, closeness: Closeness?) {
    let n = network.actorCount
    let directed = network.isDirected
    let degreeMaximum = Self.degreeMaximum(actorCount: n, directed: directed, bothDirections: true)
    self.degree = Self.freeman(degree.degree.map(Double.init), maximum: degreeMaximum)
    if directed {
      let oneWay = Self.degreeMaximum(actorCount: n, directed: true, bothDirections: false)
      inDegree = Self.freeman(degree.inDegree.map(Double.init), maximum: oneWay)
      outDegree = Self.freeman(degree.outDegree.map(Double.init), maximum: oneWay)
    } else {
      inDegree = self.degree
      outDegree = self.degree
    }
    self.betweenness = Self.freeman(
      betweenness.raw, maximum: Self.betweennessMaximum(actorCount: n, directed: directed))
    let closenessMaximum = Self.closenessMaximum(actorCount: n, directed: directed)
    let bounded = network.isWeighted ? nil : closeness
    self.closeness = bounded.map { Self.freeman($0.outward, maximum: closenessMaximum) }
    inCloseness = bounded.map { Self.freeman($0.inward, maximum: closenessMaximum) }
  }

  /// Computes degree, betweenness and closeness (one path sweep) and their centralization.
  public init(_ network: Network, threads: Int? = nil) {
    let sums = PathSweep(network: network, request: .all, threads: threads).run()
    self.init(
      network, degree: Degree(network), betweenness: Betweenness(network: network, sums: sums),
      closeness: Closeness(network: network, sums: sums))
  }

  /// Σ (max − c_i) / `maximum`; 0 when there are no scores or the maximum is not positive, and
  /// for scores that are not all finite.
  public static func freeman(_ scores: [Double], maximum: Double) -> Double {
    guard let top = scores.max(), maximum > 0, maximum.isFinite else { return 0 }
    let spread = scores.reduce(0) { $0 + (top - $1) }
    let value = spread / maximum
    return value.isFinite ? value : 0
  }

  /// The star's degree sum: (n−1)(n−2) undirected; directed (n−1)² for in- or out-degree and
  /// 2(n−1)(n−2) for in + out (`bothDirections`). 0 when n < 2.
  public static func degreeMaximum(actorCount n: Int, directed: Bool, bothDirections: Bool) -> Double {
    guard n >= 2 else { return 0 }
    let n = Double(n)
    if !directed { return (n - 1) * (n - 2) }
    return bothDirections ? 2 * (n - 1) * (n - 2) : (n - 1) * (n - 1)
  }

  /// The star's raw betweenness sum: (n−1)²(n−2)/2 undirected, (n−1)²(n−2) directed. 0 when n < 3.
  public static func betweennessMaximum(actorCount n: Int, directed: Bool) -> Double {
    guard n >= 3 else { return 0 }
    let n = Double(n)
    return (n - 1) * (n - 1) * (n - 2) / (directed ? 1 : 2)
  }

  /// The star's Wasserman–Faust closeness sum: (n−1)(n−2)/(2n−3) undirected, n − 1 directed
  /// (centre 1, leaves that reach no one 0). 0 when n < 2.
  public static func closenessMaximum(actorCount n: Int, directed: Bool) -> Double {
    guard n >= 2 else { return 0 }
    let n = Double(n)
    return directed ? n - 1 : (n - 1) * (n - 2) / (2 * n - 3)
  }
}
