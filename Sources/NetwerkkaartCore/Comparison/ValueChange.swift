/// A number in both waves and its change, `after − before`.
public struct ValueChange: Sendable, Hashable {
  /// The metric or figure, snake_case as in `metrics --format json` (`degree`, `density`).
  public let name: String
  /// The value in the first wave.
  public let before: Double
  /// The value in the second wave.
  public let after: Double
  /// Whether both values are counts (degree, actors, ties, components).
  public let isInteger: Bool

  /// A value named `name` that went from `before` to `after`.
  public init(name: String, before: Double, after: Double, isInteger: Bool) {
    self.name = name
    self.before = before
    self.after = after
    self.isInteger = isInteger
  }

  /// `after − before`: positive when the value grew.
  public var change: Double { after - before }
}
