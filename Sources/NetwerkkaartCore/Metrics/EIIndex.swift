/// Krackhardt and Stern's E-I index: how much ties run between groups (external, E) rather
/// than within them (internal, I), for the whole map, each group and each actor.
///
/// ```
/// EI = (E − I) / (E + I)                      −1: all ties within groups, +1: all between
/// group g:  E_g = ties with one end in g, I_g = ties with both ends in g
/// actor i:  E_i = ties of i to other groups, I_i = ties of i within its group
/// crossing share = E / (E + I)                 e.g. the share of ties crossing the school boundary
/// ```
/// - Values: with no ties (E + I = 0) the index is 0 and ``crossingShare`` 0, rather than
///   undefined. An actor without ties gets 0.
/// - Direction: each tie counts once; on a directed map a mutual pair is two ties (two arcs).
/// - Weights: weighted, E and I are summed tie strengths instead of counts; unweighted they
///   count ties. (UCINET's E-I index ignores values; use an unweighted analysis to match it.)
///
/// Example: a school and its team (group *intern*: school, directeur, zoco) tied among each
/// other (3 ties) and with two partners (CLB, pedagogical adviser; group *extern*) by 2 ties:
/// E = 2, I = 3, EI = (2 − 3)/5 = −0.2, crossing share 0.4.
///
/// Reference: Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises:
/// an experimental simulation. *Social Psychology Quarterly* 51(2), 123–140. UCINET 6: Network >
/// Cohesion > E-I Index.
public struct EIIndex: Sendable, Hashable {
  /// The groups whose boundaries are measured.
  public let partition: ActorPartition
  /// Ties (or strength) between groups, E, and within groups, I, for the whole map.
  public let external: Double
  /// Ties (or strength) within groups, I, for the whole map.
  public let `internal`: Double
  /// (E − I) / (E + I) for the whole map.
  public let index: Double
  /// E / (E + I).
  public let crossingShare: Double
  /// The index of each group.
  public let groupIndex: [Double]
  /// The index of each actor.
  public let actorIndex: [Double]

  /// Computes the E-I index of the whole map, of each group and of each actor of `network`, with
  /// the groups of `partition` (one per actor).
  public init(_ network: Network, partition: ActorPartition) {
    var external = 0.0
    var within = 0.0
    var groupExternal = [Double](repeating: 0, count: partition.count)
    var groupInternal = [Double](repeating: 0, count: partition.count)
    var actorExternal = [Double](repeating: 0, count: network.actorCount)
    var actorInternal = [Double](repeating: 0, count: network.actorCount)
    for source in 0..<network.actorCount {
      let g = partition.groupOfActor[source]
      for (neighbor, weight) in zip(network.outgoing.neighbors(of: source), network.outgoing.weights(of: source)) {
        let target = Int(neighbor)
        if !network.isDirected && target < source { continue }
        let amount = network.isWeighted ? weight : 1
        let h = partition.groupOfActor[target]
        if g == h {
          within += amount
          groupInternal[g] += amount
          actorInternal[source] += amount
          actorInternal[target] += amount
        } else {
          external += amount
          groupExternal[g] += amount
          groupExternal[h] += amount
          actorExternal[source] += amount
          actorExternal[target] += amount
        }
      }
    }
    func ratio(_ e: Double, _ i: Double) -> Double { e + i > 0 ? (e - i) / (e + i) : 0 }
    self.partition = partition
    self.external = external
    self.internal = within
    index = ratio(external, within)
    crossingShare = external + within > 0 ? external / (external + within) : 0
    groupIndex = zip(groupExternal, groupInternal).map(ratio)
    actorIndex = zip(actorExternal, actorInternal).map(ratio)
  }
}
