/// The per-actor metrics and the network-level figures of one network as a table: what
/// `netwerkkaart metrics` prints. A view of a ``NetworkAnalysis``, which computes each measure
/// once (the path measures with one shortest-path sweep).
///
/// ```swift
/// let table = MetricsTable(network)
/// let brokers = table.column(.betweennessNormalized)
/// print(table.figures.density, table.value(.degree, of: "clb") ?? 0, table.conventions)
/// ```
///
/// With an ``Approximation`` betweenness, closeness and harmonic closeness are estimated from one
/// sample of sources (``ApproximateBetweenness``, ``ApproximateCloseness``,
/// ``ApproximateHarmonicCloseness``); the columns keep their names and the conventions say which
/// values are estimates, from how many sources, and within what bound.
///
/// With `extended: true` the table adds, per actor, Burt's structural-hole measures
/// (``StructuralHoles``), eigenvector centrality (``EigenvectorCentrality``), PageRank
/// (``PageRank``), the k-core number (``CoreNumber``) and the clustering coefficient
/// (``Clustering``) (``Measure/isExtended``), and whole-map figures (``NetworkFigures/extended``):
/// transitivity, average clustering, Freeman centralization of degree, betweenness and
/// closeness (``Centralization``), the diameter of the largest component and the average
/// distance (``DistanceSummary``, not with an approximation: it needs every source), and degree
/// assortativity (``Assortativity``, left out when undefined).
public struct MetricsTable: Sendable {
  /// Settings for estimated betweenness; see ``BetweennessApproximation``.
  public typealias Approximation = BetweennessApproximation

  /// The analysis the table reads; other views of the same network (``MapSummary``,
  /// ``PartnershipAnalysis``) reuse it, so nothing is computed twice.
  public let analysis: NetworkAnalysis
  /// The whole-network figures: n, m, density, components and, in an extended table, the
  /// extended figures (``NetworkFigures/extended``).
  public let figures: NetworkFigures
  /// The per-actor columns in report order.
  public let columns: [MetricColumn]
  /// How each figure was computed, in words to cite in a methods section; a measure of
  /// ``unconverged`` gets a convention saying so.
  public let conventions: [Convention]
  /// The iterative measures of the table (eigenvector centrality, PageRank) whose iteration did
  /// not reach its tolerance: their values are the last step's, not the measure. Eigenvector
  /// centrality is not defined on a directed map that is not strongly connected (the directed
  /// path a→b→c); NetworkX raises `PowerIterationFailedConvergence` there. Reports print a
  /// warning and JSON lists them under `not_converged`.
  public let unconverged: [Measure]

  /// The table of an analysis: the measures the network has (``NetworkAnalysis/measures(extended:)``),
  /// with `extended` also Burt's measures, eigenvector centrality, PageRank, core number, clustering
  /// and the extended whole-map figures.
  public init(_ analysis: NetworkAnalysis, extended: Bool = false) {
    self.analysis = analysis
    let network = analysis.network
    columns = analysis.measures(extended: extended).compactMap { analysis.column($0) }
    let extendedFigures =
      extended
      ? MapFigure.extendedCases.compactMap { figure in
        analysis.figure(figure).map { (figure, $0) }
      } : []
    figures = NetworkFigures(
      actors: network.actorCount, ties: network.tieCount, directed: network.isDirected, weighted: network.isWeighted,
      density: analysis.density, components: analysis.components.count, extended: extendedFigures)
    let unconverged = Self.unconverged(analysis, columns: columns.map(\.measure))
    self.unconverged = unconverged
    conventions =
      Convention.describing(
        directed: network.isDirected, weighted: network.isWeighted, approximation: analysis.estimate,
        closeness: analysis.closenessEstimate, harmonicCloseness: analysis.harmonicClosenessEstimate)
      + unconverged.map { Convention.notConverged($0, analysis: analysis) }
  }

  /// The measures among `measures` whose power iteration did not converge: eigenvector
  /// centrality and PageRank are checked, every other measure is direct. `analyse` asks this of
  /// the eigenvector and PageRank values its JSON report lists.
  public static func unconverged(_ analysis: NetworkAnalysis, columns measures: [Measure]) -> [Measure] {
    measures.filter { measure in
      switch measure {
      case .eigenvector: !analysis.eigenvector.converged
      case .pagerank: !analysis.pageRank.converged
      default: false
      }
    }
  }

  /// Computes the table of `network` (see ``NetworkAnalysis`` for the parameters).
  public init(
    _ network: Network, threads: Int? = nil, approximation settings: Approximation? = nil, extended: Bool = false,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) {
    self.init(
      NetworkAnalysis(network, threads: threads, approximation: settings, progress: progress), extended: extended)
  }

  /// Computes the table of `network`. `isCancelled` is asked between the sources of the path
  /// sweep; once it answers `true` the sweep stops and the table is incomplete: use it through
  /// ``computing(_:threads:approximation:extended:progress:)``, which throws instead.
  package init(
    _ network: Network, threads: Int?, approximation settings: Approximation?, extended: Bool,
    progress: (@Sendable (Int, Int) -> Void)?, isCancelled: (@Sendable () -> Bool)?
  ) {
    self.init(
      NetworkAnalysis(
        network, threads: threads, approximation: settings, progress: progress, isCancelled: isCancelled),
      extended: extended)
  }

  /// The network the table describes; its ``Network/actorIDs`` name the rows.
  public var network: Network { analysis.network }
  /// Degree, degree centrality and, on a weighted map, strength of every actor.
  public var degree: Degree { analysis.degree }
  /// Exact, or estimated when ``approximation`` is set.
  public var betweenness: Betweenness { analysis.betweenness }
  /// Exact, or estimated when ``approximation`` is set.
  public var closeness: Closeness? { analysis.closeness }
  /// Exact, or estimated when ``approximation`` is set.
  public var harmonicCloseness: HarmonicCloseness? { analysis.harmonicCloseness }
  /// The estimate's sample and guarantee, when betweenness was estimated.
  public var approximation: ApproximateBetweenness? { analysis.estimate }
  /// The sample and guarantee of estimated closeness; `nil` when exact.
  public var closenessApproximation: ApproximateCloseness? { analysis.closenessEstimate }
  /// The sample and guarantee of estimated harmonic closeness; `nil` when exact.
  public var harmonicClosenessApproximation: ApproximateHarmonicCloseness? { analysis.harmonicClosenessEstimate }

  /// The measures of the columns, in report order.
  public var measures: [Measure] { columns.map(\.measure) }

  /// The column of this measure, if the table has it.
  public func column(_ measure: Measure) -> MetricColumn? { columns.first { $0.measure == measure } }

  /// The value of `measure` for the actor with this id; `nil` when the table has no such column
  /// or actor.
  public func value(_ measure: Measure, of actor: ActorID) -> Double? {
    guard let index = network.index(of: actor) else { return nil }
    return column(measure)?.value(at: index)
  }

  /// Throws unless the table was computed on the network of `map` (the same actor ids, in order).
  public func check(belongsTo map: PartnershipMap) throws(MapMismatch) {
    try network.check(belongsTo: map, as: .metricsTable)
  }
}

/// Whole-network figures reported beside the per-actor table.
public struct NetworkFigures: Sendable, Hashable, Codable {
  /// n, the number of actors.
  public let actors: Int
  /// m, the number of distinct ties.
  public let ties: Int
  /// Whether ties were read as directed (``Network/isDirected``).
  public let directed: Bool
  /// Whether tie weights count (``Network/isWeighted``): distances are 1/weight.
  public let weighted: Bool
  /// See ``Density``.
  public let density: Double
  /// Connected (weakly, when directed) components; see ``Components``.
  public let components: Int
  /// Whole-map measures of an extended table, by snake_case name: `transitivity` and
  /// `average_clustering` (``Clustering``), the three Freeman centralizations (``Centralization``;
  /// closeness not when weighted or estimated), `diameter` and `average_distance`
  /// (``DistanceSummary``; not when estimated), `degree_assortativity` (when defined).
  public let extended: [ExtendedFigure]

  /// Figures from their values; `extended` lists the extended figures in report order.
  ///
  /// This is how ``MetricsTable`` fills its figures; build one yourself only to compare
  /// against or to decode figures computed elsewhere.
  public init(
    actors: Int, ties: Int, directed: Bool, weighted: Bool, density: Double, components: Int,
    extended: [(MapFigure, Double)] = []
  ) {
    self.actors = actors
    self.ties = ties
    self.directed = directed
    self.weighted = weighted
    self.density = density
    self.components = components
    self.extended = extended.map { ExtendedFigure(figure: $0.0, value: $0.1) }
  }

  /// The value of a figure: the basic ones always, an extended one when the table has it.
  public subscript(_ figure: MapFigure) -> Double? {
    switch figure {
    case .actors: Double(actors)
    case .ties: Double(ties)
    case .directed: directed ? 1 : 0
    case .weighted: weighted ? 1 : 0
    case .density: density
    case .components: Double(components)
    default: extended.first { $0.figure == figure }?.value
    }
  }
}

/// A whole-map measure of an extended ``MetricsTable``.
public struct ExtendedFigure: Sendable, Hashable, Codable {
  /// Which figure.
  public let figure: MapFigure
  /// The figure's value (a count, a share from 0 to 1, or a distance; see ``MapFigure``).
  public let value: Double
  /// The figure's snake_case name, as in JSON.
  public var name: String { figure.rawValue }
}

/// One per-actor metric as a named column of numbers.
public struct MetricColumn: Sendable, Hashable, Codable {
  /// The numbers of a column: whole numbers for counts (degree, core number), reals otherwise.
  public enum Values: Sendable, Hashable, Codable {
    /// Counts, one per actor in ``Network/actorIDs`` order.
    case integers([Int])
    /// Real values, one per actor in ``Network/actorIDs`` order.
    case reals([Double])
  }

  /// Which measure the column holds.
  public let measure: Measure
  /// One value per actor, in ``Network/actorIDs`` order.
  public let values: Values

  /// Name in JSON and CSV output, snake_case (`betweenness_normalized`).
  public var key: String { measure.rawValue }

  /// A column of counts, one per actor in ``Network/actorIDs`` order.
  public init(_ measure: Measure, _ values: [Int]) {
    self.measure = measure
    self.values = .integers(values)
  }

  /// A column of real values, one per actor in ``Network/actorIDs`` order.
  public init(_ measure: Measure, _ values: [Double]) {
    self.measure = measure
    self.values = .reals(values)
  }

  /// The value of actor `index` as a double.
  public func value(at index: Int) -> Double {
    switch values {
    case .integers(let values): Double(values[index])
    case .reals(let values): values[index]
    }
  }

  /// The number of values: the network's actor count.
  public var count: Int {
    switch values {
    case .integers(let values): values.count
    case .reals(let values): values.count
    }
  }
}

/// A convention used in a report, as a name and a sentence, e.g.
/// `closeness`: "Wasserman-Faust (r-1)/(n-1) * (r-1)/sum(d), distances from the actor".
public struct Convention: Sendable, Hashable, Codable {
  /// The convention's key, snake_case (`closeness`, `distance`), as in JSON.
  public let name: String
  /// The convention in one sentence, in English, ready to cite in a methods section.
  public let text: String

  /// A convention with this key and sentence.
  public init(_ name: String, _ text: String) {
    self.name = name
    self.text = text
  }

  /// The convention of an iterative measure that did not converge (see
  /// ``MetricsTable/unconverged``).
  public static func notConverged(_ measure: Measure, analysis: NetworkAnalysis) -> Convention {
    let steps = measure == .eigenvector ? analysis.eigenvector.iterations : analysis.pageRank.iterations
    let reason =
      measure == .eigenvector
      ? "it is not defined on a directed map that is not strongly connected"
      : "the iteration did not settle"
    return Convention(
      measure.rawValue,
      "did not converge after \(steps) power-iteration steps: \(reason); the values are the last step's, not \(measure == .eigenvector ? "eigenvector centralities" : "PageRank values")"
    )
  }

  /// The conventions of a ``MetricsTable`` with these settings; the estimates, when given, add
  /// their sample and guarantee to the conventions of their measures.
  public static func describing(
    directed: Bool, weighted: Bool, approximation: ApproximateBetweenness? = nil,
    closeness: ApproximateCloseness? = nil, harmonicCloseness: ApproximateHarmonicCloseness? = nil
  ) -> [Convention] {
    let exact = [
      Convention(
        "ties",
        (directed
          ? "directed; ties from the same source to the same target merged (weights summed); self-ties dropped"
          : "undirected; ties between the same pair merged (weights summed); self-ties dropped")),
      Convention(
        "distance",
        weighted
          ? "1/weight (strong ties are short); path lengths equal within relative 1e-9 count as equally short"
          : "hops (weights ignored)"),
      Convention(
        "degree",
        (directed ? "in + out; " : "") + "distinct neighbours; degree_centrality = degree/(n-1)"
          + (weighted ? "; strength = sum of tie weights" : "")),
      Convention(
        "betweenness",
        "Brandes 2001; " + (directed ? "ordered pairs" : "each unordered pair once")
          + "; normalized by " + (directed ? "(n-1)(n-2)" : "(n-1)(n-2)/2") + " (= NetworkX normalized=True)"),
      Convention(
        "closeness",
        "Wasserman-Faust (r-1)/(n-1) * (r-1)/sum(d), r = actors reachable incl. itself; 0 if none"
          + (directed ? "; closeness outward (from the actor), in_closeness inward" : "")),
      Convention(
        "harmonic_closeness",
        "sum of 1/d(u,v) over v != u, divided by (n-1)"
          + (directed ? "; outward, in_harmonic_closeness inward" : "")),
      Convention("density", directed ? "m/(n(n-1))" : "2m/(n(n-1))"),
      Convention("components", directed ? "weakly connected; isolates count" : "connected; isolates count"),
    ]
    guard let approximation else { return exact }
    // trap-checked: delta is a probability, checked when the approximation was made.
    let percent = Int(((1 - approximation.delta) * 100).rounded())
    let sample =
      approximation.isExact
      ? "exact: the guarantee needed every actor as a source"
      : "estimated from \(approximation.sampleSize) sampled sources of \(approximation.raw.count) (Brandes-Pich 2007, "
        + "seed \(approximation.seed)); with probability >= \(percent)% every normalized value is within "
        + "\(approximation.epsilon) of the exact one"
    return exact.map { convention in
      switch convention.name {
      case "betweenness": Convention("betweenness", convention.text + "; " + sample)
      case "closeness":
        Convention(
          "closeness", convention.text + "; " + closenessText(closeness, directed: directed, percent: percent))
      case "harmonic_closeness":
        Convention(
          "harmonic_closeness", convention.text + "; " + harmonicText(harmonicCloseness, percent: percent))
      default: convention
      }
    }
  }

  /// How closeness was estimated, and its guarantee on the mean distance.
  private static func closenessText(_ estimate: ApproximateCloseness?, directed: Bool, percent: Int) -> String {
    guard let estimate else { return "exact: computed from every actor as a source" }
    if estimate.terms.isExact { return "exact: the guarantee needed every actor as a source" }
    let bound = estimate.diameterBound.map { ", at most \(plain($0)) here" } ?? ""
    let n = estimate.outward.count
    return
      "estimated from \(estimate.terms.sampleSize) sampled sources of \(n) (Eppstein-Wang 2004, seed \(estimate.terms.seed)) "
      + "as ((r-1)/(n-1))^2 / A, A = sum(d)/(n-1) estimated; with probability >= \(percent)% every actor's A "
      + "is within \(estimate.terms.epsilon) * D of the exact one (D = longest shortest path\(bound))"
      + (directed ? "; r estimated too, (r-1)/(n-1) within \(estimate.terms.epsilon)" : "; r exact")
  }

  /// How harmonic closeness was estimated, and its guarantee.
  private static func harmonicText(_ estimate: ApproximateHarmonicCloseness?, percent: Int) -> String {
    guard let estimate else { return "exact: computed from every actor as a source" }
    if estimate.terms.isExact { return "exact: the guarantee needed every actor as a source" }
    let bound =
      estimate.scale == 1 ? plain(estimate.terms.epsilon) : "\(estimate.terms.epsilon) * \(plain(estimate.scale))"
    return "estimated from \(estimate.terms.sampleSize) sampled sources of \(estimate.outward.count) "
      + "(Eppstein-Wang 2004, seed \(estimate.terms.seed)); with probability >= \(percent)% every value is within "
      + "\(bound) of the exact one"
  }

  /// A number as short text: whole numbers without decimals (`12`, `0.05`, `2.5`).
  private static func plain(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
