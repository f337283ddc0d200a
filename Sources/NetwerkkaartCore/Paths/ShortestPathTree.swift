import HeapModule

/// The shortest paths from one source: distances, path counts and the order in which actors
/// were reached. What ``PathSweep`` runs once per source on weighted networks (unweighted ones
/// run ``BreadthFirstLevels``), and what ``DistanceSummary`` reads distances from (both kinds).
///
/// - Unweighted: breadth-first search, distances in hops.
/// - Weighted: Dijkstra with a binary heap, distance of a tie = 1 / weight. Two path lengths
///   that agree within a relative ``tolerance`` count as equally short, so that paths that are
///   equally long on paper (1/2 + 1/5 + 1/5 and 1/5 + 1/5 + 1/2) stay equal in floating point.
///   Path counts are derived after the search from the final distances with that same rule, so
///   ``isPredecessor(_:of:length:)`` and the counts can never disagree.
///
/// The buffers are reused from source to source; resetting costs only the actors reached.
/// One tree per worker thread; it is not `Sendable`.
final class ShortestPathTree {
  /// Relative tolerance under which two path lengths count as equal (weighted search only).
  static let tolerance = 1e-9

  let actorCount: Int
  let isWeighted: Bool
  private(set) var source = 0
  /// Distance from the source; `.infinity` for actors not reached.
  let distance: UnsafeMutableBufferPointer<Double>
  /// Number of shortest paths from the source (σ), as a double (exact up to 2^53).
  let sigma: UnsafeMutableBufferPointer<Double>
  /// Reached actors in non-decreasing distance; `order[0]` is the source.
  let order: UnsafeMutableBufferPointer<UInt32>
  /// Number of valid entries of ``order``: the actors reached, the source included.
  private(set) var reachedCount = 0
  private var heap = Heap<QueueEntry>()
  private let settled: UnsafeMutableBufferPointer<Bool>

  init(actorCount: Int, weighted: Bool) {
    self.actorCount = actorCount
    self.isWeighted = weighted
    distance = .filled(actorCount, with: .infinity)
    sigma = .filled(actorCount, with: 0)
    order = .filled(actorCount + 1, with: 0)
    settled = .filled(weighted ? actorCount : 0, with: false)
  }

  deinit {
    distance.deallocate()
    sigma.deallocate()
    order.deallocate()
    settled.deallocate()
  }

  /// Computes the tree of `source`, replacing the previous one.
  func compute(from source: Int, outgoing: AdjacencyView, incoming: AdjacencyView) {
    reset()
    self.source = source
    if isWeighted {
      runDijkstra(outgoing: outgoing)
      countPaths(incoming: incoming)
    } else {
      runBreadthFirst(outgoing: outgoing)
    }
  }

  /// Whether `v` lies just before `w` on a shortest path from the source, over a tie of
  /// length 1/weight, within ``tolerance`` (weighted trees: the path counts and
  /// ``DependencyAccumulator``; unweighted sweeps run ``BreadthFirstLevels``).
  @inline(__always)
  func isPredecessor(_ v: Int, of w: Int, length: Double) -> Bool {
    let through = distance[v] + length
    return abs(through - distance[w]) <= Self.tolerance * distance[w]
  }

  private func reset() {
    for position in 0..<reachedCount {
      let actor = Int(order[position])
      distance[actor] = .infinity
      sigma[actor] = 0
      if isWeighted { settled[actor] = false }
    }
    reachedCount = 0
  }

  private func runBreadthFirst(outgoing: AdjacencyView) {
    // Locals, not properties, in the hot loop: no exclusivity checks, values stay in registers.
    let distance = self.distance
    let sigma = self.sigma
    let order = self.order
    let offsets = outgoing.offsets
    let neighbors = outgoing.neighbors
    distance[source] = 0
    sigma[source] = 1
    order[0] = UInt32(source)
    var count = 1
    var head = 0
    while head < count {
      let v = Int(order[head])
      head += 1
      let next = distance[v] + 1
      let sigmaV = sigma[v]
      // Branch-free: whether a neighbour is new or already at the next level is unpredictable,
      // so write unconditionally and select values instead of jumping (about 20% faster).
      // `order` has one spare slot for the write past the last reached actor.
      for entry in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[entry])
        let known = distance[w]
        let isNew = known == .infinity
        order[count] = UInt32(w)
        count &+= isNew ? 1 : 0
        distance[w] = isNew ? next : known
        sigma[w] += isNew || known == next ? sigmaV : 0
      }
    }
    reachedCount = count
  }

  private func runDijkstra(outgoing: AdjacencyView) {
    distance[source] = 0
    heap.insert(QueueEntry(distance: 0, actor: UInt32(source)))
    while let entry = heap.popMin() {
      let v = Int(entry.actor)
      if settled[v] { continue }
      settled[v] = true
      order[reachedCount] = entry.actor
      reachedCount += 1
      let base = entry.distance
      for position in outgoing.offsets[v]..<outgoing.offsets[v + 1] {
        let w = Int(outgoing.neighbors[position])
        if settled[w] { continue }
        let candidate = base + 1 / outgoing.weights[position]
        if candidate < distance[w] {
          distance[w] = candidate
          heap.insert(QueueEntry(distance: candidate, actor: UInt32(w)))
        }
      }
    }
  }

  /// σ(w) = Σ σ(v) over the predecessors v of w, in settling order (a predecessor is always
  /// strictly closer, so it is settled and counted first).
  private func countPaths(incoming: AdjacencyView) {
    sigma[source] = 1
    for position in 1..<max(1, reachedCount) {
      let w = Int(order[position])
      var count = 0.0
      for entry in incoming.offsets[w]..<incoming.offsets[w + 1] {
        let v = Int(incoming.neighbors[entry])
        if isPredecessor(v, of: w, length: 1 / incoming.weights[entry]) { count += sigma[v] }
      }
      sigma[w] = count
    }
  }
}

/// An actor waiting in Dijkstra's queue; ordered by distance, then index (deterministic).
struct QueueEntry: Comparable {
  var distance: Double
  var actor: UInt32

  static func < (lhs: QueueEntry, rhs: QueueEntry) -> Bool {
    lhs.distance < rhs.distance || (lhs.distance == rhs.distance && lhs.actor < rhs.actor)
  }
}

extension ShortestPathTree: SourceTree {
  @inline(__always)
  func forEachReached(_ body: (_ actor: Int, _ distance: Double) -> Void) {
    for position in 1..<max(1, reachedCount) {
      let actor = Int(order[position])
      body(actor, distance[actor])
    }
  }
}
