extension Int {
  /// `value` rounded towards zero and kept within `range`: how many sample points, table lines or
  /// pixels a drawing computes from its geometry. Geometry can come from a user's positions file
  /// or an extreme weight, so `value` may be huge, infinite or NaN; `Int(_:)` would stop the
  /// program on those, this gives a bound instead (NaN gives the lower bound).
  ///
  /// ```swift
  /// Int.bounded(7.9, in: 1...100)            // 7
  /// Int.bounded(.infinity, in: 2...10_000)   // 10000
  /// Int.bounded(.nan, in: 1...5)             // 1
  /// ```
  static func bounded(_ value: Double, in range: ClosedRange<Int>) -> Int {
    guard value >= Double(range.lowerBound) else { return range.lowerBound }
    guard value < Double(range.upperBound) else { return range.upperBound }
    // trap-checked: value is finite and within range here (NaN fails the first guard).
    return Int(value)
  }
}
