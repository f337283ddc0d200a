/// PageRank of every actor: the share of time a random walker spends at the actor when it follows
/// a random tie with probability α and jumps to a random actor otherwise.
///
/// ```
/// PR(v) = (1 − α)/n  +  α · Σ_{u → v} PR(u) · w(u, v) / s(u)  +  α · Σ_{u dangling} PR(u) / n
/// ```
/// `s(u)` is u's out-strength (its number of outgoing ties when unweighted); an actor with
/// `s(u) = 0` is *dangling* and its walker jumps to a uniformly chosen actor. The values sum to 1.
/// Both the jump (personalization) and the dangling distribution are uniform. On a netwerkkaart,
/// PageRank is high for an actor that many partners point to, especially partners that are
/// themselves pointed to; unlike eigenvector centrality it is defined on every map, however
/// disconnected or one-directional.
///
/// - Direction: follows the ties: an actor gains from its *incoming* ties. An undirected map is
///   read as two arcs per tie, as NetworkX does.
/// - Weights: when `network.isWeighted`, a walker leaves u along a tie with probability
///   proportional to its strength (NetworkX `pagerank(G, weight="weight")`); otherwise every tie
///   counts 1 (`weight=None`). Strengths that are not finite positive numbers (possible only in
///   networks built from edges, never from a map) count 0, so an actor whose ties all have such
///   strengths is dangling.
/// - Values: in (0, 1], summing to 1. n = 0: no values. n = 1: 1. n = 2: ½ and ½, with or
///   without a tie (a single arc a → b: 1/(2 + α) and (1 + α)/(2 + α)). An isolate is dangling
///   and receives only jumps: its value is the map's smallest. On disconnected maps the values
///   still sum to 1 over the whole map, so a component's total share reflects its size and ties.
/// - Damping: α = ``damping``, default 0.85. A value that is not a number in 0 … 1 is read as
///   0.85. α = 0 gives 1/n everywhere; α = 1 has no jumps and may not converge (see
///   ``converged``).
/// - Convergence: power iteration from the uniform vector, stopped when the L1 error, bounded by
///   α/(1 − α) times the L1 change of the last step, is below `tolerance` (default 1e-12), or
///   after `maxIterations` steps (then ``converged`` is false and the values are the last step's).
///   The change shrinks at least by α per step, so the defaults need at most about 185 steps,
///   usually far fewer (81 on Zachary's karate club).
///
/// - Complexity: O(n + m) per step, O((n + m) · log(tolerance)/log(α)) in total.
///
/// Reference: Brin, S. & Page, L. (1998). [The anatomy of a large-scale hypertextual web search
/// engine](https://doi.org/10.1016/S0169-7552(98)00110-X). Equals NetworkX
/// `pagerank(G, alpha=α, weight="weight" or None)` (with `tol=1e-14, max_iter=10000` for 1e-9 agreement).
public struct PageRank: Sendable, Hashable {
  /// PageRank of each actor; the values sum to 1.
  public let score: [Double]
  /// The damping factor α used.
  public let damping: Double
  /// Whether the iteration reached `tolerance` within `maxIterations`.
  public let converged: Bool
  /// Number of iteration steps taken.
  public let iterations: Int

  /// Computes the PageRank of every actor of `network`.
  ///
  /// - Parameters:
  ///   - network: the map; direction and weights as described above.
  ///   - damping: α, the chance of following a tie rather than jumping; outside [0, 1] or not
  ///     finite it counts as 0.85.
  ///   - tolerance: the bound on the remaining L1 error at which the iteration stops.
  ///   - maxIterations: the most steps; ``converged`` is false when more were needed.
  public init(_ network: Network, damping: Double = 0.85, tolerance: Double = 1e-12, maxIterations: Int = 10_000) {
    let alpha = damping.isFinite && (0...1).contains(damping) ? damping : 0.85
    self.damping = alpha
    let n = network.actorCount
    guard n > 0 else {
      score = []
      converged = true
      iterations = 0
      return
    }
    let incoming = network.incoming
    let weights = network.isWeighted ? Self.scaledWeights(incoming.weights) : nil
    // 1/s(u), 0 for dangling actors; s(u) summed from the in-rows so that it uses the same weights.
    var outStrength = [Double](repeating: 0, count: n)
    for v in 0..<n {
      for entry in incoming.offsets[v]..<incoming.offsets[v + 1] {
        outStrength[Int(incoming.neighbors[entry])] += weights?[entry] ?? 1
      }
    }
    let inverseStrength = outStrength.map { $0 > 0 && $0.isFinite ? 1 / $0 : 0 }
    let dangling = (0..<n).filter { inverseStrength[$0] == 0 }

    let count = Double(n)
    var rank = [Double](repeating: 1 / count, count: n)
    var next = [Double](repeating: 0, count: n)
    var share = [Double](repeating: 0, count: n)
    var steps = 0
    var settled = false
    while steps < maxIterations {
      steps += 1
      var danglingSum = 0.0
      for u in dangling { danglingSum += rank[u] }
      for u in 0..<n { share[u] = rank[u] * inverseStrength[u] }
      let common = (1 - alpha) / count + alpha * danglingSum / count
      var change = 0.0
      for v in 0..<n {
        var sum = 0.0
        if let weights {
          for entry in incoming.offsets[v]..<incoming.offsets[v + 1] {
            sum += weights[entry] * share[Int(incoming.neighbors[entry])]
          }
        } else {
          for entry in incoming.offsets[v]..<incoming.offsets[v + 1] { sum += share[Int(incoming.neighbors[entry])] }
        }
        next[v] = common + alpha * sum
        change += abs(next[v] - rank[v])
      }
      swap(&rank, &next)
      // The step is an α-contraction in L1, so the distance to the fixed point is at most
      // α/(1 − α) times the last change; 8 ulps is the floating-point floor of a sum of 1.
      let bound = alpha < 1 ? change * alpha / (1 - alpha) : change
      if bound <= tolerance || change <= 8 * .ulpOfOne {
        settled = true
        break
      }
    }
    let total = rank.reduce(0, +)
    score = total > 0 && total.isFinite ? rank.map { $0 / total } : rank
    converged = settled
    iterations = steps
  }

  /// Weights divided by the largest, so sums cannot overflow; non-finite or non-positive ones are 0.
  private static func scaledWeights(_ weights: EntryWeights) -> [Double] {
    let largest = weights.reduce(0) { $1.isFinite && $1 > $0 ? $1 : $0 }
    guard largest > 0 else { return weights.map { _ in 0 } }
    return weights.map { $0.isFinite && $0 > 0 ? $0 / largest : 0 }
  }
}
