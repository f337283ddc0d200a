import Foundation

/// How far apart the actors of a map are: per connected component its size, diameter (the longest
/// shortest path) and average distance, and the same for the whole map.
///
/// ```
/// diameter(C)  = max { d(s, t) : s, t ∈ C, t reachable from s }
/// average(C)   = Σ d(s, t) / |{(s, t) : s ≠ t, t reachable from s}|      ordered pairs in C
/// ```
/// - Components: ``Components``' numbering (weakly connected on directed maps), so
///   ``components``[k] describes component k and ``componentOfActor`` is ``Components/componentOfActor``.
/// - Whole map: ``diameter`` is the diameter of the largest component (the first of equal size),
///   the part of the map most readers mean; ``longestDistance`` is the longest shortest path in any
///   component. ``averageDistance`` averages over every reachable ordered pair of the map, so a
///   large component weighs more than a small one.
/// - Direction: distances follow the ties' direction, so within a weak component some pairs may be
///   unreachable; both figures then run over the reachable ordered pairs only.
/// - Weights: on a weighted network d is the sum of 1/weight along the shortest path (strong ties
///   are short); unweighted it counts ties (hops). The shortest paths come from the library's one
///   BFS/Dijkstra (`Paths/ShortestPathTree.swift`).
/// - Equal to: undirected, per component, NetworkX `diameter(G.subgraph(C))` and
///   `average_shortest_path_length(G.subgraph(C))` (with `weight="distance"`, distance = 1/weight,
///   when weighted); for the whole map igraph `average_path_length(directed=…, unconn=True)` and,
///   for ``longestDistance``, `diameter(directed=…, unconn=True)`. Directed: igraph with the
///   same arguments on each component (NetworkX refuses maps that are not strongly connected).
/// - Values: 0 for a component of one actor and for a map without reachable pairs; n = 0: no
///   components, ``largestComponent`` `nil`, figures 0. n = 2 with a tie: diameter 1, average 1.
/// - Example: the path a – b – c – d with an isolate e: component {a, b, c, d} has diameter 3
///   and average (1 + 2 + 3 + 1 + 1 + 2) · 2 / 12 = 20/12 ≈ 1.667; {e} has 0 and 0. The map's
///   diameter is 3 and its average distance 20/12, over the 12 reachable ordered pairs.
///
/// - Algorithm: the averages need every distance, so they come from one shortest-path tree per
///   actor: the sweep that closeness already runs, when its sums are reused (``NetworkAnalysis``
///   does; ``init(_:threads:)`` runs a sweep of its own). Directed diameters are the
///   largest eccentricities of that same sweep. Undirected
///   diameters use the bounds of Takes & Kosters (2011), ecc(v) − d(v, w) ≤ ecc(w) ≤ ecc(v) +
///   d(v, w), which rule out actors that cannot lengthen the diameter, so that the diameter is
///   the eccentricity of an actor whose tree was grown again, a real path length.
/// - Complexity: with the sweep's sums, O(n) directed; undirected O(k·m) for the k bounding trees: a
///   handful on sparse maps with long paths, 4,021 of 20,000 on a Barabási–Albert map (m = 5,
///   diameter 6, where most actors lie near the diameter). Without sums, one sweep first. The
///   result does not depend on the number of threads.
///
/// References: Wasserman & Faust (1994), §4.3.1 (geodesic distance, diameter); Watts, D. J. &
/// Strogatz, S. H. (1998), [characteristic path length](https://doi.org/10.1038/30918); Takes,
/// F. W. & Kosters, W. A. (2011). [Determining the diameter of small world
/// networks](https://doi.org/10.1145/2063576.2063748), *CIKM '11*, 1191–1196.
public struct DistanceSummary: Sendable, Hashable {
  /// The distance figures of one component.
  public struct Component: Sendable, Hashable {
    /// Number of actors.
    public let size: Int
    /// Longest shortest path between two of its actors; 0 for a single actor.
    public let diameter: Double
    /// Mean distance over its reachable ordered pairs; 0 when there are none.
    public let averageDistance: Double
    /// Ordered pairs (s, t), s ≠ t, with t reachable from s: size·(size − 1) when undirected.
    public let reachablePairs: Int

    /// A component's figures from their values (for tests and decoding; the summary computes them).
    public init(size: Int, diameter: Double, averageDistance: Double, reachablePairs: Int) {
      self.size = size
      self.diameter = diameter
      self.averageDistance = averageDistance
      self.reachablePairs = reachablePairs
    }
  }

  /// The components in ``Components``' order.
  public let components: [Component]
  /// Component of each actor.
  public let componentOfActor: [Int]
  /// The largest component (the first of equal size); `nil` when n = 0.
  public let largestComponent: Int?
  /// Diameter of the largest component; 0 when n = 0.
  public let diameter: Double
  /// Longest shortest path in any component; 0 when n = 0.
  public let longestDistance: Double
  /// Mean distance over all reachable ordered pairs of the map; 0 when there are none.
  public let averageDistance: Double
  /// Reachable ordered pairs (s, t), s ≠ t, of the whole map.
  public let reachablePairs: Int

  /// Computes the distances with its own sweep over all sources.
  public init(_ network: Network, threads: Int? = nil) {
    self.init(network: network, sums: PathSums(), threads: threads)
  }

  /// Finishes the summary from a sweep over every actor that included
  /// ``PathSweep/Request/outDistances`` (as the one ``MetricsTable`` runs), so that the averages
  /// cost nothing more (directed diameters too: the sweep records each actor's eccentricity).
  /// Sums without outward distances are computed here.
  package init(network: Network, sums: PathSums, threads: Int? = nil) {
    self.init(network: network, sums: sums, components: Components(network), threads: threads)
  }

  /// As ``init(network:sums:threads:)``, with the (weak) components of `network` already found.
  package init(network: Network, sums: PathSums, components grouping: Components, threads: Int? = nil) {
    let n = network.actorCount
    let reach: [Int]
    let distanceSum: [Double]
    let componentDiameter: [Double]
    // Reach, distance sums and eccentricities from the caller's sweep when it has them, else
    // from a sweep of our own (outward sums only).
    let outward =
      sums.outReach.count == n && sums.outDistanceSum.count == n && sums.outEccentricity.count == n
      ? sums : PathSweep(network: network, request: .outDistances, threads: threads).run()
    reach = outward.outReach
    distanceSum = outward.outDistanceSum
    if network.isDirected {
      var largest = [Double](repeating: 0, count: grouping.count)
      for actor in 0..<n {
        largest[grouping.componentOfActor[actor]] = max(
          largest[grouping.componentOfActor[actor]], outward.outEccentricity[actor])
      }
      componentDiameter = largest
    } else {
      componentDiameter = BoundedDiameters.run(network, components: grouping)
    }
    var sizes = [Int](repeating: 0, count: grouping.count)
    var totals = [Double](repeating: 0, count: grouping.count)
    var pairs = [Int](repeating: 0, count: grouping.count)
    for actor in 0..<n {
      let k = grouping.componentOfActor[actor]
      sizes[k] += 1
      totals[k] += distanceSum[actor]
      pairs[k] += max(0, reach[actor] - 1)
    }
    components = (0..<grouping.count).map { k in
      Component(
        size: sizes[k], diameter: componentDiameter[k],
        averageDistance: pairs[k] > 0 ? totals[k] / Double(pairs[k]) : 0, reachablePairs: pairs[k])
    }
    componentOfActor = grouping.componentOfActor
    var largest: Int?
    for k in 0..<grouping.count where largest.map({ sizes[k] > sizes[$0] }) ?? true { largest = k }
    largestComponent = largest
    diameter = largest.map { componentDiameter[$0] } ?? 0
    longestDistance = componentDiameter.max() ?? 0
    let totalPairs = pairs.reduce(0, +)
    reachablePairs = totalPairs
    averageDistance = totalPairs > 0 ? totals.reduce(0, +) / Double(totalPairs) : 0
  }
}

/// Exact diameters of the components of an undirected network with few shortest-path trees
/// (Takes & Kosters 2011, *BoundingDiameters*).
///
/// Every actor w keeps bounds on its eccentricity (its largest distance): after a tree from v,
/// max(ecc(v) − d(v, w), d(v, w)) ≤ ecc(w) ≤ ecc(v) + d(v, w). An actor whose upper bound does
/// not exceed the largest eccentricity found so far cannot lengthen the diameter and is dropped.
/// Trees are grown alternately from the candidate with the largest upper bound and the one with
/// the smallest lower bound (ties: more neighbours, then the lower index), until none is left.
/// The diameter is always the eccentricity of an actor whose tree was grown, so it is a real
/// path length, never a bound.
private enum BoundedDiameters {
  static func run(_ network: Network, components: Components) -> [Double] {
    let n = network.actorCount
    var diameters = [Double](repeating: 0, count: components.count)
    guard n > 0 else { return diameters }
    // Actors grouped by component, in actor order.
    var start = [Int](repeating: 0, count: components.count + 1)
    for k in components.componentOfActor { start[k + 1] += 1 }
    for k in 0..<components.count { start[k + 1] += start[k] }
    var members = [Int](repeating: 0, count: n)
    var cursor = start
    for actor in 0..<n {
      let k = components.componentOfActor[actor]
      members[cursor[k]] = actor
      cursor[k] += 1
    }
    var lower = [Double](repeating: 0, count: n)
    var upper = [Double](repeating: .infinity, count: n)
    let tree = ShortestPathTree(actorCount: n, weighted: network.isWeighted)
    network.withViews { outgoing, incoming in
      for k in 0..<components.count where start[k + 1] - start[k] > 1 {
        var candidates = Array(members[start[k]..<start[k + 1]])
        var found = 0.0
        var fromLargestUpper = true
        while let v = pick(candidates, lower: lower, upper: upper, largestUpper: fromLargestUpper, network) {
          fromLargestUpper.toggle()
          tree.compute(from: v, outgoing: outgoing, incoming: incoming)
          var eccentricity = 0.0
          for position in 1..<max(1, tree.reachedCount) {
            eccentricity = max(eccentricity, tree.distance[Int(tree.order[position])])
          }
          found = max(found, eccentricity)
          for w in candidates {
            let d = tree.distance[w]
            lower[w] = max(lower[w], eccentricity - d, d)
            upper[w] = min(upper[w], eccentricity + d)
          }
          upper[v] = eccentricity
          candidates.removeAll { upper[$0] <= found }
        }
        diameters[k] = found
      }
    }
    return diameters
  }

  /// The next actor to grow a tree from; `nil` when no candidate is left.
  private static func pick(
    _ candidates: [Int], lower: [Double], upper: [Double], largestUpper: Bool, _ network: Network
  ) -> Int? {
    var best: Int?
    for w in candidates {
      guard let current = best else {
        best = w
        continue
      }
      let (key, currentKey) = largestUpper ? (upper[w], upper[current]) : (-lower[w], -lower[current])
      if key > currentKey
        || (key == currentKey && network.outgoing.degree(of: w) > network.outgoing.degree(of: current))
      {
        best = w
      }
    }
    return best
  }
}
