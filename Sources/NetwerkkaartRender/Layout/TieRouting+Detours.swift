import Foundation

/// Detours: routes for a tie that none of the ordinary candidates (bends and channel routes)
/// keeps clear of other actors, typically on a crowded narrow paper where the rings may not be
/// spread.
///
/// A detour passes *beside* the actors in its way: for each actor the straight line runs under,
/// a waypoint is put on one side of it, off the line's direction by the actor's reach (half its
/// larger side) times 1, 1.5, 2.2 or 3.2, plus ``detourMargin``; the route is the smooth curve
/// through the tie's ends and the waypoints (a Catmull–Rom spline, sorted along the tie). A
/// waypoint may bring the curve under other actors: they get waypoints too, on the detour's side
/// or on the other (breadth first, at most ``detourTries`` detours a side and ``detourRounds``
/// further actors). Both sides are tried, every actor in the way on one side first, then each
/// actor alone; the first clear detour ends the search on that side.
///
/// ```
/// waypoint(o) = o + side · n · (f · max(w, h) / 2 + margin),  n ⟂ (q − p)
/// ```
///
/// - Complexity: O(k · d · s · n) for k actors in the way, d rounds, s points a route and n
///   actors; only for ties without a clear candidate.
extension TieRouting {
  /// Room between a detour's waypoint and the actor it passes, beyond the actor's reach, in points.
  static let detourMargin = 3.0
  /// Times a detour takes in a further actor it runs under.
  static let detourRounds = 3
  /// Detours tried for one reach and side at most.
  static let detourTries = 40
  /// How far beside an actor a waypoint goes, in multiples of the actor's reach.
  static let detourReaches: [Double] = [1, 1.5, 2.2, 3.2]

  /// Detour candidates for the tie from `a` to `b`, cut at its end nodes, as
  /// ``candidates(from:to:)`` gives them.
  func detours(from a: Int, to b: Int) -> [Candidate] {
    let (p, q) = (nodes[a].centre, nodes[b].centre)
    let length = Self.distance(p, q)
    guard length > 1e-6 else { return [] }
    let direction = RingLayout.Point(x: (q.x - p.x) / length, y: (q.y - p.y) / length)
    let normal = RingLayout.Point(x: -direction.y, y: direction.x)
    let inWay = blocking([p, q], except: [a, b])
    guard !inWay.isEmpty else { return [] }
    var result: [Candidate] = []
    for reach in Self.detourReaches {
      for side in [1.0, -1.0] {
        // Each waypoint passes its actor on a side (+1: along the normal); a further actor in the
        // way is passed on the detour's side or on the other, breadth first.
        var queue: [[(index: Int, side: Double)]] =
          [inWay.map { ($0, side) }] + (inWay.count > 1 ? inWay.map { [($0, side)] } : [])
        var tried = 0
        while !queue.isEmpty && tried < Self.detourTries {
          let around = queue.removeFirst()
          tried += 1
          let waypoints = around.map { item -> (along: Double, point: RingLayout.Point) in
            let node = nodes[item.index]
            let offset = reach * max(node.halfWidth, node.halfHeight) + Self.clearance + Self.detourMargin
            let point = RingLayout.Point(
              x: node.centre.x + item.side * normal.x * offset, y: node.centre.y + item.side * normal.y * offset)
            return ((point.x - p.x) * direction.x + (point.y - p.y) * direction.y, point)
          }.sorted { $0.along < $1.along }.map(\.point)
          let line = clipped(through([p] + waypoints + [q]), from: a, to: b)
          guard line.count > 1 else { continue }
          let hits = obstacles(on: line, except: [a, b])
          let candidateLength = zip(line, line.dropFirst()).reduce(0) { $0 + Self.distance($1.0, $1.1) }
          result.append(Candidate(line: line, hits: hits, length: candidateLength))
          if hits == 0 { break }
          guard hits < nodes.count, around.count < Self.detourRounds + inWay.count else { continue }
          let more = blocking(line, except: [a, b]).filter { index in !around.contains { $0.index == index } }
          for sideOfMore in [side, -side] {
            queue.append(around + more.map { ($0, sideOfMore) })
          }
        }
      }
    }
    return result
  }

  /// The nodes other than `except` that the polyline runs under (grown by ``clearance``), in
  /// index order.
  func blocking(_ line: [RingLayout.Point], except: [Int]) -> [Int] {
    let dense = densified(line)
    return nodes.indices.filter { index in
      !except.contains(index) && dense.contains { nodes[index].contains($0, margin: Self.clearance) }
    }
  }

  /// The Catmull–Rom spline through the points (each piece's tangents from its neighbours, the
  /// ends' from their one neighbour), sampled every ``spacing`` points or so.
  func through(_ points: [RingLayout.Point]) -> [RingLayout.Point] {
    guard points.count > 2 else { return densified(points) }
    var line: [RingLayout.Point] = [points[0]]
    for i in 0..<(points.count - 1) {
      let (p0, p1, p2) = (points[max(0, i - 1)], points[i], points[i + 1])
      let p3 = points[min(points.count - 1, i + 2)]
      let count = Int.bounded(Self.distance(p1, p2) * 1.5 / Self.spacing, in: 2...Self.maximumPoints)
      for k in 1...count {
        let t = Double(k) / Double(count)
        let (t2, t3) = (t * t, t * t * t)
        func blend(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> Double {
          0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (3 * b - a - 3 * c + d) * t3)
        }
        line.append(
          RingLayout.Point(x: blend(p0.x, p1.x, p2.x, p3.x), y: blend(p0.y, p1.y, p2.y, p3.y)))
      }
    }
    return line
  }
}
