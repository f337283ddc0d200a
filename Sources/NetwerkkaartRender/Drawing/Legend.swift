import NetwerkkaartCore

/// The legend, drawn into the image as a Graphviz HTML-like label: the title, what the node
/// colours and shapes mean, and what the ties' colours, dashes and widths mean.
struct Legend {
  let html: String

  init(
    map: PartnershipMap, words: DrawingWords, colouring: Colouring, options: DrawingOptions, hasFocus: Bool
  ) {
    let colours = Set(map.ties.map { DrawingStyle.motiveColor(DrawingStyle.motive($0)) })
    var rows: [String] = []
    if let title = options.title {
      rows.append(
        "<tr><td colspan=\"2\" align=\"left\"><font point-size=\"16\"><b>\(DOTText.xml(title))</b></font></td></tr>")
    }
    func heading(_ text: String) {
      rows.append("<tr><td colspan=\"2\" align=\"left\"><b>\(DOTText.xml(text))</b></td></tr>")
    }
    func swatch(_ colour: String, _ text: String) {
      rows.append(
        "<tr><td bgcolor=\"\(colour)\" width=\"18\" border=\"1\"> </td><td align=\"left\">\(DOTText.xml(text))</td></tr>"
      )
    }
    let roles = Set(map.actors.map(\.role))
    let presentRoles: [ActorRole?] = (ActorRole.allCases.map { $0 } + [nil]).filter { roles.contains($0) }
    if let attribute = colouring.attribute {
      heading(attribute)
      for category in colouring.categories { swatch(category.colour, category.value) }
      heading(words.roles)
      for role in presentRoles {
        rows.append(
          "<tr><td>\(Self.shapeWord(DrawingStyle.role(role).shape, words))</td><td align=\"left\">\(DOTText.xml(words.role(role)))</td></tr>"
        )
      }
    } else {
      heading(words.roles)
      if hasFocus { swatch(DrawingStyle.focus.fill, words.focus) }
      for role in presentRoles { swatch(DrawingStyle.role(role).fill, words.role(role)) }
    }
    heading(words.ties)
    for motive in DrawingStyle.motives where colours.contains(DrawingStyle.motiveColor(motive)) {
      rows.append(Self.line(DrawingStyle.motiveColor(motive), words.motive(motive)))
    }
    if colours.contains(DrawingStyle.motiveColor(nil)) {
      rows.append(Self.line(DrawingStyle.motiveColor(nil), words.noMotive))
    }
    if map.ties.contains(where: DrawingStyle.isLoose) {
      rows.append(
        "<tr><td><font color=\"#4D4D4D\">- - -</font></td><td align=\"left\">\(DOTText.xml(words.loose))</td></tr>")
    }
    rows.append("<tr><td colspan=\"2\" align=\"left\">\(DOTText.xml(words.width))</td></tr>")
    if let metric = options.sizeBy {
      rows.append("<tr><td colspan=\"2\" align=\"left\">\(DOTText.xml(words.size(metric)))</td></tr>")
    }
    html = "<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"1\">" + rows.joined() + "</table>>"
  }

  private static func line(_ colour: String, _ text: String) -> String {
    "<tr><td><font color=\"\(colour)\"><b>———</b></font></td><td align=\"left\">\(DOTText.xml(text))</td></tr>"
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
