import Foundation

/// Local clustering coefficient of every actor, its average, and the transitivity of the map:
/// how often two partners of an actor are partners of each other.
///
/// ```
/// undirected:  C(u) = 2 T(u) / (d(u)(d(u) − 1))          T(u): triangles through u
/// weighted:    C(u) = 2 Σ_{u,v,w triangle} (ŵ_uv ŵ_vw ŵ_wu)^{1/3} / (d(u)(d(u) − 1)),  ŵ = w / max w
/// directed:    C(u) = Σ_{v,w} σ_uv σ_vw σ_wu / (2 (d_tot(u)(d_tot(u) − 1) − 2 d_↔(u)))
/// average      = (1/n) Σ_u C(u)
/// transitivity = 3 × triangles / connected triples = Σ_u T(u) / Σ_u d(u)(d(u) − 1)/2
/// ```
/// `d(u)` counts distinct neighbours. Every triangle u–v–w counts once in `T(u)`; 0 ≤ C(u) ≤ 1.
/// The triangle of a school and two partners that also work together adds to the clustering of
/// all three.
///
/// - Direction: on a directed map ``local`` is Fagiolo's (2007) clustering, counting every
///   directed triangle through u: `σ_uv = a_uv + a_vu` (1 for a one-way tie, 2 for a mutual
///   pair; weighted `ŵ_uv^{1/3} + ŵ_vu^{1/3}`), `d_tot` = in-degree + out-degree and `d_↔` the
///   number of mutual pairs, as NetworkX `clustering(DiGraph)`; a 3-cycle gives 1/2 to each
///   actor, a fully mutual triangle 1. ``transitivity`` and ``triangles`` always use the
///   undirected view (a tie in either direction is a tie): NetworkX's `transitivity` has no
///   directed form, and on a `DiGraph` it silently uses out-neighbours only, so ours equals
///   `nx.transitivity(G.to_undirected())` there.
/// - Weights: when `network.isWeighted`, ``local`` and ``average`` use Onnela et al.'s (2005)
///   geometric mean of the three tie strengths, each divided by the largest strength on the map
///   (NetworkX `clustering(G, weight="weight")`); a triangle of strongest ties counts 1, weaker
///   ones less. ``transitivity`` and ``triangles`` never use weights.
/// - Values: 0 for an actor with fewer than two neighbours (an isolate, a leaf) and for an actor
///   whose neighbours share no tie. n = 0: no actors, ``average`` and ``transitivity`` 0
///   (NetworkX's `average_clustering` raises on an empty graph). n = 1 and n = 2: every value 0.
///   ``average`` counts those zeros, as NetworkX's default `count_zeros=True`. ``transitivity``
///   is 0 when there is no connected triple. Disconnected maps need no special case: all three
///   are local counts summed.
///
/// - Complexity: O(m·√m) time and O(n + m) memory: every triangle is found once, from its
///   lowest-ranked corner, ranking actors by degree (the "forward" algorithm; [Latapy 2008]),
///   so a hub with 100,000 leaves costs O(m), not O(m·d_max).
///
/// Reference: Watts, D. J. & Strogatz, S. H. (1998). [Collective dynamics of 'small-world'
/// networks](https://doi.org/10.1038/30918). Onnela, J.-P., Saramäki, J., Kertész, J. & Kaski, K.
/// (2005). [Intensity and coherence of motifs in weighted complex
/// networks](https://doi.org/10.1103/PhysRevE.71.065103). Fagiolo, G. (2007). [Clustering in
/// complex directed networks](https://doi.org/10.1103/PhysRevE.76.026107). Newman, M. E. J.
/// (2003). [The structure and function of complex
/// networks](https://doi.org/10.1137/S003614450342480), §III.B (transitivity). NetworkX
/// `clustering`, `average_clustering`, `transitivity`, `triangles`.
///
/// [Latapy 2008]: https://doi.org/10.1016/j.tcs.2008.07.017
public struct Clustering: Sendable, Hashable {
  /// Local clustering coefficient of each actor: weighted (Onnela) when the network is
  /// weighted, directed (Fagiolo) when it is directed.
  public let local: [Double]
  /// Mean of ``local`` over all actors, zeros included; 0 when n = 0.
  public let average: Double
  /// 3 × triangles / connected triples of the undirected, unweighted view; 0 without triples.
  public let transitivity: Double
  /// Triangles through each actor in the undirected view (NetworkX `triangles`).
  public let triangles: [Int]

  /// Computes the clustering coefficient of every actor of `network` (direction and weights as
  /// described above), their average, and the transitivity of its undirected, unweighted view.
  public init(_ network: Network) {
    self.init(network, view: TriangleView(network))
  }

  /// The coefficients from a ``TriangleView`` of `network` already built (``StructuralHoles`` uses
  /// the same).
  init(_ network: Network, view: TriangleView) {
    let n = network.actorCount
    let sigma = Self.triangleWeights(view, network: network)
    var triangles = [Int](repeating: 0, count: n)
    var intensity = [Double](repeating: 0, count: n)
    view.forEachTriangle { u, v, w, uv, vw, uw in
      let value = sigma[uv] * sigma[vw] * sigma[uw]
      triangles[u] += 1
      triangles[v] += 1
      triangles[w] += 1
      intensity[u] += value
      intensity[v] += value
      intensity[w] += value
    }
    var local = [Double](repeating: 0, count: n)
    var closedTriples = 0
    var triples = 0
    for u in 0..<n {
      let d = view.degree(of: u)
      closedTriples += triangles[u]
      triples += d * (d - 1) / 2
      // Each triangle is two ordered pairs (v, w) of u's neighbours, as in NetworkX's sums.
      let pairs: Double
      if network.isDirected {
        let total = network.outgoing.degree(of: u) + network.incoming.degree(of: u)
        pairs = Double(total * (total - 1) - 2 * view.mutualCount(of: u))
      } else {
        pairs = Double(d * (d - 1))
      }
      local[u] = TriangleView.finite(network.isDirected ? intensity[u] / pairs : 2 * intensity[u] / pairs)
    }
    self.local = local
    self.triangles = triangles
    average = n > 0 ? local.reduce(0, +) / Double(n) : 0
    transitivity = triples > 0 ? Double(closedTriples) / Double(triples) : 0
  }

  /// The factor each tie of a triangle contributes, per view entry (symmetric): 1 undirected
  /// unweighted, `(w / max w)^{1/3}` undirected weighted, the sum over both directions directed.
  private static func triangleWeights(_ view: TriangleView, network: Network) -> [Double] {
    let maxWeight = network.isWeighted ? (network.outgoing.weights.max() ?? 1) : 1
    func factor(_ present: Bool, _ weight: Double) -> Double {
      guard present else { return 0 }
      return network.isWeighted ? TriangleView.finite(cbrt(weight / maxWeight)) : 1
    }
    return view.neighbors.indices.map { entry in
      let out = factor(view.hasOut(entry), view.outWeights[entry])
      guard network.isDirected else { return out }
      return out + factor(view.hasIn(entry), view.inWeights[entry])
    }
  }
}
