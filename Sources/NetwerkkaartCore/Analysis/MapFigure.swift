/// A whole-map figure: the typed key of ``NetworkFigures`` and of the wave comparison.
///
/// The raw value is the snake_case name used in JSON and CSV output (`betweenness_centralization`).
/// Declaration order is report order: the basic figures every table has, then those of an
/// extended table (``isExtended``), which ``NetworkAnalysis/figure(_:)`` gives when defined.
public enum MapFigure: String, CaseIterable, Sendable, Codable, Hashable {
  /// n, the number of actors.
  case actors
  /// m, the number of distinct ties.
  case ties
  /// 1 when the ties are read as directed, else 0.
  case directed
  /// 1 when path metrics use the tie weights, else 0.
  case weighted
  /// See ``Density``.
  case density
  /// Connected (weakly, when directed) components, isolates included; see ``Components``.
  case components
  /// Share of closed connected triples; see ``Clustering/transitivity``.
  case transitivity
  /// Mean local clustering; see ``Clustering/average``.
  case averageClustering = "average_clustering"
  /// Freeman degree centralization; see ``Centralization``.
  case degreeCentralization = "degree_centralization"
  /// Freeman betweenness centralization; see ``Centralization``.
  case betweennessCentralization = "betweenness_centralization"
  /// Freeman closeness centralization (not on weighted maps nor under an estimate).
  case closenessCentralization = "closeness_centralization"
  /// Diameter of the largest component; see ``DistanceSummary`` (exact only).
  case diameter
  /// Mean distance over reachable ordered pairs; see ``DistanceSummary`` (exact only).
  case averageDistance = "average_distance"
  /// Degree assortativity; see ``Assortativity`` (left out when undefined).
  case degreeAssortativity = "degree_assortativity"

  /// Reads a figure's snake_case name in any letter case, hyphens and spaces as `_`.
  public init?(parsing text: String) {
    self.init(rawValue: text.snakeCaseKey)
  }

  /// Whether the figure is one of `metrics --extended`'s additions.
  public var isExtended: Bool {
    switch self {
    case .actors, .ties, .directed, .weighted, .density, .components: false
    default: true
    }
  }

  /// Whether the value is a count (printed without decimals).
  public var isCount: Bool {
    switch self {
    case .actors, .ties, .components: true
    default: false
    }
  }

  /// The figures `metrics --extended` adds, in report order.
  public static let extendedCases = allCases.filter(\.isExtended)

  /// The figure's name in running text (`diameter`, `gemiddelde afstand`).
  public func name(in language: Language) -> String {
    switch self {
    case .actors: language.word(.actors)
    case .ties: language.word(.ties)
    case .directed: language.word(.directed)
    case .weighted: language.word(.weighted)
    case .density: language.word(.density)
    case .components: language.word(.components)
    case .transitivity: language.word(.transitivity)
    case .averageClustering: language.word(.averageClustering)
    case .degreeCentralization: language.word(.degreeCentralization)
    case .betweennessCentralization: language.word(.betweennessCentralization)
    case .closenessCentralization: language.word(.closenessCentralization)
    case .diameter: "diameter"
    case .averageDistance: language.word(.averageDistance)
    case .degreeAssortativity: language.word(.degreeAssortativity)
    }
  }
}
