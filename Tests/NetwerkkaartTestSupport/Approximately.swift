/// Floating-point comparison for tests: relative tolerance with an absolute floor, so that
/// expected zeros compare sensibly (as swift-numerics' `isApproximatelyEqual`).
public func approximately(
  _ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-12
) -> Bool {
  if actual == expected { return true }
  guard actual.isFinite, expected.isFinite else { return false }
  return abs(actual - expected) <= max(absolute, relative * max(abs(actual), abs(expected)))
}

/// Pairs of (index, actual, expected) that differ beyond the tolerance; empty when all agree.
public func mismatches(
  _ actual: [Double], _ expected: [Double], relative: Double = 1e-9, absolute: Double = 1e-12
) -> [(index: Int, actual: Double, expected: Double)] {
  guard actual.count == expected.count else { return [(-1, Double(actual.count), Double(expected.count))] }
  return actual.indices.compactMap { index in
    approximately(actual[index], expected[index], relative: relative, absolute: absolute)
      ? nil : (index, actual[index], expected[index])
  }
}
