import Foundation

/// Routes the ties of the rings map so that none passes under an actor that is not one of its
/// ends.
///
/// Candidates, each a polyline from centre to centre:
/// 1. the straight line, then quadratic curves whose control point is pushed sideways from the
///    middle by ±12 %, ±25 % and ±40 % of the tie's length (gentle bends);
/// 2. larger bends (±60 % ... ±130 %, also with the control point shifted 30 % towards either
///    end), and **channel routes**: out (or in) along the tie's first direction to the edge
///    between two bands, along that circle (either way round), and in (or out) to the other end,
///    corners rounded.
///
/// A candidate is clear when, cut at the outlines of its two end nodes, none of its points comes
/// within ``clearance`` of another node's outline (ellipse, box, hexagon or octagon) and it stays
/// inside the outermost band. The first clear curve is taken (gentle before large); else the
/// shortest clear channel route (channels run along each other, so they come last); else the
/// candidate under the fewest nodes. The result is Graphviz's edge `pos`
/// attribute (straight cubic pieces in points, `e,x,y` for an arrowhead), drawn as given by
/// Graphviz's `nop2`, so what is checked here is what is printed.
///
/// - Complexity: O(m · c · s · n) for m ties, c candidates, s points a candidate and n nodes, with
///   a bounding-box test first.
struct TieRouting {
  /// A node as an obstacle, in points.
  struct Node {
    var centre: RingLayout.Point
    var halfWidth: Double
    var halfHeight: Double
    var shape: String

    /// Whether a point lies inside the outline grown by `margin` points.
    func contains(_ p: RingLayout.Point, margin: Double = 0) -> Bool {
      let a = halfWidth + margin
      let b = halfHeight + margin
      let dx = abs(p.x - centre.x)
      let dy = abs(p.y - centre.y)
      guard dx <= a, dy <= b else { return false }
      switch shape {
      case "box", "point", "plaintext": return true
      case "hexagon": return dx / a + dy / (2 * b) <= 1
      case "octagon", "doubleoctagon": return dx / a + dy / b <= 2.0.squareRoot()
      default: return (dx / a) * (dx / a) + (dy / b) * (dy / b) <= 1
      }
    }
  }

  /// Free space kept between a tie and a node it passes, in points.
  static let clearance = 0.5
  /// Sideways offsets of the control point, as fractions of the tie's length: gentle, then large.
  static let gentleBends: [Double] = [0, 0.12, -0.12, 0.25, -0.25, 0.4, -0.4]
  static let largeBends: [Double] = [0.6, -0.6, 0.8, -0.8, 1.05, -1.05, 1.3, -1.3]
  /// Shifts of the control point along the tie, as fractions of its length, for lopsided curves.
  static let shifts: [Double] = [0, -0.3, 0.3]
  /// Greatest distance between neighbouring points of a candidate, in points.
  static let spacing = 3.0
  /// Most points a candidate or one of its pieces is cut into, however long it is.
  static let maximumPoints = 10_000
  /// Length of an arrowhead in points (Graphviz's 10 × `arrowsize` 0.7).
  static let arrowLength = 7.0

  let nodes: [Node]
  /// Radii of the edges between bands, in points, for channel routes.
  let channels: [Double]
  /// No route may leave this circle (the outer edge of the outermost band), in points.
  let limit: Double

  /// A candidate route, cut at its end nodes: its points, how many other nodes it passes under
  /// and its length, in points.
  struct Candidate {
    var line: [RingLayout.Point]
    var hits: Int
    var length: Double
  }

  /// Every candidate route of the tie from `a` to `b`, straight line first, then the gentle
  /// bends, the large bends and the channel routes.
  func candidates(from a: Int, to b: Int) -> [Candidate] {
    let (p, q) = (nodes[a].centre, nodes[b].centre)
    var lines = Self.gentleBends.map { curve(p, q, bend: $0, shift: 0) }
    for shift in Self.shifts { lines += Self.largeBends.map { curve(p, q, bend: $0, shift: shift) } }
    for channel in channels {
      for longWay in [false, true] { lines.append(channelRoute(p, q, radius: channel, longWay: longWay)) }
    }
    return lines.compactMap { candidate($0, from: a, to: b) }
  }

  /// The straight candidate of the tie from `a` to `b` alone (the first of
  /// ``candidates(from:to:)``, when its ends do not overlap).
  func straight(from a: Int, to b: Int) -> Candidate? {
    candidate(curve(nodes[a].centre, nodes[b].centre, bend: 0, shift: 0), from: a, to: b)
  }

  /// A line from `a`'s centre to `b`'s as a candidate: cut at the two end nodes, with the nodes
  /// it passes under and its length; nil when nothing of it lies outside the ends.
  func candidate(_ line: [RingLayout.Point], from a: Int, to b: Int) -> Candidate? {
    let cut = clipped(line, from: a, to: b)
    guard cut.count > 1 else { return nil }
    let length = zip(cut, cut.dropFirst()).reduce(0) { $0 + Self.distance($1.0, $1.1) }
    return Candidate(line: cut, hits: obstacles(on: cut, except: [a, b]), length: length)
  }

  /// The `pos` attribute of the tie from `a` to `b` on its own (no other ties considered), and
  /// whether it clears every other node: the first clear curve, else the shortest clear channel
  /// route, else the candidate under the fewest nodes.
  func route(from a: Int, to b: Int, arrow: Bool) -> (pos: String, clear: Bool) {
    let all = candidates(from: a, to: b)
    let curves = Self.gentleBends.count + Self.shifts.count * Self.largeBends.count
    if let first = all.prefix(curves).first(where: { $0.hits == 0 }) { return (spline(first.line, arrow: arrow), true) }
    guard let best = all.min(by: { ($0.hits, $0.length) < ($1.hits, $1.length) }) else { return ("", false) }
    return (spline(best.line, arrow: arrow), best.hits == 0)
  }

  /// The quadratic curve p–c–q, c pushed sideways by `bend` and along by `shift` tie lengths.
  func curve(_ p: RingLayout.Point, _ q: RingLayout.Point, bend: Double, shift: Double) -> [RingLayout.Point] {
    let length = Self.distance(p, q)
    guard length > 1e-6 else { return [p, q] }
    let (ux, uy) = ((q.x - p.x) / length, (q.y - p.y) / length)
    let c = RingLayout.Point(
      x: (p.x + q.x) / 2 - uy * bend * length + ux * shift * length,
      y: (p.y + q.y) / 2 + ux * bend * length + uy * shift * length)
    let count = Int.bounded((length * (1 + abs(bend))) / Self.spacing, in: 2...Self.maximumPoints)
    return (0...count).map { Self.quadratic(p, c, q, Double($0) / Double(count)) }
  }

  /// Out or in from p to the circle of `radius`, along it to q's direction, then to q; corners
  /// rounded by two rounds of Chaikin's corner cutting.
  func channelRoute(_ p: RingLayout.Point, _ q: RingLayout.Point, radius: Double, longWay: Bool)
    -> [RingLayout.Point]
  {
    let (ap, aq) = (atan2(p.y, p.x), atan2(q.y, q.x))
    var sweep = RingLayout.difference(aq, ap)
    if longWay { sweep += sweep > 0 ? -2 * .pi : 2 * .pi }
    let steps = Int.bounded(abs(sweep) * radius / (4 * Self.spacing), in: 2...Self.maximumPoints)
    var line = [p]
    line += (0...steps).map { step -> RingLayout.Point in
      let angle = ap + sweep * Double(step) / Double(steps)
      return RingLayout.Point(x: radius * cos(angle), y: radius * sin(angle))
    }
    line.append(q)
    for _ in 0..<2 {
      var smooth = [line[0]]
      for (u, v) in zip(line, line.dropFirst()) {
        smooth.append(RingLayout.Point(x: 0.75 * u.x + 0.25 * v.x, y: 0.75 * u.y + 0.25 * v.y))
        smooth.append(RingLayout.Point(x: 0.25 * u.x + 0.75 * v.x, y: 0.25 * u.y + 0.75 * v.y))
      }
      smooth.append(line[line.count - 1])
      line = smooth
    }
    // The radial legs are long straight pieces: give them points too.
    return densified(line)
  }

  /// The line with extra points so that none is more than ``spacing`` from the next.
  func densified(_ line: [RingLayout.Point]) -> [RingLayout.Point] {
    var out: [RingLayout.Point] = []
    for (u, v) in zip(line, line.dropFirst()) {
      let pieces = Int.bounded((Self.distance(u, v) / Self.spacing).rounded(.up), in: 1...Self.maximumPoints)
      for k in 0..<pieces {
        let t = Double(k) / Double(pieces)
        out.append(RingLayout.Point(x: u.x + (v.x - u.x) * t, y: u.y + (v.y - u.y) * t))
      }
    }
    if let last = line.last { out.append(last) }
    return out
  }

  /// The part of a line outside its two end nodes, cut exactly at their outlines.
  func clipped(_ line: [RingLayout.Point], from a: Int, to b: Int) -> [RingLayout.Point] {
    guard let first = line.firstIndex(where: { !nodes[a].contains($0) }),
      let last = line.lastIndex(where: { !nodes[b].contains($0) }), first <= last
    else { return [] }
    func boundary(_ inside: RingLayout.Point, _ outside: RingLayout.Point, _ node: Node) -> RingLayout.Point {
      var (low, high) = (0.0, 1.0)
      for _ in 0..<24 {
        let middle = (low + high) / 2
        let point = RingLayout.Point(
          x: inside.x + (outside.x - inside.x) * middle, y: inside.y + (outside.y - inside.y) * middle)
        if node.contains(point) { low = middle } else { high = middle }
      }
      return RingLayout.Point(x: inside.x + (outside.x - inside.x) * high, y: inside.y + (outside.y - inside.y) * high)
    }
    var cut = Array(line[first...last])
    if first > 0 { cut.insert(boundary(line[first - 1], line[first], nodes[a]), at: 0) }
    if last < line.count - 1 { cut.append(boundary(line[last + 1], line[last], nodes[b])) }
    return cut
  }

  /// How many nodes other than `except` the line passes under (grown by ``clearance``); a line
  /// that leaves the outermost band counts as under every node.
  func obstacles(on points: [RingLayout.Point], except: [Int]) -> Int {
    if points.contains(where: { $0.x * $0.x + $0.y * $0.y > limit * limit }) { return nodes.count }
    let (minX, maxX) = (points.map(\.x).min() ?? 0, points.map(\.x).max() ?? 0)
    let (minY, maxY) = (points.map(\.y).min() ?? 0, points.map(\.y).max() ?? 0)
    var hits = 0
    for (index, node) in nodes.enumerated() where !except.contains(index) {
      let reachX = node.halfWidth + Self.clearance
      let reachY = node.halfHeight + Self.clearance
      guard node.centre.x + reachX >= minX, node.centre.x - reachX <= maxX, node.centre.y + reachY >= minY,
        node.centre.y - reachY <= maxY
      else { continue }
      let (left, right) = (node.centre.x - reachX, node.centre.x + reachX)
      let (bottom, top) = (node.centre.y - reachY, node.centre.y + reachY)
      if points.contains(where: {
        $0.x >= left && $0.x <= right && $0.y >= bottom && $0.y <= top && node.contains($0, margin: Self.clearance)
      }) {
        hits += 1
      }
    }
    return hits
  }

  /// Graphviz's `pos` for a polyline: a B-spline of straight cubic pieces; with an arrow, the line
  /// stops ``arrowLength`` short of the target's outline and `e,x,y` names the arrow's tip.
  func spline(_ line: [RingLayout.Point], arrow: Bool) -> String {
    var points = line
    var prefix = ""
    if arrow, points.count > 1 {
      let tip = points[points.count - 1]
      prefix = "e,\(Self.format(tip)) "
      // Drop points within the arrow's length of the tip, then end exactly that far away.
      while points.count > 2 && Self.distance(points[points.count - 2], tip) < Self.arrowLength { points.removeLast() }
      let before = points[points.count - 2]
      let d = max(Self.distance(before, tip), 1e-9)
      let back = min(Self.arrowLength, d * 0.9)
      points[points.count - 1] = RingLayout.Point(
        x: tip.x + (before.x - tip.x) / d * back, y: tip.y + (before.y - tip.y) / d * back)
    }
    var controls = [points[0]]
    for (u, v) in zip(points, points.dropFirst()) {
      controls.append(RingLayout.Point(x: u.x + (v.x - u.x) / 3, y: u.y + (v.y - u.y) / 3))
      controls.append(RingLayout.Point(x: u.x + 2 * (v.x - u.x) / 3, y: u.y + 2 * (v.y - u.y) / 3))
      controls.append(v)
    }
    return prefix + controls.map(Self.format).joined(separator: " ")
  }

  static func quadratic(_ p: RingLayout.Point, _ c: RingLayout.Point, _ q: RingLayout.Point, _ t: Double)
    -> RingLayout.Point
  {
    let u = 1 - t
    return RingLayout.Point(
      x: u * u * p.x + 2 * u * t * c.x + t * t * q.x, y: u * u * p.y + 2 * u * t * c.y + t * t * q.y)
  }

  static func distance(_ p: RingLayout.Point, _ q: RingLayout.Point) -> Double {
    ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot()
  }

  static func format(_ p: RingLayout.Point) -> String { "\(DOTText.number(p.x)),\(DOTText.number(p.y))" }
}
