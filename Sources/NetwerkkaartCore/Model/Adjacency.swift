/// One direction of a network's ties in compressed sparse row (CSR) form.
///
/// The neighbours of actor `i` are `neighbors[offsets[i] ..< offsets[i + 1]]`, as 32-bit actor
/// indices, with the tie strength of each entry at the same position in `weights` (kept only
/// when some entry weighs other than 1, see ``EntryWeights``). The same
/// layout serves a map of 40 actors and a network of millions of ties: one allocation per array,
/// no per-actor objects, cache-friendly scans.
package struct Adjacency: Sendable, Hashable {
  /// `count + 1` row starts into ``neighbors``; `offsets[0] == 0`, `offsets.last == neighbors.count`.
  package let offsets: [Int]
  /// Neighbour indices, row after row.
  package let neighbors: [UInt32]
  /// Tie strength of each entry of ``neighbors`` (the summed weight of merged ties).
  package let weights: EntryWeights

  init(offsets: [Int], neighbors: [UInt32], weights: EntryWeights) {
    self.offsets = offsets
    self.neighbors = neighbors
    self.weights = weights
  }

  /// Number of rows (actors).
  package var count: Int { offsets.count - 1 }

  /// Row length: the number of distinct neighbours of actor `index` in this direction.
  package func degree(of index: Int) -> Int { offsets[index + 1] - offsets[index] }

  /// The neighbours of actor `index`.
  package func neighbors(of index: Int) -> ArraySlice<UInt32> {
    neighbors[offsets[index]..<offsets[index + 1]]
  }

  /// The tie strengths towards the neighbours of actor `index`, aligned with ``neighbors(of:)``.
  package func weights(of index: Int) -> Slice<EntryWeights> {
    weights[offsets[index]..<offsets[index + 1]]
  }

  /// Builds rows from an edge list with a counting sort: O(n + m), entries of a row in edge order.
  ///
  /// The weights are stored when `keepsWeights` (a weighted network, whose path metrics read
  /// them through an ``AdjacencyView``) or when some edge weighs other than 1.
  static func build(
    rowCount: Int, edgeCount: Int, keepsWeights: Bool, rowOf: (Int) -> UInt32, columnOf: (Int) -> UInt32,
    weightOf: (Int) -> Double
  ) -> Adjacency {
    var offsets = [Int](repeating: 0, count: rowCount + 1)
    for edge in 0..<edgeCount { offsets[Int(rowOf(edge)) + 1] += 1 }
    for row in 0..<rowCount { offsets[row + 1] += offsets[row] }
    var cursor = offsets
    var neighbors = [UInt32](repeating: 0, count: edgeCount)
    // Weights only when some tie weighs other than 1: never allocated for most large maps.
    let unit = !keepsWeights && (0..<edgeCount).allSatisfy { weightOf($0) == 1 }
    var weights = [Double](repeating: 0, count: unit ? 0 : edgeCount)
    for edge in 0..<edgeCount {
      let row = Int(rowOf(edge))
      let slot = cursor[row]
      neighbors[slot] = columnOf(edge)
      if !unit { weights[slot] = weightOf(edge) }
      cursor[row] = slot + 1
    }
    return Adjacency(
      offsets: offsets, neighbors: neighbors, weights: unit ? EntryWeights(unitCount: edgeCount) : EntryWeights(weights)
    )
  }
}
