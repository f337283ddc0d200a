import Foundation
import NetwerkkaartTestSupport
import Testing

/// `netwerkkaart edit MAP --positions FILE`: the page starts from the places a saved positions
/// file keeps, read back from the page's embedded `editor-data` JSON; a bad file is refused as
/// `draw --positions` refuses it, and no page is written.
@Suite struct EditPositionsTests {
  static let map = PositionsCommandTests.wave1

  /// Each actor's (x, y) in the page's `editor-data` JSON, by id.
  static func pagePositions(_ html: String) throws -> [String: (x: Double, y: Double)] {
    let opening = "<script type=\"application/json\" id=\"editor-data\">"
    let start = try #require(html.range(of: opening))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    let data = Data(html[start.upperBound..<end.lowerBound].utf8)
    let scene = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let actors = try #require(scene["actors"] as? [[String: Any]])
    var result: [String: (x: Double, y: Double)] = [:]
    for actor in actors {
      let id = try #require(actor["id"] as? String)
      result[id] = (try #require(actor["x"] as? Double), try #require(actor["y"] as? Double))
    }
    return result
  }

  /// De Linde drawn with `--save-positions`; one context actor turned a little around the
  /// centre (its distance from the centre, and so its band, unchanged); the page holds the
  /// turned place for it and the saved places for every other actor.
  @Test func pageStartsFromTheSavedPositions() throws {
    let out = try folder([String: String]())
    let pos = out.appendingPathComponent("pos.csv")
    let saved = try netwerkkaart(
      "draw", Self.map, "-o", out.appendingPathComponent("k.svg").path, "--save-positions", pos.path)
    #expect(saved.status == 0, "\(saved)")
    var lines = try String(contentsOf: pos, encoding: .utf8).split(separator: "\n").map(String.init)
    let rows = PositionsCommandTests.rows(lines.joined(separator: "\n"))
    let moved = "sportdienst"
    let old = try #require(rows[moved])
    #expect(old.ring == "context")
    // Turned by 0.05 radian: about 0.05 in along the ring.
    let (sine, cosine) = (sin(0.05), cos(0.05))
    let new = (x: old.x * cosine - old.y * sine, y: old.x * sine + old.y * cosine)
    // Still in the context band: farther out than every actor of the bands inside it.
    let radius = { (x: Double, y: Double) in (x * x + y * y).squareRoot() }
    let inside = rows.values.filter { ["kern", "verankering", "omkadering"].contains($0.ring) }.map {
      radius($0.x, $0.y)
    }
    let innerMost = try #require(inside.max())
    #expect(radius(new.x, new.y) > innerMost)
    let row = try #require(lines.firstIndex { $0.hasPrefix(moved + ",") })
    let (x, y) = (String(format: "%.3f", new.x), String(format: "%.3f", new.y))
    lines[row] = "\(moved),\(x),\(y),context,cultuur-sport"
    try (lines.joined(separator: "\n") + "\n").write(to: pos, atomically: true, encoding: .utf8)

    let page = out.appendingPathComponent("kaart.html")
    let result = try netwerkkaart("edit", Self.map, "--positions", pos.path, "-o", page.path)
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.isEmpty)
    #expect(!result.standardError.contains("error"), "\(result)")
    let placed = try Self.pagePositions(try String(contentsOf: page, encoding: .utf8))
    #expect(placed.count == rows.count)
    for (id, row) in rows {
      let expected = id == moved ? (x: Double(x) ?? .nan, y: Double(y) ?? .nan) : (x: row.x, y: row.y)
      let actual = try #require(placed[id], "\(id)")
      #expect(abs(actual.x - expected.x) < 0.0005 && abs(actual.y - expected.y) < 0.0005, "\(id): \(actual)")
    }
    let turned = try #require(placed[moved])
    #expect(abs(turned.x - old.x) > 0.01 || abs(turned.y - old.y) > 0.01)
  }

  /// A malformed file and an actor outside its band: the `file:line` errors of `draw
  /// --positions`, exit status 1, nothing on standard output and no page.
  @Test func badFileWritesNoPage() throws {
    let out = try folder([
      "kapot.csv": "id,x,y,ring,sector\nschool,0,0,focus,school\nclb,abc,0.5,kern,clb\n"
    ])
    let page = out.appendingPathComponent("kaart.html")
    let broken = out.appendingPathComponent("kapot.csv").path
    let malformed = try netwerkkaart("edit", Self.map, "--positions", broken, "-o", page.path)
    #expect(malformed.status == 1, "\(malformed)")
    #expect(malformed.standardOutput.isEmpty)
    expectNoCrash(malformed)
    #expect(
      malformed.standardError.contains(
        "\(broken):3: error: x of \"clb\" is 'abc', not a finite number; write inches with a '.' as in 1.25 or -0.5"),
      "\(malformed)")
    // A saved file with the kern actor "directeur" moved out to 3 in from the centre.
    let outside = out.appendingPathComponent("buiten.csv").path
    let saved = try netwerkkaart("draw", Self.map, "-o", "-", "--save-positions", outside)
    #expect(saved.status == 0, "\(saved)")
    var lines = try String(contentsOfFile: outside, encoding: .utf8).split(separator: "\n").map(String.init)
    let row = try #require(lines.firstIndex { $0.hasPrefix("directeur,") })
    lines[row] = "directeur,3,0,kern,schoolteam"
    try (lines.joined(separator: "\n") + "\n").write(toFile: outside, atomically: true, encoding: .utf8)
    let band = try netwerkkaart("edit", Self.map, "--positions", outside, "-o", page.path)
    #expect(band.status == 1, "\(band)")
    #expect(band.standardOutput.isEmpty)
    #expect(
      band.standardError.contains(
        "\(outside):\(row + 1): error: actor \"directeur\" (role kern) lies 3.00 in from the centre, outside the kern band"
      ),
      "\(band)")
    #expect(!FileManager.default.fileExists(atPath: page.path))
  }

  /// `--save-positions` belongs to draw: edit does not know it (the page downloads the file).
  @Test func noSavePositions() throws {
    let out = try folder([String: String]())
    let result = try netwerkkaart(
      "edit", Self.map, "-o", out.appendingPathComponent("kaart.html").path, "--save-positions",
      out.appendingPathComponent("pos.csv").path)
    #expect(result.status == 64, "\(result)")
    #expect(result.standardError.contains("Unknown option '--save-positions'"), "\(result)")
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("kaart.html").path))
  }
}
