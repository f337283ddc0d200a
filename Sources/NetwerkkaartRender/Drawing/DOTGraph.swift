/// A DOT graph being written: its statements, and for the SVG that Graphviz will make of it the
/// tooltip of each node or edge name and the CSS classes of each group id.
struct DOTGraph {
  var lines: [String] = []
  /// Graphviz node or edge name → text for its SVG `<title>`.
  var titles: [String: String] = [:]
  /// SVG group id → CSS classes.
  var classes: [String: String] = [:]
  /// SVG group id → further attributes (name → value, unescaped), such as a tie's
  /// `data-source` and `data-target`.
  var attributes: [String: [String: String]] = [:]

  /// Adds a node statement with an SVG id, classes and tooltip title.
  mutating func node(_ name: String, id: String, classes: String, title: String, _ dotAttributes: [String: String]) {
    var dotAttributes = dotAttributes
    dotAttributes["id"] = DOTText.quoted(id)
    lines.append("  \(name) [\(Self.attributes(dotAttributes))]")
    titles[name] = title
    self.classes[id] = classes
  }

  /// `name=value` pairs in name order, so that the same drawing always gives the same text.
  static func attributes(_ values: [String: String]) -> String {
    values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
  }

  /// A pinned position in inches: `"x,y!"`.
  static func pinned(_ point: RingLayout.Point) -> String {
    "\"\(DOTText.number(point.x)),\(DOTText.number(point.y))!\""
  }
}
