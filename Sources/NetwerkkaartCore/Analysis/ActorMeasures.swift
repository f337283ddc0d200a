/// Every measure of one actor of a ``NetworkAnalysis``, read by name in Swift
/// (`analysis[actor: "clb"]?.betweenness`) or by ``Measure`` (`clb[.constraint]`).
///
/// Values are computed on first use by the analysis and shared with every other view. A measure
/// the network does not have (in-degree of an undirected map, closeness under an estimate) is
/// `nil` through the subscript; the named properties cover the measures every network has.
public struct ActorMeasures: Sendable {
  /// The analysis the values come from.
  public let analysis: NetworkAnalysis
  /// The actor's position in ``Network/actorIDs``.
  public let index: Int

  /// The actor's id.
  public var id: ActorID { analysis.network.actorIDs[index] }
  /// Distinct neighbours (in + out when directed).
  public var degree: Int { analysis.degree.degree[index] }
  /// degree / (n − 1).
  public var degreeCentrality: Double { analysis.degree.centrality[index] }
  /// Raw betweenness (estimated under an approximation).
  public var betweenness: Double { analysis.betweenness.raw[index] }
  /// Normalized betweenness.
  public var betweennessNormalized: Double { analysis.betweenness.normalized[index] }
  /// Wasserman–Faust closeness, outward; `nil` under an approximation.
  public var closeness: Double? { analysis.closeness?.outward[index] }
  /// Harmonic closeness, outward; `nil` under an approximation.
  public var harmonicCloseness: Double? { analysis.harmonicCloseness?.outward[index] }
  /// Burt's constraint.
  public var constraint: Double { analysis.structuralHoles.constraint[index] }
  /// Burt's effective size.
  public var effectiveSize: Double { analysis.structuralHoles.effectiveSize[index] }

  /// The value of `measure` for this actor, `nil` when the network does not have the measure.
  public subscript(_ measure: Measure) -> Double? {
    analysis.column(measure).map { $0.value(at: index) }
  }
}
