/// A per-actor measure: the typed key of a column of ``MetricsTable`` and of ``ActorMeasures``.
///
/// The raw value is the snake_case name used in JSON and CSV output, by `--sort` and `--size-by`
/// (`betweenness_normalized`); ``init(parsing:)`` reads it in any letter case and with hyphens.
/// A misspelt measure is a compile error in Swift and a listed choice on the command line,
/// never a silent `nil`.
///
/// Declaration order is report order: the degree family, betweenness, the closeness family, then
/// the extended measures. Which measures a network has follows from its settings
/// (``applies(directed:weighted:approximate:extended:)``):
///
/// | measure | directed only | weighted only | estimated under an approximation | extended |
/// |---|---|---|---|---|
/// | ``inDegree``, ``outDegree`` | yes | | | |
/// | ``strength`` | | yes | | |
/// | ``inStrength``, ``outStrength`` | yes | yes | | |
/// | ``betweenness``, ``betweennessNormalized`` | | | yes | |
/// | ``closeness``, ``harmonicCloseness`` | | | yes | |
/// | ``inCloseness``, ``inHarmonicCloseness`` | yes | | yes | |
/// | ``effectiveSize`` … ``clustering`` | | | | yes |
///
/// "Estimated": an exact value needs a shortest-path tree from every actor, so under a
/// ``BetweennessApproximation`` these come from sampled sources, each with its guarantee
/// (``ApproximateBetweenness``, ``ApproximateCloseness``, ``ApproximateHarmonicCloseness``).
public enum Measure: String, CaseIterable, Sendable, Codable, Hashable {
  /// Distinct neighbours (in + out when directed); see ``Degree``.
  case degree
  /// Distinct actors with a tie to the actor; directed maps. See ``Degree``.
  case inDegree = "in_degree"
  /// Distinct actors the actor has a tie to; directed maps. See ``Degree``.
  case outDegree = "out_degree"
  /// Sum of tie weights (in + out when directed); weighted maps. See ``Degree``.
  case strength
  /// Sum of incoming tie weights; directed weighted maps.
  case inStrength = "in_strength"
  /// Sum of outgoing tie weights; directed weighted maps.
  case outStrength = "out_strength"
  /// degree / (n − 1); see ``Degree/centrality``.
  case degreeCentrality = "degree_centrality"
  /// Brandes betweenness, raw; see ``Betweenness``.
  case betweenness
  /// Betweenness over the number of pairs; see ``Betweenness/normalized``.
  case betweennessNormalized = "betweenness_normalized"
  /// Wasserman–Faust closeness, outward; see ``Closeness``.
  case closeness
  /// Wasserman–Faust closeness, inward; directed maps.
  case inCloseness = "in_closeness"
  /// Harmonic closeness, outward; see ``HarmonicCloseness``.
  case harmonicCloseness = "harmonic_closeness"
  /// Harmonic closeness, inward; directed maps.
  case inHarmonicCloseness = "in_harmonic_closeness"
  /// Burt's effective size; see ``StructuralHoles``.
  case effectiveSize = "effective_size"
  /// Burt's efficiency; see ``StructuralHoles``.
  case efficiency
  /// Burt's constraint; see ``StructuralHoles``.
  case constraint
  /// Eigenvector centrality; see ``EigenvectorCentrality``.
  case eigenvector
  /// PageRank; see ``PageRank``.
  case pagerank
  /// k-core number; see ``CoreNumber``.
  case coreNumber = "core_number"
  /// Local clustering coefficient; see ``Clustering``.
  case clustering

  /// Reads a measure's snake_case name in any letter case; hyphens and spaces count as `_`
  /// (`Betweenness-Normalized`). `nil` for anything else.
  public init?(parsing text: String) {
    self.init(rawValue: text.snakeCaseKey)
  }

  /// Whether the values are counts (whole numbers, printed without decimals).
  public var isCount: Bool {
    switch self {
    case .degree, .inDegree, .outDegree, .coreNumber: true
    default: false
    }
  }

  /// Whether an exact value needs the shortest paths from every actor, so that under an
  /// approximation the value is estimated from sampled sources (see the table above).
  public var isEstimatedUnderApproximation: Bool {
    switch self {
    case .betweenness, .betweennessNormalized, .closeness, .inCloseness, .harmonicCloseness, .inHarmonicCloseness:
      true
    default: false
    }
  }

  /// Whether the measure is one of `metrics --extended`'s additions.
  public var isExtended: Bool {
    switch self {
    case .effectiveSize, .efficiency, .constraint, .eigenvector, .pagerank, .coreNumber, .clustering: true
    default: false
    }
  }

  /// Whether a network with these settings has this measure (see the table above); `approximate`
  /// changes nothing since closeness has an estimate too, and is kept for callers.
  public func applies(directed: Bool, weighted: Bool, approximate: Bool = false, extended: Bool = false) -> Bool {
    switch self {
    case .inDegree, .outDegree, .inCloseness, .inHarmonicCloseness:
      if !directed { return false }
    case .strength:
      if !weighted { return false }
    case .inStrength, .outStrength:
      if !(directed && weighted) { return false }
    default: break
    }
    if isExtended && !extended { return false }
    return true
  }

  /// The measures of a network with these settings, in report order.
  public static func columns(directed: Bool, weighted: Bool, approximate: Bool = false, extended: Bool = false)
    -> [Measure]
  {
    allCases.filter { $0.applies(directed: directed, weighted: weighted, approximate: approximate, extended: extended) }
  }

  /// A terminal column heading of at most 11 characters (`betw_n`).
  public var abbreviation: String {
    switch self {
    case .inDegree: "in"
    case .outDegree: "out"
    case .inStrength: "in_str"
    case .outStrength: "out_str"
    case .degreeCentrality: "deg_c"
    case .betweennessNormalized: "betw_n"
    case .inCloseness: "in_clos"
    case .harmonicCloseness: "harmonic"
    case .inHarmonicCloseness: "in_harm"
    case .effectiveSize: "eff_size"
    case .efficiency: "effic"
    case .eigenvector: "eigenv"
    case .coreNumber: "core"
    case .clustering: "clust"
    default: rawValue
    }
  }

  /// The measure's name in running text, lower case except for proper names
  /// (`harmonische closeness`, `in-degree`, `PageRank`).
  public func name(in language: Language) -> String {
    switch self {
    case .degree: language.word(.degree)
    case .inDegree: language.word(.inDegree)
    case .outDegree: language.word(.outDegree)
    case .strength: language.word(.strength)
    case .inStrength: language.word(.inStrength)
    case .outStrength: language.word(.outStrength)
    case .degreeCentrality: language.word(.degreeCentrality)
    case .betweenness: "betweenness"
    case .betweennessNormalized: language.word(.betweennessNormalized)
    case .closeness: "closeness"
    case .inCloseness: "in-closeness"
    case .harmonicCloseness: language.word(.harmonicCloseness)
    case .inHarmonicCloseness: language.word(.inHarmonicCloseness)
    case .effectiveSize: language.word(.effectiveSize)
    case .efficiency: language.word(.efficiency)
    case .constraint: language.word(.constraintMeasure)
    case .eigenvector: language.word(.eigenvectorCentrality)
    case .pagerank: "PageRank"
    case .coreNumber: language.word(.coreNumber)
    case .clustering: "clustering"
    }
  }

  /// A column title for a paper: ``name(in:)`` with a capital first letter (`Degree centrality`).
  public func title(in language: Language) -> String {
    let name = name(in: language)
    return name.prefix(1).uppercased() + name.dropFirst()
  }
}
