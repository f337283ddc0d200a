import Foundation
import NetwerkkaartTestSupport
import Testing

/// Positions kept in single-file maps (issue 13): `convert --positions` stores them (GraphML
/// keys `x`/`y`, GEXF `viz:position`, YAML fields), and `draw` of the converted file keeps every
/// actor at the stored place.
@Suite struct PositionsInMapFilesTests {
  static let linde = "Examples/basisschool-de-linde"

  /// The rows of a positions file without ring and sector: `id,x,y`.
  static func places(_ url: URL) throws -> [String] {
    try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).prefix(3).joined(separator: ",")
    }
  }

  @Test(arguments: ["graphml", "gexf", "yaml"])
  func convertStoresAndDrawKeeps(format: String) throws {
    let out = try folder([String: String]())
    let saved = out.appendingPathComponent("pos.csv")
    #expect(try netwerkkaart("draw", Self.linde, "-o", "-", "--save-positions", saved.path).status == 0)
    // Moved by hand: the ouderraad (context) a little along its band.
    var rows = try String(contentsOf: saved, encoding: .utf8).split(separator: "\n").map(String.init)
    let index = try #require(rows.firstIndex { $0.hasPrefix("ouderraad,") })
    let old = rows[index].split(separator: ",").map(String.init)
    let (x, y) = (try #require(Double(old[1])), try #require(Double(old[2])))
    let turned = (x: x * cos(0.05) - y * sin(0.05), y: x * sin(0.05) + y * cos(0.05))
    rows[index] = "ouderraad,\(String(format: "%.4f", turned.x)),\(String(format: "%.4f", turned.y)),context,ouders"
    try (rows.joined(separator: "\n") + "\n").write(to: saved, atomically: true, encoding: .utf8)

    let map = out.appendingPathComponent("kaart.\(format)")
    let convert = try netwerkkaart("convert", Self.linde, "--positions", saved.path, "-o", map.path)
    #expect(convert.status == 0, "\(convert)")
    let text = try String(contentsOf: map, encoding: .utf8)
    let directeur = try #require(rows.first { $0.hasPrefix("directeur,") }).split(separator: ",")
    switch format {
    case "gexf": #expect(text.contains("<viz:position x=\"\(directeur[1])\" y=\"\(directeur[2])\" z=\"0\"/>"))
    case "graphml": #expect(text.contains("attr.name=\"x\" attr.type=\"double\""))
    default: #expect(text.contains("  x: \"\(directeur[1])\"\n  y: \"\(directeur[2])\""))
    }
    let again = out.appendingPathComponent("again.csv")
    let draw = try netwerkkaart(
      "draw", map.path, "-o", out.appendingPathComponent("k.svg").path, "--save-positions", again.path)
    #expect(draw.status == 0, "\(draw)")
    #expect(try Self.places(again) == Self.places(saved))
  }

  /// Coordinates that do not fit the bands (another program's units): a warning, and the map is
  /// drawn as without them.
  @Test func storedPositionsThatDoNotFitAreLeftOut() throws {
    let out = try folder(["pos.csv": "id,x,y\nschool,0,0\ndirecteur,300,0\nbib,0.5,0\n"])
    let map = out.appendingPathComponent("kaart.graphml")
    let convert = try netwerkkaart(
      "convert", Self.linde, "--positions", out.appendingPathComponent("pos.csv").path, "-o", map.path)
    #expect(convert.status == 0, "\(convert)")
    let draw = try netwerkkaart("draw", map.path, "-o", "-", "--format", "dot")
    #expect(draw.status == 0)
    #expect(draw.standardError.contains("every actor is placed anew (give --positions FILE to choose the places)"))
    #expect(
      draw.standardError.contains(
        "warning: the positions stored in the map (its actors' x and y) do not fit its role bands: actor \""),
      "\(draw)")
    let free = try netwerkkaart("draw", Self.linde, "-o", "-", "--format", "dot")
    // Every actor node (`a0 [...]`) at the place of the free layout of the same map.
    let places = { (dot: String) -> [String] in
      dot.split(separator: "\n").filter { $0.hasPrefix("  a") && $0.contains(" [") && !$0.contains(" -- ") }.compactMap
      {
        line in line.range(of: " pos=\"").map { String(line[$0.upperBound...].prefix { $0 != "\"" }) }
      }
    }
    #expect(places(draw.standardOutput).count == 30)
    #expect(places(draw.standardOutput) == places(free.standardOutput))
  }
}
