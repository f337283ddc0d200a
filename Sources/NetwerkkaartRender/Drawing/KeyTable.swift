/// The key of a map whose nodes show numbers: `12  Gemeente Hoogheide` in columns of text nodes,
/// pinned beside or below the map (also in the SVG, so a reader of the file finds every name).
///
/// Each entry is a number, right-aligned in a column as wide as the largest number, and the name
/// beside it, so that the names of ` 9` and `10` line up as in a printed table. A name longer than
/// ``maximumEntryWidth`` allows is wrapped at spaces, its further lines under the name's first
/// letter. Columns are as wide as their widest line (``TextMetrics``); the entries fill a column
/// top to bottom (an entry is never split over two columns), then the next.
struct KeyTable {
  /// Each entry's name, in lines.
  let entries: [[String]]
  let pointSize: Double
  /// Width of the number column (the widest number), in inches.
  let numberWidth: Double
  /// Space between the number and the name, in inches (two spaces).
  let numberGap: Double
  /// Each entry's widest line, in inches (measured once: the layout asks for many column counts).
  let entryWidths: [Double]

  init(names: [String], pointSize: Double, maximumEntryWidth: Double) {
    self.pointSize = pointSize
    numberWidth = (1...max(1, names.count)).map { TextMetrics.width(String($0), pointSize: pointSize) }.max() ?? 0
    numberGap = TextMetrics.width("  ", pointSize: pointSize)
    let nameWidth = maximumEntryWidth - numberWidth - numberGap
    let entries = names.map { Self.wrap($0, width: nameWidth, pointSize: pointSize) }
    self.entries = entries
    entryWidths = entries.map { lines in lines.map { TextMetrics.width($0, pointSize: pointSize) }.max() ?? 0 }
  }

  var rowHeight: Double { pointSize * 1.2 / 72 }
  var columnGap: Double { pointSize * 1.5 / 72 }

  /// Greedy wrapping at spaces so that each line is at most `width` inches (a longer word stays
  /// whole on a line of its own).
  static func wrap(_ text: String, width: Double, pointSize: Double) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if !current.isEmpty && TextMetrics.width(candidate, pointSize: pointSize) > width {
        lines.append(current)
        current = String(word)
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
    let widths = columns.map(columnWidth)
    let tallest = columns.map { column in column.reduce(0) { $0 + entries[$1].count } }.max() ?? 0
    return RingLayout.Size(
      width: widths.reduce(0, +) + columnGap * Double(max(0, widths.count - 1)),
      height: Double(tallest) * rowHeight)
  }

  /// Width of a column of entries: the number column, the gap and the widest line of a name.
  func columnWidth(_ column: [Int]) -> Double {
    numberWidth + numberGap + (column.map { entryWidths[$0] }.max() ?? 0)
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
  /// points), and the ids of its SVG groups: `key-12` for the first line of entry 12's name,
  /// `key-12-1` for its second, `key-12-number` for its number.
  func nodes(left: Double, top: Double, lines: Int) -> (statements: [String], ids: [String]) {
    var statements: [String] = []
    var ids: [String] = []
    var x = left
    func text(_ name: String, id: String, _ line: String, centre: Double, y: Double, width: Double) {
      ids.append(id)
      statements.append(
        "  \(name) [id=\"\(id)\", shape=\"plaintext\", style=\"\", margin=\"0\", fixedsize=\"true\", "
          + "width=\"\(DOTText.number(width))\", height=\"\(DOTText.number(rowHeight))\", "
          + "label=\(DOTText.quoted(line, leftAligned: true)), "
          + "pos=\"\(DOTText.number(centre * 72)),\(DOTText.number(y * 72))\"]")
    }
    for column in columns(lines: lines) {
      var row = 0
      for index in column {
        let number = String(index + 1)
        let width = TextMetrics.width(number, pointSize: pointSize)
        let numberY = top - (Double(row) + 0.5) * rowHeight
        text(
          "key\(index)_n", id: "key-\(index + 1)-number", number, centre: x + numberWidth - width / 2, y: numberY,
          width: width)
        for (part, line) in entries[index].enumerated() {
          let lineWidth = TextMetrics.width(line, pointSize: pointSize)
          let y = top - (Double(row) + 0.5) * rowHeight
          let id = part == 0 ? "key-\(index + 1)" : "key-\(index + 1)-\(part)"
          text(
            "key\(index)_\(part)", id: id, line, centre: x + numberWidth + numberGap + lineWidth / 2, y: y,
            width: lineWidth)
          row += 1
        }
      }
      x += columnWidth(column) + columnGap
    }
    return (statements, ids)
  }
}
