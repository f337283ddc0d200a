import NetwerkkaartCore

/// The rings map fitted to its paper: which labels the nodes carry, the ring layout for them,
/// and where the legend and (for numbered nodes) the key go.
///
/// Everything is measured in inches at the size it will be printed, with labels at the requested
/// font size. For each label mode in turn (for `auto`: full, then short, then numbers) the rings
/// are laid out and several arrangements are tried: the legend left of the rings and the key right
/// of them (**beside**), or the legend (in one column or two) and then the key below the rings
/// (**below**; in two columns, also with its texts wrapped narrow), the key's columns as tall (beside) or as wide (below) as the rings, the paper's
/// short side or its long side. The first mode whose best arrangement fits the paper at 100 % is
/// taken; when none does, the one that fits best (labels are then printed smaller, and the drawing
/// says so in a warning). Numbered rings that fit with room to spare are then spread out
/// (up to ``largestSpread``) while the drawing still fits, so that the ties get the paper's room.
struct RingComposition {
  let mode: DrawingOptions.LabelMode
  let labels: [String]
  let sizes: [RingLayout.Size]
  let layout: RingLayout
  /// The layout before spreading (``RingLayout/spread(by:)``).
  let base: RingLayout
  /// The factor ``layout`` is ``base`` spread by (1: not spread).
  let spread: Double
  /// The route of each tie (actor indices, lower first), in points, from its lower actor to its
  /// higher; filled once the composition is chosen.
  private(set) var routes: [CrossingReduction.Tie: [RingLayout.Point]] = [:]
  /// The router for this composition's positions, which also draws the routes as splines.
  let routing: TieRouting
  /// Top-left corner of the legend, in inches.
  let legendOrigin: RingLayout.Point
  /// Whether the legend is in two columns (roles, ties).
  let legendInTwoColumns: Bool
  /// Whether the legend's texts are wrapped narrow (``Legend/narrowText``).
  let legendIsNarrow: Bool
  /// The key table and its top-left corner and lines a column (numbered nodes only).
  let key: (table: KeyTable, origin: RingLayout.Point, lines: Int)?
  /// The outer radius of the bands (or the centre's reach), in inches.
  let radius: Double
  /// Width and height of everything drawn, title included, in inches.
  let extent: RingLayout.Size
  /// The factor (at most 1) Graphviz will scale the drawing by to fit the paper.
  let fit: Double
  /// The paper as used (turned or not), in inches.
  let paper: (width: Double, height: Double)
  /// Whether actors that keep saved positions overlap at this label mode's node sizes (positions
  /// saved with numbered nodes are too close together for full labels).
  var clashes = false

  /// Space between the rings, the legend and the key side by side, in inches.
  static let gap = 0.25
  /// Space between the rings, the legend and the key one below the other, in inches (less: a
  /// narrow paper is short of height, and the rows of text already keep lines apart).
  static let gapBelow = 0.15
  /// Graphviz's `pad` around the drawing, in inches.
  static let pad = 0.05
  /// Room kept free on the paper for text Graphviz measures a little wider, in inches.
  static let slack = 0.08

  init(
    map: PartnershipMap, network: Network, focus: Int?, shapes: [String], scale: [Double], legend: Legend,
    options: DrawingOptions, words: DrawingWords, title: String?, fixed: [Int: RingLayout.Point] = [:]
  ) {
    let names = map.actors.map(\.displayName)
    let pointSize = options.fontSize
    let titleSize = title.map {
      RingLayout.Size(
        width: TextMetrics.width($0, pointSize: pointSize * Self.titleScale),
        height: TextMetrics.height(lines: 1, pointSize: pointSize * Self.titleScale) + 0.08)
    }
    var roleSizes: [ActorRole?: RingLayout.Size] = [:]
    for role in ActorRole.allCases.map({ $0 }) + [nil] {
      roleSizes[role] = Self.bandLabelSize(words.role(role), pointSize: pointSize)
    }
    func composed(_ mode: DrawingOptions.LabelMode) -> RingComposition {
      let labels = LabelFitting.labels(names, mode: mode)
      let sizes = labels.indices.map {
        NodeSizing.size(label: labels[$0], shape: shapes[$0], pointSize: pointSize, scale: scale[$0])
      }
      let layout = RingLayout(
        map: map, network: network, focus: focus, nodeSizes: sizes, labelSizes: roleSizes, fixed: fixed)
      return arranged(mode, labels: labels, sizes: sizes, base: layout, spread: 1)
    }
    // The room the fit allows (``fit``): the paper less the pad and the slack.
    let short = min(options.paper.width, options.paper.height) - 2 * Self.pad - Self.slack
    let long = max(options.paper.width, options.paper.height) - 2 * Self.pad - Self.slack
    // The key's entries wrapped at 3.2 in or 2.4 in, or for two or three columns across the
    // paper's short side, or across the short side of the paper a scaled-down drawing would have;
    // the same for every spread, so made once, when numbers are first tried.
    let gap: Double = 1.5 * pointSize / 72
    let widths: [Double] = [short] + Self.shrinking.map { short / $0 }
    var wraps: [Double] = [min(3.2, short), min(2.4, short)]
    for width in widths { wraps += [(width - gap) / 2, (width - 2 * gap) / 3] }
    var numberKeys: [KeyTable?] = []
    func keyTables(for mode: DrawingOptions.LabelMode) -> [KeyTable?] {
      guard mode == .number else { return [nil] }
      if numberKeys.isEmpty {
        numberKeys = wraps.map { KeyTable(names: names, pointSize: pointSize, maximumEntryWidth: $0) }
      }
      return numberKeys
    }
    func arranged(
      _ mode: DrawingOptions.LabelMode, labels: [String], sizes: [RingLayout.Size], base: RingLayout, spread: Double
    ) -> RingComposition {
      let layout = spread > 1 ? base.spread(by: spread) : base
      let radius = layout.rings.last?.outer ?? focus.map { max(sizes[$0].width, sizes[$0].height) / 2 } ?? 0.5
      let keys = keyTables(for: mode)
      var candidates: [RingComposition] = []
      for below in [false, true] {
        for (twoColumns, narrow) in below ? [(false, false), (true, false), (true, true)] : [(false, false)] {
          let legend = legend.extent(pointSize: pointSize, twoColumns: twoColumns, narrow: narrow)
          for key in keys {
            let keyLines: [Int?] =
              key.map { key in
                // Below, also as wide as the paper would be for a drawing scaled down to fit it
                // (when nothing fits at 100 %, a wider key is shorter and the labels larger).
                below
                  ? ([max(2 * radius, legend.width), short, long] + Self.shrinking.map { short / $0 }).map {
                    key.lines(width: $0)
                  }
                  : [max(2 * radius, legend.height), short, long].map {
                    key.lines(height: $0 - (titleSize?.height ?? 0))
                  }
              } ?? [nil]
            for lines in keyLines {
              candidates.append(
                RingComposition(
                  mode: mode, labels: labels, sizes: sizes, layout: layout, base: base, spread: spread, shapes: shapes,
                  radius: radius,
                  legend: legend,
                  legendInTwoColumns: twoColumns, legendIsNarrow: narrow, key: key.map { ($0, lines ?? 1) },
                  title: titleSize, below: below,
                  paperSize: options.paper))
            }
          }
        }
      }
      // The best fit; among equals, the first (beside before below, fewer columns first).
      var best = candidates.dropFirst().reduce(candidates[0]) { $1.fit > $0.fit + 1e-9 ? $1 : $0 }
      best.clashes = Self.clash(fixed: fixed, sizes: sizes)
      return best
    }
    // auto: full labels, else short ones, else numbers; the first that fits (with saved
    // positions: whose kept actors do not overlap), or the best.
    var best = composed(options.labels == .auto ? .full : options.labels)
    let later: [DrawingOptions.LabelMode] = options.labels == .auto ? [.short, .number] : []
    for mode in later where best.fit < 1 - 1e-9 || best.clashes {
      let candidate = composed(mode)
      if (best.clashes && !candidate.clashes) || (candidate.clashes == best.clashes && candidate.fit > best.fit + 1e-9)
      {
        best = candidate
      }
    }
    // Routes clear of every actor: spread the rings out while some tie has none and the labels
    // keep their printed size. Saved positions are kept exactly, so they are never spread.
    // Spreading first (straighter ties cross less), detours (TieRouting+Detours) for what is left.
    let pairs = Self.pairs(network: network)
    var routed = Self.routes(best, pairs: pairs, detours: false)
    for factor in Self.spreads where routed.unclear > 0 && fixed.isEmpty {
      let candidate = arranged(best.mode, labels: best.labels, sizes: best.sizes, base: best.base, spread: factor)
      guard candidate.fit >= min(1, best.fit) - 1e-9 else { break }
      let trial = Self.routes(candidate, pairs: pairs, detours: false)
      if trial.unclear < routed.unclear {
        best = candidate
        routed = trial
      }
    }
    // Numbered nodes are small, so rings packed for them crowd the ties, which then carry most of
    // the ink, into a corner of the paper (De Linde at A4 was a 27 × 7 cm strip, the key beside
    // rings 7 cm across). Spread such rings further, labels unchanged, while everything still
    // fits at 100 %, so that the paper's room goes to the ties. Taken only if no more ties are
    // left without a clear route; never for saved positions, nor for full or short labels, whose nodes already
    // space the rings (a small map is not blown up to fill the page).
    if fixed.isEmpty && best.mode == .number && best.fit >= 1 - 1e-9 {
      var largest: Double?
      var factor = best.spread * Self.growth
      while factor <= Self.largestSpread + 1e-9 {
        let margin = arranged(
          best.mode, labels: best.labels, sizes: best.sizes, base: best.base, spread: factor * Self.growthMargin)
        guard margin.fit >= 1 - 1e-9 else { break }
        largest = factor
        factor *= Self.growth
      }
      if let largest {
        let grown = arranged(best.mode, labels: best.labels, sizes: best.sizes, base: best.base, spread: largest)
        let trial = Self.routes(grown, pairs: pairs, detours: false)
        if trial.unclear <= routed.unclear {
          best = grown
          routed = trial
        }
      }
    }
    if routed.unclear > 0 { routed = Self.routes(best, pairs: pairs, detours: true) }
    self = best
    self.routes = routed.routes
  }

  /// Scales tried for a key below the rings when the drawing must be scaled down to fit.
  static let shrinking = [0.9, 0.8, 0.75, 0.7, 0.65, 0.6]

  /// The step by which numbered rings that fit the paper with room to spare are spread further.
  static let growth = 1.1
  /// Room kept when growing, as a factor on the spread: once the rings are the widest part, the
  /// legend's swatches and the key's last letters, which line up with the rings' edge, stand a
  /// few points beyond it in Graphviz's drawing.
  static let growthMargin = 1.03
  /// The most numbered rings are spread to fill the paper.
  static let largestSpread = 3.0

  /// The factors the rings are spread by in turn (``RingLayout/spread(by:)``) while a tie has no clear route.
  static let spreads = [1.15, 1.3, 1.5, 1.75, 2.0]

  /// Every tied pair of actors, lower index first, in order.
  static func pairs(network: Network) -> [CrossingReduction.Tie] {
    (0..<network.actorCount).flatMap { a in
      Set(network.outgoing.neighbors(of: a).map(Int.init) + network.incoming.neighbors(of: a).map(Int.init))
        .filter { $0 > a }.sorted().map { CrossingReduction.Tie(a: a, b: $0) }
    }
  }

  /// The routes of `pairs` on `composition` (``TieRouting/routeAll(_:detours:)``) and how many of them
  /// pass under an actor.
  static func routes(_ composition: RingComposition, pairs: [CrossingReduction.Tie], detours: Bool)
    -> (routes: [CrossingReduction.Tie: [RingLayout.Point]], unclear: Int)
  {
    let routed = composition.routing.routeAll(pairs.map { (a: $0.a, b: $0.b) }, detours: detours)
    var routes: [CrossingReduction.Tie: [RingLayout.Point]] = [:]
    for (pair, route) in zip(pairs, routed) { routes[pair] = route.line }
    return (routes, routed.filter { !$0.clear }.count)
  }

  /// Graphviz's `pos` for the tie from `a` to `b` on its route (empty when it has none).
  func pos(from a: Int, to b: Int, arrow: Bool) -> String {
    let route = routes[CrossingReduction.Tie(a: min(a, b), b: max(a, b))] ?? []
    guard route.count > 1 else { return "" }
    return routing.spline(a < b ? route : route.reversed(), arrow: arrow)
  }

  /// Whether two actors that keep their saved places overlap with nodes of these sizes.
  static func clash(fixed: [Int: RingLayout.Point], sizes: [RingLayout.Size]) -> Bool {
    let boxes = fixed.keys.sorted().map {
      BandLayout.Box(centre: fixed[$0] ?? RingLayout.Point(x: 0, y: 0), size: sizes[$0])
    }
    for i in boxes.indices {
      for j in boxes.indices where j > i && boxes[i].meets(boxes[j], gap: 0) { return true }
    }
    return false
  }

  /// Title size relative to the labels.
  static let titleScale = 1.3

  /// The box of a band's name at this size (plus a little air), for the layout to keep room.
  static func bandLabelSize(_ name: String, pointSize: Double) -> RingLayout.Size {
    RingLayout.Size(
      width: TextMetrics.width(name, pointSize: pointSize) + 0.1,
      height: TextMetrics.height(lines: 1, pointSize: pointSize) + 0.02)
  }

  private init(
    mode: DrawingOptions.LabelMode, labels: [String], sizes: [RingLayout.Size], layout: RingLayout, base: RingLayout,
    spread: Double, shapes: [String], radius: Double,
    legend: RingLayout.Size, legendInTwoColumns: Bool, legendIsNarrow: Bool, key: (table: KeyTable, lines: Int)?,
    title: RingLayout.Size?,
    below: Bool, paperSize: PaperSize
  ) {
    self.mode = mode
    self.labels = labels
    self.sizes = sizes
    self.layout = layout
    self.base = base
    self.spread = spread
    routing = TieRouting(
      nodes: layout.positions.indices.map { index in
        TieRouting.Node(
          centre: RingLayout.Point(x: layout.positions[index].x * 72, y: layout.positions[index].y * 72),
          halfWidth: sizes[index].width * 36, halfHeight: sizes[index].height * 36, shape: shapes[index])
      },
      channels: layout.rings.flatMap { [$0.inner * 72, $0.outer * 72] }.reduce(into: [Double]()) {
        if !$0.contains($1) { $0.append($1) }
      },
      limit: radius * 72)
    self.radius = radius
    self.legendInTwoColumns = legendInTwoColumns
    self.legendIsNarrow = legendIsNarrow
    let diameter = 2 * radius
    let keySize = key.map { $0.table.extent(lines: $0.lines) }
    var width: Double
    var height: Double
    if below {
      legendOrigin = RingLayout.Point(x: -radius, y: -radius - Self.gapBelow)
      width = max(diameter, legend.width)
      height = diameter + Self.gapBelow + legend.height
      if let key, let keySize {
        self.key = (key.table, RingLayout.Point(x: -radius, y: -radius - 2 * Self.gapBelow - legend.height), key.lines)
        width = max(width, keySize.width)
        height += Self.gapBelow + keySize.height
      } else {
        self.key = nil
      }
    } else {
      legendOrigin = RingLayout.Point(x: -radius - Self.gap - legend.width, y: max(radius, legend.height / 2))
      width = legend.width + Self.gap + diameter
      height = max(diameter, legend.height)
      if let key, let keySize {
        self.key = (key.table, RingLayout.Point(x: radius + Self.gap, y: max(radius, keySize.height / 2)), key.lines)
        width += Self.gap + keySize.width
        height = max(height, keySize.height)
      } else {
        self.key = nil
      }
    }
    if let title {
      width = max(width, title.width)
      height += title.height
    }
    extent = RingLayout.Size(width: width, height: height)
    paper = paperSize.oriented(forAspect: width / max(height, 1e-9))
    // A little slack for Graphviz's own text widths, which may exceed the font metrics slightly.
    fit = min(1, (paper.width - 2 * Self.pad - Self.slack) / width, (paper.height - 2 * Self.pad - Self.slack) / height)
  }
}
