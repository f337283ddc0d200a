/// Everything `netwerkkaart analyse` reports about one school's map, computed once: the
/// focal actor's ego network, positions (degree, betweenness, brokerage roles), the group
/// structure by a partition (role by default), the school boundary, and the role check.
///
/// ```swift
/// let analysis = PartnershipAnalysis(map, groups: .role)
/// print(analysis.groupDensity.density, analysis.roleCheck.points)
/// ```
public struct PartnershipAnalysis: Sendable {
  /// The map analysed, as given.
  public let map: PartnershipMap
  /// The measures of the map's network, shared with ``metrics`` (one path sweep).
  public let analysis: NetworkAnalysis
  /// The per-actor metrics of `netwerkkaart metrics` (degree, betweenness, closeness, harmonic
  /// closeness), a view of ``analysis``.
  public let metrics: MetricsTable
  /// The focal actor: the one named, else the first actor of type `school`.
  public let focus: Int?
  /// The focal actor's ego network; `nil` without a focal actor.
  public let ego: EgoNetwork?
  /// Maximal cliques of three or more actors.
  public let cliques: MaximalCliques
  /// Louvain communities, seed 1, and their modularity.
  public let communities: LouvainCommunities
  /// Degree assortativity, and assortativity by role (`nil` when undefined).
  public let assortativity: Assortativity
  /// Density of the map without the focal actor and its ties.
  public let densityWithoutFocus: Double?
  /// The actors grouped by ``groupBasis`` (role by default).
  public let groups: ActorPartition
  /// What ``groups`` is made from.
  public let groupBasis: ActorPartition.Basis
  /// Tie density within and between the ``groups``.
  public let groupDensity: GroupDensity
  /// E-I index of the ``groups``: negative when ties stay inside groups.
  public let groupEI: EIIndex
  /// Gould and Fernandez's brokerage roles of every actor between the ``groups``.
  public let brokerage: Brokerage
  /// Inside versus outside the school.
  public let boundary: ActorPartition
  /// E-I index of the school ``boundary``: how open the school is to outside partners.
  public let boundaryEI: EIIndex
  /// Ties within the school, among outside actors, across the boundary, and with an actor
  /// whose side is unknown (no `intern` and no type).
  public let boundaryTies: (withinSchool: Int, outside: Int, crossing: Int, unknown: Int)
  /// Actors that cut others off from the focal actor; `nil` without a focal actor.
  public let cutActors: CutActors?
  /// Where the recorded roles and the network positions disagree.
  public let roleCheck: RoleCheck

  /// The network analysed.
  public var network: Network { analysis.network }
  /// Degree, degree centrality and strength of every actor.
  public var degree: Degree { analysis.degree }
  /// Exact, or estimated when ``approximation`` is set (large networks).
  public var betweenness: Betweenness { analysis.betweenness }
  /// The sample behind an estimated betweenness.
  public var approximation: ApproximateBetweenness? { analysis.estimate }
  /// Density of the whole map (``Density``).
  public var density: Double { analysis.density }
  /// The (weakly, when directed) connected components.
  public var components: Components { analysis.components }
  /// Burt's measures for every actor; the ego's are its row.
  public var holes: StructuralHoles { analysis.structuralHoles }
  /// Clustering coefficient of every actor and the map's transitivity.
  public var clustering: Clustering { analysis.clustering }
  /// Eigenvector centrality of every actor.
  public var eigenvector: EigenvectorCentrality { analysis.eigenvector }
  /// PageRank of every actor (damping 0.85).
  public var pageRank: PageRank { analysis.pageRank }
  /// The k-core number of every actor.
  public var cores: CoreNumber { analysis.coreNumber }
  /// Freeman centralization of degree, betweenness and (exact only) closeness.
  public var centralization: Centralization { analysis.centralization }
  /// Diameter and average distance; `nil` with an approximation (they need every source).
  public var distances: DistanceSummary? { analysis.distances }

  /// Computes every measure of the report on `map`.
  ///
  /// - Parameters:
  ///   - map: the school's map.
  ///   - directed: read ties as running from source to target.
  ///   - weighted: use tie strengths (distance = 1/weight for betweenness and closeness).
  ///   - focus: the focal actor; `nil` takes the actor of type `school` (``PartnershipMap/focalSchool``).
  ///   - basis: (`groups:`) the partition for group densities, E-I indices and brokerage roles.
  ///   - threads: worker threads for the path sweep (default: one per processor core).
  ///   - settings: (`approximation:`) estimate betweenness from sampled sources (closeness and distances are then
  ///     left out), as ``MetricsTable`` does.
  ///   - progress: called with (sources done, sources in all) during the shortest-path sweep, the
  ///     only part whose time grows faster than the number of ties; from worker threads.
  public init(
    _ map: PartnershipMap, directed: Bool = false, weighted: Bool = false, focus: ActorID? = nil,
    groups basis: ActorPartition.Basis = .role, threads: Int? = nil,
    approximation settings: BetweennessApproximation? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) {
    let analysis = NetworkAnalysis(
      map, directed: directed, weighted: weighted, threads: threads, approximation: settings, progress: progress)
    self.init(unchecked: map, analysis: analysis, focus: focus, groups: basis)
  }

  /// Computes the report's measures from an analysis of the map's network, sharing what it has
  /// already computed; throws ``MapMismatch`` when the analysis is of another map.
  public init(
    _ map: PartnershipMap, analysis: NetworkAnalysis, focus: ActorID? = nil, groups basis: ActorPartition.Basis = .role
  ) throws(MapMismatch) {
    try analysis.check(belongsTo: map)
    self.init(unchecked: map, analysis: analysis, focus: focus, groups: basis)
  }

  private init(
    unchecked map: PartnershipMap, analysis: NetworkAnalysis, focus: ActorID?, groups basis: ActorPartition.Basis
  ) {
    let network = analysis.network
    self.map = map
    self.analysis = analysis
    let focus = focus.flatMap { map.indexByID[$0] } ?? map.focalSchool.flatMap { map.indexByID[$0] }
    self.focus = focus
    metrics = MetricsTable(analysis)
    ego = focus.map { EgoNetwork(network, ego: $0) }
    cliques = MaximalCliques(network, minimumSize: 3)
    communities = LouvainCommunities(network, seed: 1)
    let roleIndex = Dictionary(uniqueKeysWithValues: ActorRole.allCases.enumerated().map { ($1, $0) })
    assortativity = Assortativity(
      degree: analysis.degreeAssortativity,
      categorical: Assortativity.categorical(network, categories: map.actors.map { $0.role.flatMap { roleIndex[$0] } }))
    densityWithoutFocus = focus.map { Self.densityWithout($0, in: network) }
    groups = ActorPartition(map, by: basis)
    groupBasis = basis
    groupDensity = GroupDensity(network, partition: groups)
    groupEI = EIIndex(network, partition: groups)
    brokerage = Brokerage(network, partition: groups)
    boundary = ActorPartition(map, by: .schoolBoundary)
    boundaryEI = EIIndex(network, partition: boundary)
    let boundaryDensity = GroupDensity(network, partition: boundary)
    let inside = boundary.groups.firstIndex(of: ActorPartition.insideGroup)
    let outside = boundary.groups.firstIndex(of: ActorPartition.outsideGroup)
    let within = inside.map { boundaryDensity.ties[$0][$0] } ?? 0
    let among = outside.map { boundaryDensity.ties[$0][$0] } ?? 0
    var crossing = 0
    if let inside, let outside {
      crossing =
        boundaryDensity.ties[inside][outside] + (network.isDirected ? boundaryDensity.ties[outside][inside] : 0)
    }
    boundaryTies = (within, among, crossing, network.tieCount - within - among - crossing)
    let cut = focus.map { CutActors(network, focus: $0) }
    cutActors = cut
    roleCheck = RoleCheck(
      roles: map.actors.map(\.role), degree: analysis.degree, betweenness: analysis.betweenness, cutActors: cut,
      focus: focus)
  }

  /// Density among all actors but `actor`: ties not touching it over (n − 1)(n − 2)/2 (directed:
  /// (n − 1)(n − 2)); 0 when fewer than two actors remain.
  static func densityWithout(_ actor: Int, in network: Network) -> Double {
    let remaining = network.actorCount - 1
    let touching =
      network.outgoing.degree(of: actor) + (network.isDirected ? network.incoming.degree(of: actor) : 0)
    let ties = network.tieCount - touching
    let possible = network.isDirected ? remaining * (remaining - 1) : remaining * (remaining - 1) / 2
    return possible > 0 ? Double(ties) / Double(possible) : 0
  }
}
