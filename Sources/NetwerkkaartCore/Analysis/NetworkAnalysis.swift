/// Every measure of one network, each computed once, on first use, and shared by every view of
/// it: the metrics table (``MetricsTable``), `analyse` (``PartnershipAnalysis``), a comparison row
/// (``MapSummary``), a wave of a difference (``MapDifference``), the drawing's tooltips and the
/// report.
///
/// ```swift
/// let map = try MapLoader.load(path: "Examples/basisschool-de-linde")
/// let analysis = try NetworkAnalysis(map)
/// let clb = analysis[actor: "clb"]
/// print(clb?.betweenness ?? 0, clb?[.closeness] ?? 0, analysis.figure(.density) ?? 0)
/// print(analysis.column(.betweennessNormalized)?.values ?? .reals([]))
/// ```
///
/// - The shortest-path measures (betweenness, closeness, harmonic closeness, the distance summary
///   and the centralizations that use them) come from **one** shortest-path sweep over all sources, or,
///   with a ``BetweennessApproximation``, from a sample of sources, which estimates betweenness,
///   closeness and harmonic closeness (``ApproximateBetweenness``, ``ApproximateCloseness``,
///   ``ApproximateHarmonicCloseness``) and leaves out what has no estimate with a guarantee
///   (the distance summary, closeness centralization): those are then `nil`.
/// - Components, the triangle measures (Burt's structural holes and clustering share one
///   triangle index) and every other measure are computed once each, the first time a view asks.
/// - The value is a class so that views share one cache; it is `Sendable` and its measures may
///   be asked for from any thread: each is computed by the first caller while the others wait.
/// - Results are the same for any number of threads (the sweep sums in a fixed order).
///
/// Every per-actor result is indexed like ``Network/actorIDs``; ``subscript(actor:)`` reads one
/// actor by id, ``column(_:)`` one measure for every actor.
public final class NetworkAnalysis: Sendable {
  /// The network analysed; its actor ids name the rows of every result.
  public let network: Network
  /// Worker threads of the path sweep; `nil` is one per processor core.
  public let threads: Int?
  /// Set when betweenness is estimated from sampled sources.
  public let approximation: BetweennessApproximation?
  private let progress: (@Sendable (Int, Int) -> Void)?
  private let isCancelled: (@Sendable () -> Bool)?

  private let degreeSlot = Lazy<Degree>()
  private let componentSlot = Lazy<Components>()
  private let pathSlot = Lazy<PathMeasures>()
  private let triangleSlot = Lazy<TriangleMeasures>()
  private let eigenvectorSlot = Lazy<EigenvectorCentrality>()
  private let pageRankSlot = Lazy<PageRank>()
  private let coreSlot = Lazy<CoreNumber>()
  private let centralizationSlot = Lazy<Centralization>()
  private let distanceSlot = Lazy<DistanceSummary?>()
  private let assortativitySlot = Lazy<Double?>()

  /// Prepares the analysis of `network`; nothing is computed until a measure is asked for.
  ///
  /// - Parameters:
  ///   - network: the network to analyse.
  ///   - threads: worker threads for the path sweep (default: one per processor core).
  ///   - approximation: estimate betweenness from sampled sources instead of sweeping every
  ///     source (large networks); see ``ApproximateBetweenness``.
  ///   - progress: called with (sources done, sources in all) during the path sweep, the only
  ///     part whose time grows faster than the number of ties; from worker threads.
  public convenience init(
    _ network: Network, threads: Int? = nil, approximation: BetweennessApproximation? = nil,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) {
    self.init(network, threads: threads, approximation: approximation, progress: progress, isCancelled: nil)
  }

  /// As ``init(_:threads:approximation:progress:)``; `isCancelled` is asked between the sources of
  /// the path sweep, and once it answers `true` the sweep stops and the path measures are
  /// incomplete: only for an analysis that is thrown away then (``MetricsTable/computing(_:threads:approximation:extended:progress:)``).
  package init(
    _ network: Network, threads: Int?, approximation: BetweennessApproximation?,
    progress: (@Sendable (Int, Int) -> Void)?, isCancelled: (@Sendable () -> Bool)?
  ) {
    self.network = network
    self.threads = threads
    self.approximation = approximation
    self.progress = progress
    self.isCancelled = isCancelled
  }

  /// Builds the network of `map` (``Network/init(_:directed:weighted:)``) and prepares its
  /// analysis; the network's warnings (merged ties, self-ties) are in ``network``.
  public convenience init(
    _ map: PartnershipMap, directed: Bool = false, weighted: Bool = false, threads: Int? = nil,
    approximation: BetweennessApproximation? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) {
    self.init(
      Network(map, directed: directed, weighted: weighted), threads: threads, approximation: approximation,
      progress: progress)
  }

  /// Whether the path measures are estimated (and the distance summary left out).
  public var isApproximate: Bool { approximation != nil }

  // MARK: Measures

  /// Degree, strength and degree centrality.
  public var degree: Degree { degreeSlot.value { Degree(network) } }

  /// The (weakly, when directed) connected components.
  public var components: Components { componentSlot.value { Components(network) } }

  /// The share of possible ties present; see ``Density``.
  public var density: Double { Density.of(network) }

  /// Betweenness: exact from the one path sweep, or estimated under an ``approximation``.
  public var betweenness: Betweenness { paths.betweenness }

  /// The sample behind an estimated ``betweenness``; `nil` when exact.
  public var estimate: ApproximateBetweenness? { paths.estimate }

  /// Wasserman–Faust closeness: exact from the one path sweep, or estimated under an
  /// ``approximation`` (``closenessEstimate``). Always set; optional for older callers.
  public var closeness: Closeness? { paths.closeness }

  /// Harmonic closeness: exact, or estimated under an ``approximation``
  /// (``harmonicClosenessEstimate``). Always set; optional for older callers.
  public var harmonicCloseness: HarmonicCloseness? { paths.harmonicCloseness }

  /// The sample and guarantee behind an estimated ``closeness``; `nil` when exact.
  public var closenessEstimate: ApproximateCloseness? { paths.closenessEstimate }

  /// The sample and guarantee behind an estimated ``harmonicCloseness``; `nil` when exact.
  public var harmonicClosenessEstimate: ApproximateHarmonicCloseness? { paths.harmonicEstimate }

  /// Burt's effective size, efficiency and constraint.
  public var structuralHoles: StructuralHoles { triangles.holes }

  /// Local clustering, average clustering and transitivity.
  public var clustering: Clustering { triangles.clustering }

  /// Eigenvector centrality (check ``EigenvectorCentrality/converged``).
  public var eigenvector: EigenvectorCentrality { eigenvectorSlot.value { EigenvectorCentrality(network) } }

  /// PageRank with damping 0.85.
  public var pageRank: PageRank { pageRankSlot.value { PageRank(network) } }

  /// The k-core number of each actor.
  public var coreNumber: CoreNumber { coreSlot.value { CoreNumber(network) } }

  /// Freeman centralization of degree, betweenness and (exact, unweighted) closeness.
  public var centralization: Centralization {
    centralizationSlot.value {
      Centralization(
        network, degree: degree, betweenness: betweenness, closeness: isApproximate ? nil : closeness)
    }
  }

  /// Diameter and average distance, from the one path sweep; `nil` under an approximation.
  public var distances: DistanceSummary? {
    distanceSlot.value {
      paths.sums.map { DistanceSummary(network: network, sums: $0, components: components, threads: threads) }
    }
  }

  /// Degree assortativity; `nil` when undefined (every actor of the same degree, or no ties).
  public var degreeAssortativity: Double? { assortativitySlot.value { Assortativity.degree(network) } }

  /// The sums of the exact path sweep, for measures of this module that build on it; `nil`
  /// under an approximation.
  var pathSums: PathSums? { paths.sums }

  // MARK: Views

  /// The measures a table of this analysis has, in report order.
  public func measures(extended: Bool = false) -> [Measure] {
    Measure.columns(
      directed: network.isDirected, weighted: network.isWeighted, approximate: isApproximate, extended: extended)
  }

  /// One measure for every actor, in ``Network/actorIDs`` order; `nil` when the network does not
  /// have it (``Measure/applies(directed:weighted:approximate:extended:)`` with `extended: true`).
  public func column(_ measure: Measure) -> MetricColumn? {
    guard
      measure.applies(
        directed: network.isDirected, weighted: network.isWeighted, approximate: isApproximate,
        extended: true)
    else { return nil }
    switch measure {
    case .degree: return MetricColumn(measure, degree.degree)
    case .inDegree: return MetricColumn(measure, degree.inDegree)
    case .outDegree: return MetricColumn(measure, degree.outDegree)
    case .strength: return MetricColumn(measure, degree.strength)
    case .inStrength: return MetricColumn(measure, degree.inStrength)
    case .outStrength: return MetricColumn(measure, degree.outStrength)
    case .degreeCentrality: return MetricColumn(measure, degree.centrality)
    case .betweenness: return MetricColumn(measure, betweenness.raw)
    case .betweennessNormalized: return MetricColumn(measure, betweenness.normalized)
    case .closeness: return closeness.map { MetricColumn(measure, $0.outward) }
    case .inCloseness: return closeness.map { MetricColumn(measure, $0.inward) }
    case .harmonicCloseness: return harmonicCloseness.map { MetricColumn(measure, $0.outward) }
    case .inHarmonicCloseness: return harmonicCloseness.map { MetricColumn(measure, $0.inward) }
    case .effectiveSize: return MetricColumn(measure, structuralHoles.effectiveSize)
    case .efficiency: return MetricColumn(measure, structuralHoles.efficiency)
    case .constraint: return MetricColumn(measure, structuralHoles.constraint)
    case .eigenvector: return MetricColumn(measure, eigenvector.centrality)
    case .pagerank: return MetricColumn(measure, pageRank.score)
    case .coreNumber: return MetricColumn(measure, coreNumber.coreNumber)
    case .clustering: return MetricColumn(measure, clustering.local)
    }
  }

  /// A whole-map figure; `nil` when undefined for this network: closeness centralization on a
  /// weighted map or under an approximation, the distances under an approximation, degree
  /// assortativity when every actor has the same degree. ``MapFigure/directed`` and
  /// ``MapFigure/weighted`` are 1 or 0.
  public func figure(_ figure: MapFigure) -> Double? {
    switch figure {
    case .actors: Double(network.actorCount)
    case .ties: Double(network.tieCount)
    case .directed: network.isDirected ? 1 : 0
    case .weighted: network.isWeighted ? 1 : 0
    case .density: density
    case .components: Double(components.count)
    case .transitivity: clustering.transitivity
    case .averageClustering: clustering.average
    case .degreeCentralization: centralization.degree
    case .betweennessCentralization: centralization.betweenness
    case .closenessCentralization: centralization.closeness
    case .diameter: distances?.diameter
    case .averageDistance: distances?.averageDistance
    case .degreeAssortativity: degreeAssortativity
    }
  }

  /// Every measure of one actor, by its id; `nil` when the network has no such actor.
  public subscript(actor id: ActorID) -> ActorMeasures? {
    network.index(of: id).map { ActorMeasures(analysis: self, index: $0) }
  }

  /// Every measure of the actor at `index` of ``Network/actorIDs``; `nil` outside the network.
  public subscript(actorAt index: Int) -> ActorMeasures? {
    (0..<network.actorCount).contains(index) ? ActorMeasures(analysis: self, index: index) : nil
  }

  /// Throws unless `map` is the map this analysis's network was built from (the same actor ids
  /// in the same order).
  public func check(belongsTo map: PartnershipMap) throws(MapMismatch) {
    try network.check(belongsTo: map, as: .analysis)
  }

  // MARK: Computation

  private var paths: PathMeasures {
    pathSlot.value {
      PathMeasures(
        network, threads: threads, approximation: approximation, progress: progress, isCancelled: isCancelled)
    }
  }

  private var triangles: TriangleMeasures { triangleSlot.value { TriangleMeasures(network) } }
}

/// Settings for estimating betweenness from a sample of sources (Brandes & Pich 2007); see
/// ``ApproximateBetweenness`` for the guarantee.
public struct BetweennessApproximation: Sendable, Hashable, Codable {
  /// The largest error of a normalized value, in (0, 1).
  public var epsilon: Double
  /// The probability that some actor's error exceeds ``epsilon``, in (0, 1).
  public var delta: Double
  /// Seed of the sample; the same seed gives the same sample.
  public var seed: UInt64

  /// Settings for an estimate within `epsilon` of every normalized betweenness, with probability
  /// at least 1 − `delta`, from a sample drawn with `seed`: for example
  /// `BetweennessApproximation(epsilon: 0.05)`. See ``ApproximateBetweenness`` for the sample size.
  public init(epsilon: Double, delta: Double = 0.1, seed: UInt64 = 1) {
    self.epsilon = epsilon
    self.delta = delta
    self.seed = seed
  }
}

/// The shortest-path measures, from one sweep (or a sample of sources).
private struct PathMeasures: Sendable {
  let betweenness: Betweenness
  let closeness: Closeness?
  let harmonicCloseness: HarmonicCloseness?
  let estimate: ApproximateBetweenness?
  let closenessEstimate: ApproximateCloseness?
  let harmonicEstimate: ApproximateHarmonicCloseness?
  let sums: PathSums?

  init(
    _ network: Network, threads: Int?, approximation settings: BetweennessApproximation?,
    progress: (@Sendable (Int, Int) -> Void)?, isCancelled: (@Sendable () -> Bool)?
  ) {
    guard let settings else {
      var sweep = PathSweep(network: network, request: .all, threads: threads, progress: progress)
      sweep.isCancelled = isCancelled
      let sums = sweep.run()
      self.sums = sums
      estimate = nil
      closenessEstimate = nil
      harmonicEstimate = nil
      betweenness = Betweenness(network: network, sums: sums)
      closeness = Closeness(network: network, sums: sums)
      harmonicCloseness = HarmonicCloseness(network: network, sums: sums)
      return
    }
    let (epsilon, delta, seed) = (settings.epsilon, settings.delta, settings.seed)
    let sample = SourceSample(actorCount: network.actorCount, epsilon: epsilon, delta: delta, seed: seed)
    if sample.isEveryActor {
      // The guarantee needs every source: the exact sweep, reported as an exact "estimate".
      var sweep = PathSweep(network: network, request: .all, threads: threads, progress: progress)
      sweep.isCancelled = isCancelled
      let sums = sweep.run()
      let exact = SampledSweep(sample: sample, toward: sums, away: nil)
      estimate = ApproximateBetweenness(network: network, sweep: exact, epsilon: epsilon, delta: delta, seed: seed)
      closenessEstimate = ApproximateCloseness(
        network: network, exact: sums, epsilon: epsilon, delta: delta, seed: seed)
      harmonicEstimate = ApproximateHarmonicCloseness(
        network: network, exact: sums, epsilon: epsilon, delta: delta, seed: seed)
    } else {
      let sweep = SampledSweep(
        network: network, sample: sample, dependency: true, distances: true, threads: threads, progress: progress,
        isCancelled: isCancelled)
      estimate = ApproximateBetweenness(network: network, sweep: sweep, epsilon: epsilon, delta: delta, seed: seed)
      closenessEstimate = ApproximateCloseness(
        network: network, sweep: sweep, components: Components(network), epsilon: epsilon, delta: delta,
        seed: seed)
      harmonicEstimate = ApproximateHarmonicCloseness(
        network: network, sweep: sweep, epsilon: epsilon, delta: delta, seed: seed)
    }
    betweenness = estimate?.estimate ?? Betweenness(network: network, sums: PathSums())
    closeness = closenessEstimate?.estimate
    harmonicCloseness = harmonicEstimate?.estimate
    sums = nil
  }
}

/// Burt's measures and clustering, from one triangle index.
private struct TriangleMeasures: Sendable {
  let holes: StructuralHoles
  let clustering: Clustering

  init(_ network: Network) {
    let view = TriangleView(network)
    holes = StructuralHoles(network, view: view)
    clustering = Clustering(network, view: view)
  }
}
