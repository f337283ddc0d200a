import Foundation
import NetwerkkaartCore

/// A netwerkkaart as one self-contained HTML page in which a person places the actors by hand:
/// the rings drawing (role bands, ties, actors in their role's colour and shape), where each
/// actor can be dragged within its band, or moved with the arrow keys, and a button that
/// downloads the positions file for `netwerkkaart draw --positions`.
///
/// ```swift
/// let page = try EditorPage(map: map, network: Network(map), options: DrawingOptions(language: .en))
/// try page.html().write(toFile: "kaart.html", atomically: true, encoding: .utf8)
/// ```
///
/// The page starts from exactly the layout `draw` makes with the same options (``layout``):
/// the downloaded file gives every actor nobody moved the position the layout gave it.
///
/// **The positions file** (CSV, UTF-8, header `id,x,y,ring,sector`): one row per actor in map
/// order; `x` and `y` in inches with the focal actor at (0, 0) and y growing upward, with a `.`
/// and at most four decimals; `ring` the role of the actor's band (`kern`, `verankering`,
/// `omkadering`, `context`), `focus` for the focal actor, empty for actors without a role;
/// `sector` the actor's type (empty if none). Fields with a comma, quote or line break are
/// quoted as RFC 4180 says.
///
/// **Moving.** An actor's centre stays within its band (between the band's inner and outer
/// edge, 0.001 in clear of both); the focal actor stays in the centre. With the page's checkbox
/// "let actors move to another ring" an actor may cross into another role's band: it then takes
/// that role's colour and shape, the page lists the change, and the file gives the new role in
/// `ring` (a map drawn from that file needs the new role in its actors too).
///
/// **Self-contained and safe.** The script, the stylesheet and the data are inline; a Content
/// Security Policy (`default-src 'none'`, inline script and style only) keeps the page from
/// fetching anything, so it works offline and opened from a file. Every text from the map is
/// escaped: labels reach the page as escaped SVG text and as JSON whose `<`, `>` and `&` are
/// escaped, and the script only ever sets them with `textContent` or `setAttribute`.
///
/// **Keyboard.** Tab reaches each actor (a visible ring marks the focused one); the arrow keys
/// move it 0.05 in (with Shift 0.25 in), Escape puts it back; a status line, read out by screen
/// readers, says where it went. Each actor has an accessible name: its label, role and type.
public struct EditorPage: Sendable {
  /// The rings layout the page starts from: `draw` with the same options places every actor
  /// here.
  public let layout: RingLayout
  /// Remarks about the drawing (no focal actor, labels shortened to fit the paper), as `draw`
  /// gives them.
  public let warnings: [Diagnostic]
  /// The language of the page's text.
  public let language: Language
  /// The title above the drawing, if any.
  public let title: String?
  let scene: EditorScene
  /// Radius of the drawing (the outer edge of the outermost band), in inches.
  let radius: Double
  /// The text in each actor's node (as the drawing has it: full, shortened or a number).
  let labels: [String]
  let sizes: [RingLayout.Size]
  let ties: [(source: Int, target: Int, width: Double, colour: String, dash: String)]
  let labelPositions: [RingLayout.Point?]
  let fontSize: Double

  /// The page for `map`, laid out as `draw` lays it out with `options` (whose layout is taken
  /// to be ``DrawingOptions/Layout/rings`` whatever it says; `colorBy` and `sizeBy` are not used
  /// by the page but `sizeBy` sizes the nodes as in the drawing).
  ///
  /// - Parameters:
  ///   - map: the map.
  ///   - network: the network of `map`.
  ///   - options: language, title, focal actor, paper, font size, label mode and the positions
  ///     to keep (the page starts from them, as `draw --positions` places the actors).
  ///   - positionsFileName: the name the downloaded file gets; by default `posities.csv`
  ///     (Dutch) or `positions.csv` (English).
  /// - Throws: ``DrawingError`` as ``MapDrawing`` does (another map's network, an unknown
  ///   focal actor or measure).
  public init(
    map: PartnershipMap, network: Network, options: DrawingOptions = DrawingOptions(),
    positionsFileName: String? = nil
  ) throws(DrawingError) {
    var options = options
    options.layout = .rings
    options.colorBy = nil
    let drawing = try MapDrawing(map: map, network: network, options: options)
    // A rings drawing always has its composition; the fallback (the layout with estimated node
    // sizes) only spares a trap.
    let composition = drawing.composition
    let sizes =
      composition?.sizes ?? map.actors.map { DrawingStyle.estimatedSize(label: $0.displayName, scale: 1) }
    let layout = composition?.layout ?? RingLayout(map: map, network: network, focus: drawing.focus, nodeSizes: sizes)
    self.layout = layout
    self.sizes = sizes
    warnings = drawing.warnings
    language = options.language
    title = options.title
    radius = composition?.radius ?? layout.rings.last?.outer ?? 1
    labels = composition?.labels ?? map.actors.map(\.displayName)
    fontSize = options.fontSize
    labelPositions = layout.rings.map(\.labelPosition)
    let drawn = DrawnTie.all(map: map, network: network)
    let strengths = drawn.map(\.strength)
    let (low, high) = (strengths.min() ?? 1, strengths.max() ?? 1)
    ties = drawn.map { tie in
      let colour = DrawingStyle.motiveColor(tie.motive)
      let dash: String
      switch DrawingStyle.motiveStyle(tie.motive) {
      case "dashed": dash = "6 4"
      case "dotted": dash = "1.5 3"
      default: dash = ""
      }
      return (
        tie.source, tie.target, DrawingStyle.tieWidth(tie.strength, low: low, high: high),
        tie.isLoose ? DrawingStyle.lighter(colour) : colour, dash
      )
    }
    let rings = layout.rings
    let bandOfRole = Dictionary(uniqueKeysWithValues: rings.enumerated().map { ($1.role?.rawValue ?? "", $0) })
    let focus = drawing.focus
    let actors = map.actors.enumerated().map { index, actor -> EditorScene.Actor in
      let size = sizes[index]
      var looks: [String: EditorScene.Look] = [:]
      let roles: [ActorRole?] = index == focus ? [] : rings.map(\.role)
      for role in roles {
        let style = DrawingStyle.role(role)
        looks[role?.rawValue ?? ""] = EditorScene.Look(
          fill: style.fill, path: EditorShapes.path(style.shape, width: size.width * 72, height: size.height * 72))
      }
      if index == focus {
        looks[""] = EditorScene.Look(
          fill: DrawingStyle.focus.fill,
          path: EditorShapes.path(DrawingStyle.focus.shape, width: size.width * 72, height: size.height * 72))
      }
      let role = actor.role?.rawValue ?? ""
      return EditorScene.Actor(
        id: actor.id.rawValue, name: actor.displayName, role: role, type: actor.type ?? "", focus: index == focus,
        x: layout.positions[index].x, y: layout.positions[index].y,
        band: index == focus ? -1 : bandOfRole[role] ?? -1, looks: looks)
    }
    let words = EditorWords(language: options.language)
    scene = EditorScene(
      bands: rings.map {
        EditorScene.Band(
          role: $0.role?.rawValue ?? "", name: options.language.name(of: $0.role), inner: $0.inner, outer: $0.outer)
      },
      actors: actors, ties: drawn.map { EditorScene.Tie(source: $0.source, target: $0.target) },
      fileName: positionsFileName ?? (options.language == .nl ? "posities.csv" : "positions.csv"), words: words)
  }

  /// The whole page.
  public func html() -> String {
    let words = scene.words
    let heading = escaped(title.map { "\(words.title): \($0)" } ?? words.title)
    var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.contentSecurityPolicy)\"/>\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
    out += "<meta name=\"generator\" content=\"netwerkkaart edit\"/>\n"
    out += "<title>\(heading)</title>\n<style>\n\(EditorStyle.css)\n</style>\n</head>\n<body>\n"
    out += "<header>\n<h1>\(heading)</h1>\n<p id=\"help\">\(escaped(words.help))</p>\n"
    out += "<noscript><p class=\"warning\">\(escaped(words.noScript))</p></noscript>\n"
    out += "<div class=\"toolbar\">\n<button type=\"button\" id=\"download\">\(escaped(words.download))</button>\n"
    out += "<button type=\"button\" id=\"reset\">\(escaped(words.reset))</button>\n"
    out += "<label><input type=\"checkbox\" id=\"allow-role-change\"/> \(escaped(words.allowRoleChange))</label>\n"
    out += "</div>\n<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n</header>\n<main>\n"
    out += svg()
    out += "<section id=\"role-changes\" hidden=\"hidden\">\n<h2>\(escaped(words.roleChanges))</h2>\n"
    out += "<ul id=\"role-change-list\"></ul>\n</section>\n</main>\n"
    out += "<script type=\"application/json\" id=\"editor-data\">\(scene.json())</script>\n"
    out += "<script>\n\(EditorScript.main)\n</script>\n</body>\n</html>\n"
    return out
  }

  /// Nothing may be fetched; only the page's own inline script and style run. Downloads of the
  /// positions file (a `blob:` address the page makes) are not fetches and stay allowed.
  static let contentSecurityPolicy =
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

  /// The drawing as inline SVG (HTML5 needs no namespace declaration): bands, their names, the
  /// ties as straight lines, and the actors, each a focusable group at its position.
  private func svg() -> String {
    let margin = 12.0
    let extent = radius * 72 + margin
    let box = [-extent, -extent, 2 * extent, 2 * extent].map(EditorShapes.number).joined(separator: " ")
    var out =
      "<svg id=\"map\" viewBox=\"\(box)\" role=\"application\" aria-label=\"\(escaped(scene.words.drawing))\" "
      + "aria-describedby=\"help\" style=\"font-size: \(EditorShapes.number(fontSize))px\">\n<g id=\"bands\">\n"
    for (index, band) in scene.bands.enumerated().reversed() {
      out +=
        "<circle class=\"band\" r=\"\(EditorShapes.number(band.outer * 72))\" "
        + "fill=\"\(BandBackground.fills[index % BandBackground.fills.count])\" stroke=\"\(BandBackground.edge)\"/>\n"
    }
    if let first = scene.bands.first {
      out +=
        "<circle class=\"band\" r=\"\(EditorShapes.number(first.inner * 72))\" fill=\"#FFFFFF\" "
        + "stroke=\"\(BandBackground.edge)\"/>\n"
    }
    out += "</g>\n<g id=\"ties\">\n"
    for (number, tie) in ties.enumerated() {
      let (a, b) = (scene.actors[tie.source], scene.actors[tie.target])
      out +=
        "<line id=\"tie-\(number)\" class=\"tie\" x1=\"\(EditorShapes.number(a.x * 72))\" "
        + "y1=\"\(EditorShapes.number(-a.y * 72))\" x2=\"\(EditorShapes.number(b.x * 72))\" "
        + "y2=\"\(EditorShapes.number(-b.y * 72))\" stroke=\"\(tie.colour)\" "
        + "stroke-width=\"\(EditorShapes.number(tie.width))\""
        + (tie.dash.isEmpty ? "" : " stroke-dasharray=\"\(tie.dash)\"") + "/>\n"
    }
    out += "</g>\n<g id=\"band-names\">\n"
    for (band, position) in zip(scene.bands, labelPositions) {
      guard let position else { continue }
      out +=
        "<text class=\"band-name\" x=\"\(EditorShapes.number(position.x * 72))\" "
        + "y=\"\(EditorShapes.number(-position.y * 72))\">\(escaped(band.name))</text>\n"
    }
    out += "</g>\n<g id=\"actors\">\n"
    for (index, actor) in scene.actors.enumerated() {
      out += actorGroup(index, actor)
    }
    return out + "</g>\n</svg>\n"
  }

  /// One actor: a group at its position, with its outline and its node text, line by line.
  private func actorGroup(_ index: Int, _ actor: EditorScene.Actor) -> String {
    let words = scene.words
    let look = actor.looks[actor.focus ? "" : actor.role]
    let described = [
      actor.name,
      actor.focus ? words.fixedCentre : "\(words.role) \(language.name(of: ActorRole(rawValue: actor.role)))",
    ]
    let name = (described + (actor.type.isEmpty ? [] : [actor.type])).joined(separator: ", ")
    var out = "<g id=\"actor-\(index)\" class=\"actor\(actor.focus ? " focus" : "")\" data-index=\"\(index)\" "
    out += "transform=\"translate(\(EditorShapes.number(actor.x * 72)),\(EditorShapes.number(-actor.y * 72)))\" "
    out += actor.focus ? "" : "tabindex=\"0\" aria-roledescription=\"\(escaped(words.actorKind))\" "
    out += "role=\"img\" aria-label=\"\(escaped(name))\">\n<title>\(escaped(name))</title>\n"
    out += "<path class=\"shape\" d=\"\(look?.path ?? "")\" fill=\"\(look?.fill ?? "#DDDDDD")\"/>\n"
    let lines = labels[index].split(separator: "\n", omittingEmptySubsequences: false)
    let lineHeight = fontSize * 1.2
    let first = -lineHeight * Double(lines.count - 1) / 2
    out += "<text aria-hidden=\"true\">"
    for (number, line) in lines.enumerated() {
      out +=
        "<tspan x=\"0\" y=\"\(EditorShapes.number(first + lineHeight * Double(number)))\">\(escaped(String(line)))</tspan>"
    }
    return out + "</text>\n</g>\n"
  }

  private func escaped(_ text: String) -> String { DOTText.xml(text) }
}
