import Foundation
import NetwerkkaartCore
import NetwerkkaartRender
import NetwerkkaartTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct MapDrawingTests {
  /// The generated DOT is pinned in `Tests/Fixtures/drawing/small.dot` (reviewed by hand; rewrite
  /// it with NETWERKKAART_UPDATE_GOLDEN=1 after an intended change, and review the diff).
  @Test func goldenDOT() throws {
    let map = try smallMap()
    let drawing = try MapDrawing(map: map, network: Network(map), options: DrawingOptions(title: "De Linde"))
    let golden = Fixture.directory.appendingPathComponent("drawing/small.dot")
    if ProcessInfo.processInfo.environment["NETWERKKAART_UPDATE_GOLDEN"] == "1" {
      try drawing.dot.write(to: golden, atomically: true, encoding: .utf8)
    }
    #expect(drawing.dot == (try String(contentsOf: golden, encoding: .utf8)))
  }

  @Test func samePositionsEveryTime() throws {
    let map = try smallMap()
    let first = try MapDrawing(map: map, network: Network(map))
    let second = try MapDrawing(map: map, network: Network(map))
    #expect(first.dot == second.dot)
  }

  /// One `node` group per actor, each titled with its label and metrics; the legend's words; one
  /// ring guide per role present; labels exactly as typed.
  @Test func svgStructure() throws {
    let map = try smallMap()
    let svg = try MapDrawing(map: map, network: Network(map)).svg()
    let document = try SVGDocument(svg)
    let actors = document.groups.filter { $0.classes.contains("node") }
    #expect(
      actors.map(\.id) == ["actor-school", "actor-zoco", "actor-clb", "actor-gemeente", "actor-lab", "actor-zo_"])
    // Dutch by default: the measure names and decimal commas of the tooltips are Dutch.
    #expect(actors[1].title.hasPrefix("Zorgcoördinator (zoco)\nrol: kern · type: schoolteam\ngraad 2 ·"))
    #expect(actors[1].title.contains(",") && !actors[1].title.contains("."))
    // Wrapped at a space onto lines of about 14 characters; no character changed or lost.
    #expect(actors[4].texts.joined(separator: " ") == "R&D \"lab\" <x> C:\\tmp")
    #expect(actors[5].texts == ["zoë"])
    // The school (type school) is inside the school boundary; the map has external partners too.
    #expect(actors[0].classes == ["node", "actor", "focus", "intern", "role-kern", "type-school"])
    let rings = document.groups.filter { $0.classes == ["ring"] }.map(\.id)
    #expect(rings == ["ring-kern", "ring-verankering", "ring-omkadering", "ring-context", "ring-geen-rol"])
    let ties = document.groups.filter { $0.classes.contains("tie") }
    #expect(ties.count == 5)
    #expect(ties[0].classes == ["edge", "tie", "motive-taak"])
    #expect(ties[0].title == "Basisschool De Linde – Zorgcoördinator\nsterkte 5 · motief taak")
    // The ties of smallMap (in Graphviz's order), each naming the actor groups it joins.
    let joined = Set(ties.map { [$0.source ?? "", $0.target ?? ""] })
    let expected: Set = [
      ["actor-school", "actor-zoco"], ["actor-zoco", "actor-clb"], ["actor-school", "actor-gemeente"],
      ["actor-clb", "actor-lab"], ["actor-school", "actor-zo_"],
    ]
    #expect(joined == expected)
    for word in [
      "Rollen", "kern", "verankering", "omkadering", "context", "geen rol", "taak", "relatie", "groei",
      "informeel of occasioneel", "sterkte 1", "sterkte 5", "focusschool",
    ] {
      #expect(document.texts.contains(word), "legend lacks \(word)")
    }
  }

  @Test func englishLegend() throws {
    let map = try smallMap()
    let svg = try MapDrawing(map: map, network: Network(map), options: DrawingOptions(language: .en)).svg()
    let texts = try SVGDocument(svg).texts
    for word in ["Roles", "core", "anchoring", "framing", "no role", "task", "relationship", "growth"] {
      #expect(texts.contains(word), "legend lacks \(word)")
    }
  }

  /// The ring layout puts the school at the centre and each role on its own circle, kern
  /// innermost; rings grow outward.
  @Test func ringsByRole() throws {
    let map = try smallMap()
    let sizes = map.actors.map { _ in RingLayout.Size(width: 1, height: 0.5) }
    let layout = RingLayout(map: map, network: Network(map), focus: 0, nodeSizes: sizes)
    #expect(layout.positions[0] == RingLayout.Point(x: 0, y: 0))
    #expect(layout.rings.map(\.role) == [.core, .anchoring, .framing, .context, nil])
    #expect(layout.rings.map(\.radius) == layout.rings.map(\.radius).sorted())
    for (index, actor) in map.actors.enumerated().dropFirst() {
      let radius = try #require(layout.rings.first { $0.role == actor.role }).radius
      let point = layout.positions[index]
      #expect(abs((point.x * point.x + point.y * point.y).squareRoot() - radius) < 0.002, "\(actor.id)")
    }
  }

  /// No two actors' nodes overlap on the example school's map.
  @Test func noOverlapsOnExample() throws {
    let map = try Fixture.loadExample("basisschool-de-linde")
    let sizes = map.actors.map { RingLayout.Size(width: Double($0.displayName.count) * 0.076 + 0.5, height: 0.5) }
    let layout = RingLayout(map: map, network: Network(map), focus: 0, nodeSizes: sizes)
    for a in map.actors.indices {
      for b in map.actors.indices where a < b {
        let (p, q) = (layout.positions[a], layout.positions[b])
        let overlapX = abs(p.x - q.x) < (sizes[a].width + sizes[b].width) / 2
        let overlapY = abs(p.y - q.y) < (sizes[a].height + sizes[b].height) / 2
        #expect(!(overlapX && overlapY), "\(map.actors[a].id) overlaps \(map.actors[b].id)")
      }
    }
  }

  @Test(arguments: [(ImageFormat.png, [0x89, 0x50, 0x4E, 0x47] as [UInt8]), (.pdf, Array("%PDF".utf8))])
  func binaryFormats(format: ImageFormat, magic: [UInt8]) throws {
    let map = try smallMap()
    let data = try MapDrawing(map: map, network: Network(map)).render(format)
    #expect(Array(data.prefix(magic.count)) == magic)
  }

  @Test(arguments: DrawingOptions.Layout.allCases)
  func everyLayoutRenders(layout: DrawingOptions.Layout) throws {
    let map = try smallMap()
    let svg = try MapDrawing(map: map, network: Network(map), options: DrawingOptions(layout: layout)).svg()
    #expect(try SVGDocument(svg).groups.filter { $0.classes.contains("node") }.count == map.actors.count)
  }

  /// Swift Testing runs these in parallel; the engine serialises Graphviz, so all agree.
  @Test(arguments: 0..<8)
  func parallelRendering(run: Int) throws {
    let map = try smallMap()
    let svg = try MapDrawing(map: map, network: Network(map)).svg()
    #expect(try SVGDocument(svg).groups.filter { $0.classes.contains("node") }.count == 6, "run \(run)")
  }

  @Test func sizeByAndColorBy() throws {
    let map = try smallMap()
    let options = DrawingOptions(colorBy: "type", sizeBy: .betweenness, labels: .number)
    let drawing = try MapDrawing(map: map, network: Network(map), options: options)
    // The school lies between most pairs: the largest node (2 × against 0.8 × for the actors on
    // no shortest path; the shapes differ, so only the order is compared).
    let widths = try map.actors.indices.map { index -> Double in
      let line = try #require(drawing.dot.split(separator: "\n").first { $0.hasPrefix("  a\(index) [") })
      let width = try #require(line.firstRange(of: ", width=\""))
      return try #require(Double(line[width.upperBound...].prefix { $0 != "\"" }))
    }
    #expect(widths[0] == widths.max())
    #expect(drawing.dot.contains("fillcolor=\"#E69F00\""))
    #expect(drawing.dot.contains("grootte = betweenness"))
  }

  @Test func requestsThatCannotBeMet() throws {
    let map = try smallMap()
    #expect(throws: DrawingError.unknownFocus("schol", suggestion: "school")) {
      try MapDrawing(map: map, network: Network(map), options: DrawingOptions(focus: "schol"))
    }
    #expect(throws: DrawingError.unknownColorAttribute("kleur", choices: ["role", "type"])) {
      try MapDrawing(map: map, network: Network(map), options: DrawingOptions(colorBy: "kleur"))
    }
    // An undirected, unweighted map has no in-degree; every other measure may size the actors.
    let choices = [
      "degree", "degree_centrality", "betweenness", "betweenness_normalized", "closeness", "harmonic_closeness",
      "effective_size", "efficiency", "constraint", "eigenvector", "pagerank", "core_number", "clustering",
    ]
    #expect(throws: DrawingError.unknownSizeMetric("in_degree", choices: choices)) {
      try MapDrawing(map: map, network: Network(map), options: DrawingOptions(sizeBy: .inDegree))
    }
    #expect(throws: Never.self) {
      try MapDrawing(map: map, network: Network(map), options: DrawingOptions(sizeBy: .constraint))
    }
  }

  /// A network or metrics table of another map is refused with a typed error, not a trap.
  @Test func partsOfAnotherMapAreRefused() throws {
    let map = try smallMap()
    let other = try PartnershipMap(
      actors: [ActorRecord(id: "x"), ActorRecord(id: "y")], ties: [TieRecord(source: "x", target: "y")])
    do {
      _ = try MapDrawing(map: map, network: Network(other))
      Issue.record("a network of another map must be refused")
    } catch {
      guard case .mismatch(let mismatch) = error else {
        Issue.record("expected a mismatch, got \(error)")
        return
      }
      #expect(mismatch.part == .network)
      #expect(mismatch.firstDifference?.mapID == map.actors[0].id)
      #expect(mismatch.firstDifference?.otherID == "x")
    }
    #expect(throws: DrawingError.self) {
      try MapDrawing(map: map, network: Network(map), metrics: MetricsTable(Network(other)))
    }
  }

  /// Graphviz's own messages come back as Swift errors, never as stray text.
  @Test func graphvizErrorsBecomeSwiftErrors() {
    #expect(throws: RenderError.self) {
      try GraphvizEngine.shared.render(dot: "graph { a -- ", engine: "neato", format: "svg")
    }
    do {
      _ = try GraphvizEngine.shared.render(dot: "graph { a }", engine: "nosuchengine", format: "svg")
      Issue.record("an unknown engine must fail")
    } catch {
      #expect(error.description.contains("nosuchengine"))
    }
    do {
      _ = try GraphvizEngine.shared.render(dot: "graph { a }", engine: "dot", format: "nosuchformat")
      Issue.record("an unknown format must fail")
    } catch {
      #expect(error.description.contains("nosuchformat"))
    }
    // A later good render is not spoiled by the earlier errors.
    #expect((try? GraphvizEngine.shared.render(dot: "graph { a -- b }", engine: "dot", format: "svg")) != nil)
  }

  @Test func warningsAreReturned() throws {
    let rendered = try GraphvizEngine.shared.render(dot: "graph { a [shape=blah] }", engine: "dot", format: "svg")
    #expect(rendered.warnings.contains { $0.contains("unknown shape blah") })
  }
}

/// The school boundary: exactly the actors whose `intern` is `ja` in De Linde's actors.csv (the
/// school and its eight team members, counted by hand) carry the class `intern` and the thick
/// black outline; the legend names it.
@Suite struct SchoolBoundaryTests {
  @Test func internalActorsAreOutlined() throws {
    let map = try Fixture.loadExample("basisschool-de-linde")
    let svg = try MapDrawing(map: map, network: Network(map)).svg()
    let document = try SVGDocument(svg)
    let marked = document.groups.filter { $0.classes.contains("actor") && $0.classes.contains("intern") }.map(\.id)
    #expect(
      Set(marked)
        == [
          "actor-school", "actor-directeur", "actor-zoco", "actor-beleid", "actor-ict", "actor-wg-lezen",
          "actor-kleuter", "actor-lager", "actor-wg-stem",
        ])
    #expect(document.texts.contains("binnen de school (intern)"))
    #expect(svg.components(separatedBy: "stroke=\"#000000\" stroke-width=\"2.5\"").count - 1 >= 9)
  }
}

/// The legend read in grey: colour is not needed to tell roles or motives apart.
@Suite struct GreyLegendTests {
  /// Every role swatch of the legend has a different shape (ellipse, box, hexagon, octagon, double
  /// octagon: told apart by the element and its number of corners), every motive line a different
  /// dash pattern, and the fills, turned to grey (Rec. 709 luma), are not all that tells them apart.
  @Test func legendWorksInGrey() throws {
    let map = try Fixture.loadExample("basisschool-de-linde")
    let svg = try MapDrawing(map: map, network: Network(map)).svg()
    func group(_ id: String) -> Substring? {
      // Graphviz writes the hyphens of ids as `&#45;`.
      let escaped = id.replacingOccurrences(of: "-", with: "&#45;")
      guard let start = svg.range(of: "<g id=\"\(escaped)\"") else { return nil }
      let end = svg[start.upperBound...].range(of: "</g>")?.lowerBound ?? svg.endIndex
      return svg[start.lowerBound..<end]
    }
    // Rows 1...6 of the legend: focusschool, kern, verankering, omkadering, context, geen rol.
    let shapes = try (1...6).map { row -> String in
      let sample = try #require(group("legend-\(row)-sample"), "row \(row)")
      if sample.contains("<ellipse") { return "ellipse" }
      let polygons = sample.components(separatedBy: "<polygon").dropFirst()
      let corners = polygons.first.map { $0.split(separator: " ").count - 1 } ?? 0
      return "polygon \(polygons.count)x\(corners)"
    }
    // The focus and geen rol share nothing with the others; kern and geen rol are both ellipses
    // and differ by fill (orange against light grey: luma 0.64 against 0.87).
    #expect(Set(shapes.dropLast()).count == 5, "\(shapes)")
    #expect(shapes[1] == "ellipse" && shapes[5] == "ellipse")
    // The rows of taak, relatie and groei, found by their text.
    let document = try SVGDocument(svg)
    let rows = try ["taak", "relatie", "groei"].map { word in
      try #require(document.groups.first { $0.id.hasPrefix("legend-") && $0.texts == [word] }?.id)
    }
    let dashes = try rows.map { row -> String in
      let line = try #require(group(row + "-line"), "\(row)")
      return line.firstRange(of: "stroke-dasharray=\"")
        .map { String(line[$0.upperBound...].prefix { $0 != "\"" }) } ?? "solid"
    }
    #expect(Set(dashes).count == 3, "\(dashes)")
  }
}
