/// Modularity of a division of the actors into groups: how many more ties run inside the groups
/// than a random map with the same degrees would have there.
///
/// ```
/// undirected: Q = Σ_c [ L_c / m  −  γ · (d_c / 2m)² ]
/// directed:   Q = Σ_c [ L_c / m  −  γ · d_c^out · d_c^in / m² ]
/// ```
/// `m` is the number (weighted: total weight) of ties, `L_c` the ties inside group c, `d_c` the
/// summed degrees (strengths) of its actors, and `γ` the resolution (1 is Newman–Girvan's
/// modularity; above 1 favours smaller groups, below 1 larger ones).
///
/// - Groups: `communities[i]` is the group of actor i. The labels are any integers (only equality
///   counts). An actor without an entry (the array is shorter than n) is a group on its own;
///   entries past n are ignored.
/// - Direction: a directed map uses the directed form of Leicht & Newman (2008), which expects a
///   tie from c to c with probability d^out · d^in / m.
/// - Weights: when the network is weighted, ties count with their (merged) weight; otherwise every
///   tie counts 1. Equals NetworkX `community.modularity(G, communities, weight=w, resolution=γ)`
///   with `w = "weight"` weighted and `w = None` unweighted.
/// - Values: undirected with γ = 1, Q lies in [−1/2, 1). A map without ties (including n = 0, 1)
///   has Q = 0 by definition (NetworkX raises `ZeroDivisionError`). One group holding everyone:
///   1 − γ. Isolates add nothing. n = 2 with a tie: two groups −1/2, one group 0 (γ = 1).
///   A resolution that is not a finite number is read as 1. Ties whose weight is not a finite
///   positive number (possible only in networks built from edges, never from a map) count 0.
/// - Example: two triangles joined by one tie (m = 7), each triangle a group: each has L = 3 and
///   d = 7, so Q = 2 · (3/7 − (7/14)²) = 5/14 ≈ 0.357.
///
/// - Complexity: O(n + m).
///
/// References: Newman, M. E. J. & Girvan, M. (2004). [Finding and evaluating community structure
/// in networks](https://doi.org/10.1103/PhysRevE.69.026113); Leicht, E. A. & Newman, M. E. J.
/// (2008). [Community structure in directed networks](https://doi.org/10.1103/PhysRevLett.100.118703);
/// Reichardt, J. & Bornholdt, S. (2006), resolution γ.
public struct Modularity: Sendable, Hashable {
  /// Q of the given division.
  public let value: Double
  /// The resolution used, γ.
  public let resolution: Double
  /// Number of groups the division has (after giving unlabelled actors a group each).
  public let communityCount: Int

  /// The modularity of the division of `network` into `communities` (`communities[i]`: the group
  /// label of actor i) at resolution γ = `resolution`; a resolution that is not finite counts as 1.
  public init(_ network: Network, communities: [Int], resolution: Double = 1) {
    let gamma = resolution.isFinite ? resolution : 1
    let groups = CommunityLabels(communities, actorCount: network.actorCount)
    self.resolution = gamma
    communityCount = groups.count
    value = Self.value(
      TieShares(network), communityOfActor: groups.communityOfActor, communityCount: groups.count,
      resolution: gamma)
  }

  /// Q from compact group numbers `0 ..< communityCount`. Shared with ``LouvainCommunities``.
  static func value(_ shares: TieShares, communityOfActor: [Int], communityCount: Int, resolution: Double) -> Double {
    guard shares.hasTies, communityCount > 0 else { return 0 }
    var inside = [Double](repeating: 0, count: communityCount)
    var outSum = [Double](repeating: 0, count: communityCount)
    var inSum = [Double](repeating: 0, count: communityCount)
    let offsets = shares.offsets
    let neighbors = shares.neighbors
    let weights = shares.outgoing
    for u in 0..<communityOfActor.count {
      let c = communityOfActor[u]
      outSum[c] += shares.outStrength[u]
      inSum[c] += shares.inStrength[u]
      for entry in offsets[u]..<offsets[u + 1] where communityOfActor[Int(neighbors[entry])] == c {
        inside[c] += weights[entry]
      }
    }
    var q = 0.0
    for c in 0..<communityCount { q += inside[c] - resolution * outSum[c] * inSum[c] }
    return q.isFinite ? q : 0
  }
}

/// Group labels of a partition renumbered 0, 1, ... in order of their first actor.
struct CommunityLabels {
  let communityOfActor: [Int]
  let count: Int

  /// Actors past the end of `labels` each get a group of their own.
  init(_ labels: [Int], actorCount n: Int) {
    var number = [Int: Int](minimumCapacity: min(labels.count, n))
    var result = [Int](repeating: 0, count: n)
    var count = 0
    for actor in 0..<n {
      if actor < labels.count {
        if let known = number[labels[actor]] {
          result[actor] = known
          continue
        }
        number[labels[actor]] = count
      }
      result[actor] = count
      count += 1
    }
    communityOfActor = result
    self.count = count
  }
}

/// The ties of a network as shares of the total: every entry's weight divided by the sum over all
/// outgoing entries (2m undirected, m directed), so that sums stay in [0, 1] whatever the weights'
/// scale. Unweighted networks give every tie the same share.
struct TieShares {
  /// Row starts of ``Network/outgoing``.
  let offsets: [Int]
  /// Neighbours of ``Network/outgoing``.
  let neighbors: [UInt32]
  /// Share of each outgoing entry.
  let outgoing: [Double]
  /// Share of each entry of ``Network/incoming``, aligned with it (the same values as
  /// ``outgoing`` in another order; identical to it undirected).
  let incoming: [Double]
  /// Summed shares of each actor's outgoing entries.
  let outStrength: [Double]
  /// Summed shares of each actor's incoming entries (equal to ``outStrength`` undirected).
  let inStrength: [Double]
  /// Whether any tie has a positive share; without, modularity is 0 by definition.
  let hasTies: Bool

  init(_ network: Network) {
    let n = network.actorCount
    let weighted = network.isWeighted
    func usable(_ weight: Double) -> Double { weighted ? (weight.isFinite && weight > 0 ? weight : 0) : 1 }
    // Dividing by the largest weight first keeps the total finite for any finite weights.
    let largest = network.outgoing.weights.reduce(0) { max($0, usable($1)) }
    let total = network.outgoing.weights.reduce(0) { $0 + (largest > 0 ? usable($1) / largest : 0) }
    // The same arithmetic for both directions, so an arc has the same share in either row.
    func share(_ weight: Double) -> Double { total > 0 ? usable(weight) / largest / total : 0 }
    let offsets = network.outgoing.offsets
    let outgoing = network.outgoing.weights.map(share)
    let incoming = network.isDirected ? network.incoming.weights.map(share) : outgoing
    let incomingOffsets = network.incoming.offsets
    let outStrength = (0..<n).map { u in (offsets[u]..<offsets[u + 1]).reduce(0) { $0 + outgoing[$1] } }
    self.offsets = offsets
    self.neighbors = network.outgoing.neighbors
    self.outgoing = outgoing
    self.incoming = incoming
    self.outStrength = outStrength
    // Undirected rows hold every tie twice, so the incoming sums equal the outgoing ones.
    inStrength =
      network.isDirected
      ? (0..<n).map { u in (incomingOffsets[u]..<incomingOffsets[u + 1]).reduce(0) { $0 + incoming[$1] } }
      : outStrength
    hasTies = total > 0
  }
}
