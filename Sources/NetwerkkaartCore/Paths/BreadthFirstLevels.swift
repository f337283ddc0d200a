/// The shortest paths from one source on an unweighted network, kept level by level: which
/// actors lie at distance 1, 2, 3, … and how many shortest paths (σ) reach each of them. What
/// ``PathSweep`` runs once per source on unweighted networks; weighted networks use
/// ``ShortestPathTree`` (Dijkstra).
///
/// Each level is found from the one before it in whichever direction touches fewer ties
/// (direction-optimizing breadth-first search, [Beamer, Asanović and Patterson 2012]):
///
/// - *Top down*, while the level is small: the ties leaving it mark the actors not yet reached
///   as the next level; then each new actor's σ is the sum of σ over its incoming ties from the
///   level before.
/// - *Bottom up*, once the ties of the actors not yet reached are fewer than
///   ``bottomUpFactor`` times the ties leaving the level: every actor not yet reached sums σ over
///   its incoming ties from the level, and is on the next level exactly when that sum is not 0.
///   Unlike a plain search it cannot stop at an actor's first tie into the level (σ needs them
///   all), but it writes nothing at random. On the networks of `Benchmarks/` (Barabási–Albert,
///   5 to 6 levels) the one or two levels after the largest are found this way. Actors no tie
///   leads to (in-degree 0) can never be reached and are left out of the bottom-up scans.
///
/// Both directions read the previous level's σ from ``frontier``, an array that holds σ for the
/// actors on that level and 0 for every other actor, so a sum needs no distance test and no
/// branch. Path counts are whole numbers, so the order of the sums does not change them (exact
/// up to 2^53 paths).
///
/// Within a level the actors come in the order they were found: the order of the ties top down,
/// actor order bottom up. Which direction a level takes depends only on the network and the
/// source, so that order, and every sum that follows it (a pushed level of
/// ``LevelDependencyAccumulator``), is the same in every run and for any thread count. The
/// distance sums do not depend on it at all: they add the same values level after level.
///
/// The buffers are reused from source to source. One instance per worker thread; not `Sendable`.
///
/// [Beamer, Asanović and Patterson 2012]: https://doi.org/10.1109/SC.2012.50
final class BreadthFirstLevels {
  /// Which way each level is found and summed; ``LevelDirections/automatic`` except in tests.
  let directions: LevelDirections
  /// The search turns bottom up once the ties of the actors not yet reached are fewer than this
  /// many times the ties leaving the current level. Measured on `large` (1, 2, 3, 4 and 8): 4 took
  /// the least time; the result does not depend on it.
  static let bottomUpFactor = 4

  let actorCount: Int
  private(set) var source = 0
  /// Number of shortest paths from the source (σ) of the reached actors, as a double (exact up
  /// to 2^53). Entries of actors not reached are left over from earlier sources.
  let sigma: UnsafeMutableBufferPointer<Double>
  /// Reached actors level after level; `order[0]` is the source.
  let order: UnsafeMutableBufferPointer<UInt32>
  /// `order[levelStart[d] ..< levelStart[d + 1]]` are the actors at distance d, for
  /// d in 0 ..< ``levelCount``; grown as needed (a few levels on most networks, so not n + 1
  /// entries per worker).
  private var levelStart: [Int] = [0]
  /// Number of levels, the source's included: eccentricity within reach + 1.
  var levelCount: Int { levelStart.count - 1 }
  /// Whether each actor has been reached from the current source.
  private let isReached: UnsafeMutableBufferPointer<Bool>
  /// σ of the actors on the level being grown from, 0 for every other actor.
  private let frontier: UnsafeMutableBufferPointer<Double>
  /// The actors not yet reached, in actor order, while the search runs bottom up.
  private let unreached: UnsafeMutableBufferPointer<UInt32>
  /// Entries of the incoming adjacency (the ties a bottom-up step reads).
  private let incomingEntryCount: Int

  init(actorCount: Int, incomingEntryCount: Int, directions: LevelDirections = .automatic) {
    self.actorCount = actorCount
    self.directions = directions
    self.incomingEntryCount = incomingEntryCount
    sigma = .filled(actorCount, with: 0)
    order = .filled(actorCount + 1, with: 0)
    isReached = .filled(actorCount, with: false)
    frontier = .filled(actorCount, with: 0)
    unreached = .filled(actorCount, with: 0)
  }

  deinit {
    sigma.deallocate()
    order.deallocate()
    isReached.deallocate()
    frontier.deallocate()
    unreached.deallocate()
  }

  /// Number of actors reached, the source included.
  var reachedCount: Int { levelStart[levelCount] }

  /// Positions in ``order`` of the actors at distance `depth`.
  @inline(__always)
  func positions(atDistance depth: Int) -> Range<Int> { levelStart[depth]..<levelStart[depth + 1] }

  /// Computes the levels of `source`, replacing the previous ones.
  func compute(from source: Int, outgoing: AdjacencyView, incoming: AdjacencyView) {
    for position in 0..<reachedCount { isReached[Int(order[position])] = false }
    self.source = source
    isReached[source] = true
    sigma[source] = 1
    frontier[source] = 1
    order[0] = UInt32(source)
    levelStart.removeAll(keepingCapacity: true)
    levelStart.append(0)
    levelStart.append(1)
    var unreachedArcs = incomingEntryCount - (incoming.offsets[source + 1] - incoming.offsets[source])
    var unreachedCount: Int?
    while true {
      let level = positions(atDistance: levelCount - 1)
      let levelArcs = entries(at: level, in: outgoing)
      let count: Int
      let bottomUp: Bool
      switch directions {
      case .automatic: bottomUp = unreachedArcs < Self.bottomUpFactor * levelArcs
      case .topDownAndPull: bottomUp = false
      case .bottomUpAndPush: bottomUp = true
      case .alternating: bottomUp = levelCount % 2 == 0
      }
      if bottomUp {
        let remaining = unreachedCount ?? listUnreached(incoming)
        let grown = growBottomUp(after: level, remaining: remaining, incoming: incoming)
        count = grown.end
        unreachedCount = grown.remaining
      } else {
        unreachedCount = nil
        count = growTopDown(after: level, outgoing: outgoing, incoming: incoming)
      }
      unreachedArcs -= entries(at: level.upperBound..<count, in: incoming)
      for position in level { frontier[Int(order[position])] = 0 }
      if count == level.upperBound { break }
      for position in level.upperBound..<count {
        let w = Int(order[position])
        frontier[w] = sigma[w]
      }
      levelStart.append(count)
    }
  }

  /// The next level from the ties leaving `level`; returns the end of the new level in ``order``.
  private func growTopDown(after level: Range<Int>, outgoing: AdjacencyView, incoming: AdjacencyView) -> Int {
    let order = self.order
    let isReached = self.isReached
    var count = level.upperBound
    for position in level {
      let v = Int(order[position])
      // Branch-free: whether a neighbour is new is unpredictable, so write unconditionally
      // (`order` has one spare slot for the write past the last reached actor).
      for entry in outgoing.offsets[v]..<outgoing.offsets[v + 1] {
        let w = Int(outgoing.neighbors[entry])
        order[count] = UInt32(w)
        count &+= isReached[w] ? 0 : 1
        isReached[w] = true
      }
    }
    for position in level.upperBound..<count {
      let w = Int(order[position])
      sigma[w] = incomingSum(of: w, incoming)
    }
    return count
  }

  /// The next level from the actors not yet reached (the first `remaining` of ``unreached``);
  /// returns the end of the new level in ``order`` and how many actors stay unreached.
  private func growBottomUp(
    after level: Range<Int>, remaining: Int, incoming: AdjacencyView
  ) -> (end: Int, remaining: Int) {
    let order = self.order
    let unreached = self.unreached
    var count = level.upperBound
    var kept = 0
    for index in 0..<remaining {
      let u = Int(unreached[index])
      let paths = incomingSum(of: u, incoming)
      let isNew = paths != 0
      sigma[u] = paths
      order[count] = UInt32(u)
      unreached[kept] = UInt32(u)
      count &+= isNew ? 1 : 0
      kept &+= isNew ? 0 : 1
    }
    for position in level.upperBound..<count { isReached[Int(order[position])] = true }
    return (end: count, remaining: kept)
  }

  /// Σ ``frontier`` over the incoming ties of `actor`: σ over its predecessors on the level.
  @inline(__always)
  private func incomingSum(of actor: Int, _ incoming: AdjacencyView) -> Double {
    var sum = 0.0
    for entry in incoming.offsets[actor]..<incoming.offsets[actor + 1] {
      sum += frontier[Int(incoming.neighbors[entry])]
    }
    return sum
  }

  /// Fills ``unreached`` with the actors not reached yet that some tie leads to; returns how
  /// many. (An actor without incoming ties is never reached, and would cost a look at every
  /// bottom-up level of every source: isolates, or on directed maps actors nobody names.)
  private func listUnreached(_ incoming: AdjacencyView) -> Int {
    var count = 0
    for actor in 0..<actorCount {
      unreached[count] = UInt32(actor)
      let isCandidate = !isReached[actor] && incoming.offsets[actor + 1] > incoming.offsets[actor]
      count &+= isCandidate ? 1 : 0
    }
    return count
  }

  /// Entries of `adjacency` in the rows of the actors at `positions` of ``order``: the ties
  /// a step over those actors reads (the search's and the accumulation's cost estimates).
  func entries(at positions: Range<Int>, in adjacency: AdjacencyView) -> Int {
    var total = 0
    for position in positions {
      let actor = Int(order[position])
      total &+= adjacency.offsets[actor + 1] - adjacency.offsets[actor]
    }
    return total
  }
}

/// Which way ``BreadthFirstLevels`` grows each level and ``LevelDependencyAccumulator`` sums it.
/// The values are the same every way (path counts exactly, dependencies to the last binary
/// digits); the fixed ways exist so that tests can run each direction on its own.
package enum LevelDirections: Sendable, CaseIterable {
  /// Each level the way that touches fewer ties (the default).
  case automatic
  /// Every level top down, every dependency pulled: the textbook order.
  case topDownAndPull
  /// Every level bottom up, every dependency pushed.
  case bottomUpAndPush
  /// Top down and bottom up by turns, and push and pull by turns, so that a search turns back
  /// to top down and bottom up again.
  case alternating
}

extension BreadthFirstLevels: SourceTree {
  @inline(__always)
  func forEachReached(_ body: (_ actor: Int, _ distance: Double) -> Void) {
    for depth in 1..<max(1, levelCount) {
      let distance = Double(depth)
      for position in positions(atDistance: depth) { body(Int(order[position]), distance) }
    }
  }
}
