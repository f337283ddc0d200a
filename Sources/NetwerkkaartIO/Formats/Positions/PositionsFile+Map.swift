import NetwerkkaartCore

extension PositionsFile {
  /// The actor attributes a map file keeps positions in: `x` and `y`, inches from the focal
  /// actor as in the positions file. GraphML writes them as node keys `x` and `y` (as yEd and
  /// Gephi name them), GEXF as `<viz:position>`, YAML and JSON as fields of each actor, CSV and
  /// workbooks as columns; each reader gives them back as these attributes.
  public static let attributeNames = (x: "x", y: "y")

  /// The positions a map file carries: every actor whose `x` and `y` attributes are both finite
  /// numbers; `nil` when none has them.
  ///
  /// `netwerkkaart draw` uses them when no `--positions` file is given. Coordinates that another
  /// program wrote (Gephi's are in its own units, not inches) seldom fit the role bands; `draw`
  /// then says so and places every actor itself.
  public static func stored(in map: PartnershipMap) -> ActorPositions? {
    var positions = ActorPositions()
    for actor in map.actors {
      guard let x = actor.attributes[attributeNames.x].flatMap({ NumberParsing.number($0, decimalComma: false) }),
        let y = actor.attributes[attributeNames.y].flatMap({ NumberParsing.number($0, decimalComma: false) })
      else { continue }
      positions.set(actor.id, x: x, y: y, location: actor.origin)
    }
    return positions.isEmpty ? nil : positions
  }

  /// `map` with the actors of `positions` given `x` and `y` attributes (with at most 4 decimals),
  /// for a map file that keeps its layout (`convert MAP --positions pos.csv -o kaart.graphml`).
  /// Actors the positions do not have keep what they had; ids the map does not have are notes.
  public static func storing(_ positions: ActorPositions, in map: PartnershipMap) -> (
    map: PartnershipMap, diagnostics: [Diagnostic]
  ) {
    var diagnostics = positions.entries.filter { map.indexByID[$0.id] == nil }.map {
      Diagnostic(
        .note,
        Wording(
          "actor \"\($0.id)\" is not in the map; its position is not stored",
          dutch: "actor \"\($0.id)\" staat niet op de kaart; zijn positie wordt niet bewaard"), at: $0.location)
    }
    let actors = map.actors.map { actor in
      guard let entry = positions.entry(for: actor.id) else { return actor }
      var placed = actor
      placed.attributes[attributeNames.x] = number(entry.x)
      placed.attributes[attributeNames.y] = number(entry.y)
      return placed
    }
    do {
      return (try PartnershipMap(actors: actors, ties: map.ties, metadata: map.metadata), diagnostics)
    } catch {
      diagnostics.append(
        .error(
          "cannot store the positions in the map: \(error)",
          dutch: "de posities kunnen niet in de kaart bewaard worden: \(error)"))
      return (map, diagnostics)
    }
  }
}
