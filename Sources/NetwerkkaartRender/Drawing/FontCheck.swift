/// Whether the face Graphviz sets PNG and PDF text in is as narrow as the layout assumes.
///
/// Legend, key and node texts are boxes exactly as wide as ``TextMetrics`` says (Helvetica's
/// widths with its hinting allowance). Graphviz renders PNG and PDF itself, with the face that
/// fontconfig finds for ``TextMetrics/fontFamily`` on this machine; a machine without a face of
/// Helvetica's widths (Liberation Sans, Nimbus Sans, Arial) falls back to a wider one such as
/// DejaVu Sans, and the longest texts run over their boxes. Graphviz measures a text with that
/// same face when it lays out a node that is not fixed in size, so one such node tells:
///
/// ```
/// wider = Graphviz's width of sample > TextMetrics.width(sample)
/// ```
///
/// SVG is not affected: the browser that shows it picks its own Arial or Helvetica.
enum FontCheck {
  /// A long text in the words and letters of a key (capitals, digits, a comma, wide letters).
  static let sample = "25 Universiteit, vakgroep Vakdidactiek Wetenschappen (WMO) 0123456789"

  /// The size the sample is measured at, in points.
  static let pointSize = 8.0

  /// The sample's width in inches as Graphviz measures it in ``TextMetrics/fontFamily``, or nil
  /// when Graphviz's answer cannot be read.
  static func measuredWidth(engine: GraphvizEngine) -> Double? {
    let dot =
      "graph { node [shape=\"plaintext\", margin=\"0\", fontname=\(DOTText.quoted(TextMetrics.fontFamily)), "
      + "fontsize=\"\(DOTText.number(pointSize))\"]; sample [label=\(DOTText.quoted(sample))] }"
    guard let output = try? engine.render(dot: dot, engine: "dot", format: "plain") else { return nil }
    // Graphviz's plain format: `node NAME X Y WIDTH HEIGHT LABEL ...`, sizes in inches.
    let line = String(decoding: output.data, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("node ") }
    guard let fields = line?.split(separator: " "), fields.count > 4 else { return nil }
    return Double(fields[4])
  }

  /// ``warning(engine:)`` for the shared engine, measured once per process: the fonts do not
  /// change while it runs, and each Graphviz layout costs time (and `dot` a few bytes).
  static let onThisMachine: String? = warning(engine: .shared)

  /// A warning when Graphviz's face is wider than the layout assumed, else nil.
  static func warning(engine: GraphvizEngine) -> String? {
    guard let measured = measuredWidth(engine: engine) else { return nil }
    let assumed = TextMetrics.width(sample, pointSize: pointSize)
    guard measured > assumed else { return nil }
    let percent = Int.bounded(((measured / assumed * TextMetrics.hinting - 1) * 100).rounded(), in: 0...1_000)
    return "the font for PNG and PDF (\(TextMetrics.fontFamily)) is \(percent) % wider than Helvetica on this "
      + "machine, so long texts can run over their boxes and the page; install a font with Helvetica's widths "
      + "(apt-get install fonts-liberation), or write SVG"
  }
}
