import NetwerkkaartCore

/// Writes a Pajek network (`.net`): `*Vertices n` with the actor ids as vertex labels (ids are
/// unique, labels need not be), then `*Edges` (or `*Arcs` for a directed map) with the weights.
/// Everything else is kept in ``PajekAnnotation`` comment lines at the top, so the file is a
/// plain network for Pajek, igraph and NetworkX and the whole map for Netwerkkaart.
enum PajekWriter {
  static func document(_ map: PartnershipMap) -> String {
    var out = "% netwerkkaart: lines starting with %@ keep labels, roles, types and attributes\n"
    if !map.metadata.isEmpty {
      out += PajekAnnotation.line(.map, number: nil, map.metadata.entries.map { ($0.key, $0.value) })
    }
    for (index, actor) in map.actors.enumerated() {
      var pairs: [(String, String)] = []
      if actor.id.rawValue != vertexLabel(actor.id) { pairs.append(("id", actor.id.rawValue)) }
      if let label = actor.label { pairs.append(("label", label)) }
      if let role = actor.role { pairs.append(("role", role.rawValue)) }
      if let type = actor.type { pairs.append(("type", type)) }
      pairs += actor.attributes.map { ($0.key, $0.value) }
      if !pairs.isEmpty { out += PajekAnnotation.line(.actor, number: index + 1, pairs) }
    }
    for (index, tie) in map.ties.enumerated() where !tie.attributes.isEmpty {
      out += PajekAnnotation.line(.tie, number: index + 1, tie.attributes.map { ($0.key, $0.value) })
    }
    out += "*Vertices \(map.actors.count)\n"
    for (index, actor) in map.actors.enumerated() {
      out += "\(index + 1) \"\(vertexLabel(actor.id))\"\n"
    }
    out += map.metadata.directed == true ? "*Arcs\n" : "*Edges\n"
    for tie in map.ties {
      guard let source = map.indexByID[tie.source], let target = map.indexByID[tie.target] else { continue }
      out += "\(source + 1) \(target + 1) \(CSVMapWriter.weightText(tie.weight))\n"
    }
    return out
  }

  /// An id as Pajek can quote it: Pajek has no escapes, so `"` becomes `'` and line breaks
  /// spaces (the exact id then goes into the annotation).
  static func vertexLabel(_ id: ActorID) -> String {
    String(id.rawValue.map { $0 == "\"" ? "'" : ($0.isNewline ? " " : $0) })
  }
}
