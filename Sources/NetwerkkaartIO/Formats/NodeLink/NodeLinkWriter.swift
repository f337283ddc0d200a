import NetwerkkaartCore

/// Writes NetworkX's node-link data (`networkx.node_link_data`, also what D3 force layouts
/// take): `directed`, `multigraph`, `graph` (the metadata), `nodes` with `id` and attributes,
/// `links` with `source`, `target`, `weight` and attributes, and `key` when a pair has several
/// ties. Attribute values are typed as in GraphML (``AttributeType``), so NetworkX gets the
/// same attributes from both. Read it with `networkx.node_link_graph(data, edges="links")`.
enum NodeLinkWriter {
  static func json(_ map: PartnershipMap) -> String {
    let directed = map.metadata.directed ?? false
    let keys = parallelKeys(map, directed: directed)
    let multigraph = keys.contains { $0 > 0 }
    let columns = AttributeColumns(map)
    let actorTypes = Dictionary(
      uniqueKeysWithValues: columns.actors.map { ($0, AttributeType.infer(map.actorValues($0))) })
    let tieTypes = Dictionary(uniqueKeysWithValues: columns.ties.map { ($0, AttributeType.infer(map.tieValues($0))) })

    var out = "{\n  \"directed\": \(directed),\n  \"multigraph\": \(multigraph),\n"
    let graph = map.metadata.graphEntries
      .map { "\(JSONText.quoted($0.key)): \(JSONText.quoted($0.value))" }
    out += "  \"graph\": {" + graph.joined(separator: ", ") + "},\n"
    let nodes = map.actors.map { actor in
      var members = [("id", JSONText.quoted(actor.id.rawValue))]
      if let label = actor.label { members.append(("label", JSONText.quoted(label))) }
      if let role = actor.role { members.append(("role", JSONText.quoted(role.rawValue))) }
      if let type = actor.type { members.append(("type", JSONText.quoted(type))) }
      for (key, value) in actor.attributes { members.append((key, typed(value, actorTypes[key] ?? .string))) }
      return JSONText.object(members)
    }
    let links = map.ties.enumerated().map { position, tie in
      var members = [
        ("source", JSONText.quoted(tie.source.rawValue)), ("target", JSONText.quoted(tie.target.rawValue)),
        ("weight", AttributeType.weightText(tie.weight)),
      ]
      for (key, value) in tie.attributes { members.append((key, typed(value, tieTypes[key] ?? .string))) }
      if multigraph { members.append(("key", String(keys[position]))) }
      return JSONText.object(members)
    }
    out += "  \"nodes\": " + JSONText.list(nodes) + ",\n  \"links\": " + JSONText.list(links) + "\n}\n"
    return out
  }

  /// NetworkX's multigraph edge keys: 0 for the first tie of a pair, 1 for the second …
  static func parallelKeys(_ map: PartnershipMap, directed: Bool) -> [Int] {
    var seen: [PairKey: Int] = [:]
    return map.ties.map { tie in
      let key = PairKey(tie.source, tie.target, directed: directed)
      let count = seen[key, default: 0]
      seen[key] = count + 1
      return count
    }
  }

  static func typed(_ value: String, _ type: AttributeType) -> String {
    type == .string ? JSONText.quoted(value) : value
  }
}

/// An unordered pair of actor ids (ordered when directed), for finding repeated ties.
struct PairKey: Hashable {
  let first: ActorID
  let second: ActorID

  init(_ source: ActorID, _ target: ActorID, directed: Bool) {
    if directed || source.rawValue <= target.rawValue {
      (first, second) = (source, target)
    } else {
      (first, second) = (target, source)
    }
  }
}
