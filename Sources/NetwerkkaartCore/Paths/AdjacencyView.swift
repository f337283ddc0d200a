/// Unsafe, bounds-check-free view of an ``Adjacency`` for the inner loops of the path
/// metrics. Valid only inside ``Network/withViews(_:)``; read-only, so workers may share it.
struct AdjacencyView: @unchecked Sendable {
  let offsets: UnsafeBufferPointer<Int>
  let neighbors: UnsafeBufferPointer<UInt32>
  /// The weights of the entries; empty when the adjacency stores none (an unweighted network
  /// whose ties all weigh 1), so read only for weighted networks.
  let weights: UnsafeBufferPointer<Double>
}

extension Network {
  /// Calls `body` with views of the outgoing and incoming adjacency.
  func withViews<R>(_ body: (_ outgoing: AdjacencyView, _ incoming: AdjacencyView) throws -> R) rethrows -> R {
    try outgoing.withView { outView in
      try incoming.withView { inView in try body(outView, inView) }
    }
  }
}

extension Adjacency {
  func withView<R>(_ body: (AdjacencyView) throws -> R) rethrows -> R {
    try offsets.withUnsafeBufferPointer { offsets in
      try neighbors.withUnsafeBufferPointer { neighbors in
        try weights.withUnsafeBufferPointer { weights in
          try body(AdjacencyView(offsets: offsets, neighbors: neighbors, weights: weights))
        }
      }
    }
  }
}
