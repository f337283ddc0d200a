import NetwerkkaartCore

/// Writes a map as a NetDraw VNA file, which ``VNAReader``, NetDraw and Gephi read.
///
/// `*Node data` with `ID`, `label`, `role`, `type` and the actor attributes (isolates
/// included), then `*Tie data` with `from`, `to`, `strength` and the tie attributes. A tie line
/// is an arc: a directed map gets one line per tie record; an undirected map two, `a b` and
/// `b a` (a self-tie one), as Gephi writes undirected edges, so that NetDraw and Gephi see it
/// undirected and ``VNAReader`` reads it back as one tie per pair. Every value is quoted; VNA
/// has no escapes, so a `"` inside a value becomes `'` and a line break a space. Attribute names
/// that differ only in letter case or surrounding spaces share one column, as in the other
/// tables (``TableColumn``). VNA has no place for the map's metadata nor a mark for direction
/// (see ``losses(_:)``).
enum VNAWriter {
  static func document(_ map: PartnershipMap) -> String {
    let columns = AttributeColumns(map)
    let (actorColumns, tieColumns) = (columns.actorTable, columns.tieTable)
    var out = "*Node data\n" + line(["ID", "label", "role", "type"] + actorColumns.map(\.name))
    for actor in map.actors {
      let fields = [actor.id.rawValue, actor.label ?? "", actor.role?.rawValue ?? "", actor.type ?? ""]
      out += line(fields + actorColumns.map { $0.value(in: actor.attributes) ?? "" })
    }
    out += "*Tie data\n" + line(["from", "to", "strength"] + tieColumns.map(\.name))
    let directed = map.metadata.directed == true
    for tie in map.ties {
      let rest = [NumberFormatting.exact(tie.weight)] + tieColumns.map { $0.value(in: tie.attributes) ?? "" }
      out += line([tie.source.rawValue, tie.target.rawValue] + rest)
      if !directed && tie.source != tie.target { out += line([tie.target.rawValue, tie.source.rawValue] + rest) }
    }
    return out
  }

  static func line(_ fields: [String]) -> String {
    fields.map { "\"" + String($0.map { $0 == "\"" ? "'" : $0.isNewline ? " " : $0 }) + "\"" }.joined(separator: " ")
      + "\n"
  }

  /// What of `map` a VNA file leaves out, one sentence each.
  static func losses(_ map: PartnershipMap) -> [Wording] {
    var losses: [Wording] = []
    // Direction is kept by writing the ties as arcs (see below for when it is not).
    let metadata = map.metadata.entries.map(\.key).filter { $0 != "directed" }
    if !metadata.isEmpty {
      losses.append(LossWording.noPlaceForMetadata(in: Wording("VNA", dutch: "VNA"), keys: metadata))
    }
    if map.metadata.directed == true && VNAReader.undirectedPairs(map.ties) != nil {
      losses.append(
        Wording(
          "the map is directed, but every tie is returned with the same strength and attributes: VNA has no mark for direction, and a VNA reader (netwerkkaart's too) reads such tie data back as undirected, one tie per pair; ",
          dutch:
            "de kaart is gericht, maar elke relatie wordt met dezelfde sterkte en attributen beantwoord: VNA heeft geen teken voor richting, en een VNA-lezer (ook die van netwerkkaart) leest zulke relatiegegevens terug als ongericht, één relatie per paar; "
        ) + LossWording.keepDirection)
    }
    let texts =
      map.actors.flatMap { [$0.id.rawValue, $0.label ?? ""] + $0.attributes.values }
      + map.ties.flatMap { $0.attributes.values }
    if texts.contains(where: { $0.contains { $0 == "\"" || $0.isNewline } }) {
      losses.append(LossWording.quotesReplaced(in: Wording("VNA values", dutch: "VNA-waarden")))
    }
    return losses
  }
}
