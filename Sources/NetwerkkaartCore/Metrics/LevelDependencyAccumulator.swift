/// Brandes' dependency accumulation for one source of an unweighted network, level by level,
/// from the deepest level up:
///
/// ```
/// δ_s(v) = σ_sv · Σ_{w : v ∈ P_s(w)} (1 + δ_s(w)) / σ_sw
/// ```
/// (Brandes 2001, Theorem 6, with σ_sv taken out of the sum). The successors w of an actor v
/// at distance d are its neighbours at distance d + 1, so with ``share`` holding
/// (1 + δ_s(w)) / σ_sw for the actors at d + 1 and 0 for every other actor, the sum over
/// successors is a plain sum over all ties of v: no distance test and no branch.
///
/// Each level is summed in whichever direction touches fewer ties:
/// - *pull*: each actor at d sums ``share`` over its outgoing ties, in the order of its row;
/// - *push*, when the level below has fewer than half as many incoming ties as this level has
///   outgoing ones (the last level of a search, typically): each actor w at d + 1 adds its
///   share to the actors at d among its incoming ties, in the order of the level.
///
/// The sums are deterministic: they depend on the network and the source only, never on the
/// number of threads. They are not the sums of ``DependencyAccumulator`` (which adds
/// σ_sv · share(w) one successor at a time, as weighted networks still do), so values can
/// differ from that order in the last one or two binary digits (at most 1.3e-15 relative in the
/// example outputs).
///
/// - Complexity: O(m) per source; three arrays of n doubles.
///
/// [Brandes 2001]: https://doi.org/10.1080/0022250X.2001.9990249
final class LevelDependencyAccumulator {
  /// The level below pushes into a level when its incoming ties are fewer than the level's
  /// outgoing ties divided by this. Measured on `large` (1, 2 and 4): 2 took the least time.
  static let pushFactor = 2

  /// (1 + δ(w)) / σ(w) for the actors w one level below the one being summed, 0 elsewhere.
  private let share: UnsafeMutableBufferPointer<Double>
  /// The sums of a pushed level, then the new shares of the level just summed; 0 elsewhere.
  private let staged: UnsafeMutableBufferPointer<Double>
  /// 1 for the actors on a level being pushed into, 0 elsewhere.
  private let onLevel: UnsafeMutableBufferPointer<Double>

  /// Which way each level is summed; ``LevelDirections/automatic`` except in tests.
  let directions: LevelDirections

  init(actorCount: Int, directions: LevelDirections = .automatic) {
    self.directions = directions
    share = .filled(actorCount, with: 0)
    staged = .filled(actorCount, with: 0)
    onLevel = .filled(actorCount, with: 0)
  }

  deinit {
    share.deallocate()
    staged.deallocate()
    onLevel.deallocate()
  }

  /// Adds δ_s(v) of the levels' source to `target[v]` for every actor v reached.
  func accumulate(
    _ levels: BreadthFirstLevels, outgoing: AdjacencyView, incoming: AdjacencyView,
    into target: UnsafeMutableBufferPointer<Double>
  ) {
    let levelCount = levels.levelCount
    guard levelCount > 1 else { return }
    let order = levels.order
    let sigma = levels.sigma
    // The deepest level is no one's predecessor: δ = 0 there.
    var below = levels.positions(atDistance: levelCount - 1)
    for position in below {
      let w = Int(order[position])
      share[w] = 1 / sigma[w]
    }
    var belowArcs = levels.entries(at: below, in: incoming)
    for depth in stride(from: levelCount - 2, to: 0, by: -1) {
      let level = levels.positions(atDistance: depth)
      let pushes: Bool
      switch directions {
      case .automatic: pushes = Self.pushFactor * belowArcs < levels.entries(at: level, in: outgoing)
      case .topDownAndPull: pushes = false
      case .bottomUpAndPush: pushes = true
      case .alternating: pushes = depth % 2 == 1
      }
      if pushes {
        push(from: below, into: level, of: levels, incoming: incoming, target: target)
      } else {
        pull(level, of: levels, outgoing: outgoing, target: target)
      }
      for position in below { share[Int(order[position])] = 0 }
      for position in level {
        let v = Int(order[position])
        share[v] = staged[v]
        staged[v] = 0
      }
      below = level
      belowArcs = levels.entries(at: level, in: incoming)
    }
    for position in below { share[Int(order[position])] = 0 }
  }

  /// Each actor of `level` sums ``share`` over its outgoing ties.
  private func pull(
    _ level: Range<Int>, of levels: BreadthFirstLevels, outgoing: AdjacencyView,
    target: UnsafeMutableBufferPointer<Double>
  ) {
    for position in level {
      let v = Int(levels.order[position])
      var sum = 0.0
      for entry in outgoing.offsets[v]..<outgoing.offsets[v + 1] { sum += share[Int(outgoing.neighbors[entry])] }
      finish(v, sum: sum, sigma: levels.sigma[v], target: target)
    }
  }

  /// Each actor of `below` adds its share to the actors of `level` among its incoming ties.
  private func push(
    from below: Range<Int>, into level: Range<Int>, of levels: BreadthFirstLevels, incoming: AdjacencyView,
    target: UnsafeMutableBufferPointer<Double>
  ) {
    let order = levels.order
    for position in level { onLevel[Int(order[position])] = 1 }
    for position in below {
      let w = Int(order[position])
      let part = share[w]
      for entry in incoming.offsets[w]..<incoming.offsets[w + 1] {
        let v = Int(incoming.neighbors[entry])
        // Selected, not multiplied by the mask: a share that overflowed (more than 2^1024 paths)
        // must not leave NaN behind in an actor off the level for the next source.
        staged[v] += onLevel[v] != 0 ? part : 0
      }
    }
    for position in level {
      let v = Int(order[position])
      onLevel[v] = 0
      finish(v, sum: staged[v], sigma: levels.sigma[v], target: target)
    }
  }

  /// δ(v) = σ(v) · sum, added to `target`; v's share is staged for the level above.
  @inline(__always)
  private func finish(_ v: Int, sum: Double, sigma: Double, target: UnsafeMutableBufferPointer<Double>) {
    let dependency = sigma * sum
    target[v] += dependency
    staged[v] = (1 + dependency) / sigma
  }
}
