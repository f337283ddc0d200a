/// Assortativity: whether actors tie to actors like themselves. ``degree`` asks it of degree
/// (do well-connected actors work with each other, or with peripheral ones?), ``categorical``
/// of a category such as the role (do core actors work with core actors?).
///
/// Both look at the two ends of every tie, read from source to target; an undirected tie is read
/// both ways, so it counts twice, once from each end.
/// ```
/// degree:      r = Pearson correlation of (x(s), y(t)) over the ties s → t
///              undirected: x = y = degree; directed: x = out-degree, y = in-degree
/// categorical: r = (Σ_k e_kk − Σ_k a_k b_k) / (1 − Σ_k a_k b_k)
/// ```
/// `e_kl` is the share of tie ends running from category k to category l, `a_k = Σ_l e_kl` and
/// `b_k = Σ_l e_lk` (Newman 2003, eq. 2). r = 1: ties only within categories (or between equal
/// degrees); 0: as many as chance predicts; negative: ties mostly across (a star has r = −1).
///
/// - Equal to: NetworkX `degree_assortativity_coefficient(G)` (default `x="out", y="in"`,
///   `weight=None`) and `attribute_assortativity_coefficient(G, attribute)`.
/// - Categories: `categories[i]` is the category of actor i, any integer (only equality counts);
///   `nil`, or no entry because the array is shorter than n, means "not coded": ties with an
///   uncoded end are left out, as in NetworkX on the subgraph of coded actors,
///   `attribute_assortativity_coefficient(G.subgraph(coded), attribute)`.
/// - Weights: not used; each tie counts once (per direction), degrees count ties.
/// - Undefined cases are `nil` where NetworkX returns NaN: no ties (n = 0, 1, or only isolates);
///   degree when every tie end has the same degree (a regular map, n = 2 with a tie, a
///   complete map); categorical when all counted tie ends share one category.
///
/// - Complexity: O(n + m).
///
/// Reference: Newman, M. E. J. (2002). [Assortative mixing in networks](https://doi.org/10.1103/PhysRevLett.89.208701);
/// Newman, M. E. J. (2003). [Mixing patterns in networks](https://doi.org/10.1103/PhysRevE.67.026126).
public struct Assortativity: Sendable, Hashable {
  /// Degree assortativity; `nil` when undefined (no ties, or all degrees at tie ends equal).
  public let degree: Double?
  /// Categorical assortativity of the given categories; `nil` when undefined or when no
  /// categories were given.
  public let categorical: Double?

  /// Degree assortativity of `network` and, when `categories` are given, categorical assortativity.
  ///
  /// - Parameters:
  ///   - network: the map; direction and weights as described above.
  ///   - categories: the category of each actor (for example the index of its role in
  ///     `ActorRole.allCases`), `nil` where not coded. Leave empty for degree assortativity only.
  public init(_ network: Network, categories: [Int?] = []) {
    self.init(degree: Self.degree(network), categorical: Self.categorical(network, categories: categories))
  }

  /// Both figures as already computed, for example the degree assortativity a
  /// ``NetworkAnalysis`` holds (``NetworkAnalysis/degreeAssortativity``).
  public init(degree: Double?, categorical: Double?) {
    self.degree = degree
    self.categorical = categorical
  }

  /// Degree assortativity; `nil` when undefined (no ties, or all degrees at tie ends equal).
  public static func degree(_ network: Network) -> Double? {
    let n = network.actorCount
    let outDegree = (0..<n).map { Double(network.outgoing.degree(of: $0)) }
    let inDegree = network.isDirected ? (0..<n).map { Double(network.incoming.degree(of: $0)) } : outDegree
    let ends = network.outgoing.neighbors.count
    guard ends > 0 else { return nil }
    // Two passes (means, then centred sums) keep the sums accurate; x and y are whole numbers, so
    // the means of equal values are exact and a constant degree gives exactly zero variance.
    var sumX = 0.0
    var sumY = 0.0
    for s in 0..<n {
      for target in network.outgoing.neighbors(of: s) {
        sumX += outDegree[s]
        sumY += inDegree[Int(target)]
      }
    }
    let meanX = sumX / Double(ends)
    let meanY = sumY / Double(ends)
    var covariance = 0.0
    var varianceX = 0.0
    var varianceY = 0.0
    for s in 0..<n {
      let dx = outDegree[s] - meanX
      for target in network.outgoing.neighbors(of: s) {
        let dy = inDegree[Int(target)] - meanY
        covariance += dx * dy
        varianceX += dx * dx
        varianceY += dy * dy
      }
    }
    guard varianceX > 0, varianceY > 0 else { return nil }
    let r = covariance / (varianceX.squareRoot() * varianceY.squareRoot())
    return r.isFinite ? min(1, max(-1, r)) : nil
  }

  /// Categorical (nominal) assortativity of the given categories; `nil` when undefined (no tie
  /// with two coded ends, or one category at all of them).
  public static func categorical(_ network: Network, categories: [Int?]) -> Double? {
    let n = network.actorCount
    // Compact the labels to 0 ..< k in order of first appearance; -1 = not coded.
    var number = [Int: Int]()
    var category = [Int](repeating: -1, count: n)
    for actor in 0..<min(n, categories.count) {
      guard let label = categories[actor] else { continue }
      if let known = number[label] {
        category[actor] = known
      } else {
        category[actor] = number.count
        number[label] = number.count
      }
    }
    let k = number.count
    var fromCount = [Int](repeating: 0, count: k)
    var toCount = [Int](repeating: 0, count: k)
    var within = 0
    var ends = 0
    for s in 0..<n where category[s] >= 0 {
      for target in network.outgoing.neighbors(of: s) where category[Int(target)] >= 0 {
        let t = Int(target)
        fromCount[category[s]] += 1
        toCount[category[t]] += 1
        if category[s] == category[t] { within += 1 }
        ends += 1
      }
    }
    guard ends > 0 else { return nil }
    // In whole numbers: r = (E·W − Σ A_k B_k) / (E² − Σ A_k B_k), E = ends, W = within; exact, so
    // the degenerate case (one category at every end: Σ A_k B_k = E²) is recognised exactly.
    var chance = 0.0
    for c in 0..<k { chance += Double(fromCount[c]) * Double(toCount[c]) }
    let total = Double(ends) * Double(ends)
    guard chance < total else { return nil }
    let r = (Double(ends) * Double(within) - chance) / (total - chance)
    return r.isFinite ? r : nil
  }
}
