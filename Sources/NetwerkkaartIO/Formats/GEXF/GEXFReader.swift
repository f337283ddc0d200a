import Foundation
import NetwerkkaartCore
import OrderedCollections

/// Reads GEXF 1.1, 1.2 and 1.3, as Gephi and NetworkX (`write_gexf`) write it.
///
/// - Nodes: `id` is the actor id, `label` its label. Attribute values (`<attvalue for=…
///   value=…>`) are named by the `title` of their declared `<attribute>` (else its id);
///   `role`/`rol` and `type` are read as such, the rest are free attributes; declared
///   `<default>` values apply. `<viz:position x y>` becomes the attributes `x` and `y`; other
///   `viz` data (colour, size, shape) is left out.
/// - Edges: `source`, `target`, `weight` (or an attribute named `weight`); other attributes are
///   tie attributes. `defaultedgetype="directed"` (or an edge `type="directed"`) marks the map
///   directed.
/// - `<description>` is the map's school, `lastmodifieddate` its date, as ``GEXFWriter`` writes
///   them. Dynamic data (`spells`, `start`/`end`) is left out with a warning, hierarchies
///   (nested `<nodes>`) too.
enum GEXFReader {
  static func read(_ bytes: [UInt8], path: String) -> MapParts {
    var reader = GEXFParser(path: path)
    if let failure = XMLEvents.parse(Data(bytes), { reader.handle($0) }) {
      let location = SourceLocation(file: path, line: failure.line, column: failure.column)
      reader.parts.diagnostics.append(XMLFailure.notWellFormed(failure.reason, at: location))
    }
    reader.finish()
    return reader.parts
  }
}

private struct GEXFParser {
  struct Attribute {
    var title: String
    var defaultValue: String?
  }

  let path: String
  var parts = MapParts(actors: [])
  /// Declared attributes by class (`node`, `edge`) and id.
  var declared: [String: OrderedDictionary<String, Attribute>] = ["node": [:], "edge": [:]]
  var attributeClass = "node"
  var currentAttribute: String?
  var depth: [String] = []
  var current: (kind: String, attributes: [String: String], values: OrderedDictionary<String, String>, line: Int)?
  var text = ""
  var skipped: OrderedDictionary<Wording, Int> = [:]
  var sawGEXF = false

  init(path: String) { self.path = path }

  mutating func handle(_ event: XMLEvents.Event) {
    switch event {
    case .start(let name, let attributes, let line, _):
      start(name, attributes, line: line)
      depth.append(name)
    case .end(let name):
      _ = depth.popLast()
      end(name)
    case .text(let string):
      text += string
    }
  }

  mutating func start(_ name: String, _ attributes: [String: String], line: Int) {
    text = ""
    switch name {
    case "gexf": sawGEXF = true
    case "meta": if let date = attributes["lastmodifieddate"] { _ = parts.metadata.set("date", to: date) }
    case "graph":
      if attributes["defaultedgetype"] == "directed" { parts.metadata.directed = true }
      if attributes["mode"] == "dynamic" {
        skip(
          Wording("dynamic graph data (mode=\"dynamic\")", dutch: "dynamische grafgegevens (mode=\"dynamic\")"), line)
      }
    case "attributes": attributeClass = attributes["class"] ?? "node"
    case "attribute":
      guard let id = attributes["id"] else { return }
      declared[attributeClass, default: [:]][id] = Attribute(title: attributes["title"] ?? id)
      currentAttribute = id
    case "node" where depth.filter({ $0 == "nodes" }).count == 1:
      current = ("node", attributes, [:], line)
    case "node": skip(Wording("nested nodes (a hierarchy)", dutch: "geneste nodes (een hiërarchie)"), line)
    case "edge":
      current = ("edge", attributes, [:], line)
      if attributes["type"] == "directed" { parts.metadata.directed = true }
    case "attvalue":
      guard current != nil, let key = attributes["for"] ?? attributes["id"], let value = attributes["value"] else {
        return
      }
      if attributes["start"] != nil || attributes["end"] != nil {
        skip(
          Wording("dynamic attribute values (start/end)", dutch: "dynamische attribuutwaarden (start/end)"), line)
      }
      current?.values[key] = value
    case "position":
      for axis in ["x", "y"] { if let value = attributes[axis] { current?.values["viz:" + axis] = value } }
    case "spells", "spell": skip(Wording("spells (dynamic data)", dutch: "spells (dynamische gegevens)"), line)
    default: break
    }
  }

  mutating func end(_ name: String) {
    switch name {
    case "description": if !text.trimmingASCIIWhitespace().isEmpty { _ = parts.metadata.set("school", to: text) }
    case "default": if let id = currentAttribute { declared[attributeClass]?[id]?.defaultValue = text }
    case "attribute": currentAttribute = nil
    case "node": if current?.kind == "node" { addActor() }
    case "edge": if current?.kind == "edge" { addTie() }
    default: break
    }
  }

  /// The values of the current element by attribute title, with declared defaults filled in.
  func named(_ kind: String) -> OrderedDictionary<String, String> {
    var result = OrderedDictionary<String, String>()
    for (key, value) in current?.values ?? [:] {
      if key.hasPrefix("viz:") {
        result[String(key.dropFirst(4))] = value
      } else {
        result[declared[kind]?[key]?.title ?? key] = value
      }
    }
    for attribute in declared[kind].map({ Array($0.values) }) ?? [] where result[attribute.title] == nil {
      if let value = attribute.defaultValue { result[attribute.title] = value }
    }
    return result
  }

  mutating func addActor() {
    defer { current = nil }
    guard let element = current, let id = element.attributes["id"] else {
      return error(ReaderWording.nodeWithoutID, line: current?.line)
    }
    var actor = ActorRecord(id: ActorID(id), origin: SourceLocation(file: path, line: element.line))
    if let label = element.attributes["label"], !label.isEmpty { actor.label = label }
    for (name, value) in named("node") where !value.isEmpty {
      let folded = name.lowercased()
      if ColumnNames.role.contains(folded) {
        let parsed = ActorTableReader.parseRole(value, of: id)
        actor.role = parsed.role
        if let problem = parsed.problem { error(problem, line: element.line) }
      } else if folded == "type" {
        actor.type = value
      } else if folded == "label" && actor.label == nil {
        actor.label = value
      } else {
        actor.attributes[name] = value
      }
    }
    parts.actors?.append(actor)
  }

  mutating func addTie() {
    defer { current = nil }
    guard let element = current, let source = element.attributes["source"], let target = element.attributes["target"]
    else {
      return error(ReaderWording.edgeWithoutEnds, line: current?.line)
    }
    var tie = TieRecord(
      source: ActorID(source), target: ActorID(target), origin: SourceLocation(file: path, line: element.line))
    var weightText = element.attributes["weight"]
    for (name, value) in named("edge") where !value.isEmpty {
      if ColumnNames.weight.contains(name.lowercased()) {
        weightText = weightText ?? value
      } else {
        tie.attributes[name] = value
      }
    }
    if let weightText {
      let parsed = TieTableReader.parseWeight(weightText, decimalComma: false)
      if let weight = parsed.weight { tie.weight = weight }
      if let problem = parsed.problem { error(problem, line: element.line) }
    }
    parts.ties.append(tie)
  }

  mutating func error(_ message: Wording, line: Int?) {
    parts.diagnostics.append(.error(message, at: SourceLocation(file: path, line: line)))
  }

  mutating func skip(_ what: Wording, _ line: Int) {
    if skipped[what] == nil { skipped[what] = line }
  }

  mutating func finish() {
    if !sawGEXF && parts.diagnostics.isEmpty {
      error(
        Wording("no <gexf> element; is this a GEXF file?", dutch: "geen <gexf>-element; is dit een GEXF-bestand?"),
        line: nil)
    }
    for (what, line) in skipped {
      parts.diagnostics.append(
        .warning(ReaderWording.leftOut(what), at: SourceLocation(file: path, line: line)))
    }
  }
}
