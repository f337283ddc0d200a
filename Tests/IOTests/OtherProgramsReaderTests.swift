import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartIO

/// The shapes of files from other programs that issue 15 lists, each small enough to derive the
/// expected map by hand: multi-relation Pajek as SocNetV and Pajek write it, byte order marks
/// and every line end, text before `*Vertices` (igraph's `pajek_arcslist.net`), repeated vertex
/// labels (SocNetV's `Petersen_Graph.paj`), a DL file with a symmetric and an asymmetric
/// matrix, yFiles ports, broken GraphML keys, SocNetV's namespace URIs and relations as
/// graphs, and D3's node-link shape. The real files are in `Tests/Fixtures/real/`, checked
/// against igraph and NetworkX by `Tests/Interop/real_corpus.py`.
@Suite struct OtherProgramsReaderTests {
  func pairs(_ map: PartnershipMap) -> [String] {
    map.ties.map { "\($0.source)-\($0.target):\($0.weight):\($0.attributes["relation"] ?? "")" }
  }

  /// Each matrix is judged on its own: a symmetric one gives one tie per pair, an asymmetric
  /// one a tie per cell (and a directed map). Pajek with a byte order mark, CR LF, and both
  /// relation headers (Pajek's `:1 "advies"`, SocNetV's `2: vriendschap`); DL with `nm=2`.
  @Test(arguments: [
    (
      "m.net",
      "\u{FEFF}*Vertices 3\r\n1 \"a\"\r\n2 \"b\"\r\n3 \"c\"\r\n*Matrix :1 \"advies\"\r\n0 1 0\r\n1 0 0\r\n0 0 0\r\n*Matrix 2: vriendschap\r\n0 1 0\r\n0 0 1\r\n0 0 0\r\n",
      ["a-b:1.0:advies", "a-b:1.0:vriendschap", "b-c:1.0:vriendschap"]
    ),
    (
      "s.dl",
      "dl n=3 nm=2\nlabels:\na,b,c\nmatrix labels:\nsamen,advies\ndata:\n0 8 0\n8 0 0\n0 0 0\n0 1 0\n0 0 1\n0 0 0\n",
      ["a-b:8.0:samen", "a-b:1.0:advies", "b-c:1.0:advies"]
    ),
  ])
  func matricesAreRelationsJudgedOneByOne(file: String, text: String, expected: [String]) throws {
    let map = try readMap(file, text).get().map
    #expect(pairs(map) == expected)
    #expect(map.metadata.directed == true)
  }

  @Test(arguments: ["\n", "\r\n", "\r", "\n\r"])
  func pajekLineEnds(_ end: String) throws {
    let text = ["*Vertices 3", "1 \"a\"", "2 \"b\"", "3 \"c\"", "*Edges", "1 2", "2 3"].joined(separator: end) + end
    let loaded = try readMap("e.net", text).get()
    #expect(pairs(loaded.map) == ["a-b:1.0:", "b-c:1.0:"])
    #expect(loaded.warnings.isEmpty)
  }

  @Test func textBeforeVerticesIsLeftOutWithAWarning() throws {
    let loaded = try readMap("t.net", "Een titel\n\n*Vertices 2\n*Edges\n1 2\n").get()
    #expect(pairs(loaded.map) == ["1-2:1.0:"])
    #expect(loaded.warnings.map(\.message) == ["text outside a section (before '*Vertices'); left out, as igraph does"])
  }

  @Test func repeatedLabelsKeepEveryVertex() throws {
    let text = "*Vertices 3\n1 \"blue\"\n2 \"red\"\n3 \"blue\"\n*Arcs \n*Edges \n1 2 1 c black\n2 3 1 c black\n"
    let map = try readMap("p.paj", text).get().map
    #expect(map.actors.map(\.id) == ["1", "2", "3"])
    #expect(map.actors.map(\.label) == ["blue", "red", "blue"])
    #expect(pairs(map) == ["1-2:1.0:", "2-3:1.0:"])
    #expect(map.metadata.directed == nil)  // the '*Arcs' section is empty
  }

  @Test func graphMLPortDataIsLeftOut() throws {
    let text = """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key for="port" id="d0"/>
        <graph edgedefault="undirected">
          <node id="a"><port name="p"><data key="d0">x</data></port></node>
          <node id="b"/>
          <edge source="a" target="b"/>
        </graph>
      </graphml>
      """
    let loaded = try readMap("y.graphml", text).get()
    #expect(pairs(loaded.map) == ["a-b:1.0:"])
    #expect(loaded.warnings.map(\.message) == ["<port> is not part of a netwerkkaart and was left out"])
  }

  /// Keys igraph refuses: two with one id for the same elements, and `for=""`.
  @Test(arguments: [
    (
      "<key id=\"d0\" for=\"node\" attr.name=\"label\"/>\n<key id=\"d0\" for=\"node\" attr.name=\"rol\"/>",
      "k.graphml:3:40: error: two keys have the id \"d0\" for node elements (the first on line 2); give each key its own id"
    ),
    (
      "<key id=\"d0\" for=\"\" attr.name=\"label\"/>",
      "k.graphml:2:38: error: <key id=\"d0\"> has for=\"\"; use node, edge, graph or all (igraph refuses this key too)"
    ),
  ])
  func graphMLKeysThatIgraphRefuses(keys: String, message: String) throws {
    let text = """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      \(keys)
      <graph edgedefault="undirected"><node id="a"/></graph>
      </graphml>
      """
    #expect(try readMap("k.graphml", text).messages == [message])
  }

  @Test func graphMLWithTextAfterTheRootIsRefused() throws {
    let text =
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node id=\"a\"/></graph></graphml>\nrest\n"
    let messages = try readMap("s.graphml", text).messages
    #expect(messages.count == 1)
    #expect(
      messages.first?.hasPrefix("s.graphml:2:") == true && messages.first?.contains("not well-formed XML") == true)
  }

  @Test func graphMLNamespaceWithTrailingSpaceAndGraphsAsRelations() throws {
    let text = """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance ">
        <graph id="relation_1" edgedefault="directed">
          <node id="1"/><node id="2"/><node id="3"/>
          <edge source="1" target="2"/>
        </graph>
        <graph id="relation_2" edgedefault="directed">
          <node id="1"/><node id="2"/><node id="3"/>
          <edge source="3" target="1"/>
        </graph>
      </graphml>
      """
    let map = try readMap("r.graphml", text).get().map
    #expect(map.actors.map(\.id) == ["1", "2", "3"])
    #expect(pairs(map) == ["1-2:1.0:relation_1", "3-1:1.0:relation_2"])
  }

  @Test func d3NodeLinkWithNamesAndIndexLinks() throws {
    let text = """
      {"nodes": [{"name": "Myriel", "group": 1}, {"name": "Napoleon", "group": 1}, {"name": "Fantine", "group": 2}],
       "links": [{"source": 1, "target": 0, "value": 1}, {"source": 2, "target": 0, "value": 3}]}
      """
    let map = try readMap("miserables.json", text).get().map
    #expect(map.actors.map(\.id) == ["Myriel", "Napoleon", "Fantine"])
    #expect(map.actors.map { $0.attributes["group"] } == ["1", "1", "2"])
    #expect(pairs(map) == ["Napoleon-Myriel:1.0:", "Fantine-Myriel:3.0:"])
    let outOfRange = try readMap("bad.json", #"{"nodes": [{"name": "a"}], "links": [{"source": 0, "target": 4}]}"#)
    #expect(outOfRange.messages.contains { $0.contains("link end '4' is not a node index from 0 to 0") })
  }
}
