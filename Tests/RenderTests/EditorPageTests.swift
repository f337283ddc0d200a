import Foundation
import NetwerkkaartCore
import NetwerkkaartRender
import NetwerkkaartTestSupport
import Testing

/// The editor page (``EditorPage``) of the small map: it starts from the drawing's positions,
/// its data and markup keep every label as text, and it fetches nothing.
@Suite struct EditorPageTests {
  /// The page's JSON data, read back from the HTML.
  private func data(_ html: String) throws -> [String: Any] {
    let start = try #require(html.range(of: "<script type=\"application/json\" id=\"editor-data\">"))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    let json = String(html[start.upperBound..<end.lowerBound])
    return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
  }

  /// The actors' positions in the page are where the drawing pins them: the `pos` of each node
  /// `a0` … `a5` in the drawing's DOT, in points, divided by 72.
  @Test func startsFromTheDrawingsPositions() throws {
    let map = try smallMap()
    let page = try EditorPage(map: map, network: Network(map))
    let dot = try MapDrawing(map: map, network: Network(map)).dot
    let actors = try #require(try data(page.html())["actors"] as? [[String: Any]])
    #expect(actors.count == 6)
    for (index, actor) in actors.enumerated() {
      let line = try #require(dot.split(separator: "\n").first { $0.hasPrefix("  a\(index) [") })
      let pos = try #require(line.firstMatch(of: /pos="([-0-9.]+),([-0-9.]+)"/))
      let (x, y) = (try #require(Double(pos.output.1)), try #require(Double(pos.output.2)))
      let (pageX, pageY) = (try #require(actor["x"] as? Double), try #require(actor["y"] as? Double))
      #expect(abs(pageX * 72 - x) < 0.001 && abs(pageY * 72 - y) < 0.001, "actor \(index)")
      #expect(pageX == page.layout.positions[index].x && pageY == page.layout.positions[index].y)
    }
    // The focal actor (the school) at the centre, in no band.
    #expect(actors[0]["focus"] as? Bool == true && actors[0]["band"] as? Int == -1)
    #expect(actors[0]["x"] as? Double == 0 && actors[0]["y"] as? Double == 0)
  }

  /// The label `R&D "lab" <x> C:\tmp` stays text: escaped in the markup, `\u003c` in the JSON
  /// (which reads back as the label exactly), and the page has only its own two scripts.
  @Test func labelsStayText() throws {
    let map = try smallMap()
    let html = try EditorPage(map: map, network: Network(map), options: DrawingOptions(language: .en)).html()
    #expect(html.contains("aria-label=\"R&amp;D &quot;lab&quot; &lt;x&gt; C:\\tmp, role context, bedrijf\""))
    #expect(html.contains("<title>R&amp;D &quot;lab&quot; &lt;x&gt; C:\\tmp, role context, bedrijf</title>"))
    #expect(!html.contains("<x>"))
    #expect(html.contains("\"name\":\"R\\u0026D \\\"lab\\\" \\u003cx\\u003e C:\\\\tmp\""))
    let actors = try #require(try data(html)["actors"] as? [[String: Any]])
    #expect(actors[4]["name"] as? String == "R&D \"lab\" <x> C:\\tmp")
    #expect(html.components(separatedBy: "<script").count - 1 == 2)
  }

  /// Nothing to fetch: a policy that forbids it, no address, no outside script or stylesheet.
  @Test func selfContained() throws {
    let map = try smallMap()
    let html = try EditorPage(map: map, network: Network(map)).html()
    #expect(
      html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
          + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\"/>"))
    for fetching in ["http:", "https:", "src=", "<link", "@import", "url("] {
      #expect(!html.contains(fetching), "\(fetching)")
    }
  }

  /// One band per role present, from the inside out, with the layout's edges; each actor's band
  /// is its role's; the Dutch words by default.
  @Test func bandsAndWords() throws {
    let map = try smallMap()
    let page = try EditorPage(map: map, network: Network(map))
    let scene = try data(page.html())
    let bands = try #require(scene["bands"] as? [[String: Any]])
    #expect(bands.map { $0["role"] as? String } == ["kern", "verankering", "omkadering", "context", ""])
    #expect(bands.map { $0["name"] as? String } == ["kern", "verankering", "omkadering", "context", "geen rol"])
    #expect(bands.map { $0["outer"] as? Double } == page.layout.rings.map(\.outer))
    let actors = try #require(scene["actors"] as? [[String: Any]])
    #expect(actors.map { $0["band"] as? Int } == [-1, 0, 2, 1, 3, 4])
    #expect(scene["fileName"] as? String == "posities.csv")
    #expect(page.html().contains("<button type=\"button\" id=\"download\">Posities downloaden</button>"))
  }
}
