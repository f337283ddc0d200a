import NetwerkkaartCore

/// The legend drawn into the image: what the node colours and shapes mean, and what the ties'
/// colours, dash patterns, lightness and widths mean.
///
/// It is made to be read in grey and by colour-blind readers: every role's swatch is drawn in
/// the role's own shape (the shapes differ, not only the fills); every motive has its own dash
/// pattern as well as its colour (``DrawingStyle/motiveStyle(_:)``); loose ties are lighter; tie
/// width has a key with the map's weakest and strongest summed strength.
///
/// On the rings map the legend is made of ordinary nodes and edges pinned beside or below the
/// bands (``nodes(left:top:pointSize:directed:)``), sized from the font size with
/// ``TextMetrics``; with Graphviz's own layouts, whose positions are not known beforehand, it is
/// an HTML-like graph label (``html``).
struct Legend {
  let rows: [Row]

  /// One line of the legend.
  enum Row: Equatable {
    case heading(String)
    /// A node sample in a shape and fill, and what it means.
    case shape(shape: String, fill: String, text: String)
    /// A line sample in a colour, style (`solid`, `dashed`, `dotted`) and width, and what it means.
    case line(colour: String, style: String, width: Double, text: String)
    /// The school boundary: a white sample with the thick dark outline of internal actors.
    case boundary(String)
    case note(String)

    /// The row's words.
    var text: String {
      switch self {
      case .heading(let text), .note(let text), .boundary(let text): text
      case .shape(_, _, let text), .line(_, _, _, let text): text
      }
    }
  }

  init(
    map: PartnershipMap, ties: [DrawnTie], words: DrawingWords, colouring: Colouring, options: DrawingOptions,
    hasFocus: Bool, showsChanges: Bool = false, strengths: ClosedRange<Double>? = nil, marksInternal: Bool = false
  ) {
    let motives = Set(ties.map(\.motive))
    var rows: [Row] = []
    let roles = Set(map.actors.map(\.role))
    let presentRoles: [ActorRole?] = (ActorRole.allCases.map { $0 } + [nil]).filter { roles.contains($0) }
    if let attribute = colouring.attribute {
      rows.append(.heading(attribute))
      rows += colouring.categories.map { .shape(shape: "box", fill: $0.colour, text: $0.value) }
      rows.append(.heading(words.roles))
      if hasFocus { rows.append(.shape(shape: DrawingStyle.focus.shape, fill: "#FFFFFF", text: words.focus)) }
      rows += presentRoles.map { .shape(shape: DrawingStyle.role($0).shape, fill: "#FFFFFF", text: words.role($0)) }
    } else {
      rows.append(.heading(words.roles))
      if hasFocus {
        rows.append(.shape(shape: DrawingStyle.focus.shape, fill: DrawingStyle.focus.fill, text: words.focus))
      }
      rows += presentRoles.map {
        .shape(shape: DrawingStyle.role($0).shape, fill: DrawingStyle.role($0).fill, text: words.role($0))
      }
    }
    if marksInternal { rows.append(.boundary(words.insideSchool)) }
    rows.append(.heading(words.ties))
    for motive in DrawingStyle.motives where motives.contains(motive) {
      rows.append(
        .line(
          colour: DrawingStyle.motiveColor(motive), style: DrawingStyle.motiveStyle(motive), width: 1.5,
          text: words.motive(motive)))
    }
    if motives.contains(nil) {
      rows.append(
        .line(
          colour: DrawingStyle.motiveColor(nil), style: DrawingStyle.motiveStyle(nil), width: 1.5, text: words.noMotive)
      )
    }
    if ties.contains(where: \.isLoose) {
      rows.append(.line(colour: DrawingStyle.lighter("#4D4D4D"), style: "solid", width: 1.5, text: words.loose))
    }
    if let strengths {
      if strengths.lowerBound < strengths.upperBound {
        rows.append(
          .line(
            colour: "#4D4D4D", style: "solid", width: DrawingStyle.minimumTieWidth,
            text: "\(words.strength) \(DOTText.number(strengths.lowerBound))"))
        rows.append(
          .line(
            colour: "#4D4D4D", style: "solid", width: DrawingStyle.maximumTieWidth,
            text: "\(words.strength) \(DOTText.number(strengths.upperBound))"))
      } else {
        rows.append(
          .line(
            colour: "#4D4D4D", style: "solid", width: DrawingStyle.equalTieWidth,
            text: "\(words.strength) \(DOTText.number(strengths.lowerBound))"))
      }
    } else {
      rows.append(.note(words.width))
    }
    if let metric = options.sizeBy { rows.append(.note(words.size(metric.rawValue))) }
    if showsChanges {
      rows += [
        .heading(words.changes),
        .line(colour: DrawingStyle.added, style: "solid", width: 3, text: words.added),
        .line(colour: DrawingStyle.removed, style: "dashed", width: 1.5, text: words.removed),
      ]
    }
    self.rows = rows
  }

  // MARK: - Pinned nodes (rings)

  /// The rows in one column, or in two (node rows, then tie rows) side by side.
  func columns(two: Bool) -> [Range<Int>] {
    guard two,
      let split = rows.indices.dropFirst().first(where: { if case .heading = rows[$0] { true } else { false } })
    else { return [rows.indices] }
    return [0..<split, split..<rows.count]
  }

  /// The width and height in inches the pinned legend takes at this font size; `narrow`: each
  /// row's text wrapped at spaces to at most ``narrowText`` ems (for a narrow paper).
  func extent(pointSize: Double, twoColumns: Bool = false, narrow: Bool = false) -> RingLayout.Size {
    let sizes = columns(two: twoColumns).map { extent(of: $0, pointSize: pointSize, narrow: narrow) }
    return RingLayout.Size(
      width: sizes.reduce(0) { $0 + $1.width } + Double(sizes.count - 1) * Self.columnGap * pointSize / 72,
      height: sizes.map(\.height).max() ?? 0)
  }

  /// Space between two legend columns, in ems.
  static let columnGap = 1.0

  /// Widest text of a row in a narrow legend, in ems.
  static let narrowText = 10.0

  /// A row's text as drawn: one line, or in a narrow legend broken at spaces.
  private static func lines(_ text: String, pointSize: Double, narrow: Bool) -> String {
    guard narrow else { return text }
    return KeyTable.wrap(text, width: narrowText * pointSize / 72, pointSize: pointSize)
      .joined(separator: "\n")
  }

  /// Height in ems of a row whose text has `lines` lines.
  private static func height(lines: Int) -> Double { rowHeight + 1.2 * Double(lines - 1) }

  private func extent(of range: Range<Int>, pointSize: Double, narrow: Bool) -> RingLayout.Size {
    let em = pointSize / 72
    var height = 0.0
    var width = 0.0
    for row in rows[range] {
      switch row {
      case .heading(let text):
        height += (height == 0 ? 0 : 0.5 * em) + Self.rowHeight * em
        width = max(width, TextMetrics.width(text, pointSize: pointSize * Self.headingScale))
      case .note(let text):
        let text = Self.lines(text, pointSize: pointSize, narrow: narrow)
        height += Self.height(lines: text.split(separator: "\n").count) * em
        width = max(width, TextMetrics.widestLine(text, pointSize: pointSize))
      case .shape(_, _, let text), .line(_, _, _, let text), .boundary(let text):
        let text = Self.lines(text, pointSize: pointSize, narrow: narrow)
        height += Self.height(lines: text.split(separator: "\n").count) * em
        width = max(
          width, (Self.sampleWidth + Self.sampleGap) * em + TextMetrics.widestLine(text, pointSize: pointSize))
      }
    }
    return RingLayout.Size(width: width + 0.05, height: height)
  }

  /// Row height, sample width and the gap after it, in ems of the font size.
  static let rowHeight = 1.4
  static let sampleWidth = 2.2
  static let sampleGap = 0.5
  /// Headings are this much larger than the other rows.
  static let headingScale = 1.15

  /// The legend as DOT node and edge statements pinned with its top-left corner at (`left`, `top`)
  /// inches (positions in points, for Graphviz's `nop2`), and the ids of its SVG groups. Plain
  /// nodes, unlike HTML-like labels, cost Graphviz 2.42 no memory that stays lost after the
  /// drawing. Each text node is exactly as wide as its text, so Graphviz warns about none.
  func nodes(
    left: Double, top: Double, pointSize: Double, directed: Bool, twoColumns: Bool = false, narrow: Bool = false
  ) -> (statements: [String], ids: [String]) {
    var statements: [String] = []
    var ids: [String] = []
    var columnLeft = left
    for range in columns(two: twoColumns) {
      column(
        range, left: columnLeft, top: top, pointSize: pointSize, directed: directed, narrow: narrow, &statements, &ids)
      columnLeft += extent(of: range, pointSize: pointSize, narrow: narrow).width + Self.columnGap * pointSize / 72
    }
    return (statements, ids)
  }

  /// The statements of one column of rows.
  private func column(
    _ range: Range<Int>, left: Double, top: Double, pointSize: Double, directed: Bool, narrow: Bool,
    _ statements: inout [String], _ ids: inout [String]
  ) {
    let em = pointSize / 72
    var y = top
    func points(_ x: Double, _ y: Double) -> String { "\(DOTText.number(x * 72)),\(DOTText.number(y * 72))" }
    func text(_ index: Int, _ label: String, x: Double, size: Double) {
      let id = "legend-\(index)"
      ids.append(id)
      // Exactly as wide as the text by the font metrics (fixed), 0.05 in after x: Graphviz's own
      // text widths, a little wider, then do not change the drawing's size (``extent``).
      let width = TextMetrics.widestLine(label, pointSize: size)
      let height = TextMetrics.height(lines: label.split(separator: "\n").count, pointSize: size)
      statements.append(
        "  legend\(index) [id=\"\(id)\", shape=\"plaintext\", style=\"\", fixedsize=\"true\", "
          + "width=\"\(DOTText.number(width))\", height=\"\(DOTText.number(height))\", margin=\"0\", "
          + "fontsize=\"\(DOTText.number(size))\", label=\(DOTText.quoted(label, leftAligned: true)), "
          + "pos=\"\(points(x + 0.05 + width / 2, y))\"]")
    }
    let textLeft = left + (Self.sampleWidth + Self.sampleGap) * em
    for index in range {
      var row = rows[index]
      var rowHeight = Self.rowHeight
      switch row {
      case .heading: break
      case .note(let text):
        row = .note(Self.lines(text, pointSize: pointSize, narrow: narrow))
      case .boundary(let text):
        row = .boundary(Self.lines(text, pointSize: pointSize, narrow: narrow))
      case .shape(let shape, let fill, let text):
        row = .shape(shape: shape, fill: fill, text: Self.lines(text, pointSize: pointSize, narrow: narrow))
      case .line(let colour, let style, let width, let text):
        row = .line(
          colour: colour, style: style, width: width, text: Self.lines(text, pointSize: pointSize, narrow: narrow))
      }
      if case .heading = row {
      } else {
        rowHeight = Self.height(lines: row.text.split(separator: "\n").count)
      }
      y -= rowHeight * em / 2
      switch row {
      case .heading(let heading):
        if index > range.lowerBound { y -= 0.5 * em }
        text(index, heading, x: left, size: pointSize * Self.headingScale)
      case .note(let note):
        text(index, note, x: left, size: pointSize)
      case .boundary(let meaning):
        ids.append("legend-\(index)-sample")
        statements.append(
          "  legend\(index)sample [id=\"legend-\(index)-sample\", shape=\"box\", fixedsize=\"true\", "
            + "width=\"\(DOTText.number(2 * em))\", height=\"\(DOTText.number(1.1 * em))\", label=\"\", "
            + "fillcolor=\"#FFFFFF\", color=\"\(DrawingStyle.internalOutline.colour)\", "
            + "penwidth=\"\(DOTText.number(DrawingStyle.internalOutline.width))\", "
            + "pos=\"\(points(left + Self.sampleWidth * em / 2, y))\"]")
        text(index, meaning, x: textLeft, size: pointSize)
      case .shape(let shape, let fill, let meaning):
        ids.append("legend-\(index)-sample")
        let height = 1.25 * em
        let width = shape == "box" || shape == "ellipse" ? 2.2 * em : 1.9 * em
        statements.append(
          "  legend\(index)sample [id=\"legend-\(index)-sample\", shape=\"\(shape)\", fixedsize=\"true\", "
            + "width=\"\(DOTText.number(width))\", height=\"\(DOTText.number(height))\", label=\"\", "
            + "fillcolor=\"\(fill)\", pos=\"\(points(left + Self.sampleWidth * em / 2, y))\"]")
        text(index, meaning, x: textLeft, size: pointSize)
      case .line(let colour, let style, let width, let meaning):
        ids += ["legend-\(index)-from", "legend-\(index)-to", "legend-\(index)-line"]
        let (from, to) = (left, left + Self.sampleWidth * em)
        for (end, x) in [("from", from), ("to", to)] {
          statements.append(
            "  legend\(index)\(end) [id=\"legend-\(index)-\(end)\", shape=\"point\", width=\"0.01\", style=\"invis\", "
              + "pos=\"\(points(x, y))\"]")
        }
        let spline = (0...3).map { points(from + (to - from) * Double($0) / 3, y) }.joined(separator: " ")
        statements.append(
          "  legend\(index)from \(directed ? "->" : "--") legend\(index)to [id=\"legend-\(index)-line\", dir=\"none\", "
            + "color=\"\(colour)\", penwidth=\"\(DOTText.number(width))\", style=\"\(style)\", pos=\"\(spline)\"]")
        text(index, meaning, x: textLeft, size: pointSize)
      }
      y -= rowHeight * em / 2
    }
  }

  // MARK: - HTML-like label (Graphviz's own layouts)

  /// The legend as a Graphviz HTML-like label, under the title if there is one.
  func html(title: String?) -> String {
    "<" + Self.table((title.map { [DOTText.xml($0)] } ?? []) + rows.map(Self.cell)) + ">"
  }

  /// Graphviz 2.42 leaks memory on every layout for two things in HTML-like labels: the sizing
  /// graphs of tables with more than one row and more than one column (htmltable.c, makeGraphs),
  /// and each `<font>`, `<b>` or `<i>` element (htmlparse). So the legend is built only of
  /// one-column and one-row tables, without font elements: a rendering loop does not grow.
  private static func table(_ cells: [String]) -> String {
    "<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"1\">"
      + cells.map { "<tr><td align=\"left\">\($0)</td></tr>" }.joined() + "</table>"
  }

  private static func cell(_ row: Row) -> String {
    switch row {
    case .heading(let text), .note(let text): return DOTText.xml(text)
    case .boundary(let text):
      return pair("<td border=\"2\" width=\"18\"> </td>", text)
    case .shape(let shape, let fill, let text):
      return pair("<td bgcolor=\"\(fill)\" width=\"18\" border=\"1\"> </td>", text + " (" + shapeWord(shape) + ")")
    case .line(let colour, let style, let width, let text):
      let sample = style == "dashed" ? "- - -" : style == "dotted" ? "· · · ·" : nil
      guard let sample else {
        let height = Int.bounded(width.rounded(), in: 1...1_000)
        return pair("<td bgcolor=\"\(colour)\" width=\"18\" height=\"\(height)\" fixedsize=\"true\"></td>", text)
      }
      return pair("<td>\(DOTText.xml(sample))</td>", text)
    }
  }

  private static func pair(_ left: String, _ text: String) -> String {
    "<table border=\"0\" cellborder=\"0\" cellspacing=\"4\" cellpadding=\"0\"><tr>\(left)<td align=\"left\">"
      + DOTText.xml(text) + "</td></tr></table>"
  }

  /// The shape's Dutch name (the HTML legend cannot draw shapes, so it names them).
  private static func shapeWord(_ shape: String) -> String {
    switch shape {
    case "ellipse": "ellips"
    case "box": "rechthoek"
    case "hexagon": "zeshoek"
    case "octagon": "achthoek"
    case "doubleoctagon": "dubbele achthoek"
    default: shape
    }
  }
}
