/// Groups of actors that are tied more densely among themselves than to the rest of the map,
/// found by the Louvain method: clusters of partners that work together.
///
/// Louvain climbs ``Modularity`` greedily. Each *level* visits the actors in a shuffled order
/// and moves each to the neighbouring group that raises Q the most,
/// ```
/// ΔQ(u → c) = k_{u,c} / m − γ · d_u · D_c / (2m²)                    undirected
/// ΔQ(u → c) = k_{u,c} / m − γ · (d_u^out · D_c^in + d_u^in · D_c^out) / m²   directed
/// ```
/// (`k_{u,c}`: ties between u and group c, both directions; `D_c`: summed degrees of c without u),
/// repeating passes until no actor moves; then every group becomes one node, with the ties
/// between groups summed, and the next level starts. It stops when a level moves no one or raises
/// Q by at most `threshold`. These are the steps and stopping rule of NetworkX
/// `community.louvain_communities(G, weight=…, resolution=γ, threshold=1e-7, seed=…)`; the random
/// orders differ, so the groups may too (Louvain is a heuristic: a different order can find
/// another, about equally good division).
///
/// - Result: ``communityOfActor`` numbers the groups 0, 1, ... in order of their first actor,
///   so equal divisions give equal arrays. ``modularity`` is ``Modularity`` of that division.
/// - Deterministic: the order of each level (kept for all its passes, as NetworkX does) is a
///   Fisher–Yates shuffle driven by a SplitMix64 generator with the given seed, and nothing depends on
///   hashing or threads: the same network and seed give the same groups, bit for bit, on every
///   run and machine.
/// - Moves: an actor moves only when the gain beats staying by more than 1e-12 (in units of Q),
///   so that rounding cannot make it swing between two equally good groups; among neighbouring
///   groups with equal gain, the first met in the actor's row wins.
/// - Direction: directed maps optimise the directed modularity of Leicht & Newman (2008) with
///   the gains of Dugué & Perez (2015), as NetworkX does for a `DiGraph`; ties in both directions
///   between two actors add up in `k_{u,c}`.
/// - Weights: weighted maps use the tie weights, unweighted maps count every tie as 1, as
///   ``Modularity``.
/// - Values: a map without ties (n = 0, 1, or only isolates) keeps every actor in its own group,
///   with Q = 0. Isolates always stay alone. n = 2 with a tie: one group, Q = 0 (γ = 1).
///   A resolution or threshold that is not a finite number is read as 1 or 1e-7.
///
/// - Complexity: O(n + m) per pass. Passes per level range from a few on maps with clear groups to
///   about 150 on maps without (a Barabási–Albert map of 20,000 actors: 144 passes in the first
///   level, under a second in all); levels are few, since each shrinks the network.
///
/// References: Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008).
/// [Fast unfolding of communities in large networks](https://doi.org/10.1088/1742-5468/2008/10/P10008);
/// Dugué, N. & Perez, A. (2015). *Directed Louvain: maximizing modularity in directed networks*,
/// hal-01231784.
public struct LouvainCommunities: Sendable, Hashable {
  /// Group of each actor, numbered in order of the groups' first actors.
  public let communityOfActor: [Int]
  /// Number of groups.
  public let count: Int
  /// ``Modularity`` of ``communityOfActor`` at ``resolution``.
  public let modularity: Double
  /// The resolution used, γ.
  public let resolution: Double
  /// The seed of the shuffles.
  public let seed: UInt64
  /// Number of levels that moved at least one actor.
  public let levels: Int

  /// Divides `network` into groups.
  ///
  /// - Parameters:
  ///   - network: the map; direction and weights as described above.
  ///   - seed: seed of the random visiting orders.
  ///   - resolution: γ; above 1 gives smaller groups, below 1 larger ones.
  ///   - threshold: stop when a level raises Q by no more than this.
  public init(_ network: Network, seed: UInt64 = 1, resolution: Double = 1, threshold: Double = 1e-7) {
    let gamma = resolution.isFinite ? resolution : 1
    let minimumGain = threshold.isFinite ? threshold : 1e-7
    let n = network.actorCount
    let shares = TieShares(network)
    var nodeOfActor = Array(0..<n)
    var levels = 0
    if shares.hasTies {
      var graph = LevelGraph(shares, network: network)
      var generator = SplitMix64(seed: seed)
      var current = Modularity.value(shares, communityOfActor: nodeOfActor, communityCount: n, resolution: gamma)
      while let level = graph.moveNodes(resolution: gamma, using: &generator) {
        levels += 1
        nodeOfActor = nodeOfActor.map { level.communityOfNode[$0] }
        let next = Modularity.value(
          shares, communityOfActor: nodeOfActor, communityCount: level.count, resolution: gamma)
        let gain = next - current
        current = next
        if gain <= minimumGain { break }
        graph = graph.aggregated(communityOfNode: level.communityOfNode, count: level.count)
      }
    }
    let groups = CommunityLabels(nodeOfActor, actorCount: n)
    communityOfActor = groups.communityOfActor
    count = groups.count
    modularity = Modularity.value(
      shares, communityOfActor: groups.communityOfActor, communityCount: groups.count, resolution: gamma)
    self.resolution = gamma
    self.seed = seed
    self.levels = levels
  }

  /// Number of actors in each group.
  public var sizes: [Int] {
    var sizes = [Int](repeating: 0, count: count)
    for community in communityOfActor { sizes[community] += 1 }
    return sizes
  }
}

/// The network of one Louvain level: nodes are the groups of the level below. Each row lists
/// the other nodes tied to a node, with the shares of the ties in both directions added up
/// (so rows are symmetric even for directed maps), without self-ties; the strengths carry the
/// ties inside a node.
private struct LevelGraph {
  /// Result of one level: a group for every node, numbered in order of their first node.
  struct Level {
    let communityOfNode: [Int]
    let count: Int
  }

  /// Gains smaller than this (in units of Q) are rounding, not improvement.
  static let tolerance = 1e-12

  var offsets: [Int]
  var neighbors: [Int]
  var weights: [Double]
  var outStrength: [Double]
  var inStrength: [Double]
  /// 2 undirected (a tie's share is half its weight over m), 1 directed.
  let linkFactor: Double

  var count: Int { outStrength.count }

  /// Level 0: the actors. Undirected rows are the network's; directed rows merge the outgoing and
  /// incoming ties of each actor.
  init(_ shares: TieShares, network: Network) {
    linkFactor = network.isDirected ? 1 : 2
    outStrength = shares.outStrength
    inStrength = shares.inStrength
    guard network.isDirected else {
      offsets = shares.offsets
      neighbors = shares.neighbors.map { Int($0) }
      weights = shares.outgoing
      return
    }
    let n = network.actorCount
    var builder = RowBuilder(columnCount: n, capacity: network.outgoing.neighbors.count * 2)
    let incomingOffsets = network.incoming.offsets
    let incomingNeighbors = network.incoming.neighbors
    for u in 0..<n {
      for entry in shares.offsets[u]..<shares.offsets[u + 1] {
        builder.add(Int(shares.neighbors[entry]), shares.outgoing[entry])
      }
      for entry in incomingOffsets[u]..<incomingOffsets[u + 1] {
        builder.add(Int(incomingNeighbors[entry]), shares.incoming[entry])
      }
      builder.endRow()
    }
    offsets = builder.offsets
    neighbors = builder.neighbors
    weights = builder.weights
  }

  private init(
    offsets: [Int], neighbors: [Int], weights: [Double], outStrength: [Double], inStrength: [Double],
    linkFactor: Double
  ) {
    self.offsets = offsets
    self.neighbors = neighbors
    self.weights = weights
    self.outStrength = outStrength
    self.inStrength = inStrength
    self.linkFactor = linkFactor
  }

  /// Local moving: passes over the nodes in one shuffled order until no node moves. `nil` when
  /// no node moved at all.
  func moveNodes(resolution gamma: Double, using generator: inout SplitMix64) -> Level? {
    var order = Array(0..<count)
    shuffle(&order, using: &generator)
    let state = MoveState(self)
    var movedAny = false
    var moves = 1
    while moves > 0 {
      moves = 0
      for u in order where state.move(u, in: self, resolution: gamma) {
        moves += 1
        movedAny = true
      }
    }
    guard movedAny else { return nil }
    let labels = CommunityLabels(Array(state.community), actorCount: count)
    return Level(communityOfNode: labels.communityOfActor, count: labels.count)
  }

  /// The next level: one node per group, ties between groups summed, ties inside dropped (they
  /// stay in the strengths).
  func aggregated(communityOfNode: [Int], count groupCount: Int) -> LevelGraph {
    var outSum = [Double](repeating: 0, count: groupCount)
    var inSum = [Double](repeating: 0, count: groupCount)
    var start = [Int](repeating: 0, count: groupCount + 1)
    for node in 0..<count {
      let c = communityOfNode[node]
      outSum[c] += outStrength[node]
      inSum[c] += inStrength[node]
      start[c + 1] += 1
    }
    for c in 0..<groupCount { start[c + 1] += start[c] }
    var members = [Int](repeating: 0, count: count)
    var cursor = start
    for node in 0..<count {
      let c = communityOfNode[node]
      members[cursor[c]] = node
      cursor[c] += 1
    }
    var builder = RowBuilder(columnCount: groupCount, capacity: neighbors.count)
    for c in 0..<groupCount {
      for node in members[start[c]..<start[c + 1]] {
        for entry in offsets[node]..<offsets[node + 1] {
          let other = communityOfNode[neighbors[entry]]
          if other != c { builder.add(other, weights[entry]) }
        }
      }
      builder.endRow()
    }
    return LevelGraph(
      offsets: builder.offsets, neighbors: builder.neighbors, weights: builder.weights, outStrength: outSum,
      inStrength: inSum, linkFactor: linkFactor)
  }

  /// Fisher–Yates with the generator's raw output, so that the order does not depend on the
  /// standard library's shuffling algorithm.
  private func shuffle(_ order: inout [Int], using generator: inout SplitMix64) {
    var i = order.count - 1
    while i > 0 {
      // Lemire's multiply-high maps 64 random bits onto 0 ... i.
      let j = Int(generator.next().multipliedFullWidth(by: UInt64(i + 1)).high)
      order.swapAt(i, j)
      i -= 1
    }
  }
}

/// The working arrays of one level's local moving, as unchecked buffers: every index is a node
/// of the level, below its count, by construction.
private final class MoveState {
  let community: UnsafeMutableBufferPointer<Int>
  private let totalOut: UnsafeMutableBufferPointer<Double>
  private let totalIn: UnsafeMutableBufferPointer<Double>
  /// Summed tie shares from the node being moved to each group, valid where ``isTouched``.
  private let weightTo: UnsafeMutableBufferPointer<Double>
  private let isTouched: UnsafeMutableBufferPointer<Bool>
  /// The groups met in the current node's row, in order.
  private let touched: UnsafeMutableBufferPointer<Int>

  init(_ graph: LevelGraph) {
    let count = graph.count
    community = .allocate(capacity: count)
    _ = community.initialize(from: 0..<count)
    totalOut = .allocate(capacity: count)
    _ = totalOut.initialize(from: graph.outStrength)
    totalIn = .allocate(capacity: count)
    _ = totalIn.initialize(from: graph.inStrength)
    weightTo = .filled(count, with: 0)
    isTouched = .filled(count, with: false)
    touched = .filled(count, with: 0)
  }

  deinit {
    community.deallocate()
    totalOut.deallocate()
    totalIn.deallocate()
    weightTo.deallocate()
    isTouched.deallocate()
    touched.deallocate()
  }

  /// Takes u out of its group and puts it in the neighbouring group with the largest gain, or
  /// back. Returns whether u changed group.
  func move(_ u: Int, in graph: LevelGraph, resolution gamma: Double) -> Bool {
    let own = community[u]
    var touchedCount = 0
    for entry in graph.offsets[u]..<graph.offsets[u + 1] {
      let c = community[graph.neighbors[entry]]
      if !isTouched[c] {
        isTouched[c] = true
        weightTo[c] = 0
        touched[touchedCount] = c
        touchedCount += 1
      }
      weightTo[c] += graph.weights[entry]
    }
    let out = graph.outStrength[u]
    let inward = graph.inStrength[u]
    totalOut[own] -= out
    totalIn[own] -= inward
    // ΔQ of joining c, up to a term that is the same for every c.
    let link = graph.linkFactor
    let stay = link * (isTouched[own] ? weightTo[own] : 0) - gamma * (out * totalIn[own] + inward * totalOut[own])
    var best = own
    var bestGain = -Double.infinity
    for position in 0..<touchedCount {
      let c = touched[position]
      guard c != own else { continue }
      let gain = link * weightTo[c] - gamma * (out * totalIn[c] + inward * totalOut[c])
      if gain > bestGain {
        best = c
        bestGain = gain
      }
    }
    if !(bestGain - stay > LevelGraph.tolerance) { best = own }
    totalOut[best] += out
    totalIn[best] += inward
    community[u] = best
    for position in 0..<touchedCount { isTouched[touched[position]] = false }
    return best != own
  }
}

/// Builds CSR rows whose entries to the same column are added up, in order of first appearance.
private struct RowBuilder {
  var offsets: [Int] = [0]
  var neighbors: [Int] = []
  var weights: [Double] = []
  private var slot: [Int]

  init(columnCount: Int, capacity: Int) {
    slot = [Int](repeating: -1, count: columnCount)
    neighbors.reserveCapacity(capacity)
    weights.reserveCapacity(capacity)
  }

  mutating func add(_ column: Int, _ weight: Double) {
    let position = slot[column]
    if position >= 0 {
      weights[position] += weight
    } else {
      slot[column] = neighbors.count
      neighbors.append(column)
      weights.append(weight)
    }
  }

  mutating func endRow() {
    for column in neighbors[offsets[offsets.count - 1]...] { slot[column] = -1 }
    offsets.append(neighbors.count)
  }
}
