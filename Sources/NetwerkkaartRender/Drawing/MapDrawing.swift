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
/// tie width from strength, lighter ties for informal or occasional ties, tie colour and dash
/// pattern by motive (taak, relatie, groei) when the ties have a `motief` column, node size from a metric
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
  /// The rings layout fitted to the paper (labels, node sizes, positions); `nil` for Graphviz's
  /// own layouts. The editor page (``EditorPage``) starts from it.
  let composition: RingComposition?
  /// Tooltip text for each Graphviz node and edge name, for the SVG `<title>` elements.
  private let titles: [String: String]
  /// CSS classes for each SVG group id.
  private let classes: [String: String]
  /// Further attributes for each SVG group id (a tie's `data-source` and `data-target`).
  private let attributes: [String: [String: String]]
  /// The SVG group id of each actor (`actor-` and its id made safe for CSS), in map order.
  public let actorIDs: [String]
  /// Where every actor sits in the rings layout, with its band and sector: what
  /// `draw --save-positions` writes, to be given back as ``DrawingOptions/positions`` for the
  /// next wave. `nil` for Graphviz's own layouts, whose positions are known only after rendering.
  public let positions: ActorPositions?

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
        .worded(.warning, .circoIsSlow, map.actors.count))
    }
    let fixed = try Self.fixedPositions(map: map, focus: focus, options: options, warnings: &warnings)
    let scale = try Self.sizes(metrics: metrics, measure: options.sizeBy, map: map)
    let colouring = try Colouring(map: map, attribute: options.colorBy)
    let ties = DrawnTie.all(map: map, network: network)
    let strengths = ties.map(\.strength)
    // The school boundary (intern/extern, as analyse and compare draw it): a thick dark outline.
    let boundary = ActorPartition(map, by: .schoolBoundary)
    let isInternal = map.actors.indices.map { boundary.groups[boundary.groupOfActor[$0]] == "intern" }
    let marksInternal = isInternal.contains(true) && isInternal.contains(false)
    let legend = Legend(
      map: map, ties: ties, words: words, colouring: colouring, options: options, hasFocus: focus != nil,
      showsChanges: changes != nil, strengths: strengths.min().flatMap { low in strengths.max().map { low...$0 } },
      marksInternal: marksInternal)
    let shapes = map.actors.indices.map {
      $0 == focus ? DrawingStyle.focus.shape : DrawingStyle.role(map.actors[$0].role).shape
    }
    let composition =
      options.layout == .rings
      ? RingComposition(
        map: map, network: network, focus: focus, shapes: shapes, scale: scale, legend: legend, options: options,
        words: words, title: options.title, fixed: fixed) : nil
    let labels =
      composition?.labels
      ?? LabelFitting.labels(map.actors.map(\.displayName), mode: options.labels == .auto ? .full : options.labels)
    if let composition {
      Self.noteFitting(composition, options: options, warnings: &warnings)
    }
    self.composition = composition

    var graph = DOTGraph()
    let kind = network.isDirected ? "digraph" : "graph"
    graph.lines.append("\(kind) \(DOTText.quoted(options.title ?? "netwerkkaart")) {")
    let pointSize = options.fontSize
    var graphAttributes = [
      "fontname": DOTText.quoted(TextMetrics.fontFamily),
      "fontsize": "\"\(DOTText.number(pointSize * RingComposition.titleScale))\"",
      "pad": "\"\(DOTText.number(RingComposition.pad))\"", "labelloc": "\"t\"", "labeljust": "\"l\"",
      "outputorder": "\"edgesfirst\"", "bgcolor": "\"white\"",
    ]
    if let composition {
      graphAttributes["notranslate"] = "\"true\""
      graphAttributes["size"] =
        "\"\(DOTText.number(composition.paper.width - 2 * RingComposition.pad)),"
        + "\(DOTText.number(composition.paper.height - 2 * RingComposition.pad))\""
      graphAttributes["_background"] = DOTText.quoted(BandBackground.xdot(composition.layout))
      if let title = options.title { graphAttributes["label"] = DOTText.quoted(title) }
    } else {
      let paper = options.paper.oriented(forAspect: Self.graphvizAspect)
      graphAttributes["size"] = "\"\(DOTText.number(paper.width)),\(DOTText.number(paper.height))\""
      graphAttributes["overlap"] = "\"false\""
      // Spline routing around nodes is quadratic in neato, fdp and sfdp (minutes for 500 actors);
      // only dot routes splines cheaply.
      graphAttributes["splines"] = options.layout == .dot ? "\"true\"" : "\"false\""
      graphAttributes["label"] = legend.html(title: options.title)
      if options.layout == .twopi, let focus { graphAttributes["root"] = "\"a\(focus)\"" }
    }
    graph.lines.append("  graph [\(DOTGraph.attributes(graphAttributes))]")
    graph.lines.append(
      "  node [fontname=\(DOTText.quoted(TextMetrics.fontFamily)), fontsize=\"\(DOTText.number(pointSize))\", style=\"filled\", color=\"#4D4D4D\", "
        + "penwidth=\"1\", margin=\"\(DOTText.number(NodeSizing.margin.x)),\(DOTText.number(NodeSizing.margin.y))\"]")
    graph.lines.append("  edge [penwidth=\"1\", color=\"#8C8C8C\", arrowsize=\"0.7\"]")
    if let composition { Self.addBandNames(composition.layout, words: words, pointSize: pointSize, to: &graph) }
    var actorIDs: [String] = []
    for (index, actor) in map.actors.enumerated() {
      let tooltip = Self.tooltip(actor: actor, index: index, metrics: metrics, words: words)
      actorIDs.append(
        Self.addActor(
          index, actor, label: labels[index], isFocus: index == focus, isInternal: marksInternal && isInternal[index],
          scale: scale[index],
          placed: composition.map { ($0.layout.positions[index], $0.sizes[index]) },
          colour: colouring.colour(of: actor), tooltip: tooltip,
          status: changes?.status(ofActor: actor.id) ?? .kept, to: &graph))
    }
    Self.addTies(
      ties, map: map, directed: network.isDirected, words: words, actorIDs: actorIDs, routing: composition,
      status: { changes?.status(ofTieFrom: $0, to: $1) ?? .kept }, to: &graph)
    if let composition {
      let placed = legend.nodes(
        left: composition.legendOrigin.x, top: composition.legendOrigin.y, pointSize: pointSize,
        directed: network.isDirected, twoColumns: composition.legendInTwoColumns,
        narrow: composition.legendIsNarrow)
      graph.lines += placed.statements
      for id in placed.ids { graph.classes[id] = "legend" }
      if let key = composition.key {
        let keyed = key.table.nodes(left: key.origin.x, top: key.origin.y, lines: key.lines)
        graph.lines += keyed.statements
        for id in keyed.ids { graph.classes[id] = "key" }
      }
      // Two invisible corners, so that Graphviz's bounding box holds the bands drawn behind.
      let r = composition.radius * 72
      for (index, corner) in [(-r, -r), (r, r)].enumerated() {
        graph.node(
          "frame\(index)", id: "frame-\(index)", classes: "frame", title: "",
          [
            "shape": "\"point\"", "style": "\"invis\"", "width": "\"0.01\"",
            "pos": "\"\(DOTText.number(corner.0)),\(DOTText.number(corner.1))\"",
          ])
      }
    }
    graph.lines.append("}")

    self.dot = graph.lines.joined(separator: "\n") + "\n"
    self.titles = graph.titles
    self.classes = graph.classes
    self.attributes = graph.attributes
    self.actorIDs = actorIDs
    self.warnings = warnings
    self.focus = focus
    self.positions = composition.map { ActorPositions(layout: $0.layout, map: map) }
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
    var text = dot
    if format == .png, let firstLine = text.firstIndex(of: "\n") {
      text.insert(contentsOf: "\n  graph [dpi=\"\(DOTText.number(options.dpi))\"]", at: firstLine)
    }
    let engineOutput = try engine.render(dot: text, engine: options.layout.engine, format: format.rawValue)
    var warnings = engineOutput.warnings.filter { !Self.isSizedOnPurpose($0) }
    if format == .png || format == .pdf, let font = FontCheck.onThisMachine { warnings.append(font) }
    let rendered = RenderedGraph(data: engineOutput.data, warnings: warnings)
    guard format == .svg else { return rendered }
    let svg = String(decoding: rendered.data, as: UTF8.self)
    return RenderedGraph(
      data: Data(SVGFinishing.finish(svg, titles: titles, classes: classes, attributes: attributes).utf8),
      warnings: rendered.warnings)
  }

  /// Whether a Graphviz warning is about a legend or key text that is sized on purpose: those
  /// nodes are exactly as wide as their text by Helvetica's metrics (``TextMetrics``), which
  /// Graphviz's own measure of the font (hinted) may find a little wider; the text is drawn whole
  /// all the same.
  static func isSizedOnPurpose(_ warning: String) -> Bool {
    warning.contains("size too small for label")
      && (warning.contains("node 'legend") || warning.contains("node 'key"))
  }

  /// Above this many actors Graphviz's circo takes minutes.
  static let largeForCirco = 200

  // MARK: - Graph parts

  /// The name of each band, in the band, as a plain text node (its id `ring-kern`, class `ring`).
  private static func addBandNames(
    _ rings: RingLayout, words: DrawingWords, pointSize: Double, to graph: inout DOTGraph
  ) {
    for (index, ring) in rings.rings.enumerated() {
      guard let position = ring.labelPosition else { continue }
      let name = words.role(ring.role)
      let slug = DOTText.identifier(ring.role?.rawValue ?? "geen-rol")
      graph.node(
        "ring\(index)", id: "ring-\(slug)", classes: "ring", title: name,
        [
          "shape": "\"plaintext\"", "style": "\"\"", "label": DOTText.quoted(name), "fontcolor": "\"#333333\"",
          "width": "\"0.01\"", "height": "\"0.01\"", "margin": "\"0\"",
          "pos": "\"\(DOTText.number(position.x * 72)),\(DOTText.number(position.y * 72))\"",
          "tooltip": DOTText.quoted(name),
        ])
    }
  }

  /// Says when the labels had to give way: shortened or numbered by `auto`, or printed below the
  /// requested size because even numbers do not fit the paper.
  private static func noteFitting(_ composition: RingComposition, options: DrawingOptions, warnings: inout [Diagnostic])
  {
    let paper = options.paper.name
    if options.labels == .auto && composition.mode != .full {
      var note = Diagnostic(
        .note,
        "full labels do not fit \(paper) at \(DOTText.number(options.fontSize)) pt; the nodes show "
          + (composition.mode == .short
            ? "shortened labels (--labels short)" : "numbers with a key (--labels number)")
          + "; choose a larger --size or a smaller --font-size for full labels")
      note.dutch =
        "volledige namen passen niet op \(paper) in \(DOTText.number(options.fontSize)) pt; de knopen tonen "
        + (composition.mode == .short
          ? "ingekorte namen (--labels short)" : "nummers met een sleutel (--labels number)")
        + "; kies een grotere --size of een kleinere --font-size voor volledige namen"
      warnings.append(note)
    }
    if composition.fit < 1 - 1e-9 {
      let printed = options.fontSize * composition.fit
      warnings.append(
        .warning(
          "the drawing does not fit \(paper) with \(DOTText.number(options.fontSize)) pt labels; they print at "
            + "\(DOTText.number((printed * 10).rounded() / 10)) pt"
            + (printed < DrawingOptions.smallestFontSize
              ? ", below the legible \(DOTText.number(DrawingOptions.smallestFontSize)) pt" : "")
            + "; choose a larger --size"
            + (options.labels == .auto || options.labels == .number ? "" : " or --labels number"),
          dutch: "de tekening past niet op \(paper) met namen in \(DOTText.number(options.fontSize)) pt; ze worden "
            + "gedrukt in \(DOTText.number((printed * 10).rounded() / 10)) pt"
            + (printed < DrawingOptions.smallestFontSize
              ? ", onder de leesbare \(DOTText.number(DrawingOptions.smallestFontSize)) pt" : "")
            + "; kies een grotere --size"
            + (options.labels == .auto || options.labels == .number ? "" : " of --labels number")))
    }
  }

  /// The aspect (width over height) assumed for Graphviz's own layouts when turning the paper.
  static let graphvizAspect = 1.4

  /// One actor: shape and colour by role (or `--color-by`), size by `--size-by`, pinned on the rings.
  private static func addActor(
    _ index: Int, _ actor: ActorRecord, label: String, isFocus: Bool, isInternal: Bool, scale: Double,
    placed: (position: RingLayout.Point, size: RingLayout.Size)?,
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
    if isInternal {
      attributes["color"] = "\"\(DrawingStyle.internalOutline.colour)\""
      attributes["penwidth"] = "\"\(DOTText.number(DrawingStyle.internalOutline.width))\""
    }
    if let placed {
      // Rings: the size the layout made room for, fixed, at a position in points.
      attributes["fixedsize"] = "\"true\""
      // Graphviz draws a second outline 4 pt outside the size it is given.
      let outline = style.shape == "doubleoctagon" ? 8.0 / 72 : 0
      attributes["width"] = "\"\(DOTText.number(placed.size.width - outline))\""
      attributes["height"] = "\"\(DOTText.number(placed.size.height - outline))\""
      attributes["pos"] = "\"\(DOTText.number(placed.position.x * 72)),\(DOTText.number(placed.position.y * 72))\""
    } else if scale != 1 {
      attributes["width"] = "\"\(DOTText.number(0.75 * scale))\""
      attributes["height"] = "\"\(DOTText.number(0.5 * scale))\""
    }
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
      ["node", "actor"] + (isFocus ? ["focus"] : []) + (isInternal ? ["intern"] : [])
      + ["role-\(actor.role?.rawValue ?? "geen")"]
      + (actor.type.map { ["type-" + DOTText.identifier($0)] } ?? []) + (status == .kept ? [] : [status.rawValue])
    graph.node("a\(index)", id: id, classes: classes.joined(separator: " "), title: tooltip, attributes)
    return id
  }

  /// One tie per pair (``DrawnTie``, styled from all its records): width from strength, lighter
  /// when loose, colour and dash pattern by motive, routed clear of other actors on the rings
  /// (``TieRouting``), marked when it
  /// changed between waves; in SVG its `data-source` and `data-target` name the SVG ids of the
  /// actors it joins.
  private static func addTies(
    _ ties: [DrawnTie], map: PartnershipMap, directed: Bool, words: DrawingWords, actorIDs: [String],
    routing: RingComposition?, status: (ActorID, ActorID) -> ChangeStatus, to graph: inout DOTGraph
  ) {
    let strengths = ties.map(\.strength)
    let (low, high) = (strengths.min() ?? 1, strengths.max() ?? 1)
    let arrow = directed ? "->" : "--"
    for (number, pair) in ties.enumerated() {
      let strength = pair.strength
      let width = DrawingStyle.tieWidth(strength, low: low, high: high)
      let tooltip = Self.tooltip(pair: pair, map: map, directed: directed, words: words)
      let colour = DrawingStyle.motiveColor(pair.motive)
      var attributes = [
        "id": "\"tie-\(number)\"", "penwidth": "\"\(DOTText.number(width))\"",
        "color": "\"\(pair.isLoose ? DrawingStyle.lighter(colour) : colour)\"",
        "tooltip": DOTText.quoted(tooltip),
      ]
      let style = DrawingStyle.motiveStyle(pair.motive)
      if style != "solid" { attributes["style"] = "\"\(style)\"" }
      if let routing {
        attributes["pos"] = DOTText.quoted(routing.pos(from: pair.source, to: pair.target, arrow: directed))
      }
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

  /// The actors that keep their saved place (``DrawingOptions/positions``), checked against the
  /// map; the check's notes become warnings of the drawing.
  private static func fixedPositions(
    map: PartnershipMap, focus: Int?, options: DrawingOptions, warnings: inout [Diagnostic]
  ) throws(DrawingError) -> [Int: RingLayout.Point] {
    guard let positions = options.positions else { return [:] }
    guard options.layout == .rings else {
      warnings.append(
        .worded(.warning, .positionsNeedRingsLayout, "\(options.layout)"))
      return [:]
    }
    let check = PositionCheck(positions, map: map, focus: focus)
    guard check.isUsable else { throw .positions(check.diagnostics) }
    warnings += check.diagnostics
    return check.fixed
  }

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
    if let school = map.actors.firstIndex(where: \.isSchool) { return school }
    guard options.layout == .rings else { return nil }
    warnings.append(
      .worded(.warning, .noSchoolActor))
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
    let language = words.language
    var text = actor.displayName == actor.id.rawValue ? actor.id.rawValue : "\(actor.displayName) (\(actor.id))"
    text += "\n\(language.word(.role)): \(words.role(actor.role))"
    if let type = actor.type { text += " · type: \(type)" }
    let shown: [Measure] = [.degree, .betweenness, .closeness, .harmonicCloseness]
    let values =
      shown.compactMap { measure -> String? in
        guard let value = metrics.value(measure, of: actor.id) else { return nil }
        let name = measure.name(in: language)
        if measure.isCount { return "\(name) \(Int64(exactly: value).map(String.init) ?? String(value))" }
        // A decimal comma in Dutch, as every human format (Docs/Glossary.md).
        return "\(name) \(String(format: "%.3f", value))".replacingOccurrences(
          of: ".", with: language == .nl ? "," : ".")
      }.joined(separator: " · ")
    return values.isEmpty ? text : text + "\n" + values
  }

  private static func tooltip(pair: DrawnTie, map: PartnershipMap, directed: Bool, words: DrawingWords) -> String {
    let names = "\(map.actors[pair.source].displayName) \(directed ? "→" : "–") \(map.actors[pair.target].displayName)"
    var parts = ["\(words.strength) \(DOTText.number(pair.strength))"]
    parts += pair.records[0].attributes.map { key, value in
      // English readers see a codebook column and a value of its closed list in English
      // (`form hybrid`); free text and other columns stay as recorded.
      guard words.language == .en, let field = Codebook.partnership.field(named: key, in: .ties) else {
        return "\(key) \(value)"
      }
      let shown = field.isClosedList ? field.normalised(value)?.english ?? value : value
      return "\(field.aliases.first ?? field.name) \(shown)"
    }
    if pair.records.count > 1 { parts.append("\(pair.records.count)×") }
    return names + "\n" + parts.joined(separator: " · ")
  }

}
