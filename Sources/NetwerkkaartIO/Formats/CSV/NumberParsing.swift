/// Reads the numbers people type into spreadsheets.
public enum NumberParsing {
  /// A finite number from text such as `2`, `2.5`, ` 3 ` or, when `decimalComma` is on, `2,5`.
  ///
  /// Surrounding spaces are ignored. With `decimalComma`, one comma is the decimal separator
  /// (as Excel writes numbers in a Belgian or Dutch locale); a text with both `.` and `,` is
  /// refused rather than guessed. Returns `nil` for anything else, including `nan` and `inf`.
  public static func number(_ text: String, decimalComma: Bool) -> Double? {
    var text = text.trimmingASCIIWhitespace()
    if decimalComma, text.contains(",") {
      guard !text.contains("."), text.filter({ $0 == "," }).count == 1 else { return nil }
      text = text.replacingOccurrences(of: ",", with: ".")
    }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
      let value = Double(text), value.isFinite
    else { return nil }
    return value
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: Character, with replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }
}
