import NetwerkkaartCore
internal import Yams

/// Writes a map as one netwerkkaart document, YAML or JSON, in the shape
/// ``MapDocumentReader`` reads: metadata keys first, then `actors` and `ties`, fields in
/// table order, empty values left out.
enum MapDocumentWriter {
  /// The map as YAML. Text that YAML would read as another type (`ja`, `1`, `null`) is quoted.
  ///
  /// The document is serialised in pieces (the metadata, then the actors and the ties
  /// ``chunkSize`` at a time) and the pieces joined: the text is the same as that of the whole
  /// document serialised at once, but the emitter's node tree never holds more than one piece,
  /// so memory stays proportional to the output (issue 17: serialised whole, 10^6 ties took
  /// more than 8 GB).
  static func yaml(_ map: PartnershipMap) throws -> String {
    let metadata: [(Node, Node)] = map.metadata.entries.map { entry in
      (plain(entry.key), entry.key == "directed" ? plain(entry.value) : text(entry.value))
    }
    var out = metadata.isEmpty ? "" : try serialize(Node.mapping(Node.Mapping(metadata)))
    try section("actors", map.actors, actorNode, into: &out)
    try section("ties", map.ties, tieNode, into: &out)
    return out
  }

  /// How many actors or ties are serialised in one piece.
  static let chunkSize = 1_000

  /// Appends `name:` and its list, a piece at a time; an empty list as `name: []`.
  private static func section<Items: RandomAccessCollection<Item>, Item>(
    _ name: String, _ items: Items, _ node: (Item) -> Node, into out: inout String
  ) throws {
    guard !items.isEmpty else {
      out += try serialize(Node.mapping(Node.Mapping([(plain(name), Node.sequence(Node.Sequence([])))])))
      return
    }
    out += name + ":\n"
    var start = 0
    while start < items.count {
      let end = min(start + chunkSize, items.count)
      out += try serialize(Node.sequence(Node.Sequence(items.dropFirst(start).prefix(end - start).map(node))))
      start = end
    }
  }

  private static func serialize(_ node: Node) throws -> String {
    try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true, sortKeys: false)
  }

  /// The map as JSON, two-space indented, keys in table order.
  static func json(_ map: PartnershipMap) -> String {
    var members: [String] = map.metadata.entries.map { entry in
      "  \(JSONText.quoted(entry.key)): \(entry.key == "directed" ? entry.value : JSONText.quoted(entry.value))"
    }
    let actors = map.actors.map { actor in JSONText.object(actorFields(actor).map { ($0.0, JSONText.quoted($0.1)) }) }
    let ties = map.ties.map { tie in
      JSONText.object(
        tieFields(tie).map { key, value in
          (key, key == "weight" ? AttributeType.weightText(tie.weight) : JSONText.quoted(value))
        })
    }
    members.append("  \"actors\": " + JSONText.list(actors))
    members.append("  \"ties\": " + JSONText.list(ties))
    return "{\n" + members.joined(separator: ",\n") + "\n}\n"
  }

  static func actorFields(_ actor: ActorRecord) -> [(String, String)] {
    var fields = [("id", actor.id.rawValue)]
    if let label = actor.label { fields.append(("label", label)) }
    if let role = actor.role { fields.append(("role", role.rawValue)) }
    if let type = actor.type { fields.append(("type", type)) }
    return fields + actor.attributes.map { ($0.key, $0.value) }
  }

  static func tieFields(_ tie: TieRecord) -> [(String, String)] {
    [("source", tie.source.rawValue), ("target", tie.target.rawValue), ("weight", CSVMapWriter.weightText(tie.weight))]
      + tie.attributes.map { ($0.key, $0.value) }
  }

  private static func actorNode(_ actor: ActorRecord) -> Node {
    Node.mapping(Node.Mapping(actorFields(actor).map { (plain($0.0), text($0.1)) }))
  }

  private static func tieNode(_ tie: TieRecord) -> Node {
    Node.mapping(
      Node.Mapping(tieFields(tie).map { key, value in (plain(key), key == "weight" ? plain(value) : text(value)) }))
  }

  private static func plain(_ string: String) -> Node { Node.scalar(Node.Scalar(string, .implicit, .plain)) }

  /// A string scalar: plain when YAML reads it back as the same string, else double-quoted.
  private static func text(_ string: String) -> Node {
    let resolved = Resolver.default.resolveTag(of: Node.scalar(Node.Scalar(string, .implicit, .plain)))
    let safe =
      resolved == .str && !string.isEmpty && string.trimmingASCIIWhitespace() == string
      && !string.contains(where: { $0.isNewline || $0 == "\t" })
    return Node.scalar(Node.Scalar(string, Tag(.str), safe ? .any : .doubleQuoted))
  }
}
