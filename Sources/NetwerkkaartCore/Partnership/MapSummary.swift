/// One map in a few figures, for a table with a row per school: size and school boundary,
/// density with and without the focal school, Freeman centralization, components, role
/// composition, the share of ties by motive, by beweegreden and by form, and the top brokers.
///
/// Every figure comes from the measure that computes it everywhere else, so a summary agrees
/// with `netwerkkaart metrics` (``MetricsTable``: actors, ties, density, components, degree,
/// betweenness, closeness), `metrics --extended` (``Centralization``) and `analyse` (density
/// without the focal actor, the school boundary of ``ActorPartition``):
///
/// | figure | measure | undefined when |
/// |---|---|---|
/// | ``actors``, ``ties``, ``density``, ``components`` | ``NetworkAnalysis`` (``Density``, ``Components``) | never (density 0 for n < 2) |
/// | ``sides`` | ``SchoolSides`` | never |
/// | ``densityWithoutSchool`` | density of the other n − 1 actors (``PartnershipAnalysis``) | no actor of type `school` (`nil`) |
/// | ``centralization`` | ``Centralization`` of degree, betweenness, closeness | never (0 for n ≤ 2) |
/// | ``roles`` | ``RoleComposition`` | never |
/// | ``motives``, ``reasons``, ``forms`` | ``CodebookShares`` of `motief`, `beweegreden` and `vorm` | no tie records (shares `nil`) |
/// | ``brokers`` | ``TopBrokers`` by ``Betweenness``, the school left out | (list empty) |
///
/// Direction and weights are those of the network given: directed density, centralization
/// and betweenness follow their directed definitions; weights change betweenness and closeness
/// (distance = 1/weight), never the counts, density or shares.
///
/// ```swift
/// let map = try MapLoader.load(path: "Examples/basisschool-de-linde")
/// let summary = try MapSummary(map, analysis: NetworkAnalysis(map))
/// print(summary.density, summary.densityWithoutSchool ?? 0, summary.brokers.entries.map(\.id))
/// ```
///
/// - Complexity: one shortest-path sweep, O(n·m) unweighted (shared with the other views of the
///   ``NetworkAnalysis``), plus O(n + m).
public struct MapSummary: Sendable {
  /// n, the number of actors.
  public let actors: Int
  /// Actors inside the school, external, or of unknown side.
  public let sides: SchoolSides
  /// m, distinct ties after merging duplicates and dropping self-ties.
  public let ties: Int
  /// Whether ties were read as directed.
  public let directed: Bool
  /// Whether tie strengths were used (distance = 1/weight for betweenness and closeness).
  public let weighted: Bool
  /// ``Density`` of the whole map.
  public let density: Double
  /// The focal school (``PartnershipMap/focalSchool``), if the map has one.
  public let school: ActorID?
  /// Density among the actors other than the focal school, on its n − 1 actors; `nil` without
  /// a focal school.
  public let densityWithoutSchool: Double?
  /// Freeman centralization of degree, betweenness and closeness.
  public let centralization: Centralization
  /// Connected (weakly, when directed) components, isolates included.
  public let components: Int
  /// How many actors hold each positional role (kern, verankering, omkadering, context, none).
  public let roles: RoleComposition
  /// Tie records by `motief`: taak, relatie, groei (without a `motief`, the dimensions of the
  /// record's beweegredenen).
  public let motives: CodebookShares
  /// Tie records by `beweegreden`, the fifteen ``LearningReason``s; a record counts once for
  /// each reason it gives.
  public let reasons: CodebookShares
  /// Tie records by `vorm`: face-to-face, online, hybride.
  public let forms: CodebookShares
  /// The actors with the highest betweenness, the focal school left out.
  public let brokers: TopBrokers

  /// Summarizes `map`, analysed as `network` (built from this map, so that the caller can report
  /// its warnings); throws ``MapMismatch`` when the network is of another map.
  ///
  /// - Parameters:
  ///   - map: the map to summarize.
  ///   - network: the network of `map` (``Network/init(_:directed:weighted:)``).
  ///   - brokerCount: how many brokers to list (3 in `netwerkkaart compare`).
  ///   - threads: worker threads for the path sweep (default: one per core).
  ///   - progress: called with (sources done, sources) during the path sweep, from worker threads.
  public init(
    _ map: PartnershipMap, network: Network, brokerCount: Int = 3, threads: Int? = nil,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(MapMismatch) {
    try network.check(belongsTo: map)
    try self.init(
      map, analysis: NetworkAnalysis(network, threads: threads, progress: progress), brokerCount: brokerCount)
  }

  /// Summarizes `map` from an analysis of its network (exact, not estimated, so that closeness
  /// centralization is there), sharing what the analysis has already computed, so that a caller
  /// that shows the metrics table too (the HTML report) sweeps the paths once. Throws
  /// ``MapMismatch`` when the analysis is of another map.
  public init(_ map: PartnershipMap, analysis: NetworkAnalysis, brokerCount: Int = 3) throws(MapMismatch) {
    try analysis.check(belongsTo: map)
    let network = analysis.network
    actors = network.actorCount
    ties = network.tieCount
    directed = network.isDirected
    weighted = network.isWeighted
    density = analysis.density
    components = analysis.components.count
    sides = SchoolSides(map)
    roles = RoleComposition(map)
    school = map.focalSchool
    let schoolIndex = school.flatMap { map.indexByID[$0] }
    densityWithoutSchool = schoolIndex.map { PartnershipAnalysis.densityWithout($0, in: network) }
    centralization = analysis.centralization
    motives = CodebookShares(map, field: .motive)
    reasons = CodebookShares(map, field: .reasons)
    forms = CodebookShares(map, field: .form)
    brokers = TopBrokers(map, betweenness: analysis.betweenness, excluding: schoolIndex, count: brokerCount)
  }
}
