import NetwerkkaartCore

/// Writes GraphML (graphml.graphdrawing.org), as Gephi, yEd, Cytoscape, igraph and NetworkX read
/// it: one `<key>` per attribute with its `attr.type` (``AttributeType``), node ids = actor ids,
/// node data `label`, `role`, `type` and the free attributes, edge data `weight` (double) and
/// the free attributes, graph data = the map's metadata. `edgedefault` is `directed` when the
/// map says its ties are directed, else `undirected`; a map that says `directed: false` also
/// keeps that as graph data (``MapMetadata/graphEntries``). Empty values are left out.
enum GraphMLWriter {
  static func document(_ map: PartnershipMap) -> String {
    let columns = AttributeColumns(map)
    var keys: [Key] = map.metadata.graphEntries.enumerated().map {
      Key(id: "g\($0.offset)", domain: "graph", name: $0.element.key, type: .string)
    }
    let nodeNames = ["label", "role", "type"].filter { name in
      map.actors.contains { actor in builtIn(name, of: actor) != nil }
    }
    keys += nodeNames.enumerated().map {
      Key(id: "n\($0.offset)", domain: "node", name: $0.element, type: .string, isBuiltIn: true)
    }
    keys += columns.actors.enumerated().map {
      Key(
        id: "n\(nodeNames.count + $0.offset)", domain: "node", name: $0.element,
        type: AttributeType.infer(map.actorValues($0.element)))
    }
    keys.append(Key(id: "e0", domain: "edge", name: "weight", type: .double))
    keys += columns.ties.enumerated().map {
      Key(
        id: "e\($0.offset + 1)", domain: "edge", name: $0.element, type: AttributeType.infer(map.tieValues($0.element)))
    }

    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

      """
    for key in keys {
      out +=
        "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(XMLText.escaped(key.name))\" attr.type=\"\(key.type.rawValue)\"/>\n"
    }
    let edgeDefault = map.metadata.directed == true ? "directed" : "undirected"
    out += "  <graph id=\"G\" edgedefault=\"\(edgeDefault)\">\n"
    let graphKeys = keys.filter { $0.domain == "graph" }
    for (key, entry) in zip(graphKeys, map.metadata.graphEntries) {
      out += "    " + data(key, entry.value) + "\n"
    }
    let nodeKeys = keys.filter { $0.domain == "node" }
    for actor in map.actors {
      let values = nodeKeys.compactMap { key in
        (key.isBuiltIn ? builtIn(key.name, of: actor) : actor.attributes[key.name]).map { data(key, $0) }
      }
      out += "    <node id=\"\(XMLText.escaped(actor.id.rawValue))\">" + values.joined() + "</node>\n"
    }
    let edgeKeys = keys.filter { $0.domain == "edge" }
    for tie in map.ties {
      var values = [data(edgeKeys[0], AttributeType.weightText(tie.weight))]
      values += edgeKeys.dropFirst().compactMap { key in tie.attributes[key.name].map { data(key, $0) } }
      out +=
        "    <edge source=\"\(XMLText.escaped(tie.source.rawValue))\" target=\"\(XMLText.escaped(tie.target.rawValue))\">"
        + values.joined() + "</edge>\n"
    }
    return out + "  </graph>\n</graphml>\n"
  }

  private struct Key {
    let id: String
    let domain: String
    let name: String
    let type: AttributeType
    var isBuiltIn = false
  }

  private static func data(_ key: Key, _ value: String) -> String {
    "<data key=\"\(key.id)\">\(XMLText.escaped(value))</data>"
  }

  private static func builtIn(_ name: String, of actor: ActorRecord) -> String? {
    switch name {
    case "label": return actor.label
    case "role": return actor.role?.rawValue
    case "type": return actor.type
    default: return nil
    }
  }
}
