/// The text inside the actors' nodes: full labels, shortened ones, or numbers with a key.
///
/// - `full`: the label as typed, wrapped at spaces onto as many lines of about
///   ``lineLength`` characters as it needs (balanced, no character changed or lost).
/// - `short`: at most ``shortLength`` characters: whole words while they fit, then `…`; a
///   first word that is longer is cut. Wrapped onto two lines when it has a space.
/// - `number`: the actor's number (1, 2, … in map order); the drawing adds a key table.
///
/// `auto` (``DrawingOptions/LabelMode/auto``) tries them in this order and takes the first at
/// which the drawing fits the paper at the requested font size.
enum LabelFitting {
  /// Target characters per line of a full label.
  static let lineLength = 14
  /// Longest short label, `…` included.
  static let shortLength = 16

  /// The node text of every actor in `mode` (`auto` is not a mode here: use full, short or number).
  static func labels(_ names: [String], mode: DrawingOptions.LabelMode) -> [String] {
    switch mode {
    case .auto, .full: names.map { wrapped($0, lineLength: lineLength) }
    case .short: names.map { wrapped(shortened($0), lineLength: 10) }
    case .number: names.indices.map { String($0 + 1) }
    }
  }

  /// The label on `ceil(count / lineLength)` lines, broken at the spaces that make the lines
  /// most even (greedy towards `count / lines` characters a line). Labels without spaces or with
  /// a line break of their own are left as they are.
  static func wrapped(_ label: String, lineLength: Int) -> String {
    guard label.count > lineLength, !label.contains("\n") else { return label }
    let words = label.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard words.count > 1 else { return label }
    let lineCount = (label.count + lineLength - 1) / lineLength
    let target = Double(label.count) / Double(lineCount)
    var lines: [String] = []
    var current = ""
    for word in words {
      if current.isEmpty {
        current = word
      } else if lines.count < lineCount - 1
        && abs(Double(current.count + 1 + word.count) - target) > abs(Double(current.count) - target)
        && Double(current.count + 1 + word.count) > target
      {
        lines.append(current)
        current = word
      } else {
        current += " " + word
      }
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }

  /// At most ``shortLength`` characters: whole words, then `…`.
  static func shortened(_ label: String) -> String {
    let flat = label.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard flat.count > shortLength else { return flat }
    var result = ""
    for word in flat.split(separator: " ") {
      let next = result.isEmpty ? String(word) : result + " " + word
      if next.count > shortLength - 1 { break }
      result = next
    }
    if result.isEmpty { result = String(flat.prefix(shortLength - 1)) }
    return result + "…"
  }
}
