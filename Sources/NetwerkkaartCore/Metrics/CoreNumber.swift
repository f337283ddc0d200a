/// k-core number of every actor: the tightest layer of the map the actor still belongs to when
/// actors with too few partners are peeled away.
///
/// ```
/// k-core            = the largest group of actors in which everyone has ≥ k ties inside the group
/// coreNumber(u)     = max { k : u belongs to the k-core }
/// maximum (k_max)   = max_u coreNumber(u)        the degeneracy of the map
/// ```
/// The k-cores are nested: the 1-core is every actor with a tie, the 2-core what remains after
/// repeatedly removing actors with a single partner (the "trees" hanging off the map), and so on.
/// The k_max-core is the map's innermost circle: partners who are all tied to many others of
/// that same circle. Krackhardt's kite: the seven actors of the dense part have core number 3,
/// Heather 2, Ike and Jane (the tail) 1.
///
/// - Direction: on a directed map an actor's degree is in-degree + out-degree, and a mutual pair
///   counts twice (a ⇄ b gives both core number 2), as NetworkX `core_number(DiGraph)`, which
///   peels by `G.degree()` and `all_neighbors`. Use an undirected reading of the map for the
///   usual "number of partners" core.
/// - Weights: never used; a tie counts 1 whatever its strength (as NetworkX).
/// - Values: an isolate has core number 0; every actor of a map without ties has 0, so
///   k_max = 0 (also for n = 0, 1). n = 2 with a tie: 1 and 1 (directed a → b: 1 and 1; a ⇄ b:
///   2 and 2). Disconnected maps need no special case: peeling is local.
///
/// - Complexity: O(n + m) time and memory: Batagelj & Zaversnik's bucket algorithm, which peels
///   actors in order of their current degree kept in degree buckets.
///
/// Reference: Seidman, S. B. (1983). [Network structure and minimum
/// degree](https://doi.org/10.1016/0378-8733(83)90028-X). Algorithm: Batagelj, V. & Zaversnik, M.
/// (2003). [An O(m) algorithm for cores decomposition of networks](https://arxiv.org/abs/cs/0310049).
/// Equals NetworkX `core_number(G)`; `actors(inCore:)` equals `k_core(G, k).nodes`.
public struct CoreNumber: Sendable, Hashable {
  /// Core number of each actor.
  public let coreNumber: [Int]
  /// The largest core number, k_max; 0 when the map has no ties (or no actors).
  public let maximum: Int

  /// Computes the core number of every actor of `network` by peeling off actors of lowest degree.
  public init(_ network: Network) {
    let peeling: CorePeeling
    if network.isDirected {
      // Every tie as an edge to both of its actors: the out-row followed by the in-row.
      let n = network.actorCount
      var offsets = [Int](repeating: 0, count: n + 1)
      for v in 0..<n {
        offsets[v + 1] = offsets[v] + network.outgoing.degree(of: v) + network.incoming.degree(of: v)
      }
      var neighbors: [UInt32] = []
      neighbors.reserveCapacity(offsets[n])
      for v in 0..<n {
        neighbors.append(contentsOf: network.outgoing.neighbors(of: v))
        neighbors.append(contentsOf: network.incoming.neighbors(of: v))
      }
      peeling = CorePeeling(offsets: offsets, neighbors: neighbors)
    } else {
      peeling = CorePeeling(offsets: network.outgoing.offsets, neighbors: network.outgoing.neighbors)
    }
    coreNumber = peeling.core
    maximum = peeling.core.max() ?? 0
  }

  /// The actors of the k-core (core number ≥ k), in actor order; every actor when k ≤ 0.
  /// `actors(inCore: maximum)` is the innermost core.
  public func actors(inCore k: Int) -> [Int] {
    coreNumber.indices.filter { coreNumber[$0] >= k }
  }
}

/// Batagelj & Zaversnik's (2003) peeling of a graph given in CSR form: the core number of every
/// vertex and the order in which vertices were removed. That order is a *degeneracy ordering*:
/// each vertex has at most `core[v]` ≤ k_max neighbours after it. Neighbours may repeat (a
/// multigraph); each repetition counts in the degree, as in NetworkX.
struct CorePeeling {
  /// Core number of each vertex.
  let core: [Int]
  /// The vertices in removal order.
  let order: [Int]

  init(offsets: [Int], neighbors: [UInt32]) {
    let n = max(0, offsets.count - 1)
    var degree = [Int](repeating: 0, count: n)
    for v in 0..<n { degree[v] = offsets[v + 1] - offsets[v] }
    let maxDegree = degree.max() ?? 0
    // binStart[d]: first position of the vertices of current degree d in `vertices`.
    var binStart = [Int](repeating: 0, count: maxDegree + 1)
    for d in degree { binStart[d] += 1 }
    var start = 0
    for d in 0...maxDegree {
      let count = binStart[d]
      binStart[d] = start
      start += count
    }
    var position = [Int](repeating: 0, count: n)
    var vertices = [Int](repeating: 0, count: n)
    var next = binStart
    for v in 0..<n {
      position[v] = next[degree[v]]
      vertices[position[v]] = v
      next[degree[v]] += 1
    }
    for i in 0..<n {
      let v = vertices[i]
      for entry in offsets[v]..<offsets[v + 1] {
        let u = Int(neighbors[entry])
        let du = degree[u]
        guard du > degree[v] else { continue }
        // Move u to the front of its bin, then shrink the bin past it: u drops to degree du − 1.
        let first = binStart[du]
        let w = vertices[first]
        if u != w {
          let pu = position[u]
          vertices[pu] = w
          position[w] = pu
          vertices[first] = u
          position[u] = first
        }
        binStart[du] += 1
        degree[u] = du - 1
      }
    }
    core = degree
    order = vertices
  }
}
