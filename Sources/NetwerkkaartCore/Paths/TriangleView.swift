import Foundation

/// The undirected view of a network in CSR form: each actor's distinct neighbours over ties in
/// either direction, with the strength of the tie each way, for the triangle-based measures
/// (clustering, structural holes).
///
/// Rows are sorted by the *rank* of the neighbour, actors ranked by (view degree, index), so
/// the neighbours ranked above an actor are a suffix of its row (from ``higherStart``); every
/// entry knows the position of its mirror entry (``reverse``).
struct TriangleView {
  /// `n + 1` row starts.
  let offsets: [Int]
  /// Neighbour of each entry.
  let neighbors: [UInt32]
  /// Strength of the tie row actor → neighbour (0 when absent); both directions when undirected.
  let outWeights: [Double]
  /// Strength of the tie neighbour → row actor (0 when absent).
  let inWeights: [Double]
  /// Bit 1: the tie row actor → neighbour exists; bit 2: neighbour → row actor exists.
  let directions: [UInt8]
  /// Position of the entry (v, u) for each entry (u, v).
  let reverse: [Int]
  /// First entry of each row whose neighbour ranks above the row's actor.
  let higherStart: [Int]

  init(_ network: Network) {
    let n = network.actorCount
    let unsorted = Self.mergedRows(network)
    // Rank actors by (degree, index) with a counting sort.
    var byDegree = [Int](repeating: 0, count: n + 2)
    for u in 0..<n { byDegree[unsorted.offsets[u + 1] - unsorted.offsets[u] + 1] += 1 }
    for d in 0..<(n + 1) { byDegree[d + 1] += byDegree[d] }
    var order = [Int](repeating: 0, count: n)
    var rank = [Int](repeating: 0, count: n)
    for u in 0..<n {
      let d = unsorted.offsets[u + 1] - unsorted.offsets[u]
      order[byDegree[d]] = u
      rank[u] = byDegree[d]
      byDegree[d] += 1
    }
    // Transposing the symmetric rows while visiting actors in rank order sorts every row by rank.
    let count = unsorted.neighbors.count
    var neighbors = [UInt32](repeating: 0, count: count)
    var outWeights = [Double](repeating: 0, count: count)
    var inWeights = [Double](repeating: 0, count: count)
    var directions = [UInt8](repeating: 0, count: count)
    var cursor = unsorted.offsets
    for v in order {
      for entry in unsorted.offsets[v]..<unsorted.offsets[v + 1] {
        let u = Int(unsorted.neighbors[entry])
        let slot = cursor[u]
        cursor[u] = slot + 1
        neighbors[slot] = UInt32(v)
        outWeights[slot] = unsorted.inWeights[entry]
        inWeights[slot] = unsorted.outWeights[entry]
        let bits = unsorted.directions[entry]
        directions[slot] = (bits & 1) << 1 | (bits & 2) >> 1
      }
    }
    // The k-th actor (in rank order) naming v is v's k-th neighbour.
    var reverse = [Int](repeating: 0, count: count)
    cursor = unsorted.offsets
    for u in order {
      for entry in unsorted.offsets[u]..<unsorted.offsets[u + 1] {
        let v = Int(neighbors[entry])
        reverse[entry] = cursor[v]
        cursor[v] += 1
      }
    }
    var higherStart = [Int](repeating: 0, count: n)
    for u in 0..<n {
      var entry = unsorted.offsets[u]
      while entry < unsorted.offsets[u + 1], rank[Int(neighbors[entry])] < rank[u] { entry += 1 }
      higherStart[u] = entry
    }
    self.offsets = unsorted.offsets
    self.neighbors = neighbors
    self.outWeights = outWeights
    self.inWeights = inWeights
    self.directions = directions
    self.reverse = reverse
    self.higherStart = higherStart
  }

  /// `value`, or 0 when it is NaN or infinite (only possible with strengths that are not positive
  /// finite numbers, which a map never has).
  static func finite(_ value: Double) -> Double { value.isFinite ? value : 0 }

  /// Number of distinct neighbours of `u` in the view.
  func degree(of u: Int) -> Int { offsets[u + 1] - offsets[u] }

  /// Whether the tie row actor → neighbour of `entry` exists.
  func hasOut(_ entry: Int) -> Bool { directions[entry] & 1 != 0 }

  /// Whether the tie neighbour → row actor of `entry` exists.
  func hasIn(_ entry: Int) -> Bool { directions[entry] & 2 != 0 }

  /// Neighbours of `u` with ties both ways (for an undirected network, all of them).
  func mutualCount(of u: Int) -> Int {
    (offsets[u]..<offsets[u + 1]).reduce(0) { $0 + (directions[$1] == 3 ? 1 : 0) }
  }

  /// Calls `body(u, v, w, uv, vw, uw)` once for every triangle, with `u` ranked below `v` below
  /// `w`, and the view positions of the entries (u, v), (v, w) and (u, w).
  ///
  /// - Complexity: O(m·√m): each oriented tie (u, v) scans only v's higher-ranked neighbours,
  ///   at most √(2m) of them.
  func forEachTriangle(_ body: (Int, Int, Int, Int, Int, Int) -> Void) {
    let n = offsets.count - 1
    var stamp = [Int](repeating: -1, count: n)
    var entryFromU = [Int](repeating: 0, count: n)
    for u in 0..<n {
      let end = offsets[u + 1]
      for entry in higherStart[u]..<end {
        let v = Int(neighbors[entry])
        stamp[v] = u
        entryFromU[v] = entry
      }
      for uv in higherStart[u]..<end {
        let v = Int(neighbors[uv])
        for vw in higherStart[v]..<offsets[v + 1] {
          let w = Int(neighbors[vw])
          if stamp[w] == u { body(u, v, w, uv, vw, entryFromU[w]) }
        }
      }
    }
  }

  /// The view with rows in any order: out and in rows merged (directed) or the outgoing rows
  /// as they are (undirected, where every tie is already in both rows).
  private static func mergedRows(
    _ network: Network
  ) -> (offsets: [Int], neighbors: [UInt32], outWeights: [Double], inWeights: [Double], directions: [UInt8]) {
    let outgoing = network.outgoing
    guard network.isDirected else {
      let count = outgoing.neighbors.count
      let weights = Array(outgoing.weights)
      return (
        outgoing.offsets, outgoing.neighbors, weights, weights,
        [UInt8](repeating: 3, count: count)
      )
    }
    let incoming = network.incoming
    let n = network.actorCount
    var stamp = [Int](repeating: -1, count: n)
    var position = [Int](repeating: 0, count: n)
    var offsets = [Int](repeating: 0, count: n + 1)
    for u in 0..<n {
      var count = 0
      for v in outgoing.neighbors(of: u) {
        stamp[Int(v)] = u
        count += 1
      }
      for v in incoming.neighbors(of: u) where stamp[Int(v)] != u { count += 1 }
      offsets[u + 1] = offsets[u] + count
    }
    let count = offsets[n]
    var neighbors = [UInt32](repeating: 0, count: count)
    var outWeights = [Double](repeating: 0, count: count)
    var inWeights = [Double](repeating: 0, count: count)
    var directions = [UInt8](repeating: 0, count: count)
    stamp = [Int](repeating: -1, count: n)
    for u in 0..<n {
      var slot = offsets[u]
      for entry in outgoing.offsets[u]..<outgoing.offsets[u + 1] {
        let v = Int(outgoing.neighbors[entry])
        stamp[v] = u
        position[v] = slot
        neighbors[slot] = UInt32(v)
        outWeights[slot] = outgoing.weights[entry]
        directions[slot] = 1
        slot += 1
      }
      for entry in incoming.offsets[u]..<incoming.offsets[u + 1] {
        let v = Int(incoming.neighbors[entry])
        if stamp[v] == u {
          inWeights[position[v]] = incoming.weights[entry]
          directions[position[v]] |= 2
        } else {
          neighbors[slot] = UInt32(v)
          inWeights[slot] = incoming.weights[entry]
          directions[slot] = 2
          slot += 1
        }
      }
    }
    return (offsets, neighbors, outWeights, inWeights, directions)
  }
}
