import Foundation
import NetwerkkaartCore

/// The concentric layout of a netwerkkaart: the focal actor (the school) in the centre, one ring
/// per role — kern innermost, then verankering, omkadering, context, and actors without a role
/// outermost — and, within the rings, sectors by actor type.
///
/// 1. **Sectors.** Types are put around the circle so that types with many ties between them are
///    neighbours: starting from the type most tied to the focal actor, each next type is the one
///    with the most ties to the previous. Each type gets a sector as wide as its share of actors
///    and keeps that direction on every ring, so a type's actors line up from ring to ring.
/// 2. **Order within sectors.** Actors of one type are ordered by the mean direction of their
///    neighbours (the barycentre heuristic of Sugiyama et al. 1981, on a circle), repeated a few
///    times, so that ties are short and cross little.
/// 3. **Spacing.** Each actor gets an arc in proportion to its node's width, so labels do not
///    overlap; each ring is turned to bring its actors closest to their sectors, and its radius
///    is the smallest that fits its actors around the circle and keeps every node clear of the
///    nodes on the ring inside it (node extents measured along each node's own direction).
///
/// Positions are in inches with the focal actor at (0, 0). The same map gives the same positions
/// every time: every choice breaks ties by actor order.
public struct RingLayout: Sendable {
  /// One ring: the role it holds (`nil`: actors without a role) and its radius in inches.
  public struct Ring: Sendable, Hashable {
    /// The role of the ring's actors; `nil` for the outer ring of actors without a role.
    public let role: ActorRole?
    /// Distance of the ring from the centre, in inches.
    public let radius: Double
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

    /// How far the node reaches from its centre along the direction `angle`.
    func reach(along angle: Double) -> Double {
      abs(width / 2 * cos(angle)) + abs(height / 2 * sin(angle))
    }
  }

  /// Position of every actor, in map order.
  public let positions: [Point]
  /// The rings from the inside out; empty roles have no ring.
  public let rings: [Ring]
  /// The actor in the centre, if any.
  public let focus: Int?

  /// Minimum free space between the nodes of neighbouring rings, and around the centre.
  static let ringGap = 0.45
  /// Free arc between neighbouring nodes on a ring.
  static let nodeGap = 0.25
  /// Barycentre passes.
  static let passes = 6

  /// Places every actor of `map`.
  ///
  /// - Parameters:
  ///   - map: the map; roles choose the rings, types the sectors.
  ///   - network: the network of `map`, whose ties order the sectors and the actors within them.
  ///   - focus: the actor in the centre (an index), `nil` for none.
  ///   - nodeSizes: the size of each actor's node in inches, for spacing.
  public init(map: PartnershipMap, network: Network, focus: Int?, nodeSizes: [Size]) {
    let nodeWidths = nodeSizes.map(\.width)
    let n = map.actors.count
    self.focus = focus
    let neighbors = (0..<n).map { actor in
      Array(
        Set(network.outgoing.neighbors(of: actor).map(Int.init) + network.incoming.neighbors(of: actor).map(Int.init))
      )
      .filter { $0 != focus }.sorted()
    }
    let typeOrder = Self.typeOrder(map: map, neighbors: neighbors, network: network, focus: focus)
    let typeIndex = Dictionary(uniqueKeysWithValues: typeOrder.enumerated().map { ($1, $0) })
    let sectorCentre = Self.sectorCentres(map: map, focus: focus, typeOrder: typeOrder)

    // Actors on each ring, from the inside out.
    let ringRoles: [ActorRole?] = ActorRole.allCases.map { $0 } + [nil]
    var members: [[Int]] = ringRoles.map { role in
      (0..<n).filter { $0 != focus && map.actors[$0].role == role }
    }
    let kept = members.indices.filter { !members[$0].isEmpty }
    members = kept.map { members[$0] }
    let roles = kept.map { ringRoles[$0] }

    // Angles: start at the sector centres, then refine by barycentres.
    var angle = [Double](repeating: 0, count: n)
    for actor in 0..<n { angle[actor] = sectorCentre[Self.typeKey(map.actors[actor])] ?? 0 }
    for _ in 0..<Self.passes {
      for actors in members {
        let key = actors.map { actor -> Double in
          let centre = sectorCentre[Self.typeKey(map.actors[actor])] ?? 0
          let around = Self.circularMean(neighbors[actor].map { angle[$0] }) ?? angle[actor]
          return Self.difference(around, centre)
        }
        let ordered = actors.indices.sorted { a, b in
          let (ta, tb) = (
            typeIndex[Self.typeKey(map.actors[actors[a]])] ?? 0, typeIndex[Self.typeKey(map.actors[actors[b]])] ?? 0
          )
          if ta != tb { return ta < tb }
          if key[a] != key[b] { return key[a] < key[b] }
          return actors[a] < actors[b]
        }.map { actors[$0] }
        let placed = Self.spread(ordered, widths: nodeWidths)
        let desired = ordered.map { sectorCentre[Self.typeKey(map.actors[$0])] ?? 0 }
        let turn = Self.circularMean(zip(desired, placed).map { Self.difference($0, $1) }) ?? 0
        for (actor, theta) in zip(ordered, placed) { angle[actor] = theta + turn }
      }
    }

    // Radii: fit the nodes around the circumference, and keep each ring's nodes clear of the
    // nodes of the ring inside it, measured along each node's direction.
    var radii: [Double] = []
    var innerRadius = 0.0
    var innerReach = focus.map { max(nodeSizes[$0].width, nodeSizes[$0].height) / 2 } ?? 0
    for actors in members {
      let circumference = actors.reduce(0) { $0 + nodeWidths[$1] + Self.nodeGap }
      let reach = actors.map { nodeSizes[$0].reach(along: angle[$0]) }.max() ?? 0
      let radius = max(innerRadius + innerReach + reach + Self.ringGap, circumference / (2 * .pi))
      radii.append(radius)
      innerRadius = radius
      innerReach = reach
    }

    var positions = [Point](repeating: Point(x: 0, y: 0), count: n)
    for (ring, actors) in members.enumerated() {
      for actor in actors {
        let rounded = { (value: Double) in (value * 1000).rounded() / 1000 }
        positions[actor] = Point(
          x: rounded(radii[ring] * cos(angle[actor])), y: rounded(radii[ring] * sin(angle[actor])))
      }
    }
    self.positions = positions
    self.rings = zip(roles, radii).map { Ring(role: $0, radius: $1) }
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

  /// Angles for actors in this order around a ring, each with an arc in proportion to its width,
  /// the first centred at angle 0, going clockwise.
  static func spread(_ actors: [Int], widths: [Double]) -> [Double] {
    let arcs = actors.map { widths[$0] + nodeGap }
    let total = arcs.reduce(0, +)
    let scale = 2 * .pi / max(total, 1e-9)
    var angles: [Double] = []
    var position = 0.0
    for arc in arcs {
      angles.append(-position * scale)
      position += arc
    }
    return angles
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
