/// Burt's structural-hole measures of every actor's ego network: how many of its contacts are
/// non-redundant (effective size, efficiency), and how much its contacts are tied to each other
/// (constraint).
///
/// ```
/// a_uv  = strength of the tie u → v (1 unweighted, 0 when absent)
/// m_uv  = a_uv + a_vu                                   mutual strength; N(u) = {v : m_uv > 0}
/// p_uv  = m_uv / Σ_{k ∈ N(u)} m_uk                      share of u's ties invested in v
/// r_vw  = m_vw / max_{k ∈ N(v)} m_vk                    v's tie to w relative to v's strongest
/// effective_size(u) = Σ_{v ∈ N(u)} (1 − Σ_{w ∈ N(u)} p_uw r_vw)
///                   = n − 2t/n                          unweighted undirected (Borgatti 1997)
/// efficiency(u)     = effective_size(u) / |N(u)|
/// constraint(u)     = Σ_{v ∈ N(u)} (p_uv + Σ_{w ∈ N(u)} p_uw p_wv)²
/// ```
/// In Borgatti's form `n = |N(u)|` and `t` counts the ties among u's contacts. An actor whose
/// contacts do not know each other has effective size = number of contacts and efficiency 1:
/// it bridges *structural holes* (it is a broker, *brugfiguur*). Constraint is high when u's
/// contacts are few, unequal or tied to each other (1 for a single contact, 9/8 in a triangle,
/// more with unequal strengths), and falls towards 0 as u spreads its ties evenly over many
/// unconnected contacts (1/N for N of them).
///
/// - Direction: on a directed map N(u) is u's predecessors and successors together and a mutual
///   pair has m_uv = a_uv + a_vu (2 unweighted), exactly as NetworkX `effective_size` and
///   `constraint` do on a `DiGraph`. On an undirected map every tie counts in both directions,
///   so m_uv = 2 w_uv and the factor 2 cancels.
/// - Weights: when `network.isWeighted`, a_uv is the (merged) tie strength, NetworkX's
///   `weight="weight"`; otherwise every tie counts 1. ``efficiency`` divides by the number of
///   distinct contacts either way (Burt's "size"), not by the weighted or in + out degree.
/// - Values: an actor without contacts (an isolate; NetworkX gives NaN) gets effective size 0,
///   efficiency 0 and constraint 0, and is marked in ``isIsolate``. n = 0: empty arrays. n = 1:
///   one isolate. n = 2 with a tie: effective size 1, efficiency 1, constraint 1 for both; without
///   a tie: two isolates. Disconnected maps need no special case: every measure looks only at the
///   actor's contacts and the ties among them.
///
/// - Complexity: O(m·√m): the indirect terms run over the triangles of the undirected view,
///   each found once (see ``Clustering``), plus O(n + m) for the direct terms.
///
/// Reference: Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition*,
/// Harvard University Press, ch. 2 (effective size p. 52, efficiency, constraint p. 54–55).
/// Borgatti, S. P. (1997). [Structural holes: unpacking Burt's redundancy
/// measures](https://www.analytictech.com/connections/v20(1)/holes.htm), *Connections* 20(1),
/// 35–38. Burt, R. S. (2004). [Structural holes and good ideas](https://doi.org/10.1086/421787).
/// NetworkX `effective_size`, `constraint` (3.6).
public struct StructuralHoles: Sendable, Hashable {
  /// Number of distinct contacts of each actor (predecessors and successors together when
  /// directed): Burt's *size* of the ego network.
  public let contacts: [Int]
  /// Burt's effective size: contacts minus their redundancy; 0 for an isolate.
  public let effectiveSize: [Double]
  /// ``effectiveSize`` / ``contacts``, in [0, 1]; 0 for an isolate.
  public let efficiency: [Double]
  /// Burt's aggregate constraint; 0 for an isolate.
  public let constraint: [Double]
  /// Whether the actor has no contacts, so that the three measures are undefined (NetworkX: NaN)
  /// and reported as 0.
  public let isIsolate: [Bool]

  /// Computes Burt's effective size, efficiency and constraint of every actor of `network`.
  public init(_ network: Network) {
    self.init(network, view: TriangleView(network))
  }

  /// The measures from a ``TriangleView`` of `network` already built (``Clustering`` uses the same).
  init(_ network: Network, view: TriangleView) {
    let n = network.actorCount
    let entries = view.neighbors.count
    // Mutual strength of each view entry, its share p of the row's total and its ratio r to
    // the row's largest.
    var mutual = [Double](repeating: 0, count: entries)
    for entry in 0..<entries {
      if network.isWeighted {
        mutual[entry] =
          (view.hasOut(entry) ? view.outWeights[entry] : 0) + (view.hasIn(entry) ? view.inWeights[entry] : 0)
      } else {
        mutual[entry] = (view.hasOut(entry) ? 1 : 0) + (view.hasIn(entry) ? 1 : 0)
      }
    }
    var share = [Double](repeating: 0, count: entries)
    var ratio = [Double](repeating: 0, count: entries)
    for u in 0..<n {
      let row = view.offsets[u]..<view.offsets[u + 1]
      let total = mutual[row].reduce(0, +)
      let largest = mutual[row].max() ?? 0
      for entry in row {
        share[entry] = total != 0 ? mutual[entry] / total : 0
        ratio[entry] = largest != 0 ? mutual[entry] / largest : 0
      }
    }
    // Indirect investment Σ_w p_uw p_wv and redundancy Σ_w p_uw r_vw of each entry (u, v): w
    // runs over the common contacts of u and v, that is over the triangles u–v–w.
    var indirect = [Double](repeating: 0, count: entries)
    var redundancy = [Double](repeating: 0, count: entries)
    var triangles = [Int](repeating: 0, count: n)
    view.forEachTriangle { a, b, c, ab, bc, ac in
      let ba = view.reverse[ab]
      let cb = view.reverse[bc]
      let ca = view.reverse[ac]
      triangles[a] += 1
      triangles[b] += 1
      triangles[c] += 1
      // Ego a: alter b through c, alter c through b; likewise for egos b and c.
      indirect[ab] += share[ac] * share[cb]
      redundancy[ab] += share[ac] * ratio[bc]
      indirect[ac] += share[ab] * share[bc]
      redundancy[ac] += share[ab] * ratio[cb]
      indirect[ba] += share[bc] * share[ca]
      redundancy[ba] += share[bc] * ratio[ac]
      indirect[bc] += share[ba] * share[ac]
      redundancy[bc] += share[ba] * ratio[ca]
      indirect[ca] += share[cb] * share[ba]
      redundancy[ca] += share[cb] * ratio[ab]
      indirect[cb] += share[ca] * share[ab]
      redundancy[cb] += share[ca] * ratio[ba]
    }
    let borgatti = !network.isDirected && !network.isWeighted
    var effectiveSize = [Double](repeating: 0, count: n)
    var efficiency = [Double](repeating: 0, count: n)
    var constraint = [Double](repeating: 0, count: n)
    for u in 0..<n {
      let size = view.degree(of: u)
      guard size > 0 else { continue }
      var effective = 0.0
      var constrained = 0.0
      // Contacts with mutual strength 0 (never on a map) do not count, as in NetworkX.
      for entry in view.offsets[u]..<view.offsets[u + 1] where share[entry] > 0 {
        effective += 1 - redundancy[entry]
        let invested = share[entry] + indirect[entry]
        constrained += invested * invested
      }
      if borgatti {
        effective = Double(size) - 2 * Double(triangles[u]) / Double(size)
      }
      effectiveSize[u] = TriangleView.finite(effective)
      efficiency[u] = TriangleView.finite(effective / Double(size))
      constraint[u] = TriangleView.finite(constrained)
    }
    self.contacts = (0..<n).map { view.degree(of: $0) }
    self.effectiveSize = effectiveSize
    self.efficiency = efficiency
    self.constraint = constraint
    self.isIsolate = contacts.map { $0 == 0 }
  }
}
