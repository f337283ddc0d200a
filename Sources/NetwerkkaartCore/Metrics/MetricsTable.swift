/// Every per-actor metric and the network-level figures of one network, computed with one
/// shortest-path sweep: what `netwerkkaart metrics` prints.
///
/// ```swift
/// let table = MetricsTable(network)
/// let brokers = table.column("betweenness_normalized")
/// print(table.figures.density, table.conventions)
/// ```
///
/// With an ``Approximation`` betweenness is estimated from a sample of sources
/// (``ApproximateBetweenness``) and the closeness measures, which need every source, are left out.
///
/// With `extended: true` the table adds, per actor, Burt's structural-hole measures
/// (``StructuralHoles``), eigenvector centrality (``EigenvectorCentrality``), PageRank
/// (``PageRank``), the k-core number (``CoreNumber``) and the clustering coefficient
/// (``Clustering``) (``extendedColumnKeys``), and whole-map figures (``NetworkFigures/extended``):
/// transitivity, average clustering, Freeman centralization of degree, betweenness and
/// closeness (``Centralization``), the diameter of the largest component and the average
/// distance (``DistanceSummary``, not with an approximation: it needs every source), and degree
/// assortativity (``Assortativity``, left out when undefined).
public struct MetricsTable: Sendable {
  /// Settings for estimated betweenness; see ``ApproximateBetweenness``.
  public struct Approximation: Sendable, Hashable {
    public var epsilon: Double
    public var delta: Double
    public var seed: UInt64

    public init(epsilon: Double, delta: Double = 0.1, seed: UInt64 = 1) {
      self.epsilon = epsilon
      self.delta = delta
      self.seed = seed
    }
  }

  public let figures: NetworkFigures
  public let degree: Degree
  /// Exact, or estimated when ``approximation`` is set.
  public let betweenness: Betweenness
  /// `nil` with an approximation.
  public let closeness: Closeness?
  /// `nil` with an approximation.
  public let harmonicCloseness: HarmonicCloseness?
  /// The estimate's sample and guarantee, when betweenness was estimated.
  public let approximation: ApproximateBetweenness?
  /// The per-actor columns in report order, under their snake_case names.
  public let columns: [MetricColumn]
  /// How each figure was computed, in words to cite in a methods section.
  public let conventions: [Convention]
  /// The sums of the exact sweep (`nil` with an approximation), for the measures of this module
  /// that build on the same sweep (``PartnershipAnalysis``'s distance summary).
  let pathSums: PathSums?
  /// The (weak) components behind ``NetworkFigures/components``, for the same measures.
  let components: Components

  /// Computes the table of `network`. `isCancelled` is asked between the sources of the path
  /// sweep; once it answers `true` the sweep stops and the table is incomplete: use it through
  /// ``computing(_:threads:approximation:extended:progress:)``, which throws instead.
  public init(
    _ network: Network, threads: Int? = nil, approximation settings: Approximation? = nil, extended: Bool = false,
    progress: (@Sendable (Int, Int) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil
  ) {
    let directed = network.isDirected
    let weighted = network.isWeighted
    degree = Degree(network)
    let components = Components(network)
    self.components = components
    var pathSums: PathSums?
    if let settings {
      let estimate = ApproximateBetweenness(
        network, epsilon: settings.epsilon, delta: settings.delta, seed: settings.seed, threads: threads,
        progress: progress, isCancelled: isCancelled)
      approximation = estimate
      betweenness = estimate.estimate
      closeness = nil
      harmonicCloseness = nil
    } else {
      var sweep = PathSweep(network: network, request: .all, threads: threads, progress: progress)
      sweep.isCancelled = isCancelled
      let sums = sweep.run()
      pathSums = sums
      approximation = nil
      betweenness = Betweenness(network: network, sums: sums)
      closeness = Closeness(network: network, sums: sums)
      harmonicCloseness = HarmonicCloseness(network: network, sums: sums)
    }
    self.pathSums = pathSums
    var extendedValues: [String: MetricColumn] = [:]
    var extendedFigures: [(name: String, value: Double)] = []
    if extended {
      let triangles = TriangleView(network)
      let holes = StructuralHoles(network, view: triangles)
      let clustering = Clustering(network, view: triangles)
      extendedValues = [
        "effective_size": MetricColumn("effective_size", holes.effectiveSize),
        "efficiency": MetricColumn("efficiency", holes.efficiency),
        "constraint": MetricColumn("constraint", holes.constraint),
        "eigenvector": MetricColumn("eigenvector", EigenvectorCentrality(network).centrality),
        "pagerank": MetricColumn("pagerank", PageRank(network).score),
        "core_number": MetricColumn("core_number", CoreNumber(network).coreNumber),
        "clustering": MetricColumn("clustering", clustering.local),
      ]
      extendedFigures = [("transitivity", clustering.transitivity), ("average_clustering", clustering.average)]
      let centralization = Centralization(network, degree: degree, betweenness: betweenness, closeness: closeness)
      extendedFigures += [
        ("degree_centralization", centralization.degree), ("betweenness_centralization", centralization.betweenness),
      ]
      if let closenessCentralization = centralization.closeness {
        extendedFigures.append(("closeness_centralization", closenessCentralization))
      }
      if let pathSums {
        let distances = DistanceSummary(network: network, sums: pathSums, components: components, threads: threads)
        extendedFigures += [("diameter", distances.diameter), ("average_distance", distances.averageDistance)]
      }
      if let assortativity = Assortativity.degree(network) {
        extendedFigures.append(("degree_assortativity", assortativity))
      }
    }
    figures = NetworkFigures(
      actors: network.actorCount, ties: network.tieCount, directed: directed, weighted: weighted,
      density: Density.of(network), components: components.count, extended: extendedFigures)

    let values: [String: MetricColumn] = [
      "degree": MetricColumn("degree", degree.degree),
      "in_degree": MetricColumn("in_degree", degree.inDegree),
      "out_degree": MetricColumn("out_degree", degree.outDegree),
      "strength": MetricColumn("strength", degree.strength),
      "in_strength": MetricColumn("in_strength", degree.inStrength),
      "out_strength": MetricColumn("out_strength", degree.outStrength),
      "degree_centrality": MetricColumn("degree_centrality", degree.centrality),
      "betweenness": MetricColumn("betweenness", betweenness.raw),
      "betweenness_normalized": MetricColumn("betweenness_normalized", betweenness.normalized),
    ]
    var pathValues: [String: MetricColumn] = [:]
    if let closeness, let harmonicCloseness {
      pathValues = [
        "closeness": MetricColumn("closeness", closeness.outward),
        "in_closeness": MetricColumn("in_closeness", closeness.inward),
        "harmonic_closeness": MetricColumn("harmonic_closeness", harmonicCloseness.outward),
        "in_harmonic_closeness": MetricColumn("in_harmonic_closeness", harmonicCloseness.inward),
      ]
    }
    let columns = Self.columnKeys(
      directed: directed, weighted: weighted, approximate: settings != nil, extended: extended
    )
    .compactMap { values[$0] ?? pathValues[$0] ?? extendedValues[$0] }
    self.columns = columns
    conventions = Convention.describing(directed: directed, weighted: weighted, approximation: approximation)
  }

  /// The names of the per-actor columns, in report order, for a network with these settings:
  /// in/out columns only when directed, strengths only when weighted.
  public static func columnKeys(directed: Bool, weighted: Bool, approximate: Bool = false, extended: Bool = false)
    -> [String]
  {
    base(directed: directed, weighted: weighted, approximate: approximate)
      + (extended ? extendedColumnKeys : [])
  }

  /// The columns `extended: true` adds, after the others.
  public static let extendedColumnKeys = [
    "effective_size", "efficiency", "constraint", "eigenvector", "pagerank", "core_number", "clustering",
  ]

  private static func base(directed: Bool, weighted: Bool, approximate: Bool) -> [String] {
    var keys = ["degree"]
    if directed { keys += ["in_degree", "out_degree"] }
    if weighted { keys += directed ? ["strength", "in_strength", "out_strength"] : ["strength"] }
    keys += ["degree_centrality", "betweenness", "betweenness_normalized"]
    if approximate { return keys }
    keys.append("closeness")
    if directed { keys.append("in_closeness") }
    keys.append("harmonic_closeness")
    if directed { keys.append("in_harmonic_closeness") }
    return keys
  }

  /// The column with this snake_case name, if the table has it.
  public func column(_ key: String) -> MetricColumn? { columns.first { $0.key == key } }
}

/// Whole-network figures reported beside the per-actor table.
public struct NetworkFigures: Sendable, Hashable {
  /// n, the number of actors.
  public let actors: Int
  /// m, the number of distinct ties.
  public let ties: Int
  public let directed: Bool
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

  public init(
    actors: Int, ties: Int, directed: Bool, weighted: Bool, density: Double, components: Int,
    extended: [(name: String, value: Double)] = []
  ) {
    self.actors = actors
    self.ties = ties
    self.directed = directed
    self.weighted = weighted
    self.density = density
    self.components = components
    self.extended = extended.map { ExtendedFigure(name: $0.name, value: $0.value) }
  }
}

/// A whole-map measure of an extended ``MetricsTable``.
public struct ExtendedFigure: Sendable, Hashable {
  public let name: String
  public let value: Double
}

/// One per-actor metric as a named column of numbers.
public struct MetricColumn: Sendable, Hashable {
  public enum Values: Sendable, Hashable {
    case integers([Int])
    case reals([Double])
  }

  /// Name in JSON and CSV output, snake_case (`betweenness_normalized`).
  public let key: String
  public let values: Values

  public init(_ key: String, _ values: [Int]) {
    self.key = key
    self.values = .integers(values)
  }

  public init(_ key: String, _ values: [Double]) {
    self.key = key
    self.values = .reals(values)
  }

  /// The value of actor `index` as a double.
  public func value(at index: Int) -> Double {
    switch values {
    case .integers(let values): Double(values[index])
    case .reals(let values): values[index]
    }
  }

  public var count: Int {
    switch values {
    case .integers(let values): values.count
    case .reals(let values): values.count
    }
  }
}

/// A convention used in a report, as a name and a sentence, e.g.
/// `closeness`: "Wasserman-Faust (r-1)/(n-1) * (r-1)/sum(d), distances from the actor".
public struct Convention: Sendable, Hashable {
  public let name: String
  public let text: String

  public init(_ name: String, _ text: String) {
    self.name = name
    self.text = text
  }

  /// The conventions of a ``MetricsTable`` with these settings.
  public static func describing(
    directed: Bool, weighted: Bool, approximation: ApproximateBetweenness? = nil
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
    let percent = Int(((1 - approximation.delta) * 100).rounded())
    let sample =
      approximation.isExact
      ? "exact: the guarantee needed every actor as a source"
      : "estimated from \(approximation.sampleSize) sampled sources of \(approximation.raw.count) (Brandes-Pich 2007, "
        + "seed \(approximation.seed)); with probability >= \(percent)% every normalized value is within "
        + "\(approximation.epsilon) of the exact one"
    return exact.compactMap { convention in
      switch convention.name {
      case "betweenness": Convention("betweenness", convention.text + "; " + sample)
      case "closeness", "harmonic_closeness": nil
      default: convention
      }
    } + [Convention("closeness", "not computed with --approximate (it needs every actor as a source)")]

  }
}
