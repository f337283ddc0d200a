import Foundation

/// Routing all the ties of a map together, so that the bends that keep ties clear of actors add
/// as few crossings as they can.
///
/// Routing each tie on its own takes the first clear candidate, and a large bend or a channel
/// route then crosses many ties that a straight line would not. Here:
///
/// 1. every tie whose straight line is clear stays straight (a straight tie is the easiest to
///    follow);
/// 2. every other tie, shortest first, takes among its clear candidates the one that crosses the
///    fewest ties as drawn so far (the ties not yet routed counted as straight lines), plus a
///    small price for its extra length (``lengthPrice`` per point longer than the straight
///    line), so that gentle bends win over channel routes at equal crossings; when none of them
///    is clear, detours beside the actors in the way are tried too (``detours(from:to:)``); with
///    no clear candidate at all, the one under the fewest actors;
/// 3. a second pass routes each bent tie again against the final routes of all the others.
///
/// Crossings are counted between coarse copies of the lines (at most ``coarsePoints`` points), with
/// a bounding-box test first. Every choice breaks ties by candidate order, so the result is
/// deterministic.
extension TieRouting {
  /// Price of one point of extra length, in crossings (100 points longer costs one crossing).
  static let lengthPrice = 0.01
  /// Points kept of a line for counting crossings.
  static let coarsePoints = 17
  /// Rounds of routing the bent ties again.
  static let refinements = 1

  /// A line for counting crossings: its coarse points and bounding box.
  struct Coarse {
    var points: [RingLayout.Point]
    var minX: Double
    var maxX: Double
    var minY: Double
    var maxY: Double

    init(_ line: [RingLayout.Point]) {
      let step = max(1, (line.count - 1 + TieRouting.coarsePoints - 2) / (TieRouting.coarsePoints - 1))
      var points = stride(from: 0, to: line.count, by: step).map { line[$0] }
      if let last = line.last, points.count < 2 || points[points.count - 1] != last { points.append(last) }
      self.points = points
      (minX, maxX) = (points.map(\.x).min() ?? 0, points.map(\.x).max() ?? 0)
      (minY, maxY) = (points.map(\.y).min() ?? 0, points.map(\.y).max() ?? 0)
    }

    /// How often the two lines cross.
    func crossings(with other: Coarse) -> Int {
      guard minX <= other.maxX, other.minX <= maxX, minY <= other.maxY, other.minY <= maxY else { return 0 }
      var count = 0
      for (p, q) in zip(points, points.dropFirst()) {
        let (lowX, highX) = (min(p.x, q.x), max(p.x, q.x))
        let (lowY, highY) = (min(p.y, q.y), max(p.y, q.y))
        guard lowX <= other.maxX, other.minX <= highX, lowY <= other.maxY, other.minY <= highY else { continue }
        for (r, s) in zip(other.points, other.points.dropFirst()) where CrossingReduction.cross(p, q, r, s) {
          count += 1
        }
      }
      return count
    }
  }

  /// The route of every tie (`ties[k]` from `a` to `b`), in the order given, in points and cut
  /// at its end nodes (empty when the two nodes overlap), and whether it clears every other actor.
  /// With `detours`, a tie that no ordinary candidate keeps clear also tries detours.
  func routeAll(_ ties: [(a: Int, b: Int)], detours: Bool = true) -> [(line: [RingLayout.Point], clear: Bool)] {
    var lines = ties.map { [nodes[$0.a].centre, nodes[$0.b].centre] }
    var coarse = lines.map { Coarse($0) }
    var options: [Int: [Candidate]] = [:]
    var unroutable = Set<Int>()
    var clearance = [Bool](repeating: true, count: ties.count)
    for (k, tie) in ties.enumerated() {
      // Most ties are straight and clear: the other candidates only for the rest.
      if let line = straight(from: tie.a, to: tie.b), line.hits == 0 {
        lines[k] = line.line
        coarse[k] = Coarse(line.line)
        continue
      }
      let all = candidates(from: tie.a, to: tie.b)
      guard let straight = all.first else {
        unroutable.insert(k)
        continue
      }
      lines[k] = straight.line
      coarse[k] = Coarse(straight.line)
      if straight.hits > 0 {
        // Detours only where no ordinary candidate is clear (TieRouting+Detours).
        options[k] = !detours || all.contains { $0.hits == 0 } ? all : all + self.detours(from: tie.a, to: tie.b)
      }
    }
    let bent = options.keys.sorted { (options[$0]?[0].length ?? 0, $0) < (options[$1]?[0].length ?? 0, $1) }
    for _ in 0...Self.refinements {
      for k in bent {
        guard let all = options[k] else { continue }
        let disjoint = ties.indices.map { j in
          j != k && Set([ties[j].a, ties[j].b]).isDisjoint(with: [ties[k].a, ties[k].b])
        }
        let straightLength = all[0].length
        var best: (cost: Double, index: Int)?
        let clear = all.contains { $0.hits == 0 }
        for (index, candidate) in all.enumerated() where !clear || candidate.hits == 0 {
          let extra = Self.lengthPrice * max(0, candidate.length - straightLength)
          if let best, extra >= best.cost { continue }
          let line = Coarse(candidate.line)
          var cost = extra + (clear ? 0 : 1000 * Double(candidate.hits))
          for j in ties.indices where disjoint[j] {
            cost += Double(line.crossings(with: coarse[j]))
            if let best, cost >= best.cost { break }
          }
          if best.map({ cost < $0.cost }) ?? true { best = (cost, index) }
        }
        if let best {
          lines[k] = all[best.index].line
          coarse[k] = Coarse(lines[k])
          clearance[k] = all[best.index].hits == 0
        }
      }
    }
    return lines.indices.map { unroutable.contains($0) ? ([], true) : (lines[$0], clearance[$0]) }
  }
}
