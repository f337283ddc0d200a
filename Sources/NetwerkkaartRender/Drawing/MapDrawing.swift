import Foundation
import NetwerkkaartCore

/// A netwerkkaart drawn as a diagram: the DOT text for Graphviz and the tooltips to put into the
/// SVG. Building a drawing does no Graphviz work; ``render(_:engine:)`` does.
///
/// ```swift
/// let drawing = try MapDrawing(map: map, network: Network(map), options: DrawingOptions(sizeBy: .betweenness))
/// let svg = try drawing.svg()                 // a String
/// let png = try drawing.render(.png)          // Data
/// ```
///
/// Styling: one colour and shape per role (Okabe–Ito palette), the focal actor in the centre,
/// tie width from strength, dashed ties for informal or occasional ties, tie colour by motive
/// (taak, relatie, groei) when the ties have a `motief` column, node size from a metric
/// (`sizeBy`), and a legend in the same image. Labels show exactly as typed (long ones wrapped
/// at a space onto two lines). In SVG each actor is a `<g id="actor-…" class="node actor
/// role-kern type-clb">` whose `<title>` holds its label, role, type and metrics; ties are
/// `<g id="tie-…" class="edge tie motive-taak" data-source="actor-…" data-target="actor-…">`
/// (the SVG ids of the actors it joins, for scripts); ring guides are `<g id="ring-…" class="ring">`.
public struct MapDrawing: Sendable {
  /// The options the drawing was made with.
  public let options: DrawingOptions
  /// The graph in the DOT language, as handed to Graphviz.
  public let dot: String
  /// Remarks about the drawing (for example: no focal actor found).
  public let warnings: [Diagnostic]
  /// The actor in the centre of the rings, if any.
  public let focus: Int?
  /// Tooltip text for each Graphviz node and edge name, for the SVG `<title>` elements.
  private let titles: [String: String]
  /// CSS classes for each SVG group id.
  private let classes: [String: String]
  /// Further attributes for each SVG group id (a tie's `data-source` and `data-target`).
  private let attributes: [String: [String: String]]
  /// The SVG group id of each actor (`actor-` and its id made safe for CSS), in map order.
  public let actorIDs: [String]

  /// Draws `map` as its `network`, with the figures of `metrics` in the tooltips; no Graphviz
  /// work is done until ``render(_:engine:)``.
  ///
  /// - Parameters:
  ///   - map: the map; its actors' labels, roles and types are drawn.
  ///   - network: the network of `map` (direction and weights as analysed).
  ///   - metrics: the metrics of `network` for the tooltips and ``DrawingOptions/sizeBy``;
  ///     `nil` computes them.
  ///   - options: layout, language, colour, size, title and focal actor.
  ///   - changes: marks actors and ties as new (class `added`) or gone (class `removed`)
  ///     when `map` is the `MapDifference.union` of two waves; see ``init(difference:options:)``.
  ///     `metrics` may then cover only the first actors (the second wave's): the others' tooltips
  ///     show no metrics.
  /// - Throws: ``DrawingError`` when `network` or `metrics` are of another map, or when the
  ///   options name a focal actor, attribute or measure the map does not have.
  public init(
    map: PartnershipMap, network: Network, metrics: MetricsTable? = nil, options: DrawingOptions = DrawingOptions(),
    changes: MapDifference? = nil
  ) throws(DrawingError) {
    self.options = options
    do {
      try network.check(belongsTo: map)
      // A difference drawing shows the second wave's metrics on the union of both waves.
      if changes == nil { try metrics?.check(belongsTo: map) }
    } catch {
      throw .mismatch(error)
    }
    let metrics = metrics ?? MetricsTable(network)
    let words = DrawingWords(language: options.language)
    var warnings: [Diagnostic] = []

    let focus = try Self.focus(in: map, options: options, warnings: &warnings)
    if options.layout == .circo && map.actors.count > Self.largeForCirco {
      warnings.append(
        .warning(
          "circo lays out \(map.actors.count) actors slowly (minutes above a few hundred); rings, neato or sfdp are fast"
        ))
    }
    let scale = try Self.sizes(metrics: metrics, measure: options.sizeBy, map: map)
    let colouring = try Colouring(map: map, attribute: options.colorBy)
    let labels = map.actors.map { DrawingStyle.wrapped($0.displayName) }
    let sizes = labels.indices.map { DrawingStyle.estimatedSize(label: labels[$0], scale: scale[$0]) }
    let rings = options.layout == .rings ? RingLayout(map: map, network: network, focus: focus, nodeSizes: sizes) : nil

    var graph = DOTGraph()
    let kind = network.isDirected ? "digraph" : "graph"
    graph.lines.append("\(kind) \(DOTText.quoted(options.title ?? "netwerkkaart")) {")
    var graphAttributes = [
      "fontname": "\"Helvetica\"", "fontsize": "\"11\"", "pad": "\"0.4\"", "labelloc": "\"t\"", "labeljust": "\"l\"",
      "outputorder": "\"edgesfirst\"", "bgcolor": "\"white\"",
    ]
    graphAttributes["overlap"] = options.layout == .rings ? "\"true\"" : "\"false\""
    // Spline routing around nodes is quadratic in neato, fdp and sfdp (minutes for 500 actors);
    // only dot routes splines cheaply.
    graphAttributes["splines"] = options.layout == .dot ? "\"true\"" : "\"false\""
    let ties = DrawnTie.all(map: map, network: network)
    let legend = Legend(
      map: map, ties: ties, words: words, colouring: colouring, options: options, hasFocus: focus != nil,
      showsChanges: changes != nil)
    if rings == nil { graphAttributes["label"] = legend.html }
    graph.lines.append("  graph [\(DOTGraph.attributes(graphAttributes))]")
    graph.lines.append(
      "  node [fontname=\"Helvetica\", fontsize=\"10\", style=\"filled\", color=\"#4D4D4D\", penwidth=\"1\"]")
    graph.lines.append("  edge [penwidth=\"1\", color=\"#8C8C8C\"]")
    if let rings { Self.addRingGuides(rings, map: map, words: words, to: &graph) }
    var actorIDs: [String] = []
    for (index, actor) in map.actors.enumerated() {
      let position = rings.map { $0.positions[index] }
      let tooltip = Self.tooltip(actor: actor, index: index, metrics: metrics, words: words)
      actorIDs.append(
        Self.addActor(
          index, actor, label: labels[index], isFocus: index == focus, scale: scale[index], position: position,
          colour: colouring.colour(of: actor), tooltip: tooltip,
          status: changes?.status(ofActor: actor.id) ?? .kept, to: &graph))
    }
    Self.addTies(
      ties, map: map, directed: network.isDirected, words: words, actorIDs: actorIDs,
      status: { changes?.status(ofTieFrom: $0, to: $1) ?? .kept }, to: &graph)
    if let rings {
      // The legend to the left of the outermost ring, level with its top.
      let radius = rings.rings.last?.radius ?? 1
      let placed = legend.nodes(left: -radius - 3.4, top: radius, directed: network.isDirected)
      graph.lines += placed.statements
      for id in placed.ids { graph.classes[id] = "legend" }
    }
    graph.lines.append("}")

    self.dot = graph.lines.joined(separator: "\n") + "\n"
    self.titles = graph.titles
    self.classes = graph.classes
    self.attributes = graph.attributes
    self.actorIDs = actorIDs
    self.warnings = warnings
    self.focus = focus
  }

  /// The drawing as an SVG document, with tooltips in the `<title>` elements.
  public func svg(engine: GraphvizEngine = .shared) throws(RenderError) -> String {
    String(decoding: try render(.svg, engine: engine), as: UTF8.self)
  }

  /// The drawing in any ``ImageFormat``; `.dot` returns ``dot`` without calling Graphviz.
  public func render(_ format: ImageFormat, engine: GraphvizEngine = .shared) throws(RenderError) -> Data {
    try rendered(format, engine: engine).data
  }

  /// The drawing with Graphviz's warnings (for example about a font it had to replace).
  public func rendered(_ format: ImageFormat, engine: GraphvizEngine = .shared) throws(RenderError) -> RenderedGraph {
    if format == .dot { return RenderedGraph(data: Data(dot.utf8), warnings: []) }
    let rendered = try engine.render(dot: dot, engine: options.layout.engine, format: format.rawValue)
    guard format == .svg else { return rendered }
    let svg = String(decoding: rendered.data, as: UTF8.self)
    return RenderedGraph(
      data: Data(SVGFinishing.finish(svg, titles: titles, classes: classes, attributes: attributes).utf8),
      warnings: rendered.warnings)
  }

  /// Above this many actors Graphviz's circo takes minutes.
  static let largeForCirco = 200

  // MARK: - Graph parts

  /// A dashed circle and a name for each ring.
  private static func addRingGuides(
    _ rings: RingLayout, map: PartnershipMap, words: DrawingWords, to graph: inout DOTGraph
  ) {
    for (index, ring) in rings.rings.enumerated() {
      let name = words.role(ring.role)
      let slug = DOTText.identifier(ring.role?.rawValue ?? "geen-rol")
      let diameter = "\"\(DOTText.number(2 * ring.radius))\""
      graph.node(
        "ring\(index)", id: "ring-\(slug)", classes: "ring", title: name,
        [
          "shape": "\"circle\"", "fixedsize": "\"true\"", "width": diameter, "height": diameter, "label": "\"\"",
          "style": "\"dashed\"", "color": "\"#C8C8C8\"", "pos": "\"0,0!\"", "tooltip": DOTText.quoted(name),
        ])
      let angle = quietestAngle(on: ring, layout: rings, map: map)
      let position = RingLayout.Point(x: ring.radius * cos(angle), y: ring.radius * sin(angle))
      graph.node(
        "ringlabel\(index)", id: "ring-label-\(slug)", classes: "ring ring-label", title: name,
        [
          "shape": "\"plaintext\"", "style": "\"\"", "label": DOTText.quoted(name), "fontcolor": "\"#8A8A8A\"",
          "fontsize": "\"9\"", "pos": DOTGraph.pinned(position),
        ])
    }
  }

  /// One actor: shape and colour by role (or `--color-by`), size by `--size-by`, pinned on the rings.
  private static func addActor(
    _ index: Int, _ actor: ActorRecord, label: String, isFocus: Bool, scale: Double, position: RingLayout.Point?,
    colour: String?, tooltip: String, status: ChangeStatus, to graph: inout DOTGraph
  ) -> String {
    let style = isFocus ? DrawingStyle.focus : DrawingStyle.role(actor.role)
    var id = "actor-" + DOTText.identifier(actor.id.rawValue)
    while graph.classes[id] != nil { id += "_" }
    var attributes = [
      "label": DOTText.quoted(label), "shape": "\"\(style.shape)\"", "fillcolor": "\"\(colour ?? style.fill)\"",
      "tooltip": DOTText.quoted(tooltip),
    ]
    if isFocus { attributes["penwidth"] = "\"2\"" }
    if scale != 1 {
      attributes["width"] = "\"\(DOTText.number(0.75 * scale))\""
      attributes["height"] = "\"\(DOTText.number(0.5 * scale))\""
    }
    if let position { attributes["pos"] = DOTGraph.pinned(position) }
    switch status {
    case .kept: break
    case .added: attributes.merge(["color": "\"\(DrawingStyle.added)\"", "penwidth": "\"4\""]) { $1 }
    case .removed:
      attributes.merge([
        "color": "\"\(DrawingStyle.removed)\"", "fillcolor": "\"\(DrawingStyle.removedFill)\"",
        "fontcolor": "\"\(DrawingStyle.removed)\"", "style": "\"filled,dashed\"",
      ]) { $1 }
    }
    let classes =
      ["node", "actor"] + (isFocus ? ["focus"] : []) + ["role-\(actor.role?.rawValue ?? "geen")"]
      + (actor.type.map { ["type-" + DOTText.identifier($0)] } ?? []) + (status == .kept ? [] : [status.rawValue])
    graph.node("a\(index)", id: id, classes: classes.joined(separator: " "), title: tooltip, attributes)
    return id
  }

  /// One tie per pair: width from strength, dashed when loose, colour by motive, marked when it
  /// changed between waves; in SVG its `data-source` and `data-target` name the SVG ids of the
  /// actors it joins.
  private static func addTies(
    _ ties: [DrawnTie], map: PartnershipMap, directed: Bool, words: DrawingWords, actorIDs: [String],
    status: (ActorID, ActorID) -> ChangeStatus, to graph: inout DOTGraph
  ) {
    let strengths = ties.map(\.strength)
    let (low, high) = (strengths.min() ?? 1, strengths.max() ?? 1)
    let arrow = directed ? "->" : "--"
    for (number, pair) in ties.enumerated() {
      let strength = pair.strength
      let width = high > low ? 0.8 + 3.2 * (strength - low) / (high - low) : 1.5
      let tooltip = Self.tooltip(pair: pair, map: map, directed: directed, words: words)
      var attributes = [
        "id": "\"tie-\(number)\"", "penwidth": "\"\(DOTText.number(width))\"",
        "color": "\"\(DrawingStyle.motiveColor(pair.motive))\"", "tooltip": DOTText.quoted(tooltip),
      ]
      if pair.isLoose { attributes["style"] = "\"dashed\"" }
      let change = status(map.actors[pair.source].id, map.actors[pair.target].id)
      switch change {
      case .kept: break
      case .added:
        attributes["color"] = "\"\(DrawingStyle.added)\""
        attributes["penwidth"] = "\"\(DOTText.number(width + 2))\""
      case .removed:
        attributes["color"] = "\"\(DrawingStyle.removed)\""
        attributes["style"] = "\"dashed\""
      }
      graph.titles["a\(pair.source)\(arrow)a\(pair.target)"] = tooltip
      graph.classes["tie-\(number)"] =
        "edge tie" + (pair.motive.map { " motive-" + DOTText.identifier($0.value) } ?? "")
        + (change == .kept ? "" : " " + change.rawValue)
      graph.attributes["tie-\(number)"] = [
        "data-source": actorIDs[pair.source], "data-target": actorIDs[pair.target],
      ]
      graph.lines.append("  a\(pair.source) \(arrow) a\(pair.target) [\(DOTGraph.attributes(attributes))]")
    }
  }

  // MARK: - Parts

  private static func focus(in map: PartnershipMap, options: DrawingOptions, warnings: inout [Diagnostic])
    throws(DrawingError) -> Int?
  {
    if let id = options.focus {
      guard let index = map.indexByID[id] else {
        throw .unknownFocus(
          id.rawValue, suggestion: Suggestion.nearest(to: id.rawValue, in: map.actors.map(\.id.rawValue)))
      }
      return index
    }
    guard options.layout == .rings else { return nil }
    if let school = map.actors.firstIndex(where: \.isSchool) { return school }
    warnings.append(
      .warning("no actor of type 'school'; the centre of the rings stays empty (choose one with --focus ID)"))
    return nil
  }

  /// Size factor per actor: 1 without `sizeBy`, else 0.8 ... 2 by the measure's range. Any
  /// measure the network has will do, extended ones too (computed by the table's analysis);
  /// actors the table does not cover (gone in a difference drawing) count as 0.
  private static func sizes(metrics: MetricsTable, measure: Measure?, map: PartnershipMap) throws(DrawingError)
    -> [Double]
  {
    guard let measure else { return Array(repeating: 1, count: map.actors.count) }
    let analysis = metrics.analysis
    guard let column = analysis.column(measure) else {
      throw .unknownSizeMetric(measure.rawValue, choices: analysis.measures(extended: true).map(\.rawValue))
    }
    let values = map.actors.map { actor in
      analysis.network.index(of: actor.id).map { column.value(at: $0) } ?? 0
    }
    let (low, high) = (values.min() ?? 0, values.max() ?? 0)
    return values.map { high > low ? 0.8 + 1.2 * ($0 - low) / (high - low) : 1.2 }
  }

  private static func tooltip(actor: ActorRecord, index: Int, metrics: MetricsTable, words: DrawingWords) -> String {
    let english = words.language == .en
    var text = actor.displayName == actor.id.rawValue ? actor.id.rawValue : "\(actor.displayName) (\(actor.id))"
    text += "\n\(english ? "role" : "rol"): \(words.role(actor.role))"
    if let type = actor.type { text += " · type: \(type)" }
    let shown: [Measure] = [.degree, .betweenness, .closeness, .harmonicCloseness]
    let values =
      shown.compactMap { measure -> String? in
        guard let value = metrics.value(measure, of: actor.id) else { return nil }
        if measure.isCount { return "\(measure.rawValue) \(Int64(exactly: value).map(String.init) ?? String(value))" }
        return "\(measure.rawValue) \(String(format: "%.3f", value))"
      }.joined(separator: " · ")
    return values.isEmpty ? text : text + "\n" + values
  }

  private static func tooltip(pair: DrawnTie, map: PartnershipMap, directed: Bool, words: DrawingWords) -> String {
    let names = "\(map.actors[pair.source].displayName) \(directed ? "→" : "–") \(map.actors[pair.target].displayName)"
    var parts = ["\(words.strength) \(DOTText.number(pair.strength))"]
    parts += pair.records[0].attributes.map { "\($0.key) \($0.value)" }
    if pair.records.count > 1 { parts.append("\(pair.records.count)×") }
    return names + "\n" + parts.joined(separator: " · ")
  }

  /// The direction on a ring farthest from its actors, for the ring's name.
  private static func quietestAngle(on ring: RingLayout.Ring, layout: RingLayout, map: PartnershipMap) -> Double {
    let angles = map.actors.indices.filter { index in
      index != layout.focus && map.actors[index].role == ring.role
    }.map { atan2(layout.positions[$0].y, layout.positions[$0].x) }.sorted()
    guard let first = angles.first, let last = angles.last else { return .pi / 2 }
    var best = (gap: first + 2 * .pi - last, angle: last + (first + 2 * .pi - last) / 2)
    for (a, b) in zip(angles, angles.dropFirst()) where b - a > best.gap {
      best = (b - a, a + (b - a) / 2)
    }
    return best.angle
  }

}
