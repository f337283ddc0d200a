import Foundation
import NetwerkkaartCore

/// The concentric layout of a netwerkkaart: the focal actor (the school) in the centre, one band
/// (annulus) per role — kern innermost, then verankering, omkadering, context, and actors without
/// a role outermost — and, within the bands, sectors by actor type.
///
/// 1. **Sectors.** Types are put around the circle so that types with many ties between them are
///    neighbours: starting from the type most tied to the focal actor, each next type is the one
///    with the most ties to the previous. Each type gets a sector as wide as its share of actors
///    and keeps that direction in every band, so a type's actors line up from band to band.
/// 2. **Order within sectors.** Actors of one type are ordered by the mean direction of their
///    neighbours (the barycentre heuristic of Sugiyama et al. 1981, on a circle), swept a few
///    times over the bands, so that ties are short and cross little.
/// 3. **Local swaps.** `CrossingReduction` then swaps neighbours where that lowers
///    the number of crossings and of ties drawn under other actors (or, at equal counts, the
///    total tie length).
/// 4. **Bands.** `BandLayout` gives each band the smallest radius at which its actors and its
///    name fit around the circle without touching and clear of the band inside, so a nearly
///    empty band stays thin and empty roles have no band.
///
/// Positions are in inches with the focal actor at (0, 0). The same map gives the same positions
/// every time: every choice breaks ties by actor order.
public struct RingLayout: Sendable {
  /// One band: the role it holds (`nil`: actors without a role), the radius of the circle its
  /// actors sit on, its inner and outer edge, and where its name goes, in inches.
  public struct Ring: Sendable, Hashable {
    /// The role of the ring's actors; `nil` for the outer ring of actors without a role.
    public let role: ActorRole?
    /// Distance of the ring from the centre, in inches.
    public let radius: Double
    /// The inner edge of the band's annulus.
    public let inner: Double
    /// The outer edge of the band's annulus.
    public let outer: Double
    /// The centre of the band's name, on the band's circle.
    public let labelPosition: Point?
  }

  /// A point in inches.
  public struct Point: Sendable, Hashable {
    /// Horizontal position in inches, growing to the right.
    public var x: Double
    /// Vertical position in inches, growing upward (Graphviz's convention).
    public var y: Double

    /// The point (`x`, `y`), in inches.
    public init(x: Double, y: Double) {
      self.x = x
      self.y = y
    }
  }

  /// The size of a node in inches.
  public struct Size: Sendable, Hashable {
    /// Width in inches.
    public var width: Double
    /// Height in inches.
    public var height: Double

    /// A node `width` by `height` inches.
    public init(width: Double, height: Double) {
      self.width = width
      self.height = height
    }
  }

  /// Position of every actor, in map order.
  public let positions: [Point]
  /// The bands from the inside out; empty roles have no band.
  public let rings: [Ring]
  /// The actor in the centre, if any.
  public let focus: Int?
  /// Crossings of the ties drawn straight after the barycentre sweeps.
  public let crossingsAfterSweeps: Int
  /// Crossings of the ties drawn straight after the local swaps (at most the former).
  public let crossingsAfterSwaps: Int

  /// Barycentre passes.
  static let passes = 6

  /// Places every actor of `map`.
  ///
  /// - Parameters:
  ///   - map: the map; roles choose the rings, types the sectors.
  ///   - network: the network of `map`, whose ties order the sectors and the actors within them.
  ///   - focus: the actor in the centre (an index), `nil` for none.
  ///   - nodeSizes: the size of each actor's node in inches, for spacing.
  ///   - labelSizes: the size of each band's name (by role; `nil` key: actors without a role),
  ///     for which the band keeps room; a band without an entry gets no name.
  ///   - fixed: actors (by index) that keep these positions exactly, in inches, typically
  ///     ``PositionCheck/fixed`` of saved positions; the others are placed around them in their
  ///     role band (`PinnedLayout` explains how), and the bands grow to hold them. The focal
  ///     actor stays at (0, 0) whatever `fixed` says. Empty (the default): every actor is placed
  ///     freely as described above.
  ///
  /// ```swift
  /// let check = PositionCheck(savedPositions, map: wave2, focus: focus)
  /// guard check.isUsable else { return print(check.diagnostics) }
  /// let layout = RingLayout(map: wave2, network: network, focus: focus, nodeSizes: sizes, fixed: check.fixed)
  /// ```
  public init(
    map: PartnershipMap, network: Network, focus: Int?, nodeSizes: [Size], labelSizes: [ActorRole?: Size] = [:],
    fixed: [Int: Point] = [:]
  ) {
    let n = map.actors.count
    self.focus = focus
    let allNeighbors = (0..<n).map { actor in
      Set(network.outgoing.neighbors(of: actor).map(Int.init) + network.incoming.neighbors(of: actor).map(Int.init))
        .sorted()
    }
    let neighbors = allNeighbors.map { $0.filter { $0 != focus } }
    let typeOrder = Self.typeOrder(map: map, neighbors: neighbors, network: network, focus: focus)
    let typeIndex = Dictionary(uniqueKeysWithValues: typeOrder.enumerated().map { ($1, $0) })
    let sectorCentre = Self.sectorCentres(map: map, focus: focus, typeOrder: typeOrder)
    let desired = (0..<n).map { sectorCentre[Self.typeKey(map.actors[$0])] ?? 0 }

    // Actors in each band, from the inside out.
    let ringRoles: [ActorRole?] = ActorRole.allCases.map { $0 } + [nil]
    var members: [[Int]] = ringRoles.map { role in
      (0..<n).filter { $0 != focus && map.actors[$0].role == role }
    }
    let kept = members.indices.filter { !members[$0].isEmpty }
    members = kept.map { members[$0] }
    let roles = kept.map { ringRoles[$0] }
    let labels = roles.map { labelSizes[$0] }
    let centreReach =
      focus.map {
        (nodeSizes[$0].width * nodeSizes[$0].width + nodeSizes[$0].height * nodeSizes[$0].height).squareRoot() / 2
      } ?? 0

    // The focal actor stays at the centre whatever `fixed` says.
    let fixed = fixed.filter { $0.key != focus && $0.key >= 0 && $0.key < n }
    if !fixed.isEmpty {
      let pinned = PinnedLayout.place(
        PinnedLayout.Input(
          members: members, labels: labels, nodeSizes: nodeSizes, neighbors: neighbors,
          types: map.actors.map(Self.typeKey), sectorCentre: desired, focus: focus, centreReach: centreReach,
          fixed: fixed))
      let ties = (0..<n).flatMap { a in allNeighbors[a].filter { a < $0 }.map { CrossingReduction.Tie(a: a, b: $0) } }
      let crossings = CrossingReduction(
        ties: ties, radii: nodeSizes.map { min($0.width, $0.height) / 2 + BandLayout.itemGap / 2 }
      ).score(pinned.positions).crossings
      self.crossingsAfterSweeps = crossings
      self.crossingsAfterSwaps = crossings
      self.positions = pinned.positions.enumerated().map { fixed[$0.offset] ?? Self.rounded($0.element) }
      let free = Self.rings(
        pinned.bands.map { ($0.radius, $0.innermost, $0.outermost, $0.label) }, roles: roles, centreReach: centreReach)
      // Each edge between two bands moved, if need be, to lie between their actors' centres.
      let edges = free.indices.map { band in
        band + 1 < free.count
          ? min(max(free[band].outer, pinned.bands[band].centres.upperBound), pinned.bands[band + 1].centres.lowerBound)
          : max(free[band].outer, pinned.bands[band].centres.upperBound)
      }
      self.rings = free.indices.map { band in
        Ring(
          role: free[band].role, radius: free[band].radius,
          inner: band == 0 ? min(free[band].inner, pinned.bands[band].centres.lowerBound) : edges[band - 1],
          outer: edges[band], labelPosition: free[band].labelPosition)
      }
      return
    }

    // Angles: start at the sector centres, then refine by barycentres.
    var angle = desired
    for _ in 0..<Self.passes {
      for (band, actors) in members.enumerated() {
        let key = actors.map { actor -> Double in
          let around = Self.circularMean(neighbors[actor].map { angle[$0] }) ?? angle[actor]
          return Self.difference(around, desired[actor])
        }
        let ordered = actors.indices.sorted { a, b in
          let (ta, tb) = (
            typeIndex[Self.typeKey(map.actors[actors[a]])] ?? 0, typeIndex[Self.typeKey(map.actors[actors[b]])] ?? 0
          )
          if ta != tb { return ta < tb }
          if key[a] != key[b] { return key[a] < key[b] }
          return actors[a] < actors[b]
        }.map { actors[$0] }
        members[band] = ordered
        let placed = BandLayout.arrange(
          ordered.map { nodeSizes[$0] } + (labels[band].map { [$0] } ?? []), desired: ordered.map { desired[$0] },
          radius: Double(band + 1), count: ordered.count)
        for (actor, theta) in zip(ordered, placed) { angle[actor] = theta }
      }
    }

    // Bands at their smallest radii for this order.
    func placeAll(_ orders: [[Int]]) -> (placed: [BandLayout.Placed], positions: [Point]) {
      var placed: [BandLayout.Placed] = []
      var positions = [Point](repeating: Point(x: 0, y: 0), count: n)
      var limit = centreReach
      var inside = focus.map { [BandLayout.Box(centre: Point(x: 0, y: 0), size: nodeSizes[$0])] } ?? []
      for (band, order) in orders.enumerated() {
        let result = BandLayout.place(
          sizes: order.map { nodeSizes[$0] }, label: labels[band], desired: order.map { desired[$0] },
          inside: inside, innerLimit: limit, radius: nil)
        inside += result.boxes
        for (index, actor) in order.enumerated() {
          let (theta, radius) = (result.angles[index], result.actorRadii[index])
          positions[actor] = Point(x: radius * cos(theta), y: radius * sin(theta))
        }
        placed.append(result)
        limit = result.radius
      }
      return (placed, positions)
    }
    var (placed, positions) = placeAll(members)

    // Local swaps, each band re-placed on its radius.
    let ties = (0..<n).flatMap { a in allNeighbors[a].filter { a < $0 }.map { CrossingReduction.Tie(a: a, b: $0) } }
    let reduction = CrossingReduction(
      ties: ties, radii: nodeSizes.map { min($0.width, $0.height) / 2 + BandLayout.itemGap / 2 })
    let sweeps = reduction.score(positions).crossings
    let radii = placed.map(\.radius)
    reduction.improve(
      &members, sameGroup: { _, _ in true },
      place: { orders, band, positions in
        let angles = BandLayout.arrange(
          orders[band].map { nodeSizes[$0] } + (labels[band].map { [$0] } ?? []),
          desired: orders[band].map { desired[$0] }, radius: radii[band], count: orders[band].count)
        for (actor, theta) in zip(orders[band], angles) {
          positions[actor] = Point(x: radii[band] * cos(theta), y: radii[band] * sin(theta))
        }
      }, positions: &positions)
    (placed, positions) = placeAll(members)
    self.crossingsAfterSweeps = sweeps
    self.crossingsAfterSwaps = reduction.score(positions).crossings

    self.positions = positions.map(Self.rounded)
    self.rings = Self.rings(
      placed.map { result in
        (
          result.radius, result.innermost, result.outermost,
          result.labelAngle.map { Point(x: result.radius * cos($0), y: result.radius * sin($0)) }
        )
      }, roles: roles, centreReach: centreReach)
  }

  /// A point rounded to 0.001 in, so that positions print the same everywhere.
  static func rounded(_ point: Point) -> Point {
    Point(x: (point.x * 1000).rounded() / 1000, y: (point.y * 1000).rounded() / 1000)
  }

  /// The bands from each one's circle, innermost and outermost point and name: the first
  /// reaches in to half a band gap inside its innermost point, each edge between two bands lies
  /// halfway between the outermost point of one and the innermost of the next, and the last
  /// reaches half a band gap beyond its outermost point.
  static func rings(
    _ bands: [(radius: Double, innermost: Double, outermost: Double, label: Point?)], roles: [ActorRole?],
    centreReach: Double
  ) -> [Ring] {
    let rounded = { (value: Double) in (value * 1000).rounded() / 1000 }
    var rings: [Ring] = []
    var previousOuter = centreReach
    for (band, result) in bands.enumerated() {
      let inner = band == 0 ? max(0, result.innermost - BandLayout.bandGap / 2) : (previousOuter + result.innermost) / 2
      let next =
        band + 1 < bands.count
        ? (result.outermost + bands[band + 1].innermost) / 2 : result.outermost + BandLayout.bandGap / 2
      rings.append(
        Ring(
          role: roles[band], radius: rounded(result.radius), inner: rounded(inner), outer: rounded(next),
          labelPosition: result.label.map { Point(x: rounded($0.x), y: rounded($0.y)) }))
      previousOuter = result.outermost
    }
    return rings
  }

  static func typeKey(_ actor: ActorRecord) -> String { actor.type ?? "" }

  /// Types ordered so that neighbours in the order share many ties.
  static func typeOrder(map: PartnershipMap, neighbors: [[Int]], network: Network, focus: Int?) -> [String] {
    var types: [String] = []
    for (index, actor) in map.actors.enumerated() where index != focus && !types.contains(typeKey(actor)) {
      types.append(typeKey(actor))
    }
    var ties: [String: [String: Int]] = [:]
    for (actor, around) in neighbors.enumerated() where actor != focus {
      for other in around {
        ties[typeKey(map.actors[actor]), default: [:]][typeKey(map.actors[other]), default: 0] += 1
      }
    }
    var toFocus: [String: Int] = [:]
    if let focus {
      for actor in Set(
        network.outgoing.neighbors(of: focus).map(Int.init) + network.incoming.neighbors(of: focus).map(Int.init))
      {
        toFocus[typeKey(map.actors[actor]), default: 0] += 1
      }
    }
    guard
      var current = types.max(by: {
        (toFocus[$0] ?? 0, -(types.firstIndex(of: $0) ?? 0)) < (toFocus[$1] ?? 0, -(types.firstIndex(of: $1) ?? 0))
      })
    else { return [] }
    var order = [current]
    var remaining = types.filter { $0 != current }
    while !remaining.isEmpty {
      let links = ties[current] ?? [:]
      let next =
        remaining.enumerated().max { a, b in
          (links[a.element] ?? 0, -a.offset) < (links[b.element] ?? 0, -b.offset)
        }?.element ?? remaining[0]
      order.append(next)
      remaining.removeAll { $0 == next }
      current = next
    }
    return order
  }

  /// The centre angle of each type's sector, sectors as wide as the type's share of actors.
  static func sectorCentres(map: PartnershipMap, focus: Int?, typeOrder: [String]) -> [String: Double] {
    var counts: [String: Int] = [:]
    for (index, actor) in map.actors.enumerated() where index != focus { counts[typeKey(actor), default: 0] += 1 }
    let total = Double(max(1, counts.values.reduce(0, +)))
    var start = Double.pi / 2  // the first sector starts at the top
    var centres: [String: Double] = [:]
    for type in typeOrder {
      let width = 2 * .pi * Double(counts[type] ?? 0) / total
      centres[type] = start - width / 2
      start -= width
    }
    return centres
  }

  /// Mean direction of angles, or nil when there are none or they cancel out.
  static func circularMean(_ angles: [Double]) -> Double? {
    guard !angles.isEmpty else { return nil }
    let x = angles.reduce(0) { $0 + cos($1) }
    let y = angles.reduce(0) { $0 + sin($1) }
    guard x * x + y * y > 1e-18 else { return nil }
    return atan2(y, x)
  }

  /// a − b, wrapped into (−π, π].
  static func difference(_ a: Double, _ b: Double) -> Double {
    var d = (a - b).truncatingRemainder(dividingBy: 2 * .pi)
    if d > .pi { d -= 2 * .pi }
    if d <= -.pi { d += 2 * .pi }
    return d
  }
}
