/// The maximal cliques of the map: groups of actors who are *all* tied to each other and cannot
/// be extended by another actor tied to all of them.
///
/// ```
/// clique C:  u–v tied for every pair u ≠ v in C
/// maximal:   no actor outside C is tied to every actor of C
/// ```
/// Only cliques of at least ``minimumSize`` actors are kept (default 3: a tie alone is not a
/// subgroup). On a netwerkkaart a clique is a circle in which every partner works with every
/// other: the school, the CLB and the zorgcoördinator who all know each other form a triangle.
/// Cliques overlap; ``membership`` counts how many an actor belongs to.
///
/// - Order: each clique lists its actors in increasing index; the list is sorted by size,
///   largest first, then lexicographically, so the output never depends on hash order.
/// - Direction: a directed map is read undirected: a tie in either direction (or both) joins
///   two actors, as NetworkX `find_cliques(G.to_undirected())` (it refuses directed graphs).
/// - Weights: never used.
/// - Values: n = 0: no cliques. With ``minimumSize`` ≤ 1 every isolate is a clique of one and
///   every tie in no triangle a clique of two, exactly NetworkX's list; with the default 3, n ≤ 2
///   gives no cliques and ``membership`` is 0 for everyone. Disconnected maps need no special case.
/// - Limit: a map can have exponentially many maximal cliques (3^(n/3) for n actors). The search
///   stops after `limit` cliques (default 1,000,000); ``isComplete`` is then false and
///   ``cliques`` holds those found, still sorted.
///
/// - Complexity: O(d · n · 3^(d/3)) for degeneracy d (the largest core number; 5 on a
///   Barabási–Albert map with m = 5): Bron–Kerbosch with Tomita's pivot (the candidate
///   covering most of the remaining ones), started from each actor over its later neighbours in a
///   degeneracy ordering, so no branch holds more than d candidates. Sets are bit sets over the
///   actor's neighbourhood.
///
/// Reference: Bron, C. & Kerbosch, J. (1973). [Algorithm 457: finding all cliques of an undirected
/// graph](https://doi.org/10.1145/362342.362367); Tomita, E., Tanaka, A. & Takahashi, H. (2006).
/// [The worst-case time complexity for generating all maximal cliques and computational
/// experiments](https://doi.org/10.1016/j.tcs.2006.06.015); Eppstein, D., Löffler, M. & Strash, D.
/// (2010). [Listing all maximal cliques in sparse graphs in near-optimal
/// time](https://doi.org/10.1007/978-3-642-17517-6_36). Cliques in SNA: Luce, R. D. & Perry,
/// A. D. (1949). [A method of matrix analysis of group
/// structure](https://doi.org/10.1007/BF02289146); Wasserman & Faust (1994), §7.2.1. Equals
/// NetworkX `find_cliques` filtered by size (igraph `maximal_cliques(min=k)`); ``membership``
/// equals `Counter(v for c in nx.find_cliques(G) if len(c) >= k for v in c)`.
public struct MaximalCliques: Sendable, Hashable {
  /// The maximal cliques of at least ``minimumSize`` actors, each sorted, largest first.
  public let cliques: [[Int]]
  /// Number of cliques in ``cliques`` each actor belongs to.
  public let membership: [Int]
  /// The smallest clique size kept (at least 1).
  public let minimumSize: Int
  /// False when the search stopped at `limit` cliques.
  public let isComplete: Bool

  /// Lists the maximal cliques of `network` with at least `minimumSize` actors, stopping after
  /// `limit` cliques (``isComplete`` is then false).
  public init(_ network: Network, minimumSize: Int = 3, limit: Int = 1_000_000) {
    let n = network.actorCount
    let smallest = max(1, minimumSize)
    let rows = Self.undirectedRows(network)
    let peeling = CorePeeling(offsets: rows.offsets, neighbors: rows.neighbors)
    var search = CliqueSearch(
      actorCount: n, offsets: rows.offsets, neighbors: rows.neighbors, order: peeling.order, minimumSize: smallest,
      limit: max(0, limit))
    search.run()
    var cliques: [[Int]] = []
    cliques.reserveCapacity(search.starts.count)
    var membership = [Int](repeating: 0, count: n)
    for (index, start) in search.starts.enumerated() {
      let end = index + 1 < search.starts.count ? search.starts[index + 1] : search.members.count
      let clique = search.members[start..<end].sorted()
      for v in clique { membership[v] += 1 }
      cliques.append(clique)
    }
    cliques.sort { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
    self.cliques = cliques
    self.membership = membership
    self.minimumSize = smallest
    self.isComplete = !search.stopped
  }

  /// Distinct neighbours of every actor, ignoring direction, in CSR form.
  private static func undirectedRows(_ network: Network) -> (offsets: [Int], neighbors: [UInt32]) {
    guard network.isDirected else { return (network.outgoing.offsets, network.outgoing.neighbors) }
    let n = network.actorCount
    var offsets = [Int](repeating: 0, count: n + 1)
    var neighbors: [UInt32] = []
    neighbors.reserveCapacity(network.outgoing.neighbors.count + network.incoming.neighbors.count)
    var seen = [Bool](repeating: false, count: n)
    for v in 0..<n {
      let first = neighbors.count
      for w in network.outgoing.neighbors(of: v) where !seen[Int(w)] {
        seen[Int(w)] = true
        neighbors.append(w)
      }
      for w in network.incoming.neighbors(of: v) where !seen[Int(w)] {
        seen[Int(w)] = true
        neighbors.append(w)
      }
      for w in neighbors[first...] { seen[Int(w)] = false }
      offsets[v + 1] = neighbors.count
    }
    return (offsets, neighbors)
  }
}

/// Bron–Kerbosch with pivoting, run from each vertex of a degeneracy ordering (Eppstein, Löffler
/// & Strash 2010).
///
/// For the vertex v, the local vertices are its later neighbours P (indices 0 ..< p) followed by
/// its earlier neighbours X (p ..< p + x). Sets of local vertices are bit sets: P-sets use the
/// first `pWords` words, X-sets (which also receive vertices moved out of P) `lWords` words.
/// A P-vertex's row holds its neighbours among all local vertices; an X-vertex's row only those
/// in P, which is all the pivot choice needs.
private struct CliqueSearch {
  let offsets: [Int]
  let neighbors: [UInt32]
  let order: [Int]
  let minimumSize: Int
  let limit: Int

  /// Start of each clique found in ``members``.
  var starts: [Int] = []
  /// Actors of the cliques found, clique after clique.
  var members: [Int] = []
  /// Whether the search stopped at ``limit``.
  var stopped = false

  private var rank: [Int]
  private var local: [Int32]
  private var globalOf: [Int] = []
  private var pCount = 0
  private var pWords = 0
  private var lWords = 0
  private var rows: [UInt64] = []
  /// Per recursion depth: P (pWords), X (lWords), candidates (pWords).
  private var sets: [UInt64] = []
  private var clique: [Int] = []

  init(actorCount n: Int, offsets: [Int], neighbors: [UInt32], order: [Int], minimumSize: Int, limit: Int) {
    self.offsets = offsets
    self.neighbors = neighbors
    self.order = order
    self.minimumSize = minimumSize
    self.limit = limit
    rank = [Int](repeating: 0, count: n)
    for (position, v) in order.enumerated() { rank[v] = position }
    local = [Int32](repeating: -1, count: n)
  }

  private var stride: Int { 2 * pWords + lWords }

  mutating func run() {
    for v in order {
      if stopped { return }
      prepare(v)
      if 1 + pCount >= minimumSize {
        clique = [v]
        expand(depth: 0)
      }
      for w in globalOf { local[w] = -1 }
    }
  }

  /// Builds the local vertex set, the rows and the depth-0 sets P and X for the vertex v.
  private mutating func prepare(_ v: Int) {
    globalOf.removeAll(keepingCapacity: true)
    let row = offsets[v]..<offsets[v + 1]
    for entry in row where rank[Int(neighbors[entry])] > rank[v] { globalOf.append(Int(neighbors[entry])) }
    pCount = globalOf.count
    for entry in row where rank[Int(neighbors[entry])] < rank[v] { globalOf.append(Int(neighbors[entry])) }
    for (index, w) in globalOf.enumerated() { local[w] = Int32(index) }
    pWords = (pCount + 63) / 64
    lWords = (globalOf.count + 63) / 64
    guard 1 + pCount >= minimumSize else { return }
    let rowWords = pCount * lWords + (globalOf.count - pCount) * pWords
    if rows.count < rowWords { rows = [UInt64](repeating: 0, count: rowWords) }
    for index in 0..<rowWords { rows[index] = 0 }
    for i in 0..<pCount {
      let u = globalOf[i]
      let base = i * lWords
      for entry in offsets[u]..<offsets[u + 1] {
        let l = Int(local[Int(neighbors[entry])])
        guard l >= 0 else { continue }
        rows[base + (l >> 6)] |= 1 << UInt64(l & 63)
        if l >= pCount { rows[rowStart(l) + (i >> 6)] |= 1 << UInt64(i & 63) }
      }
    }
    let needed = (pCount + 2) * stride
    if sets.count < needed { sets = [UInt64](repeating: 0, count: needed) }
    for word in 0..<stride { sets[word] = 0 }
    for i in 0..<pCount { sets[i >> 6] |= 1 << UInt64(i & 63) }
    for l in pCount..<globalOf.count { sets[pWords + (l >> 6)] |= 1 << UInt64(l & 63) }
  }

  /// First word of the row of local vertex `l`.
  private func rowStart(_ l: Int) -> Int {
    l < pCount ? l * lWords : pCount * lWords + (l - pCount) * pWords
  }

  /// Extends ``clique`` by every maximal clique of the sets at `depth`.
  private mutating func expand(depth: Int) {
    let pBase = depth * stride
    let xBase = pBase + pWords
    let cBase = xBase + lWords
    var remaining = 0
    for k in 0..<pWords { remaining += sets[pBase + k].nonzeroBitCount }
    if remaining == 0 {
      var xEmpty = true
      for k in 0..<lWords where sets[xBase + k] != 0 { xEmpty = false }
      if xEmpty { report() }
      return
    }
    if clique.count + remaining < minimumSize { return }
    // Tomita's pivot: the vertex of P ∪ X with the most neighbours in P.
    var pivot = -1
    var best = -1
    scan: for segment in 0..<2 {
      let base = segment == 0 ? pBase : xBase
      for k in 0..<(segment == 0 ? pWords : lWords) {
        var word = sets[base + k]
        while word != 0 {
          let l = (k << 6) | word.trailingZeroBitCount
          word &= word - 1
          let row = rowStart(l)
          var covered = 0
          for j in 0..<pWords { covered += (sets[pBase + j] & rows[row + j]).nonzeroBitCount }
          if covered > best {
            best = covered
            pivot = l
            if covered == remaining { break scan }
          }
        }
      }
    }
    let pivotRow = rowStart(pivot)
    for k in 0..<pWords { sets[cBase + k] = sets[pBase + k] & ~rows[pivotRow + k] }
    let next = pBase + stride
    for k in 0..<pWords {
      var word = sets[cBase + k]
      while word != 0 {
        let bit = UInt64(word.trailingZeroBitCount)
        word &= word - 1
        let u = (k << 6) | Int(bit)
        let row = rowStart(u)
        for j in 0..<pWords { sets[next + j] = sets[pBase + j] & rows[row + j] }
        for j in 0..<lWords { sets[next + pWords + j] = sets[xBase + j] & rows[row + j] }
        clique.append(globalOf[u])
        expand(depth: depth + 1)
        clique.removeLast()
        if stopped { return }
        sets[pBase + k] &= ~(1 << bit)
        sets[xBase + k] |= 1 << bit
      }
    }
  }

  private mutating func report() {
    guard clique.count >= minimumSize else { return }
    guard starts.count < limit else {
      stopped = true
      return
    }
    starts.append(members.count)
    members.append(contentsOf: clique)
  }
}
