/// The key of a map whose nodes show numbers: `12  Gemeente Hoogheide` in columns of text nodes,
/// pinned beside or below the map (also in the SVG, so a reader of the file finds every name).
///
/// An entry longer than ``maximumEntryWidth`` is wrapped at spaces, its further lines indented.
/// Columns are as wide as their widest line (``TextMetrics``); the entries fill a column top to
/// bottom (an entry is never split over two columns), then the next.
struct KeyTable {
  /// Each entry's lines.
  let entries: [[String]]
  let pointSize: Double

  init(names: [String], pointSize: Double, maximumEntryWidth: Double) {
    self.pointSize = pointSize
    self.entries = names.enumerated().map { offset, name in
      Self.wrap("\(offset + 1)  \(name)", width: maximumEntryWidth, pointSize: pointSize)
    }
  }

  var rowHeight: Double { pointSize * 1.2 / 72 }
  var columnGap: Double { pointSize * 1.5 / 72 }

  /// Greedy wrapping at spaces so that each line is at most `width` inches (a longer word stays
  /// whole); further lines start with `indent`.
  static func wrap(_ text: String, width: Double, pointSize: Double, indent: String = "    ") -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if !current.isEmpty && TextMetrics.width(candidate, pointSize: pointSize) > width {
        lines.append(current)
        current = indent + word
      } else {
        current = candidate
      }
    }
    lines.append(current)
    return lines
  }

  /// The entries' columns when a column may hold `lines` lines (at least the longest entry).
  func columns(lines: Int) -> [[Int]] {
    var columns: [[Int]] = [[]]
    var used = 0
    for (index, entry) in entries.enumerated() {
      if used > 0 && used + entry.count > lines {
        columns.append([])
        used = 0
      }
      columns[columns.count - 1].append(index)
      used += entry.count
    }
    return columns
  }

  /// The table's size when a column may hold `lines` lines.
  func extent(lines: Int) -> RingLayout.Size {
    let columns = columns(lines: lines)
    let widths = columns.map { column in
      column.flatMap { entries[$0] }.map { TextMetrics.width($0, pointSize: pointSize) }.max() ?? 0
    }
    let tallest = columns.map { column in column.reduce(0) { $0 + entries[$1].count } }.max() ?? 0
    return RingLayout.Size(
      width: widths.reduce(0, +) + columnGap * Double(max(0, widths.count - 1)),
      height: Double(tallest) * rowHeight)
  }

  /// Lines a column may hold to stay at most `height` inches tall.
  func lines(height: Double) -> Int { Int.bounded(height / rowHeight, in: 1...100_000) }

  /// The fewest lines a column may hold so that the table is at most `width` inches wide.
  func lines(width: Double) -> Int {
    let total = entries.reduce(0) { $0 + $1.count }
    for lines in 1...max(1, total) where extent(lines: lines).width <= width { return lines }
    return max(1, total)
  }

  /// DOT statements for the table with its top-left corner at (`left`, `top`) inches (positions in
  /// points), and the ids of its SVG groups.
  func nodes(left: Double, top: Double, lines: Int) -> (statements: [String], ids: [String]) {
    var statements: [String] = []
    var ids: [String] = []
    var x = left
    for column in columns(lines: lines) {
      var row = 0
      for index in column {
        for (part, line) in entries[index].enumerated() {
          let lineWidth = TextMetrics.width(line, pointSize: pointSize)
          let y = top - (Double(row) + 0.5) * rowHeight
          let id = part == 0 ? "key-\(index + 1)" : "key-\(index + 1)-\(part)"
          ids.append(id)
          statements.append(
            "  key\(index)_\(part) [id=\"\(id)\", shape=\"plaintext\", style=\"\", margin=\"0\", fixedsize=\"true\", "
              + "width=\"\(DOTText.number(lineWidth))\", height=\"\(DOTText.number(rowHeight))\", "
              + "label=\(DOTText.quoted(line, leftAligned: true)), "
              + "pos=\"\(DOTText.number((x + lineWidth / 2) * 72)),\(DOTText.number(y * 72))\"]")
          row += 1
        }
      }
      let width = column.flatMap { entries[$0] }.map { TextMetrics.width($0, pointSize: pointSize) }.max() ?? 0
      x += width + columnGap
    }
    return (statements, ids)
  }
}
