import Foundation

/// How reports write numbers (the HTML report's too).
package enum NumberFormatting {
  /// Shortest text that reads back to the same double (`0.5`, `1e-05`, `3.0`); valid JSON.
  /// Non-finite values, which the metrics never produce, become `null` rather than NaN.
  package static func exact(_ value: Double) -> String {
    value.isFinite ? "\(value)" : "null"
  }

  /// Integers as integers, reals with `decimals` places, for tables people read.
  package static func rounded(_ value: Double, decimals: Int = 4) -> String {
    guard value.isFinite else { return "" }
    return String(format: "%.\(decimals)f", value)
  }
}
