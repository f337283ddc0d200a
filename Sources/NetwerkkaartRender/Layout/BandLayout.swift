import Foundation

/// The radii and angles of the role bands: each band (annulus) as thin as what it holds allows,
/// its actors spread around its middle circle without touching, and its name in the band.
///
/// A band's items (its actors in order, then its name) each take an arc as long as their box's
/// extent across the radius at their angle (`|w sin θ| + |h cos θ|`, so a wide label at 3 or 9
/// o'clock takes little arc), plus ``itemGap``; the slack of a circle larger than needed is
/// shared out in proportion. The band is then turned so that its actors sit closest to their
/// type's sector. The radius is the smallest, from the lower bound
///
/// ```
/// r ≥ max( radius of the band inside + bandGap + smallest half node,  Σ arcs / 2π )
/// ```
///
/// upwards in steps of 0.25 %, at which neighbouring boxes on the circle do not meet and every box
/// stays clear of every box placed nearer the centre (so a band reaches in where the band inside
/// has a gap, as at its name) (boxes enclose the ellipses and polygons of the nodes, so
/// this is conservative; round nodes, which hold numbers, are taken as circles). The band's inner edge lies halfway between its innermost point and the
/// previous band's outermost corner.
enum BandLayout {
  /// Free space between neighbouring items on a circle, in inches.
  static let itemGap = 0.07
  /// Free space between the outermost point of a band and the innermost of the next, in inches.
  static let bandGap = 0.04
  /// Radius steps tried before giving up (each 0.25 % larger).
  static let maximumSteps = 1600

  /// A band placed: radius, its actors' angles and distances from the centre (in the order
  /// given) and its name's angle.
  struct Placed {
    var radius: Double
    var angles: [Double]
    /// Each actor's distance from the centre: the radius, or for a staggered band every second
    /// actor further out.
    var actorRadii: [Double]
    var labelAngle: Double?
    /// The distance from the centre of the band's outermost point.
    var outermost: Double
    /// The distance from the centre of the band's innermost point.
    var innermost: Double
    /// Every item's box (actors, then the name), for the bands outside to keep clear of.
    var boxes: [Box]
  }

  /// A node or name as placed: its centre and size, in inches.
  struct Box {
    var centre: RingLayout.Point
    var size: RingLayout.Size

    /// Whether two boxes come within `gap` of each other (round nodes as circles, also against a
    /// box).
    func meets(_ other: Box, gap: Double) -> Bool {
      let dx = abs(centre.x - other.centre.x)
      let dy = abs(centre.y - other.centre.y)
      if size.width == size.height && other.size.width == other.size.height {
        return (dx * dx + dy * dy).squareRoot() < (size.width + other.size.width) / 2 + gap
      }
      if size.width == size.height || other.size.width == other.size.height {
        // A round node and a box: the circle against the box, not the box around the circle.
        let (circle, box) = size.width == size.height ? (size, other.size) : (other.size, size)
        let x = max(0, dx - box.width / 2)
        let y = max(0, dy - box.height / 2)
        return (x * x + y * y).squareRoot() < circle.width / 2 + gap
      }
      return dx < (size.width + other.size.width) / 2 + gap && dy < (size.height + other.size.height) / 2 + gap
    }
  }

  /// Bands of at least this many actors may be staggered.
  static let staggerFrom = 6

  /// Places one band around a centre whose contents reach `innerLimit` inches. A crowded band
  /// (whose circumference, not the band inside it, sets its radius) is also tried **staggered**:
  /// every second actor one node further out, so that neighbours may share a direction and the
  /// circle needs half the length; the variant whose outermost point is nearer the centre wins.
  ///
  /// - Parameters:
  ///   - sizes: the boxes of the band's actors, in order around the band.
  ///   - label: the box of the band's name, placed after the last actor.
  ///   - desired: each actor's sector direction, for turning the band.
  ///   - radius: a fixed radius (during crossing reduction); nil to find the smallest that fits.
  ///   - inside: the boxes of everything placed nearer the centre, which the band's items must clear
  ///     by ``bandGap`` (so a band may reach in where the band inside it has a gap).
  ///   - innerLimit: the radius of the band inside (or the centre's reach), where the search starts.
  static func place(
    sizes: [RingLayout.Size], label: RingLayout.Size?, desired: [Double], inside: [Box] = [], innerLimit: Double,
    radius fixed: Double?
  ) -> Placed {
    let plain = place(
      sizes: sizes, label: label, desired: desired, inside: inside, innerLimit: innerLimit, radius: fixed, stagger: 0)
    guard fixed == nil, sizes.count >= staggerFrom else { return plain }
    let step = (sizes.map { max($0.width, $0.height) }.max() ?? 0) + itemGap
    let staggered = place(
      sizes: sizes, label: label, desired: desired, inside: inside, innerLimit: innerLimit, radius: nil, stagger: step)
    return staggered.outermost < plain.outermost - 1e-9 ? staggered : plain
  }

  private static func place(
    sizes: [RingLayout.Size], label: RingLayout.Size?, desired: [Double], inside: [Box], innerLimit: Double,
    radius fixed: Double?, stagger: Double
  ) -> Placed {
    let items = sizes + (label.map { [$0] } ?? [])
    let offsets = items.indices.map { $0 < sizes.count && $0 % 2 == 1 ? stagger : 0 }
    let share = items.indices.map { stagger > 0 && $0 < sizes.count ? 0.5 : 1 }
    let arcsAtLeast = zip(items, share).reduce(0) { $0 + (min($1.0.width, $1.0.height) + itemGap) * $1.1 }
    let smallest = items.map { min($0.width, $0.height) / 2 }.min() ?? 0
    var radius = fixed ?? max(innerLimit + bandGap + smallest, arcsAtLeast / (2 * .pi))
    var angles = arrange(items, desired: desired, radius: radius, count: sizes.count, share: share)
    if fixed == nil {
      var step = 0
      while step < maximumSteps
        && !fits(items, angles: angles, radii: offsets.map { radius + $0 }, inside: inside)
      {
        radius *= 1.0025
        angles = arrange(items, desired: desired, radius: radius, count: sizes.count, share: share)
        step += 1
      }
    }
    let radii = offsets.map { radius + $0 }
    // The band's edges follow its actors; its name may reach a little across.
    let corners = zip(sizes.indices, angles).map { corner(of: items[$0], at: $1, radius: radii[$0]) }
    let boxes = items.indices.map {
      Box(centre: RingLayout.Point(x: radii[$0] * cos(angles[$0]), y: radii[$0] * sin(angles[$0])), size: items[$0])
    }
    return Placed(
      radius: radius, angles: Array(angles.prefix(sizes.count)), actorRadii: Array(radii.prefix(sizes.count)),
      labelAngle: label == nil ? nil : angles.last,
      outermost: corners.map(\.far).max() ?? radius, innermost: corners.map(\.near).min() ?? radius, boxes: boxes)
  }

  /// Angles of the items around a circle of this radius: arcs by extent at each item's angle,
  /// slack shared out, turned towards the actors' sectors. Three rounds let the extents follow
  /// the angles.
  static func arrange(
    _ items: [RingLayout.Size], desired: [Double], radius: Double, count: Int, share: [Double]? = nil
  ) -> [Double] {
    guard !items.isEmpty else { return [] }
    var angles = items.indices.map { -2 * Double.pi * Double($0) / Double(items.count) }
    for _ in 0..<4 {
      let arcs = items.indices.map { index in
        (abs(items[index].width * sin(angles[index])) + abs(items[index].height * cos(angles[index])) + itemGap)
          / radius * (share?[index] ?? 1)
      }
      let scale = 2 * .pi / max(arcs.reduce(0, +), 1e-9)
      var position = 0.0
      var spread: [Double] = []
      for (index, arc) in arcs.enumerated() {
        let half = arc * scale / 2
        position += index == 0 ? 0 : half
        spread.append(-position)
        position += half
      }
      // With a name, the band is turned so that the name sits at 12 o'clock, where its width lies
      // along the band (the names form a column above the centre); else towards the sectors.
      let turn =
        items.count > count
        ? RingLayout.difference(.pi / 2, spread[count])
        : RingLayout.circularMean(zip(desired, spread.prefix(count)).map { RingLayout.difference($0, $1) }) ?? 0
      angles = spread.map { $0 + turn }
    }
    return angles
  }

  /// Whether the items' boxes stay apart from each other (by ``itemGap``) and from everything
  /// inside (by ``bandGap``).
  static func fits(_ items: [RingLayout.Size], angles: [Double], radii: [Double], inside: [Box]) -> Bool {
    let boxes = items.indices.map {
      Box(centre: RingLayout.Point(x: radii[$0] * cos(angles[$0]), y: radii[$0] * sin(angles[$0])), size: items[$0])
    }
    for box in boxes where inside.contains(where: { $0.meets(box, gap: bandGap) }) { return false }
    for i in boxes.indices {
      for j in boxes.indices where j > i && boxes[i].meets(boxes[j], gap: itemGap) { return false }
    }
    return true
  }

  /// The nearest and farthest distance from the centre of a box centred on the circle.
  static func corner(of item: RingLayout.Size, at angle: Double, radius: Double) -> (near: Double, far: Double) {
    if item.width == item.height {
      // A round node (a number): its circle, not its box.
      return (max(0, radius - item.width / 2), radius + item.width / 2)
    }
    let (x, y) = (radius * cos(angle), radius * sin(angle))
    let (hw, hh) = (item.width / 2, item.height / 2)
    let far = ((abs(x) + hw) * (abs(x) + hw) + (abs(y) + hh) * (abs(y) + hh)).squareRoot()
    let nearX = max(0, abs(x) - hw)
    let nearY = max(0, abs(y) - hh)
    return ((nearX * nearX + nearY * nearY).squareRoot(), far)
  }
}
