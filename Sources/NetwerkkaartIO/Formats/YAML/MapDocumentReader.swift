import NetwerkkaartCore
import OrderedCollections
internal import Yams

/// Reads a netwerkkaart document: one YAML or JSON file with the map's metadata as top-level
/// keys, an `actors` list and a `ties` list (`Docs/FileFormat.md`):
///
/// ```yaml
/// school: Vrije Basisschool De Linde
/// date: 2026-03-14
/// actors:
///   - {id: school, label: De Linde, role: kern, type: school}
///   - {id: clb, label: CLB Kempen, role: omkadering, type: clb}
/// ties:
///   - {source: school, target: clb, weight: 4, motief: taak}
/// ```
///
/// The same keys as the CSV columns are read, with the same Dutch aliases (`actoren`,
/// `relaties`, `rol`, `gewicht` …). NetworkX node-link data (`nodes`, `links` or `edges`,
/// `graph`, `directed`) is read too. JSON is read by the same parser (YAML 1.2 contains JSON),
/// so every message has a line and column. Values are kept as written (`2.50` stays `2.50`).
enum MapDocumentReader {
  static func read(_ bytes: [UInt8], path: String) -> MapParts {
    var reader = Reader(path: path)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      reader.fail(ReaderWording.notUTF8, at: nil)
      return reader.parts
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      reader.fail(error)
      return reader.parts
    } catch {
      reader.fail(Wording("cannot read the file: \(error)", dutch: "bestand is onleesbaar: \(error)"), at: nil)
      return reader.parts
    }
    guard let root else {
      reader.fail(
        Wording(
          "file is empty; it needs the keys 'actors' and 'ties'",
          dutch: "bestand is leeg; het heeft de sleutels 'actors' en 'ties' nodig"), at: nil)
      return reader.parts
    }
    reader.readDocument(root)
    return reader.parts
  }
}

private struct Reader {
  let path: String
  var parts = MapParts(actors: [])
  /// In D3's node-link shape (nodes without `id`, links by node index): the actor id of each
  /// node, by index; `nil` for NetworkX's shape, where links name node ids.
  var indexedNodes: [String]?

  init(path: String) { self.path = path }

  /// The actor ids of D3-shaped data (`{"nodes": [{"name": "Myriel"}], "links": [{"source": 1,
  /// "target": 0, "value": 1}]}`, as D3 v3's force layout and its `miserables.json` use them):
  /// when no node has an `id`, a node's id is its `name`, else its index, and link ends are
  /// indexes into `nodes`. `nil` when some node has an `id` (NetworkX's shape).
  func d3NodeIDs(_ top: [(Node, Node)]) -> [String]? {
    guard let nodes = top.first(where: { key($0.0) == "nodes" })?.1, case .sequence(let items) = nodes else {
      return nil
    }
    var ids: [String] = []
    for (index, item) in items.enumerated() {
      guard case .mapping(let fields) = item else { return nil }
      if fields.contains(where: { key($0.key) == "id" }) { return nil }
      let name = fields.first { key($0.key) == "name" }.flatMap { scalarText($0.value) }
      ids.append(name.map { $0.trimmingASCIIWhitespace() } ?? String(index))
    }
    return ids
  }

  /// The actor id a D3 link end names: the id of the node at that index.
  mutating func indexedEnd(_ text: String, in ids: [String], at mark: Mark?) -> String? {
    guard let index = Int(text), ids.indices.contains(index) else {
      fail(
        Wording(
          "link end '\(text)' is not a node index from 0 to \(ids.count - 1) (D3 links count nodes from 0)",
          dutch: "linkuiteinde '\(text)' is geen node-index van 0 tot \(ids.count - 1) (D3-links tellen nodes vanaf 0)"),
        at: mark)
      return nil
    }
    return ids[index]
  }

  mutating func fail(_ message: Wording, at mark: Mark?) {
    parts.diagnostics.append(.error(message, at: location(mark)))
  }

  mutating func fail(_ error: YamlError) {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      fail(
        Wording(
          "not valid YAML or JSON: \(problem); check the quotes, brackets and indentation here",
          dutch:
            "geen geldige YAML of JSON: \(YAMLProblemText.dutch(problem)); controleer hier de aanhalingstekens, haakjes en inspringing"
        ), at: mark)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.joined(separator: ", ")
      fail(
        Wording(
          "key \(keys) is given twice in one mapping; keep one",
          dutch: "sleutel \(keys) staat twee keer in één mapping; houd er één"), at: context.mark)
    default:
      fail(Wording("not valid YAML or JSON: \(error)", dutch: "geen geldige YAML of JSON: \(error)"), at: nil)
    }
  }

  func location(_ mark: Mark?) -> SourceLocation {
    SourceLocation(file: path, line: mark?.line, column: mark?.column)
  }

  mutating func readDocument(_ root: Node) {
    guard case .mapping(let top) = root else {
      fail(
        Wording(
          "the document must be a mapping with the keys 'actors' and 'ties' (and metadata such as 'school')",
          dutch: "het document is een mapping met de sleutels 'actors' en 'ties' (en metadata zoals 'school')"),
        at: root.mark)
      return
    }
    let isNodeLink = top.contains { pair in ["nodes", "links", "edges"].contains(key(pair.key)) }
    if isNodeLink { indexedNodes = d3NodeIDs(top.map { ($0.key, $0.value) }) }
    var sawActors = false
    for (keyNode, value) in top {
      let name = key(keyNode)
      switch name {
      case "actors", "actoren", "nodes":
        sawActors = true
        readList(value, named: name) { reader, node in reader.readActor(node) }
      case "ties", "relaties", "banden", "links", "edges":
        readList(value, named: name) { reader, node in reader.readTie(node, isNodeLink: isNodeLink) }
      case "graph" where isNodeLink:
        guard case .mapping(let graph) = value else {
          fail(
            Wording(
              "'graph' must be a mapping of metadata keys to values",
              dutch: "'graph' is een mapping van metadatasleutels naar waarden"), at: value.mark)
          continue
        }
        for (metaKey, metaValue) in graph { readMetadata(key(metaKey), metaValue) }
      case "multigraph" where isNodeLink:
        continue
      case "directed" where isNodeLink:
        // Node-link data always says; only `true` is news (undirected is the default).
        if scalarText(value) == "true" { parts.metadata.directed = true }
      default:
        readMetadata(scalarText(keyNode) ?? name, value)
      }
    }
    if !sawActors { parts.actors = nil }
  }

  mutating func readMetadata(_ name: String, _ value: Node) {
    guard let text = scalarValue(value, what: Wording("metadata '\(name)'", dutch: "metadata '\(name)'")) else {
      return
    }
    if let problem = parts.metadata.set(name, to: text) { fail(problem, at: value.mark) }
  }

  mutating func readList(_ node: Node, named name: String, each: (inout Reader, Node) -> Void) {
    if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.tag == Tag(.null) { return }
    guard case .sequence(let items) = node else {
      fail(
        Wording(
          "'\(name)' must be a list (items starting with '- ', or [ ... ] in JSON)",
          dutch: "'\(name)' is een lijst (items die beginnen met '- ', of [ ... ] in JSON)"), at: node.mark)
      return
    }
    for item in items { each(&self, item) }
  }

  mutating func readActor(_ node: Node) {
    guard case .mapping(let fields) = node else {
      fail(
        Wording(
          "each actor must be a mapping with at least 'id' (id: ..., label: ..., role: ...)",
          dutch: "elke actor is een mapping met minstens 'id' (id: ..., label: ..., role: ...)"), at: node.mark)
      return
    }
    var id: String?
    var label: String?
    var roleText: (String, Mark?)?
    var type: String?
    var attributes = OrderedDictionary<String, String>()
    var seen: [String: String] = [:]
    for (keyNode, value) in fields {
      let name = key(keyNode)
      guard let text = scalarValue(value, what: Wording("actor field '\(name)'", dutch: "actorveld '\(name)'")) else {
        continue
      }
      if let field = AttributeNames.builtIn(name, of: .actor, indexed: indexedNodes != nil) {
        once(field, named: scalarText(keyNode) ?? name, in: &seen, of: .actor, at: keyNode.mark)
      }
      switch name {
      case "id": id = text.trimmingASCIIWhitespace()
      case "name" where indexedNodes != nil: id = text.trimmingASCIIWhitespace()
      case _ where ColumnNames.label.contains(name): label = nonEmpty(text)
      case _ where ColumnNames.role.contains(name): roleText = (text, value.mark)
      case "type": type = nonEmpty(text)
      default: if !text.isEmpty { attributes[scalarText(keyNode) ?? name] = text }
      }
    }
    if id == nil, let indexedNodes, let index = parts.actors?.count, indexedNodes.indices.contains(index) {
      id = indexedNodes[index]
    }
    guard let id, !id.isEmpty else {
      fail(
        Wording("actor without an 'id'; give every actor an id", dutch: "actor zonder 'id'; geef elke actor een id"),
        at: node.mark)
      return
    }
    var role: ActorRole?
    if let (text, mark) = roleText {
      let parsed = ActorTableReader.parseRole(text, of: id)
      role = parsed.role
      if let problem = parsed.problem { fail(problem, at: mark) }
    }
    let actor = ActorRecord(
      id: ActorID(id), label: label, role: role, type: type, attributes: attributes, origin: location(node.mark))
    parts.actors?.append(actor)
  }

  mutating func readTie(_ node: Node, isNodeLink: Bool) {
    guard case .mapping(let fields) = node else {
      fail(
        Wording(
          "each tie must be a mapping with 'source' and 'target' (source: ..., target: ...)",
          dutch: "elke relatie is een mapping met 'source' en 'target' (source: ..., target: ...)"), at: node.mark)
      return
    }
    var source: String?
    var target: String?
    var weight = 1.0
    var valid = true
    var attributes = OrderedDictionary<String, String>()
    var seen: [String: String] = [:]
    for (keyNode, value) in fields {
      let name = key(keyNode)
      if let field = AttributeNames.builtIn(name, of: .tie, indexed: indexedNodes != nil) {
        once(field, named: scalarText(keyNode) ?? name, in: &seen, of: .tie, at: keyNode.mark)
      }
      guard let text = scalarValue(value, what: Wording("tie field '\(name)'", dutch: "relatieveld '\(name)'")) else {
        valid = false
        continue
      }
      switch name {
      case _ where ColumnNames.source.contains(name):
        source = text.trimmingASCIIWhitespace()
        if let ids = indexedNodes, let end = source { source = indexedEnd(end, in: ids, at: value.mark) ?? "" }
      case _ where ColumnNames.target.contains(name):
        target = text.trimmingASCIIWhitespace()
        if let ids = indexedNodes, let end = target { target = indexedEnd(end, in: ids, at: value.mark) ?? "" }
      case _ where ColumnNames.weight.contains(name) || (name == "value" && indexedNodes != nil):
        let parsed = TieTableReader.parseWeight(text, decimalComma: false)
        if let value = parsed.weight { weight = value }
        if let problem = parsed.problem { fail(problem, at: value.mark) }
      case "key" where isNodeLink: continue
      default: if !text.isEmpty { attributes[scalarText(keyNode) ?? name] = text }
      }
    }
    for (name, value) in [("source", source), ("target", target)] where value?.isEmpty ?? true {
      fail(
        Wording("tie without a '\(name)'; ", dutch: "relatie zonder '\(name)'; ") + ReaderWording.tieNeedsEnds,
        at: node.mark)
      valid = false
    }
    guard valid, let source, let target else { return }
    let tie = TieRecord(
      source: ActorID(source), target: ActorID(target), weight: weight, attributes: attributes,
      origin: location(node.mark))
    parts.ties.append(tie)
  }

  /// Reports a built-in field given twice in one record (`target` and `to`): the later value
  /// would silently replace the earlier.
  mutating func once(
    _ field: AttributeNames.Field, named name: String, in seen: inout [String: String], of kind: AttributeNames.Kind,
    at mark: Mark?
  ) {
    guard let first = seen[field.key] else {
      seen[field.key] = name
      return
    }
    fail(
      Wording(
        "this \(kind.english) gives its \(field.english) twice, as '\(first)' and as '\(name)'; keep one of the two",
        dutch: "\(kind.dutch) met twee velden voor \(field.dutch), '\(first)' en '\(name)'; houd er één van de twee"),
      at: mark)
  }

  /// A key, folded for matching: lower case, trimmed.
  func key(_ node: Node) -> String {
    (scalarText(node) ?? "").trimmingASCIIWhitespace().lowercased()
  }

  func scalarText(_ node: Node) -> String? {
    if case .scalar(let scalar) = node { return scalar.string }
    return nil
  }

  /// The text of a scalar value (`null` and `~` are empty); a list or mapping is a problem.
  mutating func scalarValue(_ node: Node, what: Wording) -> String? {
    guard case .scalar(let scalar) = node else {
      fail(
        what
          + Wording(
            " holds a list or mapping; write a single value (quote text that contains ': ' or '- ')",
            dutch:
              " bevat een lijst of mapping; schrijf één waarde (zet tekst met ': ' of '- ' tussen aanhalingstekens)"),
        at: node.mark)
      return nil
    }
    if scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string) { return "" }
    return scalar.string
  }

  func nonEmpty(_ text: String) -> String? {
    let trimmed = text.trimmingASCIIWhitespace()
    return trimmed.isEmpty ? nil : trimmed
  }
}
