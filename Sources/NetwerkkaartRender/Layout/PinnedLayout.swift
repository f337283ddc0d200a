import Foundation

/// The rings layout around actors that keep a saved place (``RingLayout/init(map:network:focus:nodeSizes:labelSizes:fixed:)``):
/// every kept actor stays exactly where it was, and only the others (new in this wave, or whose
/// role changed) are placed, band by band from the inside out.
///
/// A new actor goes where its tie lines are short and it overlaps nothing:
///
/// 1. **Direction.** The mean direction of its neighbours already placed (the barycentre, as in
///    the free layout); without any, the mean direction of the placed actors of its type (its
///    sector); without those, its type's sector centre.
/// 2. **Distance.** Its band's circle: the middle (median) distance of the band's kept actors, or,
///    for a band with none, just outside the bands inside it.
/// 3. **Search.** Around that point, over circles 0.05 in apart and steps of 0.02 in along each
///    circle, the free spot (clear of every node and band name by ``BandLayout/itemGap``) with
///    the least cost `arc from the direction + 2 × distance from the circle`. Its centre must
///    lie farther out than every actor of the bands inside and nearer than every kept actor of
///    the bands outside (the band as ``PositionCheck`` sees it); only when that leaves no room
///    does the search go further out.
///
/// The band's name is placed first, the same way, aiming at 12 o'clock (where the free layout
/// puts it). The bands then grow to hold what they contain: each edge lies halfway between the
/// outermost point of one band and the innermost of the next, as in ``BandLayout``, but never
/// beyond an actor's centre (so every actor's centre lies within its band). Actors are
/// placed in map order and every choice breaks ties the same way, so the result is deterministic.
enum PinnedLayout {
  /// What the layout needs to know about the map.
  struct Input {
    /// The actors of each band (inside out), in map order.
    var members: [[Int]]
    /// The size of each band's name, if it has one.
    var labels: [RingLayout.Size?]
    var nodeSizes: [RingLayout.Size]
    /// Each actor's neighbours, the focal actor left out.
    var neighbors: [[Int]]
    /// Each actor's type, for its sector.
    var types: [String]
    /// Each actor's sector centre, in radians.
    var sectorCentre: [Double]
    var focus: Int?
    /// How far the focal actor's node reaches from the centre, in inches.
    var centreReach: Double
    /// The kept actors' positions.
    var fixed: [Int: RingLayout.Point]
  }

  /// A band as placed: its circle, its name's position, and the distances of its innermost and
  /// outermost points.
  struct Band {
    var radius: Double
    var label: RingLayout.Point?
    var innermost: Double
    var outermost: Double
    /// The distances of its nearest and farthest actor's centre.
    var centres: ClosedRange<Double>
  }

  /// Circles tried on each side of the band's circle, 0.05 in apart.
  static let radialSteps = 400
  static let radialStep = 0.05
  /// Step along a circle, in inches.
  static let arcStep = 0.02

  /// Places every actor of `input`: the positions (map order) and the bands.
  static func place(_ input: Input) -> (positions: [RingLayout.Point], bands: [Band]) {
    let count = input.nodeSizes.count
    var positions = [RingLayout.Point](repeating: RingLayout.Point(x: 0, y: 0), count: count)
    var placed = [Bool](repeating: false, count: count)
    var boxes: [BandLayout.Box] = []
    if let focus = input.focus {
      placed[focus] = true
      boxes.append(BandLayout.Box(centre: positions[focus], size: input.nodeSizes[focus]))
    }
    for (actor, point) in input.fixed where actor != input.focus {
      positions[actor] = point
      placed[actor] = true
      boxes.append(BandLayout.Box(centre: point, size: input.nodeSizes[actor]))
    }
    var bands: [Band] = []
    var insideReach = input.centreReach
    var insideCentre = 0.0
    for (band, actors) in input.members.enumerated() {
      let kept = actors.filter { input.fixed[$0] != nil }
      let outerKept = input.members[(band + 1)...].joined().filter { input.fixed[$0] != nil }
      let ceiling = outerKept.map { length(of: positions[$0]) }.min() ?? .infinity
      let radii = kept.map { length(of: positions[$0]) }.sorted()
      let smallest = actors.map { min(input.nodeSizes[$0].width, input.nodeSizes[$0].height) / 2 }.min() ?? 0
      let circle =
        radii.isEmpty ? insideReach + BandLayout.bandGap + smallest : radii[(radii.count - 1) / 2]
      let limits = (inner: insideCentre + BandLayout.bandGap, outer: ceiling - BandLayout.bandGap)
      var label: RingLayout.Point?
      if let size = input.labels[band] {
        let point = spot(for: size, direction: .pi / 2, circle: circle, limits: limits, boxes: boxes)
        boxes.append(BandLayout.Box(centre: point, size: size))
        label = point
      }
      for actor in actors where !placed[actor] {
        let point = spot(
          for: input.nodeSizes[actor],
          direction: direction(of: actor, input: input, positions: positions, placed: placed),
          circle: circle, limits: limits, boxes: boxes)
        positions[actor] = point
        placed[actor] = true
        boxes.append(BandLayout.Box(centre: point, size: input.nodeSizes[actor]))
      }
      let corners = actors.map {
        BandLayout.corner(of: input.nodeSizes[$0], at: angle(of: positions[$0]), radius: length(of: positions[$0]))
      }
      let outermost = corners.map(\.far).max() ?? circle
      let centres = actors.map { length(of: positions[$0]) }
      bands.append(
        Band(
          radius: circle, label: label, innermost: corners.map(\.near).min() ?? circle, outermost: outermost,
          centres: (centres.min() ?? circle)...(centres.max() ?? circle)))
      insideReach = max(insideReach, outermost)
      insideCentre = max(insideCentre, centres.max() ?? circle)
    }
    return (positions, bands)
  }

  /// Where a new actor should point: its placed neighbours, else its placed type-mates, else its
  /// sector centre.
  static func direction(of actor: Int, input: Input, positions: [RingLayout.Point], placed: [Bool]) -> Double {
    let around = input.neighbors[actor].filter { placed[$0] }.map { angle(of: positions[$0]) }
    if let mean = RingLayout.circularMean(around) { return mean }
    let sameType = input.types.indices.filter {
      $0 != actor && $0 != input.focus && placed[$0] && input.types[$0] == input.types[actor]
    }
    return RingLayout.circularMean(sameType.map { angle(of: positions[$0]) }) ?? input.sectorCentre[actor]
  }

  /// The free spot of least cost for a box of `size` near `direction` on `circle` (see the type's
  /// description); outside `limits` only when there is no room within them.
  static func spot(
    for size: RingLayout.Size, direction: Double, circle: Double, limits: (inner: Double, outer: Double),
    boxes: [BandLayout.Box]
  ) -> RingLayout.Point {
    if let point = search(size: size, direction: direction, circle: circle, limits: limits, boxes: boxes) {
      return point
    }
    let beyond = (inner: limits.inner, outer: Double.infinity)
    return search(size: size, direction: direction, circle: max(circle, limits.outer), limits: beyond, boxes: boxes)
      ?? RingLayout.Point(
        x: (circle + Double(radialSteps) * radialStep) * cos(direction),
        y: (circle + Double(radialSteps) * radialStep) * sin(direction))
  }

  private static func search(
    size: RingLayout.Size, direction: Double, circle: Double, limits: (inner: Double, outer: Double),
    boxes: [BandLayout.Box]
  ) -> RingLayout.Point? {
    var best: (cost: Double, point: RingLayout.Point)?
    for step in 0...(2 * radialSteps) {
      // 0, +1, −1, +2, −2, … circles away from the band's circle.
      let offset = Double(step % 2 == 1 ? (step + 1) / 2 : -(step / 2)) * radialStep
      if let best, 2 * abs(offset) >= best.cost { break }
      let radius = circle + offset
      guard radius > 0, radius >= limits.inner, radius <= limits.outer else { continue }
      // Only boxes this close to the circle can meet a box on it: two boxes that meet have
      // centres nearer than half their diagonals plus the gap (times √2, for the corners).
      let near = boxes.filter { box in
        abs(length(of: box.centre) - radius) < (diagonal(size) + diagonal(box.size)) / 2 + 2 * BandLayout.itemGap
      }
      let angleStep = arcStep / radius
      let steps = Int.bounded((Double.pi / angleStep).rounded(.up), in: 1...100_000)
      for turn in 0...(2 * steps) {
        let delta = Double(turn % 2 == 1 ? (turn + 1) / 2 : -(turn / 2)) * angleStep
        let cost = abs(delta) * radius + 2 * abs(offset)
        if let best, cost >= best.cost { break }
        let theta = direction + delta
        let box = BandLayout.Box(
          centre: RingLayout.Point(x: radius * cos(theta), y: radius * sin(theta)), size: size)
        if near.contains(where: { $0.meets(box, gap: BandLayout.itemGap) }) { continue }
        best = (cost, box.centre)
        break
      }
    }
    return best?.point
  }

  static func angle(of point: RingLayout.Point) -> Double { atan2(point.y, point.x) }

  static func diagonal(_ size: RingLayout.Size) -> Double {
    (size.width * size.width + size.height * size.height).squareRoot()
  }

  static func length(of point: RingLayout.Point) -> Double { (point.x * point.x + point.y * point.y).squareRoot() }
}
