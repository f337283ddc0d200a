/// The graph a netwerkkaart is analysed as: actors `0 ..< actorCount` (in the map's order) and
/// the *distinct* ties between them, directed or not, in compressed sparse row form.
///
/// A network is immutable and `Sendable`; build it from a ``PartnershipMap`` (ties between the
/// same pair are merged with their weights summed, self-ties are dropped, both reported in
/// ``diagnostics``) or from plain ``Edge`` values.
///
/// ```swift
/// let network = Network(map, directed: false, weighted: true)
/// for warning in network.diagnostics { print(warning) }
/// ```
public struct Network: Sendable {
  /// A tie between two actor indices, used to build a network without a map.
  public struct Edge: Sendable, Hashable {
    /// Index of the actor the tie starts at, in `0 ..< actorCount`.
    public var source: Int
    /// Index of the actor the tie ends at, in `0 ..< actorCount`.
    public var target: Int
    /// The tie's strength (1 to 5 on a netwerkkaart); used only when the network is weighted.
    public var weight: Double
    /// A tie from actor `source` to actor `target`: `Network.Edge(0, 1, weight: 3)`.
    public init(_ source: Int, _ target: Int, weight: Double = 1) {
      self.source = source
      self.target = target
      self.weight = weight
    }
  }

  /// Number of actors, *n*.
  public let actorCount: Int
  /// Number of distinct ties, *m*, after merging duplicates and dropping self-ties. An undirected
  /// tie counts once, though it appears in two rows of the adjacency.
  public let tieCount: Int
  /// Whether a tie runs from source to target only.
  public let isDirected: Bool
  /// Whether path metrics use the tie strengths (distance = 1/weight) and degree reports strength.
  public let isWeighted: Bool
  /// Outgoing ties of each actor; for an undirected network, all ties of each actor.
  package let outgoing: Adjacency
  /// Incoming ties of each actor; the same as ``outgoing`` for an undirected network.
  package let incoming: Adjacency
  /// Warnings produced while building: merged duplicate ties and dropped self-ties.
  public let diagnostics: [Diagnostic]
  /// The id of each actor, `actorIDs[i]` for actor `i`: the map's ids in the map's order, or
  /// `"0"`, `"1"`, … for a network built from indices. Results of the network's measures are in
  /// this order, and APIs that combine a map with a network compare these ids with the map's.
  public let actorIDs: [ActorID]
  private let indexByID: [ActorID: Int]
  /// Each distinct tie with the records merged into it (see ``ties`` and ``tie(_:)``).
  var grouping: TieGrouping

  /// Builds the network of a map.
  ///
  /// - Parameters:
  ///   - map: the actors and tie records; actor `i` of the network is `map.actors[i]`.
  ///   - directed: read each tie as running from `source` to `target` only. Undirected,
  ///     `a,b` and `b,a` are the same tie.
  ///   - weighted: let path metrics use distance = 1/weight and report strengths. The summed
  ///     weights are kept either way.
  public init(_ map: PartnershipMap, directed: Bool = false, weighted: Bool = false) {
    // Edge `i` is record `i`, its ends looked up when the merge reads it: no edge list is built.
    self.init(
      actorIDs: map.actors.map(\.id), indexByID: map.indexByID, edgeCount: map.ties.count, directed: directed,
      weighted: weighted, edge: { Self.edge(of: map.ties[$0], in: map) }, record: { $0 },
      describe: { edge in
        let tie = map.ties[edge]
        return (tie.source.rawValue, tie.target.rawValue, tie.origin)
      })
  }

  /// Builds a network from actor indices.
  ///
  /// Edges outside `0 ..< actorCount` are ignored with a warning, so that no input can crash it.
  public init(actorCount: Int, edges: [Edge], directed: Bool = false, weighted: Bool = false) {
    let actorIDs = (0..<max(0, actorCount)).map { ActorID(String($0)) }
    self.init(
      actorIDs: actorIDs,
      indexByID: Dictionary(actorIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a }),
      edgeCount: edges.count, directed: directed, weighted: weighted, edge: { edges[$0] }, record: { $0 },
      describe: { edge in ("\(edges[edge].source)", "\(edges[edge].target)", nil) })
  }

  /// The warnings of building the network of `map` (ties listed twice, self-ties) and its
  /// number of distinct ties, without building it: what `validate` reports, in a fraction of
  /// the memory.
  package static func mergeReport(of map: PartnershipMap, directed: Bool) -> (
    diagnostics: [Diagnostic], tieCount: Int
  ) {
    let merged = MergedEdges(
      actorCount: map.actors.count, edgeCount: map.ties.count, directed: directed, keepsEdges: false,
      edge: { edge(of: map.ties[$0], in: map) },
      describe: { edge in
        let tie = map.ties[edge]
        return (tie.source.rawValue, tie.target.rawValue, tie.origin)
      })
    return (merged.diagnostics, merged.sources.count)
  }

  /// The edge of a tie record: its ends' positions in the map, and its weight.
  private static func edge(of tie: TieRecord, in map: PartnershipMap) -> Edge? {
    // PartnershipMap's initializer guarantees both ends exist.
    guard let source = map.indexByID[tie.source], let target = map.indexByID[tie.target] else { return nil }
    return Edge(source, target, weight: tie.weight)
  }

  /// `edge` gives edge `i` of `0 ..< edgeCount` (`nil` to leave it out, silently), `record`
  /// the position of its record (in the map's ties, or in `edges`).
  private init(
    actorIDs: [ActorID], indexByID: [ActorID: Int], edgeCount: Int, directed: Bool, weighted: Bool,
    edge: (Int) -> Edge?, record: (Int) -> Int,
    describe: (Int) -> (source: String, target: String, origin: SourceLocation?)
  ) {
    let actorCount = actorIDs.count
    self.actorIDs = actorIDs
    self.indexByID = indexByID
    var merged = MergedEdges(
      actorCount: actorCount, edgeCount: edgeCount, directed: directed, keepsEdges: true, edge: edge,
      describe: describe)
    self.grouping = TieGrouping(
      sources: merged.sources, targets: merged.targets, weights: merged.weights, tieOfEdge: merged.tieOfEdge,
      record: record)
    merged.tieOfEdge = []  // grouped: freed before the rows are built
    self.actorCount = max(0, actorCount)
    self.tieCount = merged.sources.count
    self.isDirected = directed
    self.isWeighted = weighted
    self.diagnostics = merged.diagnostics
    let n = self.actorCount
    let m = merged.sources.count
    if directed {
      outgoing = Adjacency.build(
        rowCount: n, edgeCount: m, keepsWeights: weighted, rowOf: { merged.sources[$0] },
        columnOf: { merged.targets[$0] },
        weightOf: { merged.weights[$0] })
      incoming = Adjacency.build(
        rowCount: n, edgeCount: m, keepsWeights: weighted, rowOf: { merged.targets[$0] },
        columnOf: { merged.sources[$0] },
        weightOf: { merged.weights[$0] })
    } else {
      // Each undirected tie appears in both rows: entry 2k is source→target, 2k+1 target→source.
      outgoing = Adjacency.build(
        rowCount: n, edgeCount: 2 * m, keepsWeights: weighted,
        rowOf: { $0 & 1 == 0 ? merged.sources[$0 >> 1] : merged.targets[$0 >> 1] },
        columnOf: { $0 & 1 == 0 ? merged.targets[$0 >> 1] : merged.sources[$0 >> 1] },
        weightOf: { merged.weights[$0 >> 1] })
      incoming = outgoing
    }
  }

  /// The actors that actor `index` has a tie to, in the order their ties were first listed (all its neighbours when
  /// undirected); empty outside `0 ..< actorCount`.
  public func successors(of index: Int) -> [Int] {
    (0..<actorCount).contains(index) ? outgoing.neighbors(of: index).map { Int($0) } : []
  }

  /// The actors that have a tie to actor `index`, in the order their ties were first listed (all its neighbours when
  /// undirected); empty outside `0 ..< actorCount`.
  public func predecessors(of index: Int) -> [Int] {
    (0..<actorCount).contains(index) ? incoming.neighbors(of: index).map { Int($0) } : []
  }

  /// The position of the actor with this id in ``actorIDs``; `nil` when the network has none.
  public func index(of id: ActorID) -> Int? { indexByID[id] }

  /// Throws unless this network was built from `map`: the same actor ids in the same order.
  public func check(belongsTo map: PartnershipMap) throws(MapMismatch) {
    try check(belongsTo: map, as: .network)
  }

  func check(belongsTo map: PartnershipMap, as part: MapMismatch.Part) throws(MapMismatch) {
    guard map.actors.count != actorIDs.count || !zip(map.actors, actorIDs).allSatisfy({ $0.id == $1 }) else { return }
    if let mismatch = MapMismatch.between(map: map.actors.map(\.id), other: actorIDs, part: part) { throw mismatch }
  }

  /// Sum of the strengths of the outgoing ties of each actor (all ties when undirected).
  public var outStrength: [Double] { Self.rowSums(outgoing) }
  /// Sum of the strengths of the incoming ties of each actor (all ties when undirected).
  public var inStrength: [Double] { Self.rowSums(incoming) }

  private static func rowSums(_ adjacency: Adjacency) -> [Double] {
    (0..<adjacency.count).map { row in adjacency.weights(of: row).reduce(0, +) }
  }
}

/// Distinct ties of an edge list: duplicates merged (weights summed) and self-ties dropped,
/// each with a warning. O(n + m) time.
///
/// The pairs are matched without a hash table: the edges are bucketed by their lower end (a
/// counting sort), and within a bucket an edge's higher end tells whether the pair came before.
/// That takes 4 bytes per edge and 8 per actor beside the ties, where a dictionary of pairs
/// took 21 to 42 bytes per edge (Docs/Performance.md, "Loading"). Ties, weights (summed in
/// edge order) and warnings come out in edge order, as one pass with a dictionary made them.
private struct MergedEdges {
  var sources: [UInt32] = []
  var targets: [UInt32] = []
  var weights: [Double] = []
  var diagnostics: [Diagnostic] = []
  /// The tie each edge was merged into, or -1 for an edge dropped (self-tie, unknown actor).
  var tieOfEdge: [Int] = []

  /// - Parameters:
  ///   - edge: edge `i` of `0 ..< edgeCount`; `nil` leaves it out without a warning. Called
  ///     twice for each edge, with the same answer expected.
  ///   - keepsEdges: whether to fill ``tieOfEdge``; without it, only the ties and warnings.
  init(
    actorCount: Int, edgeCount: Int, directed: Bool, keepsEdges: Bool, edge: (Int) -> Network.Edge?,
    describe: (Int) -> (source: String, target: String, origin: SourceLocation?)
  ) {
    let analysed = { (edge: Network.Edge) in
      (0..<actorCount).contains(edge.source) && (0..<actorCount).contains(edge.target)
        && actorCount <= Int(UInt32.max) && edge.source != edge.target
    }
    // firstOfPair[i]: the first edge of edge i's pair (i itself for the first); below it is
    // overwritten, at each first edge, by the tie that edge starts.
    var firstOfPair = Self.firstEdgeOfPair(
      actorCount: actorCount, edgeCount: edgeCount, directed: directed,
      pair: { position in edge(position).flatMap { analysed($0) ? $0 : nil } })
    // As many ties as edges at most: reserved once, no array grows by doubling (which holds the
    // old and the new storage at once).
    sources.reserveCapacity(edgeCount)
    targets.reserveCapacity(edgeCount)
    weights.reserveCapacity(edgeCount)
    if keepsEdges { tieOfEdge = Array(repeating: -1, count: edgeCount) }
    for position in 0..<edgeCount {
      guard let edge = edge(position) else { continue }
      guard (0..<actorCount).contains(edge.source), (0..<actorCount).contains(edge.target),
        actorCount <= Int(UInt32.max)
      else {
        let (source, target, origin) = describe(position)
        diagnostics.append(
          .warning(
            "tie \(source) - \(target) names no actor of the network; ignored",
            dutch: "relatie \(source) - \(target) noemt geen actor van het netwerk; genegeerd", at: origin))
        continue
      }
      if edge.source == edge.target {
        let (source, _, origin) = describe(position)
        diagnostics.append(
          .warning(
            "self-tie of \"\(source)\" dropped; ties from an actor to itself are not analysed",
            dutch: "relatie van \"\(source)\" met zichzelf weggelaten; zulke relaties worden niet geanalyseerd",
            at: origin))
        continue
      }
      let first = Int(firstOfPair[position])
      if first != position {
        let existing = Int(firstOfPair[first])
        if keepsEdges { tieOfEdge[position] = existing }
        weights[existing] += edge.weight
        mergedCount += 1
        guard mergedCount <= Self.mergeWarningLimit else { continue }
        let (source, target, origin) = describe(position)
        let firstOrigin = describe(first).origin
        let firstPlace = firstOrigin.map { " (first at \($0))" } ?? ""
        let eerst = firstOrigin.map { " (eerst op \($0))" } ?? ""
        let arrow = directed ? "->" : "-"
        diagnostics.append(
          .warning(
            "tie \"\(source)\" \(arrow) \"\(target)\" is listed again\(firstPlace); merged into one tie, weights summed to \(weights[existing].plainText)",
            dutch:
              "relatie \"\(source)\" \(arrow) \"\(target)\" staat er nog eens\(eerst); samengevoegd tot één relatie, gewichten opgeteld tot \(weights[existing].plainText)",
            at: origin))
        continue
      }
      firstOfPair[position] = UInt32(sources.count)
      if keepsEdges { tieOfEdge[position] = sources.count }
      sources.append(UInt32(edge.source))
      targets.append(UInt32(edge.target))
      weights.append(edge.weight)
    }
    if mergedCount > Self.mergeWarningLimit {
      diagnostics.append(
        .warning(
          "\(mergedCount - Self.mergeWarningLimit) more ties repeat a pair listed before and were merged the same way (\(mergedCount) in all); a map with several kinds of tie per pair (one per relation) can be analysed one kind at a time by filtering the ties",
          dutch:
            "nog \(mergedCount - Self.mergeWarningLimit) relaties herhalen een paar dat er al stond en zijn op dezelfde manier samengevoegd (\(mergedCount) in totaal); een kaart met meer soorten relaties per paar (een per relatiesoort) kan per soort geanalyseerd worden door de relaties te filteren",
          at: nil))
    }
  }

  /// For each edge, the first edge with the same pair (its own position when it is the first;
  /// an edge without a pair, `pair` giving `nil`, is its own first). Pairs are unordered unless
  /// `directed`.
  ///
  /// The edges are sorted by their lower end (by source when directed) with a counting sort that
  /// keeps edge order; in each bucket, `seenIn[h]`, the bucket where higher end `h` was last
  /// seen, and `firstSeen[h]` tell whether the pair came before and from which edge.
  private static func firstEdgeOfPair(
    actorCount: Int, edgeCount: Int, directed: Bool, pair: (Int) -> Network.Edge?
  ) -> [UInt32] {
    var first = (0..<UInt32(clamping: edgeCount)).map { $0 }
    guard actorCount > 0, edgeCount > 0, edgeCount < Int(UInt32.max) else { return first }
    // Lower and higher end of each edge; UInt32.max for an edge without a pair.
    var low = [UInt32](repeating: .max, count: edgeCount)
    var high = [UInt32](repeating: .max, count: edgeCount)
    var bucketStart = [Int](repeating: 0, count: actorCount + 1)
    for position in 0..<edgeCount {
      guard let edge = pair(position) else { continue }
      let (lower, higher) =
        directed || edge.source < edge.target ? (edge.source, edge.target) : (edge.target, edge.source)
      low[position] = UInt32(lower)
      high[position] = UInt32(higher)
      bucketStart[lower + 1] += 1
    }
    for actor in 0..<actorCount { bucketStart[actor + 1] += bucketStart[actor] }
    var byLow = [UInt32](repeating: 0, count: bucketStart[actorCount])
    var next = bucketStart
    for position in 0..<edgeCount where low[position] != .max {
      byLow[next[Int(low[position])]] = UInt32(position)
      next[Int(low[position])] += 1
    }
    var seenIn = [UInt32](repeating: .max, count: actorCount)
    var firstSeen = [UInt32](repeating: 0, count: actorCount)
    for lower in 0..<actorCount {
      for slot in bucketStart[lower]..<bucketStart[lower + 1] {
        let position = Int(byLow[slot])
        let higher = Int(high[position])
        if seenIn[higher] == UInt32(lower) {
          first[position] = firstSeen[higher]
        } else {
          seenIn[higher] = UInt32(lower)
          firstSeen[higher] = UInt32(position)
        }
      }
    }
    return first
  }

  /// Merged ties warned about one by one; beyond these, one warning gives the count. A map with
  /// several relations per pair (UCINET `nm=2`, Pajek relations) would otherwise print a warning
  /// per tie of every relation after the first.
  static let mergeWarningLimit = 10
  private var mergedCount = 0
}
