import OrderedCollections

/// What changed between two waves of the same school's netwerkkaart: partners and ties that
/// appeared or disappeared, actors whose role, type, label or other columns changed, ties whose
/// weight or codebook values changed, and the metrics of every actor present in both waves and
/// of the whole map, before and after.
///
/// ```swift
/// let difference = MapDifference(before: wave1, after: wave2)
/// for id in difference.addedActors { print("nieuw:", id) }
/// for change in difference.actorChanges { print(change.id, change.changes) }
/// ```
///
/// Matching:
/// - Actors match by ``ActorID`` only, exactly as typed (case-sensitive): give a partner the same
///   id in every wave. A changed label is reported as a change of the field `label`; an actor whose
///   id changed counts as one actor removed and one added.
/// - Ties match by the pair of actors they connect (``TiePair``): unordered on undirected maps,
///   ordered on directed ones, after the merging the metrics use (``MergedTie``, made from each
///   wave's ``Network/ties``: records between one pair become one tie with summed weight,
///   self-ties are left out). A pair with two records in one wave and one in the other is one tie
///   in both, changed only if its summed weight or its values differ.
/// - Values of codebook fields compare as codebook values (``FieldChange``): `weekly` and
///   `wekelijks`, or `Face-to-face` and `face-to-face`, are no change.
/// - Metrics are computed on each wave on its own (``MetricsTable``, the same settings for both),
///   so the values before and after are exactly what `metrics` prints for each wave; the change
///   is `after − before`. Per actor only for actors present in both waves.
/// - Order: added actors and ties, changes and metric rows in the second wave's order; removed
///   ones in the first wave's order.
public struct MapDifference: Sendable {
  /// The first wave, as given.
  public let before: PartnershipMap
  /// The second wave, as given.
  public let after: PartnershipMap
  /// Whether ties were read as directed in both waves.
  public let directed: Bool
  /// Whether the metrics used tie strengths in both waves.
  public let weighted: Bool

  /// Actors only in the second wave.
  public let addedActors: [ActorID]
  /// Actors only in the first wave.
  public let removedActors: [ActorID]
  /// Actors in both waves with a changed label, role, type or other column.
  public let actorChanges: [ActorChange]
  /// Ties only in the second wave (ties of new actors included).
  public let addedTies: [MergedTie]
  /// Ties only in the first wave (ties of departed actors included).
  public let removedTies: [MergedTie]
  /// Ties in both waves with a changed weight or other column.
  public let tieChanges: [TieChange]
  /// Whole-map figures of both waves: `actors`, `ties`, `density`, `components`, the Freeman
  /// centralizations, and with `extended` the other figures of an extended ``MetricsTable``.
  public let figures: [ValueChange]
  /// Per actor present in both waves (second wave's order), every metric column of
  /// ``MetricsTable``, before and after.
  public let actorMetrics: [ActorMetrics]
  /// The second wave's metrics, in its actor order (the drawing's tooltips show them).
  public let afterMetrics: MetricsTable
  /// Warnings from building the two networks: merged ties and dropped self-ties.
  public let diagnostics: [Diagnostic]

  private let addedTieKeys: Set<TiePair>
  private let removedTieKeys: Set<TiePair>

  /// Compares two waves.
  ///
  /// - Parameters:
  ///   - before: the first wave.
  ///   - after: the second wave; actors are matched to the first wave's by id.
  ///   - directed: read ties as running from source to target (ordered pairs), in both waves.
  ///   - weighted: compute the metrics with tie strengths, in both waves.
  ///   - extended: compare the extended per-actor metrics and whole-map figures too.
  ///   - threads: worker threads of each wave's path sweep (default: one per processor core).
  ///   - progress: called with (sources done, sources) during each wave's path sweep (the first
  ///     wave's, then the second's), from worker threads.
  public init(
    before: PartnershipMap, after: PartnershipMap, directed: Bool = false, weighted: Bool = false,
    extended: Bool = false, threads: Int? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) {
    self.before = before
    self.after = after
    self.directed = directed
    self.weighted = weighted

    addedActors = after.actors.map(\.id).filter { before.indexByID[$0] == nil }
    removedActors = before.actors.map(\.id).filter { after.indexByID[$0] == nil }
    actorChanges = after.actors.compactMap { new in
      guard let old = before[new.id] else { return nil }
      let changes = FieldChange.changes(
        fixed: [
          ("label", old.label, new.label), ("role", old.role?.rawValue, new.role?.rawValue),
          ("type", old.type, new.type),
        ],
        before: old.attributes.map { ($0.key, $0.value) }, after: new.attributes.map { ($0.key, $0.value) },
        table: .actors)
      return changes.isEmpty ? nil : ActorChange(id: new.id, changes: changes)
    }

    let oldNetwork = Network(before, directed: directed, weighted: weighted)
    let newNetwork = Network(after, directed: directed, weighted: weighted)
    let oldTies = MergedTie.ties(of: before, in: oldNetwork)
    let newTies = MergedTie.ties(of: after, in: newNetwork)
    addedTies = newTies.filter { oldTies[$0.key] == nil }.map(\.value)
    removedTies = oldTies.filter { newTies[$0.key] == nil }.map(\.value)
    addedTieKeys = Set(newTies.keys.filter { oldTies[$0] == nil })
    removedTieKeys = Set(oldTies.keys.filter { newTies[$0] == nil })
    tieChanges = newTies.compactMap { key, new in
      guard let old = oldTies[key] else { return nil }
      let changes = FieldChange.changes(
        fixed: [("weight", old.weight.plainText, new.weight.plainText)],
        before: old.attributes.map { ($0.key, $0.value) }, after: new.attributes.map { ($0.key, $0.value) },
        table: .ties)
      return changes.isEmpty ? nil : TieChange(tie: new, changes: changes)
    }

    diagnostics = oldNetwork.diagnostics + newNetwork.diagnostics
    let oldWave = WaveMeasures(oldNetwork, extended: extended, threads: threads, progress: progress)
    let newWave = WaveMeasures(newNetwork, extended: extended, threads: threads, progress: progress)
    afterMetrics = newWave.table
    figures = newWave.figures.compactMap { figure, value in
      oldWave.value(figure).map {
        ValueChange(name: figure.rawValue, before: $0, after: value, isInteger: figure.isCount)
      }
    }
    actorMetrics = after.actors.indices.compactMap { newIndex in
      let id = after.actors[newIndex].id
      guard let oldIndex = before.indexByID[id] else { return nil }
      let metrics = newWave.table.columns.compactMap { column -> ValueChange? in
        guard let old = oldWave.table.column(column.measure) else { return nil }
        let isInteger = if case .integers = column.values { true } else { false }
        return ValueChange(
          name: column.key, before: old.value(at: oldIndex), after: column.value(at: newIndex), isInteger: isInteger)
      }
      return ActorMetrics(id: id, metrics: metrics)
    }
  }

  /// Whether the actor is new in the second wave, gone from it, or in both.
  public func status(ofActor id: ActorID) -> ChangeStatus {
    if before.indexByID[id] == nil { return .added }
    if after.indexByID[id] == nil { return .removed }
    return .kept
  }

  /// Whether the tie between `source` and `target` (ordered when directed) is new, gone, or in
  /// both waves.
  public func status(ofTieFrom source: ActorID, to target: ActorID) -> ChangeStatus {
    let key = TiePair(source, target, directed: directed)
    if addedTieKeys.contains(key) { return .added }
    if removedTieKeys.contains(key) { return .removed }
    return .kept
  }

  /// Both waves in one map, for a drawing of the change: the second wave's actors and tie records
  /// in their order, then the actors and tie records only the first wave has. An actor in both
  /// waves appears as in the second wave (its new role, label and type).
  public var union: PartnershipMap {
    let departed = Set(removedActors)
    let actors = after.actors + before.actors.filter { departed.contains($0.id) }
    let ties =
      after.ties
      + before.ties.filter { removedTieKeys.contains(TiePair($0.source, $0.target, directed: directed)) }
    // Every actor either wave names is in `actors`, and both waves are valid maps.
    return (try? PartnershipMap(actors: actors, ties: ties, metadata: after.metadata)) ?? after
  }
}
