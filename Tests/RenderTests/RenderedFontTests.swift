import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartRender

/// The legend's and the key's texts fit their boxes in the face Graphviz sets PNG and PDF in.
///
/// Each such text is a fixed-size node as wide as the layout measured it. Graphviz itself, asked
/// to size the same text in the drawing's font (a node that is not fixed), measures it with the
/// face its PNG and PDF renderer (pango) will draw: that width must not exceed the box. With
/// `fontname="Helvetica"` Graphviz's pango plugin took DejaVu Sans on Debian, about 7 % wider
/// than the boxes, and the longest key text of Atheneum-Zuid ran over the right edge of the A4
/// page.
@Suite struct RenderedFontTests {
  /// A fixed-size text node of a drawing: its DOT label (quoted) and font size, and its width.
  struct TextBox {
    let name: String
    let quotedLabel: String
    let fontSize: String
    let width: Double
  }

  /// The fixed-size plain-text nodes (legend, key) of a DOT text.
  static func textBoxes(in dot: String, defaultFontSize: String) -> [TextBox] {
    dot.split(separator: "\n").compactMap { line -> TextBox? in
      guard line.contains("shape=\"plaintext\""), line.contains("fixedsize=\"true\""),
        let name = line.split(separator: " ").first(where: { !$0.isEmpty }),
        let label = line.firstMatch(of: /label=("(?:[^"\\]|\\.)*")/)?.1,
        let width = line.firstMatch(of: /width="([0-9.]+)"/).flatMap({ Double($0.1) })
      else { return nil }
      let fontSize = line.firstMatch(of: /fontsize="([0-9.]+)"/).map { String($0.1) } ?? defaultFontSize
      return TextBox(name: String(name), quotedLabel: String(label), fontSize: fontSize, width: width)
    }
  }

  /// The value of a quoted attribute in the drawing's default `node [...]` line.
  static func nodeDefault(_ attribute: String, in dot: String) -> String? {
    guard let line = dot.split(separator: "\n").first(where: { $0.hasPrefix("  node [") }) else { return nil }
    let pattern = try? Regex<(Substring, Substring)>("\(attribute)=\"([^\"]*)\"")
    return pattern.flatMap { line.firstMatch(of: $0) }.map { String($0.1) }
  }

  /// Graphviz's own width (inches) of every text box, from a layout of unfixed nodes in `font`.
  static func graphvizWidths(_ boxes: [TextBox], font: String) throws -> [String: Double] {
    // Width and height 0.01 in: a node is never smaller than these (default 0.75 × 0.5 in).
    var dot =
      "graph {\n  node [shape=\"plaintext\", margin=\"0\", width=\"0.01\", height=\"0.01\", fontname=\"\(font)\"]\n"
    for box in boxes { dot += "  \(box.name) [label=\(box.quotedLabel), fontsize=\"\(box.fontSize)\"]\n" }
    dot += "}\n"
    let plain = String(
      decoding: try GraphvizEngine.shared.render(dot: dot, engine: "dot", format: "plain").data, as: UTF8.self)
    var widths: [String: Double] = [:]
    for line in plain.split(separator: "\n") where line.hasPrefix("node ") {
      let fields = line.split(separator: " ")
      if fields.count > 4, let width = Double(fields[4]) { widths[String(fields[1])] = width }
    }
    return widths
  }

  @Test(arguments: [
    ("secundaire-school-atheneum-zuid", "a4"), ("secundaire-school-atheneum-zuid", "column"),
    ("basisschool-de-linde", "a4"), ("basisschool-de-linde", "column"),
  ])
  func textsFitTheirBoxes(example: String, paper: String) throws {
    let map = try Fixture.loadExample(example)
    let options = DrawingOptions(language: .en, paper: try #require(PaperSize(parsing: paper)))
    let dot = try MapDrawing(map: map, network: Network(map), options: options).dot
    let font = try #require(Self.nodeDefault("fontname", in: dot))
    let size = try #require(Self.nodeDefault("fontsize", in: dot))
    let boxes = Self.textBoxes(in: dot, defaultFontSize: size)
    #expect(boxes.contains { $0.name.hasPrefix("key") } && boxes.contains { $0.name.hasPrefix("legend") })
    let measured = try Self.graphvizWidths(boxes, font: font)
    #expect(measured.count == boxes.count)
    for box in boxes {
      let width = try #require(measured[box.name])
      // Graphviz rounds a node's size to whole points (1/72 in).
      #expect(
        width <= box.width + 1.0 / 72, "\(box.name) \(box.quotedLabel): Graphviz \(width) in, box \(box.width) in")
    }
  }

  /// The face found here has Helvetica's widths, so a PNG gets no font warning (``FontCheck``).
  @Test func noFontWarningWhereAFaceWithHelveticasWidthsIsInstalled() throws {
    let measured = try #require(FontCheck.measuredWidth(engine: .shared))
    // Liberation Sans and Nimbus Sans: within 2 % of the AFM widths (without the allowance).
    let afm = TextMetrics.width(FontCheck.sample, pointSize: FontCheck.pointSize) / TextMetrics.hinting
    #expect(abs(measured / afm - 1) < 0.02, "Graphviz measured \(measured) in, Helvetica's AFM \(afm) in")
    #expect(FontCheck.warning(engine: .shared) == nil)
  }
}
