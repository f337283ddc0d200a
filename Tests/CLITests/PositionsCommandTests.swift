import Foundation
import NetwerkkaartTestSupport
import Testing

/// `--positions` and `--save-positions` (issue 13): wave 2 of De Linde drawn with wave 1's
/// positions keeps every shared actor where it was, places the new ones in their band without
/// overlap, and `diff --draw` and `report` use the same layout. The coordinates are read back
/// from the SVGs Graphviz wrote, not from the layout code.
@Suite struct PositionsCommandTests {
  static let wave1 = "Examples/basisschool-de-linde"
  static let wave2 = "Examples/basisschool-de-linde-golf2"
  /// Changed role between the waves (no role → kern): placed anew, with a note.
  static let roleChanged = "wg-stem"

  /// A node as drawn: its box in SVG points and whether it is round (an ellipse).
  struct Node {
    var minX, minY, maxX, maxY: Double
    var round: Bool
    var centre: (x: Double, y: Double) { ((minX + maxX) / 2, (minY + maxY) / 2) }

    /// Whether two nodes overlap: circles by distance, others by their boxes.
    func overlaps(_ other: Node) -> Bool {
      if round && other.round {
        let dx = centre.x - other.centre.x
        let dy = centre.y - other.centre.y
        return (dx * dx + dy * dy).squareRoot() < (maxX - minX + other.maxX - other.minX) / 2
      }
      return minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
  }

  /// Each actor's node (its first shape) in an SVG, by actor id; in a report the groups' ids
  /// carry the map's prefix (`m1-actor-clb`).
  static func nodes(in svg: String) -> [String: Node] {
    var result: [String: Node] = [:]
    // The actor's group, up to the end of its link: id, then the shapes and the label.
    guard
      let pattern = try? NSRegularExpression(
        pattern: "<g id=\"(?:m[0-9]+-)?actor&#45;([^\"]*)\" class=\"node actor[^\"]*\">(.*?)</a>",
        options: [.dotMatchesLineSeparators])
    else { return [:] }
    let text = svg as NSString
    for match in pattern.matches(in: svg, range: NSRange(location: 0, length: text.length)) {
      let id = text.substring(with: match.range(at: 1)).replacingOccurrences(of: "&#45;", with: "-")
      let group = text.substring(with: match.range(at: 2))
      if let ellipse = group.range(of: "<ellipse") {
        let tag = String(group[ellipse.lowerBound...].prefix { $0 != ">" })
        let value = { (name: String) -> Double in
          guard let start = tag.range(of: " \(name)=\"") else { return .nan }
          return Double(tag[start.upperBound...].prefix { $0 != "\"" }) ?? .nan
        }
        let (cx, cy, rx, ry) = (value("cx"), value("cy"), value("rx"), value("ry"))
        result[id] = Node(minX: cx - rx, minY: cy - ry, maxX: cx + rx, maxY: cy + ry, round: abs(rx - ry) < 0.01)
      } else if let polygon = group.range(of: "points=\"") {
        let points = group[polygon.upperBound...].prefix { $0 != "\"" }.split(separator: " ").compactMap {
          pair -> (Double, Double)? in
          let parts = pair.split(separator: ",")
          guard parts.count == 2, let x = Double(parts[0]), let y = Double(parts[1]) else { return nil }
          return (x, y)
        }
        result[id] = Node(
          minX: points.map(\.0).min() ?? .nan, minY: points.map(\.1).min() ?? .nan,
          maxX: points.map(\.0).max() ?? .nan, maxY: points.map(\.1).max() ?? .nan, round: false)
      }
    }
    return result
  }

  /// Rows of a positions file by id: (x, y, ring).
  static func rows(_ text: String) -> [String: (x: Double, y: Double, ring: String)] {
    var rows: [String: (x: Double, y: Double, ring: String)] = [:]
    for line in text.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 5, let x = Double(fields[1]), let y = Double(fields[2]) else { continue }
      rows[fields[0]] = (x, y, fields[3])
    }
    return rows
  }

  /// Draws wave 1 saving its positions, then wave 2 with them; returns the folder.
  static func drawBothWaves() throws -> URL {
    let out = try folder([String: String]())
    let first = try netwerkkaart(
      "draw", wave1, "-o", out.appendingPathComponent("golf1.svg").path, "--save-positions",
      out.appendingPathComponent("pos.csv").path)
    #expect(first.status == 0, "\(first)")
    let second = try netwerkkaart(
      "draw", wave2, "-o", out.appendingPathComponent("golf2.svg").path, "--positions",
      out.appendingPathComponent("pos.csv").path, "--save-positions", out.appendingPathComponent("pos2.csv").path)
    #expect(second.status == 0, "\(second)")
    #expect(second.standardOutput.isEmpty)
    let position = out.appendingPathComponent("pos.csv").path
    // The two actors wave 2 lost are notes at their lines; the role change is a note too.
    let lines = try String(contentsOf: out.appendingPathComponent("pos.csv"), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false)
    let lineOf = { (id: String) in (lines.firstIndex { $0.hasPrefix(id + ",") } ?? -1) + 1 }
    for id in ["academie", "techniekclub"] {
      #expect(
        second.standardError.contains(
          "\(position):\(lineOf(id)): note: actor \"\(id)\" is not in the map; its position is not used"),
        "\(second)")
    }
    #expect(
      second.standardError.contains(
        "\(position):\(lineOf(roleChanged)): note: actor \"wg-stem\" was saved in the geen rol band but has role kern now"
      ))
    return out
  }

  /// Every actor of both waves (but the one whose role changed) has the same centre in both SVGs;
  /// the new actors lie in their band and overlap no other node.
  @Test func secondWaveKeepsTheFirstWavesPlaces() throws {
    let out = try Self.drawBothWaves()
    let first = Self.nodes(in: try String(contentsOf: out.appendingPathComponent("golf1.svg"), encoding: .utf8))
    let second = Self.nodes(in: try String(contentsOf: out.appendingPathComponent("golf2.svg"), encoding: .utf8))
    #expect(first.count == 30)
    #expect(second.count == 30)
    let shared = Set(first.keys).intersection(second.keys).subtracting([Self.roleChanged])
    #expect(shared.count == 27)
    for id in shared.sorted() {
      let (a, b) = (first[id].map(\.centre), second[id].map(\.centre))
      #expect(abs((a?.x ?? 0) - (b?.x ?? 1)) < 0.02 && abs((a?.y ?? 0) - (b?.y ?? 1)) < 0.02, "\(id): \(a!) \(b!)")
    }
    // The saved files agree row for row on the shared actors (4 decimals, as written).
    let saved1 = Self.rows(try String(contentsOf: out.appendingPathComponent("pos.csv"), encoding: .utf8))
    let saved2 = Self.rows(try String(contentsOf: out.appendingPathComponent("pos2.csv"), encoding: .utf8))
    for id in shared { #expect(saved1[id]?.x == saved2[id]?.x && saved1[id]?.y == saved2[id]?.y, "\(id)") }
    // New actors (and the role changer): their distance from the school lies between the
    // farthest actor of the bands inside and the nearest of the bands outside (bands nest by role).
    let order = ["focus": 0, "kern": 1, "verankering": 2, "omkadering": 3, "context": 4, "": 5]
    let radius = { (row: (x: Double, y: Double, ring: String)) in (row.x * row.x + row.y * row.y).squareRoot() }
    for id in ["stem-netwerk", "logo", Self.roleChanged] {
      let row = try #require(saved2[id])
      let band = try #require(order[row.ring])
      let inside = saved2.values.filter { (order[$0.ring] ?? 0) < band }.map(radius).max() ?? 0
      let outside = saved2.values.filter { (order[$0.ring] ?? 0) > band }.map(radius).min() ?? .infinity
      let inBand = radius(row) > inside && radius(row) < outside
      // The role changer too: the first wave's rings use the paper's room (issue 12), so the kern
      // band has room beside the kept actors (before, it was full and the actor landed between two
      // kept verankering actors).
      #expect(inBand, "\(id) at \(radius(row)) not in (\(inside), \(outside))")
      let node = try #require(second["\(id)"])
      for (other, drawn) in second where other != id { #expect(!node.overlaps(drawn), "\(id) overlaps \(other)") }
    }
    #expect(saved2["stem-netwerk"]?.ring == "omkadering" && saved2["logo"]?.ring == "context")
    #expect(saved2[Self.roleChanged]?.ring == "kern")
  }

  /// The same positions make `diff --draw` and `report` line up with the first wave's drawing.
  @Test func diffAndReportUseTheSameLayout() throws {
    let out = try Self.drawBothWaves()
    let first = Self.nodes(in: try String(contentsOf: out.appendingPathComponent("golf1.svg"), encoding: .utf8))
    let positions = out.appendingPathComponent("pos.csv").path
    let diff = try netwerkkaart(
      "diff", Self.wave1, Self.wave2, "--draw", out.appendingPathComponent("diff.svg").path, "--positions", positions)
    #expect(diff.status == 0, "\(diff)")
    let drawn = Self.nodes(in: try String(contentsOf: out.appendingPathComponent("diff.svg"), encoding: .utf8))
    // The union of both waves: the lost actors keep their place too.
    #expect(drawn.count == 32)
    for (id, node) in first where id != Self.roleChanged {
      let other = try #require(drawn[id])
      #expect(abs(node.centre.x - other.centre.x) < 0.02 && abs(node.centre.y - other.centre.y) < 0.02, "\(id)")
    }
    let report = try netwerkkaart(
      "report", Self.wave1, Self.wave2, "-o", out.appendingPathComponent("rapport.html").path, "--positions",
      positions)
    #expect(report.status == 0, "\(report)")
    let html = try String(contentsOf: out.appendingPathComponent("rapport.html"), encoding: .utf8)
    let svgs = html.components(separatedBy: "<svg").dropFirst().map { "<svg" + $0 }
    let maps = svgs.map(Self.nodes(in:)).filter { $0.count >= 30 }
    #expect(maps.count >= 2)
    for map in maps.prefix(2) {
      for (id, node) in first where id != Self.roleChanged {
        guard let other = map[id] else { continue }
        #expect(abs(node.centre.x - other.centre.x) < 0.02 && abs(node.centre.y - other.centre.y) < 0.02, "\(id)")
      }
    }
  }

  /// A file with many problems: all reported at once, each at its line, nothing drawn.
  @Test func malformedFileReportsEveryProblem() throws {
    let dir = try folder([
      "pos.csv":
        "id,x,y,ring,sector\nschool,0,0,focus,school\nclb,abc,0.5,kern,clb\nclb,1,1,kern,clb\n,1,2,,\nbib,inf,1,context,\nzoco,1.5,,kern,\n"
    ])
    let svg = dir.appendingPathComponent("kaart.svg")
    let result = try netwerkkaart(
      "draw", Self.wave1, "-o", svg.path, "--positions", dir.appendingPathComponent("pos.csv").path)
    #expect(result.status == 1, "\(result)")
    #expect(result.standardOutput.isEmpty)
    expectNoCrash(result)
    let path = dir.appendingPathComponent("pos.csv").path
    for expected in [
      "\(path):3: error: x of \"clb\" is 'abc', not a finite number; write inches with a '.' as in 1.25 or -0.5",
      "\(path):4: error: actor \"clb\" is placed twice (first at line 3); keep one of its rows",
      "\(path):5: error: the row has no id; fill in the actor's id or delete the row",
      "\(path):6: error: x of \"bib\" is 'inf', not a finite number",
      "\(path):7: error: y of \"zoco\" is empty",
    ] {
      #expect(result.standardError.contains(expected), "\(expected)\n\(result)")
    }
    #expect(!FileManager.default.fileExists(atPath: svg.path))
  }

  @Test func missingColumns() throws {
    let dir = try folder(["pos.csv": "id,X-pos,y\nschool,0,0\n"])
    let result = try netwerkkaart(
      "draw", Self.wave1, "-o", "-", "--positions", dir.appendingPathComponent("pos.csv").path)
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError.contains(
        "pos.csv:1: error: the positions file has no column 'x'; its header must name id, x and y"), "\(result)")
  }

  /// A kern actor moved out to the context band: the error names the kern band's radii.
  @Test func actorOutsideItsBand() throws {
    let out = try folder([String: String]())
    let pos = out.appendingPathComponent("pos.csv")
    let saved = try netwerkkaart("draw", Self.wave1, "-o", "-", "--save-positions", pos.path)
    #expect(saved.status == 0)
    var lines = try String(contentsOf: pos, encoding: .utf8).split(separator: "\n").map(String.init)
    let row = try #require(lines.firstIndex { $0.hasPrefix("directeur,") })
    lines[row] = "directeur,3,0,kern,schoolteam"
    try (lines.joined(separator: "\n") + "\n").write(to: pos, atomically: true, encoding: .utf8)
    let result = try netwerkkaart(
      "draw", Self.wave1, "-o", out.appendingPathComponent("k.svg").path, "--positions", pos.path)
    #expect(result.status == 1, "\(result)")
    #expect(result.standardOutput.isEmpty)
    // The kern band runs from the centre to the nearest verankering actor in the file.
    let rows = Self.rows(try String(contentsOf: pos, encoding: .utf8))
    let nearest = rows.values.filter { $0.ring == "verankering" }.map { ($0.x * $0.x + $0.y * $0.y).squareRoot() }.min()
    let outer = String(format: "%.2f", try #require(nearest))
    #expect(
      result.standardError.contains(
        "\(pos.path):\(row + 1): error: actor \"directeur\" (role kern) lies 3.00 in from the centre, outside the kern band, which runs from 0.00 to \(outer) in"
      ), "\(result)")
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("k.svg").path))
  }

  @Test func fileOfAnotherMapAndFocusOffCentre() throws {
    let dir = try folder([
      "ander.csv": "id,x,y\nA1,0,0\nA2,1,1\n", "focus.csv": "id,x,y,ring,sector\nschool,0.5,0,focus,school\n",
    ])
    let other = try netwerkkaart(
      "draw", Self.wave1, "-o", "-", "--positions", dir.appendingPathComponent("ander.csv").path)
    #expect(other.status == 1)
    #expect(other.standardError.contains("error: none of the 2 actors of the positions file is in the map"), "\(other)")
    let focus = try netwerkkaart(
      "draw", Self.wave1, "-o", "-", "--positions", dir.appendingPathComponent("focus.csv").path)
    #expect(focus.status == 1)
    #expect(
      focus.standardError.contains(
        "focus.csv:2: error: the focal actor \"school\" sits at the centre of the rings; set its x and y to 0"),
      "\(focus)")
  }

  @Test func badOptionCombinations() throws {
    let dir = try folder(["pos.csv": "id,x,y\nschool,0,0\n"])
    let pos = dir.appendingPathComponent("pos.csv").path
    let layout = try netwerkkaart("draw", Self.wave1, "-o", "-", "--layout", "dot", "--save-positions", pos)
    #expect(layout.status != 0)
    #expect(layout.standardError.contains("work with the rings layout only"))
    let same = try netwerkkaart("draw", Self.wave1, "-o", "-", "--positions", pos, "--save-positions", pos)
    #expect(same.status != 0)
    #expect(same.standardError.contains("would overwrite the --positions file"))
    let noDraw = try netwerkkaart("diff", Self.wave1, Self.wave2, "--positions", pos)
    #expect(noDraw.status != 0)
    #expect(noDraw.standardError.contains("go with --draw FILE"))
    let missing = try netwerkkaart(
      "draw", Self.wave1, "-o", "-", "--positions", dir.appendingPathComponent("geen.csv").path)
    #expect(missing.status == 1)
    #expect(missing.standardError.contains("geen.csv: error: cannot read the positions file"))
    // Never over an input: saving the positions over the map's actors.csv is refused.
    let input = try netwerkkaart(
      "draw", Self.wave1, "-o", "-", "--save-positions", Self.wave1 + "/actors.csv")
    #expect(input.status == 1)
    #expect(input.standardError.contains("would overwrite an input of the command"))
  }
}
