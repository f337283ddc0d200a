/// Degree of every actor: how many others it has a tie with, and (weighted) how strong those
/// ties are together.
///
/// ```
/// degree(u)            = |N(u)|                       distinct neighbours
/// degree_centrality(u) = degree(u) / (n − 1)
/// strength(u)          = Σ_{v ∈ N(u)} w(u, v)         summed tie strengths
/// ```
/// - Direction: on a directed map ``inDegree`` counts ties towards u, ``outDegree`` ties from u,
///   and ``degree`` = in + out (so a mutual pair counts twice and degree centrality can exceed 1),
///   as NetworkX `DiGraph.degree` and `degree_centrality` do. Undirected, in = out = degree.
/// - Weights: degree always counts ties; ``strength`` sums their weights (after duplicates were
///   merged, so a tie listed twice with strength 2 counts once with strength 4). Barrat et al.
///   (2004) call this *node strength*; Opsahl et al. (2010) discuss it for SNA.
/// - Values: degree centrality is 0 for every actor when n < 2 (no one to connect to). n = 2 with
///   a tie: 1 for both.
///
/// Reference: Freeman, L. C. (1979). [Centrality in social networks: conceptual clarification](https://doi.org/10.1016/0378-8733(78)90021-7);
/// Wasserman & Faust (1994), §5.2.1.
public struct Degree: Sendable, Hashable {
  /// Distinct ties of each actor; in + out when directed.
  public let degree: [Int]
  /// Ties towards each actor (equal to ``degree`` when undirected).
  public let inDegree: [Int]
  /// Ties from each actor (equal to ``degree`` when undirected).
  public let outDegree: [Int]
  /// ``degree`` / (n − 1); 0 when n < 2.
  public let centrality: [Double]
  /// Summed strength of each actor's ties; in + out when directed.
  public let strength: [Double]
  /// Summed strength of incoming ties.
  public let inStrength: [Double]
  /// Summed strength of outgoing ties.
  public let outStrength: [Double]

  /// Computes degree, degree centrality and strength of every actor of `network`.
  public init(_ network: Network) {
    let n = network.actorCount
    outDegree = (0..<n).map { network.outgoing.degree(of: $0) }
    inDegree = network.isDirected ? (0..<n).map { network.incoming.degree(of: $0) } : outDegree
    degree = network.isDirected ? zip(inDegree, outDegree).map { $0 + $1 } : outDegree
    centrality = degree.map { n > 1 ? Double($0) / Double(n - 1) : 0 }
    outStrength = network.outStrength
    inStrength = network.isDirected ? network.inStrength : outStrength
    strength = network.isDirected ? zip(inStrength, outStrength).map { $0 + $1 } : outStrength
  }
}
