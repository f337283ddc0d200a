/// Density within and between groups of actors: the *image matrix* of a partition (by role,
/// type, inside/outside the school). Entry (g, h) says how many of the possible ties between
/// the members of g and those of h the map has.
///
/// ```
/// ties(g, h)      = distinct ties with one end in g and the other in h (within g: both in g)
/// possible(g, h)  = |g|·|h|                   g ≠ h
///                   |g|·(|g| − 1) / 2         g = h, undirected
///                   |g|·(|g| − 1)             g = h, directed
/// density(g, h)   = ties(g, h) / possible(g, h)         0 when nothing is possible
/// ```
/// - Direction: undirected, the matrix is symmetric. Directed, (g, h) counts ties *from* g to
///   h and possible(g, h) = |g|·|h| (|g|·(|g| − 1) within), as UCINET's block densities.
/// - Weights: ``strength`` gives Σ w / possible(g, h), the average tie strength over all
///   possible pairs (UCINET's density of valued data), whether or not the analysis is weighted;
///   ``density`` always counts ties.
/// - Values: a group of one actor has no possible ties within (density 0); n = 0 gives an empty
///   matrix.
///
/// Reference: Wasserman & Faust (1994), §10.2 (blockmodels, density tables); Borgatti, Everett
/// & Johnson (2018), *Analyzing Social Networks*, ch. 13.
public struct GroupDensity: Sendable, Hashable {
  /// The groups, in the order of the matrices' rows and columns.
  public let partition: ActorPartition
  /// `ties[g][h]`: number of distinct ties between (from) group g and (to) group h.
  public let ties: [[Int]]
  /// `possible[g][h]`, as defined above.
  public let possible: [[Int]]
  /// `density[g][h]` = ties / possible.
  public let density: [[Double]]
  /// `strength[g][h]` = summed weights / possible.
  public let strength: [[Double]]

  /// Counts the ties of `network` within and between the groups of `partition` (one per actor).
  public init(_ network: Network, partition: ActorPartition) {
    let groupCount = partition.count
    let sizes = partition.sizes
    var ties = [[Int]](repeating: [Int](repeating: 0, count: groupCount), count: groupCount)
    var weights = [[Double]](repeating: [Double](repeating: 0, count: groupCount), count: groupCount)
    for source in 0..<network.actorCount {
      let g = partition.groupOfActor[source]
      for (neighbor, weight) in zip(network.outgoing.neighbors(of: source), network.outgoing.weights(of: source)) {
        let target = Int(neighbor)
        // Undirected ties sit in both rows; count each once.
        if !network.isDirected && target < source { continue }
        let h = partition.groupOfActor[target]
        ties[g][h] += 1
        weights[g][h] += weight
        if !network.isDirected && g != h {
          ties[h][g] += 1
          weights[h][g] += weight
        }
      }
    }
    var possible = [[Int]](repeating: [Int](repeating: 0, count: groupCount), count: groupCount)
    for g in 0..<groupCount {
      for h in 0..<groupCount {
        possible[g][h] =
          g != h
          ? sizes[g] * sizes[h] : (network.isDirected ? sizes[g] * (sizes[g] - 1) : sizes[g] * (sizes[g] - 1) / 2)
      }
    }
    self.partition = partition
    self.ties = ties
    self.possible = possible
    density = (0..<groupCount).map { g in
      (0..<groupCount).map { h in possible[g][h] > 0 ? Double(ties[g][h]) / Double(possible[g][h]) : 0 }
    }
    strength = (0..<groupCount).map { g in
      (0..<groupCount).map { h in possible[g][h] > 0 ? weights[g][h] / Double(possible[g][h]) : 0 }
    }
  }
}
