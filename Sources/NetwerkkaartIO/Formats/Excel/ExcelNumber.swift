import Foundation

/// Reading Excel's numbers and dates as text.
enum ExcelNumber {
  /// A number cell as text: whole numbers without decimals (`3`), others as the shortest text
  /// that reads back as exactly the stored number (`2.5`, `0.3333333333333333`). Excel shows at
  /// most 15 significant digits, but the file holds the exact value, and that is what is kept.
  static func general(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  /// A date serial (days since 1899-12-30 in the 1900 date system) as `YYYY-MM-DD`, with
  /// `THH:MM:SS` when it has a time of day; `nil` outside years 1900–9999.
  static func isoDate(serial: Double) -> String? {
    guard serial >= 1, serial < 2_958_466 else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let base = DateComponents(calendar: calendar, year: 1899, month: 12, day: 30).date ?? Date(timeIntervalSince1970: 0)
    let seconds = (serial * 86_400).rounded()
    let date = base.addingTimeInterval(seconds)
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
    var text = String(format: "%04d-%02d-%02d", year, month, day)
    let (hour, minute, second) = (parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    if hour != 0 || minute != 0 || second != 0 { text += String(format: "T%02d:%02d:%02d", hour, minute, second) }
    return text
  }

  /// Whether number format `id` (with its `code` when custom) shows a date: the built-in date
  /// formats 14–22 and 45–47, or a custom code with day, month or year letters outside quotes,
  /// brackets and escapes.
  static func isDateFormat(id: Int, code: String?) -> Bool {
    if (14...22).contains(id) || (45...47).contains(id) { return true }
    guard let code else { return false }
    var inQuotes = false
    var inBrackets = false
    var escaped = false
    for character in code.lowercased() {
      if escaped {
        escaped = false
        continue
      }
      switch character {
      case "\\": escaped = true
      case "\"": inQuotes.toggle()
      case "[": inBrackets = true
      case "]": inBrackets = false
      case "d", "m",
        "y" where !inQuotes && !inBrackets:
        return true
      default: continue
      }
    }
    return false
  }
}
