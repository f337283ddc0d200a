import NetwerkkaartCore

/// Writes GEXF 1.3 (gexf.net), Gephi's own format: nodes with `id` (the actor id) and `label`,
/// declared node attributes `role`, `type` and the free attributes, edges with `weight` and the
/// free tie attributes, typed as in GraphML (``AttributeType``). Saved positions (the actors'
/// `x` and `y` attributes, ``PositionsFile/attributeNames``) go into `<viz:position>`, where
/// Gephi keeps a node's place.
///
/// GEXF has no place for map metadata beyond `<meta>`: the school goes into `<description>`
/// and an ISO date into `lastmodifieddate`; ``losses(_:)`` names what is left out.
enum GEXFWriter {
  static func document(_ map: PartnershipMap) -> String {
    let columns = AttributeColumns(map)
    let positions = vizPositions(map)
    let actorColumns = columns.actors.filter { positions == nil || !["x", "y"].contains($0) }
    let nodeAttributes: [(name: String, type: AttributeType)] =
      ["role", "type"].filter { name in map.actors.contains { builtIn(name, $0) != nil } }.map { ($0, .string) }
      + actorColumns.map { ($0, AttributeType.infer(map.actorValues($0))) }
    let edgeAttributes = columns.ties.map { (name: $0, type: AttributeType.infer(map.tieValues($0))) }

    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3"\(positions == nil ? "" : " xmlns:viz=\"http://gexf.net/1.3/viz\"") \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">

      """
    let date = map.metadata.date.flatMap { isISODate($0) ? " lastmodifieddate=\"\($0)\"" : nil } ?? ""
    out += "  <meta\(date)>\n    <creator>netwerkkaart</creator>\n"
    if let school = map.metadata.school { out += "    <description>\(XMLText.escaped(school))</description>\n" }
    out += "  </meta>\n"
    let edgeType = map.metadata.directed == true ? "directed" : "undirected"
    out += "  <graph mode=\"static\" defaultedgetype=\"\(edgeType)\">\n"
    out += declarations("node", nodeAttributes)
    out += declarations("edge", edgeAttributes)
    out += "    <nodes>\n"
    for actor in map.actors {
      let values = nodeAttributes.enumerated().compactMap { index, attribute in
        (index < nodeAttributes.count - actorColumns.count
          ? builtIn(attribute.name, actor) : actor.attributes[attribute.name]).map { (index, $0) }
      }
      out +=
        "      <node id=\"\(XMLText.escaped(actor.id.rawValue))\" label=\"\(XMLText.escaped(actor.displayName))\""
      let position = positions?[actor.id].map {
        "        <viz:position x=\"\(XMLText.escaped($0.x))\" y=\"\(XMLText.escaped($0.y))\" z=\"0\"/>\n"
      }
      out +=
        values.isEmpty && position == nil
        ? "/>\n"
        : ">\n" + (values.isEmpty ? "" : attributeValues(values, indent: "        ")) + (position ?? "")
          + "      </node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for (index, tie) in map.ties.enumerated() {
      let values = edgeAttributes.enumerated().compactMap { position, attribute in
        tie.attributes[attribute.name].map { (position, $0) }
      }
      out +=
        "      <edge id=\"\(index)\" source=\"\(XMLText.escaped(tie.source.rawValue))\" target=\"\(XMLText.escaped(tie.target.rawValue))\" weight=\"\(AttributeType.weightText(tie.weight))\""
      out += values.isEmpty ? "/>\n" : ">\n" + attributeValues(values, indent: "        ") + "      </edge>\n"
    }
    return out + "    </edges>\n  </graph>\n</gexf>\n"
  }

  /// The actors' `x` and `y` attributes for `<viz:position>` (inches, as the positions file
  /// has them), when every actor that has either has both as numbers; else `nil`, and they stay
  /// ordinary attributes.
  static func vizPositions(_ map: PartnershipMap) -> [ActorID: (x: String, y: String)]? {
    var positions: [ActorID: (x: String, y: String)] = [:]
    for actor in map.actors {
      let (x, y) = (actor.attributes["x"], actor.attributes["y"])
      if x == nil && y == nil { continue }
      guard let x, let y, NumberParsing.number(x, decimalComma: false) != nil,
        NumberParsing.number(y, decimalComma: false) != nil
      else { return nil }
      positions[actor.id] = (x, y)
    }
    return positions.isEmpty ? nil : positions
  }

  /// What a GEXF file cannot hold of this map: metadata other than the school and an ISO date.
  static func losses(_ map: PartnershipMap) -> [String] {
    map.metadata.entries.compactMap { entry in
      switch entry.key {
      case "school", "directed": nil
      case "date" where isISODate(entry.value): nil
      default: entry.key
      }
    }
  }

  private static func declarations(_ domain: String, _ attributes: [(name: String, type: AttributeType)]) -> String {
    guard !attributes.isEmpty else { return "" }
    var out = "    <attributes class=\"\(domain)\">\n"
    for (index, attribute) in attributes.enumerated() {
      out +=
        "      <attribute id=\"\(index)\" title=\"\(XMLText.escaped(attribute.name))\" type=\"\(attribute.type.rawValue)\"/>\n"
    }
    return out + "    </attributes>\n"
  }

  private static func attributeValues(_ values: [(Int, String)], indent: String) -> String {
    var out = indent + "<attvalues>\n"
    for (index, value) in values {
      out += indent + "  <attvalue for=\"\(index)\" value=\"\(XMLText.escaped(value))\"/>\n"
    }
    return out + indent + "</attvalues>\n"
  }

  private static func builtIn(_ name: String, _ actor: ActorRecord) -> String? {
    name == "role" ? actor.role?.rawValue : actor.type
  }

  /// `YYYY-MM-DD`, as `xs:date` wants it.
  static func isISODate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
      && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
  }
}
