/// Shortest-path betweenness of every actor: how often an actor lies on the shortest paths
/// between two others, the classic measure of brokerage ("brugfiguur").
///
/// ```
/// C_B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st
/// ```
/// `σ_st` is the number of shortest s–t paths and `σ_st(v)` the number of those through v.
///
/// - Direction: undirected maps count each unordered pair {s, t} once (the dependencies of
///   both orders are halved); directed maps count ordered pairs.
/// - Normalization: ``normalized`` divides by the number of pairs that can pass through v,
///   (n−1)(n−2)/2 undirected and (n−1)(n−2) directed, so values lie in [0, 1]. This equals
///   NetworkX `betweenness_centrality(G, normalized=True)`; ``raw`` equals `normalized=False`.
/// - Weights: when the network is weighted a tie of strength w has length 1/w (strong ties are
///   short), and shortest paths come from Dijkstra; path lengths equal within a relative 1e-9
///   count as equally short (see `Paths/ShortestPathTree.swift`). Unweighted maps count hops.
/// - Small and disconnected maps: 0 for every actor when n ≤ 2 (no pair can pass through a third
///   actor; normalization is defined as 0 there). Pairs that cannot reach each other add nothing,
///   so disconnected maps need no special case; an isolate has 0.
/// - Example: on the path a – b – c, b has raw 1 and normalized 1; a and c have 0.
///
/// - Complexity: O(n·m) unweighted, O(n·m·log n) weighted (Brandes 2001), O(n + m) memory.
///
/// Algorithm: [Brandes 2001], accumulating dependencies over the reversed shortest-path
/// order without predecessor lists; on unweighted maps level by level
/// (`Paths/BreadthFirstLevels.swift`, `Metrics/LevelDependencyAccumulator.swift`), so values
/// can differ from a one-term-at-a-time sum in the last one or two binary digits (at most
/// 1.3e-15 relative in the example outputs; see Docs/Performance.md, "Sweep").
/// Definition: Freeman (1977).
///
/// [Brandes 2001]: https://doi.org/10.1080/0022250X.2001.9990249
public struct Betweenness: Sendable, Hashable {
  /// C_B(v), unordered pairs for undirected networks.
  public let raw: [Double]
  /// C_B(v) divided by (n−1)(n−2)/2 (undirected) or (n−1)(n−2) (directed); 0 when n < 3.
  public let normalized: [Double]

  /// Computes betweenness with its own sweep over all sources.
  public init(_ network: Network, threads: Int? = nil) {
    let sums = PathSweep(network: network, request: .dependency, threads: threads).run()
    self.init(network: network, sums: sums)
  }

  /// Finishes betweenness from a sweep that included ``PathSweep/Request/dependency``.
  package init(network: Network, sums: PathSums) {
    let n = network.actorCount
    raw = Self.unorderedIfUndirected(sums.dependency, directed: network.isDirected)
    normalized = Self.rescale(raw, actorCount: n, directed: network.isDirected)
  }

  /// Undirected sweeps count every pair in both orders; halve them.
  private static func unorderedIfUndirected(_ dependency: [Double], directed: Bool) -> [Double] {
    directed ? dependency : dependency.map { $0 / 2 }
  }

  /// Divides by the number of pairs not involving v.
  private static func rescale(_ raw: [Double], actorCount n: Int, directed: Bool) -> [Double] {
    guard n >= 3 else { return raw.map { _ in 0 } }
    let pairs = Double(n - 1) * Double(n - 2) / (directed ? 1 : 2)
    return raw.map { $0 / pairs }
  }
}

/// Brandes' dependency accumulation for one source of a weighted network:
/// δ_s(v) = Σ_{w: v ∈ P_s(w)} σ_sv · ((1 + δ_s(w)) / σ_sw), walked over the reached actors in reverse
/// order of distance, each successor's term added to δ_s(v) as it comes, then added to `target`.
/// Unweighted networks sum by levels instead (``LevelDependencyAccumulator``).
final class DependencyAccumulator {
  private let delta: UnsafeMutableBufferPointer<Double>

  init(actorCount: Int) {
    delta = .filled(actorCount, with: 0)
  }

  deinit { delta.deallocate() }

  func accumulate(_ tree: ShortestPathTree, incoming: AdjacencyView, into target: UnsafeMutableBufferPointer<Double>) {
    let delta = self.delta
    let sigma = tree.sigma
    let order = tree.order
    let offsets = incoming.offsets
    let neighbors = incoming.neighbors
    let weights = incoming.weights
    let reached = tree.reachedCount
    var position = reached - 1
    while position > 0 {
      let w = Int(order[position])
      let share = (1 + delta[w]) / sigma[w]
      for entry in offsets[w]..<offsets[w + 1] {
        let v = Int(neighbors[entry])
        if tree.isPredecessor(v, of: w, length: 1 / weights[entry]) { delta[v] += sigma[v] * share }
      }
      target[w] += delta[w]
      position -= 1
    }
    for position in 0..<reached { delta[Int(order[position])] = 0 }
  }
}
