import Foundation
import NetwerkkaartCore

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

  /// A cell of a human format in `language`: in Dutch every decimal point between two digits
  /// becomes a decimal comma (`0.133` → `0,133`, `A (0.667)` → `A (0,667)`); English and text
  /// without such a point stay as they are. Never for CSV or JSON.
  package static func localised(_ text: String, in language: Language) -> String {
    guard language == .nl, text.contains(".") else { return text }
    var characters = Array(text)
    for index in characters.indices.dropFirst().dropLast()
    where characters[index] == "." && characters[index - 1].isNumber && characters[index + 1].isNumber {
      characters[index] = ","
    }
    return String(characters)
  }
}
