/// The breadth-first shortest-path tree of one source on an unweighted network, kept level by
/// level: the actors at distance d are `order[levelStart[d]..<levelStart[d + 1]]`.
///
/// The unweighted counterpart of ``ShortestPathTree`` in the all-sources sweep (``PathSweep``),
/// shaped for speed:
/// - distances are hop counts of the narrowest type that holds them (`UInt8`, 1 byte an actor
///   instead of a `Double`'s 8, with `UInt32` for the rare deeper network), so the distances
///   read on every tie stay in the processor's nearest cache;
/// - the search runs one level at a time and counts paths (σ) in the same pass, so the level
///   boundaries come for free and the later passes need no distance comparisons: the distance
///   sums of closeness are Σ_d d · |level d|, and Brandes' accumulation
///   (`DependencyAccumulator.accumulate(_:outgoing:into:)`) pulls from the next level only;
/// - every buffer is allocated once per worker and reset over the actors reached only.
///
/// One tree per worker thread; it is not `Sendable`.
final class LevelTree<Level: FixedWidthInteger & UnsignedInteger> {
  /// Marks an actor not reached.
  static var unreached: Level { Level.max }

  let actorCount: Int
  private(set) var source = 0
  /// Hops from the source; ``unreached`` for actors not reached.
  let level: UnsafeMutableBufferPointer<Level>
  /// Number of shortest paths from the source (σ), as a double (exact up to 2^53).
  let sigma: UnsafeMutableBufferPointer<Double>
  /// Reached actors, level after level; `order[0]` is the source. One spare slot for the
  /// branch-free write past the last actor.
  let order: UnsafeMutableBufferPointer<UInt32>
  /// Where each level starts in ``order``; `levelStart[levelCount]` is ``reachedCount``.
  let levelStart: UnsafeMutableBufferPointer<Int>
  /// Number of valid entries of ``order``: the actors reached, the source included.
  private(set) var reachedCount = 0
  /// Number of levels: the eccentricity of the source within its reach, plus one.
  private(set) var levelCount = 0

  init(actorCount: Int) {
    self.actorCount = actorCount
    level = .allocate(capacity: actorCount)
    level.initialize(repeating: Self.unreached)
    sigma = .allocate(capacity: actorCount)
    sigma.initialize(repeating: 0)
    order = .allocate(capacity: actorCount + 1)
    order.initialize(repeating: 0)
    levelStart = .allocate(capacity: actorCount + 1)
    levelStart.initialize(repeating: 0)
  }

  deinit {
    level.deallocate()
    sigma.deallocate()
    order.deallocate()
    levelStart.deallocate()
  }

  /// The actors at distance `depth`, as positions in ``order``.
  @inline(__always)
  func positions(atLevel depth: Int) -> Range<Int> { levelStart[depth]..<levelStart[depth + 1] }

  /// Computes the tree of `source`, replacing the previous one. Returns `false`, with the tree
  /// incomplete, when some actor lies deeper than `Level` can count (`UInt8`: 254 hops); the
  /// caller then runs the source again on a wider tree.
  func compute(from source: Int, outgoing: AdjacencyView) -> Bool {
    reset()
    self.source = source
    // Locals, not properties, in the hot loop: no exclusivity checks, values stay in registers.
    let level = self.level
    let sigma = self.sigma
    let order = self.order
    let offsets = outgoing.offsets
    let neighbors = outgoing.neighbors
    level[source] = 0
    sigma[source] = 1
    order[0] = UInt32(source)
    levelStart[0] = 0
    var count = 1
    var start = 0
    var depth = 0
    while start < count {
      let end = count
      guard depth + 1 < Int(Self.unreached) else {
        reachedCount = count
        levelCount = 0
        return false
      }
      let next = Level(truncatingIfNeeded: depth + 1)
      for head in start..<end {
        let v = Int(order[head])
        let sigmaV = sigma[v]
        // Branch-free: whether a neighbour is new or already at the next level is
        // unpredictable, so write unconditionally and select values instead of jumping.
        for entry in offsets[v]..<offsets[v + 1] {
          let w = Int(neighbors[entry])
          let known = level[w]
          let isNew = known == Self.unreached
          order[count] = UInt32(w)
          count &+= isNew ? 1 : 0
          level[w] = isNew ? next : known
          sigma[w] += isNew || known == next ? sigmaV : 0
        }
      }
      depth += 1
      levelStart[depth] = end
      start = end
    }
    levelCount = depth
    reachedCount = count
    return true
  }

  private func reset() {
    for position in 0..<reachedCount {
      let actor = Int(order[position])
      level[actor] = Self.unreached
      sigma[actor] = 0
    }
    reachedCount = 0
    levelCount = 0
  }
}
