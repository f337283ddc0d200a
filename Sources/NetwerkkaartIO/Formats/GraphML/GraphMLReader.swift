import Foundation
import NetwerkkaartCore
import OrderedCollections

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads GraphML as Gephi, yEd, igraph and NetworkX write it.
///
/// - Node ids become actor ids. The label is the node's `label` attribute, else `name` (igraph)
///   or `naam`, else the text of a yEd `NodeLabel`; `role`/`rol` and `type` are read as such;
///   every other attribute is a free attribute, its text kept as written (`1.0` stays `1.0`).
/// - Edge attribute `weight` (or `gewicht`, `sterkte`, `strength`) is the tie strength; other
///   attributes are free attributes.
/// - Graph attributes are the map's metadata; `edgedefault="directed"` marks the map directed
///   (a value other than `directed` or `undirected` is warned about and read as undirected).
/// - Key defaults (`<default>`) apply to elements without their own value.
/// - Several top-level `<graph>` elements (SocNetV writes one per relation) are relations of one
///   map: their edges get the tie attribute `relation`, the graph's id (or its number), and a
///   node repeated in a later graph is the same actor. NetworkX and igraph read only the first
///   graph; `--ties relation=ID` selects it. Nested graphs, hyperedges and ports (with their
///   `<data>`, as yFiles writes it) are reported and left out.
/// - Keys are told apart by id and domain, as igraph does: two keys with one id for the same
///   kind of element, or a `for` that GraphML does not define (`for=""`), are errors. A
///   namespace URI with a trailing space (SocNetV writes one) is read as if it had none.
///
/// Problems (malformed XML, an edge to an undeclared node, data under an undeclared key) are
/// reported with line and column.
enum GraphMLReader {
  static func read(_ bytes: [UInt8], path: String) -> MapParts {
    // Foundation's XMLParser on Linux traps on names that are not UTF-8, so other encodings are
    // refused before it sees them.
    if let problem = XMLFailure.encodingProblem(bytes) {
      var parts = MapParts()
      parts.diagnostics.append(.error(problem.message, at: SourceLocation(file: path, line: problem.line)))
      return parts
    }
    // In chunks from a stream: all at once, libxml2 refuses documents past 10 MB (XMLEvents);
    // `<?name?>` would crash the parser (XMLProcessingInstructions).
    let parser = XMLParser(
      stream: InputStream(data: Data(XMLProcessingInstructions.withData(NamespaceURI.trimmed(bytes)))))
    let delegate = GraphMLParserDelegate(path: path, parser: parser)
    parser.delegate = delegate
    parser.shouldProcessNamespaces = true
    if !parser.parse(), !delegate.stopped {
      let detail = parser.parserError.map { XMLFailure.describe($0) } ?? ReaderWording.unknownError
      delegate.parts.diagnostics.append(
        XMLFailure.notWellFormed(
          detail, at: SourceLocation(file: path, line: parser.lineNumber, column: parser.columnNumber)))
    }
    delegate.finish()
    return delegate.parts
  }
}

/// Namespace declarations as SocNetV writes them: `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance "`.
///
/// libxml2 rejects a namespace URI with a trailing space ("not a valid URI", its error 99), which
/// stops the parse; NetworkX reads such files. The spaces are removed before parsing; nothing
/// else moves, so line and column numbers stay those of the file.
enum NamespaceURI {
  static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
    guard let text = String(validating: bytes, as: UTF8.self), text.contains("xmlns") else { return bytes }
    let pattern = #"(xmlns(?::[A-Za-z_][A-Za-z0-9_.-]*)?[ \t]*=[ \t]*"[^"]*?)[ \t]+""#
    guard let expression = try? NSRegularExpression(pattern: pattern) else { return bytes }
    let range = NSRange(text.startIndex..., in: text)
    let fixed = expression.stringByReplacingMatches(in: text, range: range, withTemplate: "$1\"")
    return Array(fixed.utf8)
  }
}

/// The reasons libxml2 gives, in words.
enum XMLFailure {
  /// Why `bytes` cannot be given to the XML parser: not UTF-8 (Foundation's parser on Linux
  /// traps on such names), with the line of the first bad byte.
  static func encodingProblem(_ bytes: [UInt8]) -> (message: Wording, line: Int)? {
    guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
    var decoder = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch decoder.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .emptyInput: return nil
      case .error:
        let line = bytes[..<offset].count { $0 == UInt8(ascii: "\n") } + 1
        let declaration = Wording(
          " (the XML declaration's encoding must be UTF-8)",
          dutch: " (de codering in de XML-declaratie moet UTF-8 zijn)")
        return (ReaderWording.notUTF8 + declaration, line)
      }
    }
  }

  /// The error for a document that is not well-formed XML, for the reason libxml2 gives.
  static func notWellFormed(_ reason: Wording, at location: SourceLocation) -> Diagnostic {
    .error(
      "not well-formed XML: \(reason.english); fix the file or export it again",
      dutch: "geen welgevormde XML: \(reason.dutch); verbeter het bestand of exporteer het opnieuw", at: location)
  }

  /// The parser's reason: its own text where it gives one (in English; the Dutch one by its
  /// error number where ``XMLErrorText`` knows it), else the words for its error number.
  static func describe(_ error: Error) -> Wording {
    let nsError = error as NSError
    if let reason = nsError.userInfo[NSLocalizedDescriptionKey] as? String, !reason.isEmpty {
      return Wording(reason, dutch: XMLErrorText.reasons[nsError.code]?.dutch ?? reason)
    }
    return XMLErrorText.reason(code: nsError.code)
  }
}

private final class GraphMLParserDelegate: NSObject, XMLParserDelegate {
  struct Key {
    var domain: String
    var name: String
    var defaultValue: String?
    var isYEdGraphics: Bool
  }

  let path: String
  weak var parser: XMLParser?
  var parts = MapParts(actors: [])
  var stopped = false

  /// A key's identity: GraphML lets a node key and an edge key share an id (Gephi's tests do).
  struct KeyID: Hashable {
    var id: String
    var domain: String
  }

  /// The values GraphML allows for a key's `for`.
  static let domains: Set<String> = ["graphml", "graph", "node", "edge", "hyperedge", "port", "endpoint", "all"]

  private var keys: [KeyID: Key] = [:]
  private var keyLines: [KeyID: Int] = [:]
  private var portDepth = 0
  private var graphDepth = 0
  private var sawGraph = false
  /// The id (or number) of each top-level graph read so far; the last is the current one.
  private var graphIDs: [String] = []
  private var skippedElements: OrderedDictionary<Wording, SourceLocation> = [:]
  private var nodeIDs: Set<String> = []

  private enum Owner {
    case graph
    case node(id: String, location: SourceLocation)
    case edge(source: String, target: String, location: SourceLocation)
  }

  private var owner: Owner?
  private var values: OrderedDictionary<String, (value: String, location: SourceLocation)> = [:]
  private var currentKey: (id: String, location: SourceLocation)?
  private var currentKeyDefinition: KeyID?
  private var text = ""
  private var yEdLabel: String?
  private var inYEdLabel = false
  private var edges:
    [(
      source: String, target: String, location: SourceLocation,
      values: OrderedDictionary<String, (value: String, location: SourceLocation)>, graph: Int
    )] = []

  init(path: String, parser: XMLParser) {
    self.path = path
    self.parser = parser
  }

  private var here: SourceLocation {
    SourceLocation(file: path, line: parser?.lineNumber, column: parser?.columnNumber)
  }

  private func error(_ message: Wording, at location: SourceLocation? = nil) {
    parts.diagnostics.append(.error(message, at: location ?? here))
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if portDepth > 0 {
      if name == "port" { portDepth += 1 }
      return
    }
    if currentKey != nil {
      // Inside <data>: yEd puts graphics here; its label is the text of a NodeLabel.
      if name == "NodeLabel" && yEdLabel == nil { inYEdLabel = true }
      return
    }
    switch name {
    case "graphml": break
    case "key":
      guard let id = attributes["id"] else {
        return error(
          Wording("<key> without an 'id'; give every key an id", dutch: "<key> zonder 'id'; geef elke key een id"))
      }
      let domain = attributes["for"] ?? "all"
      guard Self.domains.contains(domain) else {
        return error(
          Wording(
            "<key id=\"\(id)\"> has for=\"\(domain)\"; use node, edge, graph or all (igraph refuses this key too)",
            dutch:
              "<key id=\"\(id)\"> heeft for=\"\(domain)\"; gebruik node, edge, graph of all (ook igraph weigert deze key)"
          ))
      }
      let identity = KeyID(id: id, domain: domain)
      if let earlier = keyLines[identity] {
        return error(
          Wording(
            "two keys have the id \"\(id)\" for \(domain) elements (the first on line \(earlier)); give each key its own id",
            dutch:
              "twee keys hebben de id \"\(id)\" voor \(domain)-elementen (de eerste op regel \(earlier)); geef elke key een eigen id"
          )
        )
      }
      let attributeName = attributes["attr.name"] ?? attributes["yfiles.type"] ?? id
      keys[identity] = Key(
        domain: domain, name: attributeName, defaultValue: nil,
        isYEdGraphics: attributes["yfiles.type"] == "nodegraphics")
      keyLines[identity] = parser.lineNumber
      currentKeyDefinition = identity
    case "default":
      text = ""
    case "graph":
      graphDepth += 1
      if graphDepth == 1 {
        graphIDs.append(attributes["id"] ?? String(graphIDs.count + 1))
        switch attributes["edgedefault"] {
        case "directed": parts.metadata.directed = true
        case "undirected", nil: break
        case let other?:
          parts.diagnostics.append(
            .warning(
              "edgedefault=\"\(other)\" is neither \"directed\" nor \"undirected\"; the edges are read as undirected unless marked directed",
              dutch:
                "edgedefault=\"\(other)\" is noch \"directed\" noch \"undirected\"; de edges worden als ongericht gelezen, tenzij ze als gericht gemarkeerd zijn",
              at: here))
        }
        if !sawGraph {
          owner = .graph
          values = [:]
        }
        sawGraph = true
      } else {
        skip(Wording("a second or nested <graph>", dutch: "een tweede of geneste <graph>"))
      }
    case "node" where graphDepth == 1:
      guard let id = attributes["id"] else { return error(ReaderWording.nodeWithoutID) }
      flushGraphData()
      owner = .node(id: id, location: here)
      values = [:]
      yEdLabel = nil
    case "edge" where graphDepth == 1:
      guard let source = attributes["source"], let target = attributes["target"] else {
        return error(ReaderWording.edgeWithoutEnds)
      }
      flushGraphData()
      owner = .edge(source: source, target: target, location: here)
      values = [:]
      if attributes["directed"] == "true" && parts.metadata.directed != true {
        parts.metadata.directed = true
      }
    case "data":
      guard let key = attributes["key"] else {
        return error(
          Wording(
            "<data> without a 'key'; name the key it gives a value for",
            dutch: "<data> zonder 'key'; noem de key waarvoor het een waarde geeft"))
      }
      currentKey = (key, here)
      text = ""
    case "port":
      portDepth = 1
      skip(Wording("<port>", dutch: "<port>"))
    case "hyperedge", "endpoint", "locator": skip(Wording("<\(name)>", dutch: "<\(name)>"))
    case "desc": break
    default: if graphDepth > 1 { break }
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if currentKey != nil, inYEdLabel {
      yEdLabel = (yEdLabel ?? "") + string
    } else {
      text += string
    }
  }

  func parser(_ parser: XMLParser, foundCDATA data: Data) {
    text += String(decoding: data, as: UTF8.self)
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if portDepth > 0 {
      if name == "port" { portDepth -= 1 }
      return
    }
    if let key = currentKey {
      if name == "NodeLabel" { inYEdLabel = false }
      guard name == "data" else { return }
      currentKey = nil
      if keys.contains(where: { $0.key.id == key.id && $0.value.isYEdGraphics }) { return }
      values[key.id] = (text, key.location)
      return
    }
    switch name {
    case "default":
      if let id = currentKeyDefinition { keys[id]?.defaultValue = text }
    case "key":
      currentKeyDefinition = nil
    case "graph":
      if graphDepth == 1 { flushGraphData() }
      graphDepth -= 1
    case "node" where graphDepth == 1:
      if case .node(let id, let location) = owner, graphIDs.count == 1 || !nodeIDs.contains(id) {
        addActor(id: id, location: location)
      }
      owner = nil
    case "edge" where graphDepth == 1:
      if case .edge(let source, let target, let location) = owner {
        edges.append((source, target, location, values, graphIDs.count - 1))
      }
      owner = nil
    default: break
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    parts.diagnostics.append(XMLFailure.notWellFormed(XMLFailure.describe(parseError), at: here))
    stopped = true
  }

  private func skip(_ what: Wording) {
    if skippedElements[what] == nil { skippedElements[what] = here }
  }

  private func flushGraphData() {
    guard case .graph = owner else { return }
    for (id, entry) in values {
      guard let key = definedKey(id, for: "graph", at: entry.location) else { continue }
      if let problem = parts.metadata.set(key.name, to: entry.value) { error(problem, at: entry.location) }
    }
    for (_, key) in keys where key.domain == "graph" && key.defaultValue != nil {
      if !values.keys.contains(where: { lookUp($0, for: "graph")?.name == key.name }), let value = key.defaultValue {
        parts.metadata.set(key.name, to: value)
      }
    }
    values = [:]
    owner = nil
  }

  /// The key `id` declared for `domain` elements or for all.
  private func lookUp(_ id: String, for domain: String) -> Key? {
    keys[KeyID(id: id, domain: domain)] ?? keys[KeyID(id: id, domain: "all")]
  }

  private func definedKey(_ id: String, for domain: String, at location: SourceLocation) -> Key? {
    if let key = lookUp(id, for: domain) { return key }
    guard let other = keys.first(where: { $0.key.id == id })?.value else {
      error(
        Wording(
          "<data> names key \"\(id)\", which no <key> declares; declare it or remove the value",
          dutch: "<data> noemt key \"\(id)\", die geen <key> declareert; declareer hem of verwijder de waarde"),
        at: location)
      return nil
    }
    // igraph warns and leaves the value out (its own `test.graphml` does this on purpose).
    parts.diagnostics.append(
      .warning(
        "key \"\(id)\" is declared for \(other.domain) elements but used on a \(domain); the value is left out (fix the key's 'for' attribute)",
        dutch:
          "key \"\(id)\" is gedeclareerd voor \(other.domain)-elementen maar gebruikt op een \(domain); de waarde is weggelaten (verbeter het attribuut 'for' van de key)",
        at: location))
    return nil
  }

  /// Values of a node or edge with the key defaults filled in, by attribute name, in order.
  private func named(_ raw: [(id: String, value: String, location: SourceLocation)], domain: String)
    -> OrderedDictionary<String, (value: String, location: SourceLocation)>
  {
    var result = OrderedDictionary<String, (value: String, location: SourceLocation)>()
    for entry in raw {
      guard let key = definedKey(entry.id, for: domain, at: entry.location) else { continue }
      result[key.name] = (entry.value, entry.location)
    }
    for (_, key) in keys.sorted(by: { $0.key.id < $1.key.id })
    where (key.domain == domain || key.domain == "all") && !key.isYEdGraphics && result[key.name] == nil {
      if let value = key.defaultValue { result[key.name] = (value, SourceLocation(file: path)) }
    }
    return result
  }

  private func addActor(id: String, location: SourceLocation) {
    nodeIDs.insert(id)
    let fields = named(values.map { ($0.key, $0.value.value, $0.value.location) }, domain: "node")
    var label: String?
    var roleField: (String, SourceLocation)?
    var type: String?
    var attributes = OrderedDictionary<String, String>()
    let labelName = ["label", "name", "naam"].first { name in fields.keys.contains { $0.lowercased() == name } }
    for (name, entry) in fields {
      let folded = name.lowercased()
      if folded == labelName {
        label = entry.value.trimmingASCIIWhitespace().isEmpty ? nil : entry.value.trimmingASCIIWhitespace()
      } else if ColumnNames.role.contains(folded) {
        roleField = (entry.value, entry.location)
      } else if folded == "type" {
        type = entry.value.trimmingASCIIWhitespace().isEmpty ? nil : entry.value.trimmingASCIIWhitespace()
      } else if !entry.value.isEmpty {
        attributes[name] = entry.value
      }
    }
    if label == nil, let yEdLabel, !yEdLabel.trimmingASCIIWhitespace().isEmpty {
      label = yEdLabel.trimmingASCIIWhitespace()
    }
    var role: ActorRole?
    if let (text, roleLocation) = roleField {
      let parsed = ActorTableReader.parseRole(text, of: id)
      role = parsed.role
      if let problem = parsed.problem { error(problem, at: roleLocation) }
    }
    parts.actors?.append(
      ActorRecord(id: ActorID(id), label: label, role: role, type: type, attributes: attributes, origin: location))
  }

  func finish() {
    for edge in edges {
      var valid = true
      for end in [edge.source, edge.target] where !nodeIDs.contains(end) {
        error(
          Wording(
            "edge names node \"\(end)\", which no <node> declares; declare the node or correct the edge's source/target",
            dutch:
              "edge noemt node \"\(end)\", die geen <node> declareert; declareer de node of verbeter source/target van de edge"
          ),
          at: edge.location)
        valid = false
      }
      let fields = named(edge.values.map { ($0.key, $0.value.value, $0.value.location) }, domain: "edge")
      var weight = 1.0
      var attributes = OrderedDictionary<String, String>()
      for (name, entry) in fields {
        if ColumnNames.weight.contains(name.lowercased()) {
          let parsed = TieTableReader.parseWeight(entry.value, decimalComma: false)
          if let value = parsed.weight { weight = value }
          if let problem = parsed.problem { error(problem, at: entry.location) }
        } else if !entry.value.isEmpty {
          attributes[name] = entry.value
        }
      }
      guard valid else { continue }
      if graphIDs.count > 1, graphIDs.indices.contains(edge.graph) { attributes["relation"] = graphIDs[edge.graph] }
      parts.ties.append(
        TieRecord(
          source: ActorID(edge.source), target: ActorID(edge.target), weight: weight, attributes: attributes,
          origin: edge.location))
    }
    if !sawGraph && parts.diagnostics.isEmpty {
      error(
        Wording(
          "no <graph> element; is this a GraphML file?", dutch: "geen <graph>-element; is dit een GraphML-bestand?"),
        at: SourceLocation(file: path))
    }
    for (what, location) in skippedElements {
      parts.diagnostics.append(
        .warning(
          "\(what.english) is not part of a netwerkkaart and was left out",
          dutch: "\(what.dutch) hoort niet bij een netwerkkaart en is weggelaten", at: location))
    }
  }
}
