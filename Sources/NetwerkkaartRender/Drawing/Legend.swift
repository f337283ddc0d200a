import NetwerkkaartCore

/// The legend drawn into the image: the title, what the node colours and shapes mean, and what
/// the ties' colours, dashes and widths mean.
///
/// On the rings map the legend is made of ordinary nodes and edges pinned beside the rings (see
/// ``nodes(left:top:)``); with Graphviz's own layouts, whose positions are not known beforehand,
/// it is an HTML-like graph label (``html``).
struct Legend {
  let rows: [Row]

  /// One line of the legend.
  enum Row {
    case title(String)
    case heading(String)
    /// A colour swatch and what it means.
    case swatch(colour: String, text: String)
    /// A line sample in a colour and what it means.
    case line(colour: String, sample: String, text: String)
    /// A word and what it means.
    case pair(String, String)
    case note(String)
  }

  init(
    map: PartnershipMap, ties: [DrawnTie], words: DrawingWords, colouring: Colouring, options: DrawingOptions,
    hasFocus: Bool, showsChanges: Bool = false
  ) {
    let colours = Set(ties.map { DrawingStyle.motiveColor($0.motive) })
    var rows: [Row] = []
    if let title = options.title { rows.append(.title(title)) }
    let roles = Set(map.actors.map(\.role))
    let presentRoles: [ActorRole?] = (ActorRole.allCases.map { $0 } + [nil]).filter { roles.contains($0) }
    if let attribute = colouring.attribute {
      rows.append(.heading(attribute))
      rows += colouring.categories.map { .swatch(colour: $0.colour, text: $0.value) }
      rows.append(.heading(words.roles))
      rows += presentRoles.map { .pair(Self.shapeWord(DrawingStyle.role($0).shape, words), words.role($0)) }
    } else {
      rows.append(.heading(words.roles))
      if hasFocus { rows.append(.swatch(colour: DrawingStyle.focus.fill, text: words.focus)) }
      rows += presentRoles.map { .swatch(colour: DrawingStyle.role($0).fill, text: words.role($0)) }
    }
    rows.append(.heading(words.ties))
    for motive in DrawingStyle.motives where colours.contains(DrawingStyle.motiveColor(motive)) {
      rows.append(.line(colour: DrawingStyle.motiveColor(motive), sample: Self.solidLine, text: words.motive(motive)))
    }
    if colours.contains(DrawingStyle.motiveColor(nil)) {
      rows.append(.line(colour: DrawingStyle.motiveColor(nil), sample: Self.solidLine, text: words.noMotive))
    }
    if ties.contains(where: \.isLoose) {
      rows.append(.line(colour: "#4D4D4D", sample: "- - -", text: words.loose))
    }
    rows.append(.note(words.width))
    if let metric = options.sizeBy { rows.append(.note(words.size(metric.rawValue))) }
    if showsChanges {
      rows += [
        .heading(words.changes), .line(colour: DrawingStyle.added, sample: Self.solidLine, text: words.added),
        .line(colour: DrawingStyle.removed, sample: "- - -", text: words.removed),
      ]
    }
    self.rows = rows
  }

  /// The legend as a Graphviz HTML-like label.
  var html: String { "<" + Self.table(rows.map(Self.cell)) + ">" }

  /// The legend as DOT node and edge statements pinned with its top-left corner at (`left`, `top`)
  /// inches, and the ids of its SVG groups. Plain nodes, unlike HTML-like labels, cost Graphviz
  /// 2.42 no memory that stays lost after the drawing.
  func nodes(left: Double, top: Double, directed: Bool) -> (statements: [String], ids: [String]) {
    var statements: [String] = []
    var ids: [String] = []
    var y = top
    let textLeft = left + 0.45
    let textWidth = 2.6
    func pin(_ x: Double, _ y: Double) -> String { "\"\(DOTText.number(x)),\(DOTText.number(y))!\"" }
    func text(_ index: Int, _ label: String, x: Double, size: Int) {
      let id = "legend-\(index)"
      ids.append(id)
      statements.append(
        "  legend\(index) [id=\"\(id)\", shape=\"plaintext\", style=\"\", fixedsize=\"true\", width=\"\(DOTText.number(textWidth))\", "
          + "height=\"0.2\", fontsize=\"\(size)\", label=\(DOTText.quoted(label).dropLast())\\l\", "
          + "pos=\(pin(x + textWidth / 2, y))]")
    }
    for (index, row) in rows.enumerated() {
      switch row {
      case .title(let title):
        text(index, title, x: left, size: 16)
        y -= 0.15
      case .heading(let heading):
        y -= 0.08
        text(index, heading, x: left, size: 12)
      case .note(let note):
        text(index, note, x: left, size: 10)
      case .pair(let word, let meaning):
        text(index, word + "  " + meaning, x: left, size: 10)
      case .swatch(let colour, let meaning):
        ids.append("legend-\(index)-sample")
        statements.append(
          "  legend\(index)sample [id=\"legend-\(index)-sample\", shape=\"box\", fixedsize=\"true\", width=\"0.3\", "
            + "height=\"0.16\", label=\"\", fillcolor=\"\(colour)\", pos=\(pin(left + 0.15, y))]")
        text(index, meaning, x: textLeft, size: 10)
      case .line(let colour, let sample, let meaning):
        ids += ["legend-\(index)-from", "legend-\(index)-to", "legend-\(index)-line"]
        let style = sample == Self.solidLine ? "solid" : "dashed"
        statements.append(
          "  legend\(index)from [id=\"legend-\(index)-from\", shape=\"point\", width=\"0.01\", style=\"invis\", pos=\(pin(left, y))]"
        )
        statements.append(
          "  legend\(index)to [id=\"legend-\(index)-to\", shape=\"point\", width=\"0.01\", style=\"invis\", pos=\(pin(left + 0.35, y))]"
        )
        statements.append(
          "  legend\(index)from \(directed ? "->" : "--") legend\(index)to [id=\"legend-\(index)-line\", dir=\"none\", color=\"\(colour)\", "
            + "penwidth=\"2\", style=\"\(style)\"]")
        text(index, meaning, x: textLeft, size: 10)
      }
      y -= 0.24
    }
    return (statements, ids)
  }

  /// A solid line sample, drawn as a thin coloured cell.
  static let solidLine = "———"

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
    case .title(let text), .heading(let text), .note(let text): return DOTText.xml(text)
    case .swatch(let colour, let text):
      return pair("<td bgcolor=\"\(colour)\" width=\"18\" border=\"1\"> </td>", text)
    case .line(let colour, let sample, let text):
      guard sample == solidLine else { return pair("<td>\(DOTText.xml(sample))</td>", text) }
      return pair("<td bgcolor=\"\(colour)\" width=\"18\" height=\"3\" fixedsize=\"true\"></td>", text)
    case .pair(let word, let text):
      return pair("<td>\(DOTText.xml(word))</td>", text)
    }
  }

  private static func pair(_ left: String, _ text: String) -> String {
    "<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"0\"><tr>\(left)<td align=\"left\">"
      + DOTText.xml(text) + "</td></tr></table>"
  }

  private static func shapeWord(_ shape: String, _ words: DrawingWords) -> String {
    let dutch = words.language == .nl
    switch shape {
    case "ellipse": return dutch ? "ellips" : "ellipse"
    case "box": return dutch ? "rechthoek" : "box"
    case "hexagon": return dutch ? "zeshoek" : "hexagon"
    case "octagon": return dutch ? "achthoek" : "octagon"
    default: return shape
    }
  }
}
