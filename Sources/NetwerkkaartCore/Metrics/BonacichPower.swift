/// Bonacich's power centrality c(α, β) of every actor: ties to partners counted with weight 1,
/// ties of those partners with weight β, their ties with β², and so on.
///
/// ```
/// c(α, β) = α · (I − βA)⁻¹ · A · 1 = α · Σ_{k ≥ 0} β^k A^(k+1) 1     α chosen so that Σ_v c(v)² = n
/// ```
/// `A` is the adjacency matrix, `A·1` the degrees. With β > 0 an actor is powerful when its
/// partners have many partners (β → 1/λ gives eigenvector centrality, β = 0 degree). With β < 0
/// it is powerful when its partners have *few* other options: a school that is the only
/// partner of several small organisations holds more bargaining power than one whose partners
/// all have alternatives (Bonacich 1987, exchange networks).
///
/// - β: any finite value with 1/β not an eigenvalue of A. Bonacich advises |β| < 1/λ, λ the
///   largest eigenvalue (``EigenvectorCentrality/eigenvalue``), where the series converges.
///   When 1/β is an eigenvalue (numerically) ``status`` is ``Status/singular``; a β that is not
///   finite gives ``Status/invalidBeta``. In both cases every value is 0.
/// - Solving: maps of at most ``denseLimit`` actors are solved exactly (Gaussian elimination with
///   partial pivoting, any β). Larger maps iterate `c ← A1 + βAc`, which converges only for
///   |β| < 1/λ; otherwise (or without convergence in `maxIterations` steps) ``status`` is
///   ``Status/notConverged`` and every value is 0.
/// - Direction: A(i, j) is the tie *from* i to j, so on a directed map c counts outgoing ties,
///   as Bonacich (1987), R sna `bonpow` and R igraph `power_centrality`. (The opposite of
///   NetworkX's eigenvector centrality, which counts incoming ties.)
/// - Weights: when `network.isWeighted`, A holds the tie strengths (then λ and the admissible
///   β change with them); otherwise 1. Strengths that are not finite positive numbers count 0.
/// - Values: α > 0, so with β ≥ 0 every value is ≥ 0; with β < 0 values may be negative.
///   n = 0: no values. A map without ties (including n = 1): 0 for everyone (no normalization is
///   possible). n = 2 with a tie: 1 and 1 (β ≠ 1). Isolates get 0; disconnected maps need no
///   special case: the normalization runs over the whole map.
/// - Example: a star with centre c and k leaves gives c = k(1 + β)/(1 − kβ²) and each leaf
///   (1 + kβ)/(1 − kβ²) before normalizing; for k = 4 and β = −1/4 the leaves get 0: a leaf's
///   only partner has three other options.
///
/// - Complexity: O(n³) up to ``denseLimit`` actors, O(m) per step above it.
///
/// Reference: Bonacich, P. (1987). [Power and centrality: a family of
/// measures](https://doi.org/10.1086/228631). American Journal of Sociology 92(5), 1170–1182.
/// NetworkX has no equivalent; `numpy.linalg.solve(I − β·A, A @ 1)` scaled to Σc² = n, with
/// `A = nx.to_numpy_array(G, weight=None or "weight")`, equals it (R: `sna::bonpow(A, exponent=β)`).
public struct BonacichPower: Sendable, Hashable {
  /// How the linear system was solved.
  public enum Status: Sendable, Hashable {
    /// The values are c(α, β).
    case solved
    /// 1/β is (numerically) an eigenvalue of A: c(α, β) is undefined.
    case singular
    /// A map above ``BonacichPower/denseLimit`` actors whose iteration did not converge
    /// (|β| ≥ 1/λ, or too slow for `maxIterations`).
    case notConverged
    /// β is infinite or not a number.
    case invalidBeta
  }

  /// Power centrality of each actor, Σ c² = n; all 0 unless ``status`` is ``Status/solved``.
  public let power: [Double]
  /// The attenuation factor β used.
  public let beta: Double
  /// Whether c(α, β) could be computed.
  public let status: Status

  /// Maps of at most this many actors are solved exactly.
  public static let denseLimit = 500

  /// Computes c(α, β) of every actor of `network`.
  ///
  /// ```swift
  /// let bargaining = BonacichPower(network, beta: -0.25)
  /// if bargaining.status == .solved { print(bargaining.power) }
  /// ```
  ///
  /// - Parameters:
  ///   - network: the map; direction and weights as described above.
  ///   - beta: the attenuation factor β; negative for bargaining power, positive for
  ///     connection to well-connected partners.
  ///   - tolerance: largest change per step at which the iteration on maps above
  ///     ``denseLimit`` actors stops; not used by the exact solve.
  ///   - maxIterations: the most iteration steps on maps above ``denseLimit`` actors.
  public init(_ network: Network, beta: Double, tolerance: Double = 1e-13, maxIterations: Int = 10_000) {
    let n = network.actorCount
    self.beta = beta
    guard beta.isFinite else {
      power = [Double](repeating: 0, count: n)
      status = .invalidBeta
      return
    }
    let rows = network.outgoing
    let weights = network.isWeighted ? rows.weights.map { $0.isFinite && $0 > 0 ? $0 : 0 } : nil
    var degrees = [Double](repeating: 0, count: n)
    for v in 0..<n {
      for entry in rows.offsets[v]..<rows.offsets[v + 1] { degrees[v] += weights?[entry] ?? 1 }
    }
    let raw =
      n <= Self.denseLimit
      ? Self.solveDense(rows, weights: weights, degrees: degrees, beta: beta)
      : Self.solveIteratively(
        rows, weights: weights, degrees: degrees, beta: beta, tolerance: tolerance, maxIterations: maxIterations)
    guard let raw else {
      power = [Double](repeating: 0, count: n)
      status = n <= Self.denseLimit ? .singular : .notConverged
      return
    }
    // Scale by the largest magnitude first so that the sum of squares cannot overflow.
    let largest = raw.reduce(0) { max($0, abs($1)) }
    guard largest > 0, largest.isFinite else {
      power = [Double](repeating: 0, count: n)
      status = largest == 0 ? .solved : .notConverged
      return
    }
    let squares = raw.reduce(0) { $0 + ($1 / largest) * ($1 / largest) }
    let alpha = (Double(n) / squares).squareRoot() / largest
    power = raw.map { $0 * alpha }
    status = .solved
  }

  /// Solves (I − βA) c = A·1 by Gaussian elimination with partial pivoting; nil when singular.
  private static func solveDense(_ rows: Adjacency, weights: [Double]?, degrees: [Double], beta: Double) -> [Double]? {
    let n = degrees.count
    var matrix = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      matrix[i * n + i] = 1
      for entry in rows.offsets[i]..<rows.offsets[i + 1] {
        matrix[i * n + Int(rows.neighbors[entry])] -= beta * (weights?[entry] ?? 1)
      }
    }
    var norm = 0.0
    for i in 0..<n {
      var sum = 0.0
      for j in 0..<n { sum += abs(matrix[i * n + j]) }
      norm = max(norm, sum)
    }
    let threshold = Double(n) * .ulpOfOne * norm
    var c = degrees
    for column in 0..<n {
      var pivotRow = column
      for row in column..<n where abs(matrix[row * n + column]) > abs(matrix[pivotRow * n + column]) {
        pivotRow = row
      }
      let pivot = matrix[pivotRow * n + column]
      guard abs(pivot) > threshold, pivot.isFinite else { return nil }
      if pivotRow != column {
        for j in 0..<n { matrix.swapAt(pivotRow * n + j, column * n + j) }
        c.swapAt(pivotRow, column)
      }
      for row in (column + 1)..<n {
        let factor = matrix[row * n + column] / pivot
        guard factor != 0 else { continue }
        for j in column..<n { matrix[row * n + j] -= factor * matrix[column * n + j] }
        c[row] -= factor * c[column]
      }
    }
    for row in stride(from: n - 1, through: 0, by: -1) {
      var sum = c[row]
      for j in (row + 1)..<n { sum -= matrix[row * n + j] * c[j] }
      c[row] = sum / matrix[row * n + row]
    }
    return c.allSatisfy(\.isFinite) ? c : nil
  }

  /// Iterates c ← A·1 + βAc from c = A·1; nil unless the estimated error, `change · r/(1 − r)`
  /// with r the ratio of the last two changes, falls below `tolerance` relative to the largest value.
  private static func solveIteratively(
    _ rows: Adjacency, weights: [Double]?, degrees: [Double], beta: Double, tolerance: Double, maxIterations: Int
  ) -> [Double]? {
    let n = degrees.count
    var c = degrees
    var next = degrees
    var previousChange = 0.0
    for _ in 0..<max(0, maxIterations) {
      var change = 0.0
      var largest = 0.0
      for v in 0..<n {
        var sum = 0.0
        if let weights {
          for entry in rows.offsets[v]..<rows.offsets[v + 1] { sum += weights[entry] * c[Int(rows.neighbors[entry])] }
        } else {
          for entry in rows.offsets[v]..<rows.offsets[v + 1] { sum += c[Int(rows.neighbors[entry])] }
        }
        let value = degrees[v] + beta * sum
        next[v] = value
        change = max(change, abs(value - c[v]))
        largest = max(largest, abs(value))
      }
      swap(&c, &next)
      guard largest.isFinite, largest < 1e250 else { return nil }
      if change <= 32 * .ulpOfOne * largest { return c }
      if previousChange > 0 {
        let rate = change / previousChange
        if rate < 1, change * rate / (1 - rate) <= tolerance * largest { return c }
      }
      previousChange = change
    }
    return nil
  }
}
