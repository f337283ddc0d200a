import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartIO

/// Reads `text` saved as `name` in a fresh folder; returns the map or the diagnostics' text.
func readMap(_ name: String, _ text: String) throws -> Result<LoadedMap, MapError> {
  let folder = try TemporaryFolder()
  let path = try folder.write(name, text)
  return Result { () throws(MapError) in try MapLoader.read(path: path) }
}

extension Result where Failure == MapError {
  /// The diagnostics, with the temporary folder cut from their paths.
  var messages: [String] {
    guard case .failure(let error) = self else { return [] }
    return error.diagnostics.map { diagnostic in
      var short = diagnostic
      short.location?.file = URL(fileURLWithPath: diagnostic.location?.file ?? "").lastPathComponent
      return short.description
    }
  }
}

/// GraphML as other programs write it (hand-copied from the output of NetworkX 3.6
/// `write_graphml`, igraph 1.0 `write_graphml` and yEd 3.x), and broken GraphML.
@Suite struct GraphMLReaderTests {
  @Test func networkXStyle() throws {
    let text = """
      <?xml version='1.0' encoding='utf-8'?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
        <key id="d2" for="edge" attr.name="weight" attr.type="double" />
        <key id="d1" for="node" attr.name="role" attr.type="string" />
        <key id="d0" for="graph" attr.name="school" attr.type="string" />
        <graph edgedefault="undirected">
          <data key="d0">De Linde</data>
          <node id="school">
            <data key="d1">kern</data>
          </node>
          <node id="clb" />
          <edge source="school" target="clb">
            <data key="d2">2.5</data>
          </edge>
        </graph>
      </graphml>
      """
    let map = try readMap("nx.graphml", text).get().map
    #expect(map.actors.map(\.id) == ["school", "clb"])
    #expect(map.actors[0].role == .core)
    #expect(map.ties.map(\.weight) == [2.5])
    #expect(map.metadata.school == "De Linde")
    #expect(map.metadata.directed == nil)
  }

  @Test func igraphStyleNamesAndDirectedEdges() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="v_name" for="node" attr.name="name" attr.type="string"/>
      <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
      <key id="e_kind" for="edge" attr.name="motief" attr.type="string"><default>taak</default></key>
        <graph id="G" edgedefault="directed">
          <node id="n0"><data key="v_name">Zoë</data></node>
          <node id="n1"><data key="v_name">CLB</data></node>
          <edge source="n0" target="n1"><data key="e_weight">3</data></edge>
          <edge source="n1" target="n0"><data key="e_kind">groei</data></edge>
        </graph>
      </graphml>
      """
    let map = try readMap("ig.graphml", text).get().map
    #expect(map.actors.map(\.id) == ["n0", "n1"])
    #expect(map.actors.map(\.label) == ["Zoë", "CLB"])
    #expect(map.ties.map(\.weight) == [3, 1])
    #expect(map.ties.map { $0.attributes["motief"] } == ["taak", "groei"])
    #expect(map.metadata.directed == true)
  }

  @Test func yEdLabelsComeFromNodeLabel() throws {
    let text = """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
        <key for="node" id="d6" yfiles.type="nodegraphics"/>
        <graph edgedefault="directed" id="G">
          <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0" y="0"/>
            <y:NodeLabel alignment="center">Pedagogische begeleiding</y:NodeLabel></y:ShapeNode></data></node>
          <node id="n1"/>
          <edge id="e0" source="n0" target="n1"/>
        </graph>
      </graphml>
      """
    let map = try readMap("yed.graphml", text).get().map
    #expect(map.actors.map(\.label) == ["Pedagogische begeleiding", nil])
    #expect(map.actors[0].attributes.isEmpty)
  }

  @Test func problemsCarryLineAndColumn() throws {
    let undeclared = """
      <graphml>
      <graph edgedefault="undirected">
      <node id="a"/>
      <edge source="a" target="b"/>
      <node id="c"><data key="nope">x</data></node>
      </graph>
      </graphml>
      """
    let messages = try readMap("g.graphml", undeclared).messages
    #expect(messages.count == 2, "\(messages)")
    #expect(
      messages.contains {
        $0.hasPrefix("g.graphml:4:") && $0.contains("edge names node \"b\", which no <node> declares")
      })
    #expect(
      messages.contains { $0.hasPrefix("g.graphml:5:") && $0.contains("names key \"nope\", which no <key> declares") })
    let broken = try readMap("b.graphml", "<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n").messages
    #expect(broken.first?.hasPrefix("b.graphml:4:") == true, "\(broken)")
    #expect(broken.first?.contains("error: not well-formed XML") == true, "\(broken)")
  }
}

/// Pajek files in the forms of the Pajek manual (Batagelj & Mrvar, *Pajek 5.x manual*, "Input
/// files"): labelled vertices with coordinates, arcs and edges together, vertex numbers only,
/// a matrix.
@Suite struct PajekReaderTests {
  @Test func arcsEdgesAndCoordinates() throws {
    let text =
      "*Network Voorbeeld\n*Vertices 3\n1 \"Ada\" 0.1 0.2 0.5 ic Red\n2 \"Bo Li\" 0.3 0.4 0.5\n3 Cy\n*Arcs\n1 2 1\n2 3 2.5\n*Edges\n1 3\n"
    let map = try readMap("v.net", text).get().map
    #expect(map.actors.map(\.id) == ["Ada", "Bo Li", "Cy"])
    #expect(
      map.ties.map { "\($0.source)>\($0.target):\($0.weight)" } == ["Ada>Bo Li:1.0", "Bo Li>Cy:2.5", "Ada>Cy:1.0"])
    #expect(map.metadata.directed == true)
    #expect(map.metadata.extra["network"] == "Voorbeeld")
  }

  @Test func unlabelledVerticesAndMatrix() throws {
    let plain = try readMap("p.net", "*Vertices 4\n*Edges\n1 2\n3 4\n").get().map
    #expect(plain.actors.map(\.id) == ["1", "2", "3", "4"])
    let matrix = try readMap("m.net", "*Vertices 3\n*Matrix\n0 1 0\n1 0 2\n0 2 0\n").get().map
    #expect(matrix.ties.map { "\($0.source)-\($0.target):\($0.weight)" } == ["1-2:1.0", "2-3:2.0"])
    #expect(matrix.metadata.directed == nil)
  }

  @Test func countsAndNumbersMustAgree() throws {
    let short = try readMap("s.net", "*Vertices 3\n1 \"a\"\n2 \"b\"\n*Edges\n1 2\n").messages
    #expect(short == ["s.net:1: error: '*Vertices 3' but 2 vertex lines follow; make the count and the list agree"])
    let range = try readMap("r.net", "*Vertices 2\n*Edges\n1 5\n").messages
    #expect(range == ["r.net:3: error: '5' is not a vertex number from 1 to 2; check the line"])
  }
}

/// UCINET DL in the forms of the UCINET 6 help ("DL"): full matrix with labels, an asymmetric
/// matrix, several matrices, an edge list with embedded labels.
@Suite struct DLReaderTests {
  @Test func symmetricFullMatrixWithLabels() throws {
    let text =
      "DL N = 4\nFORMAT = FULLMATRIX\nLABELS:\nschool,clb,\"de bib\",gemeente\nDATA:\n0 1 1 0\n1 0 0 2\n1 0 0 0\n0 2 0 0\n"
    let map = try readMap("s.dl", text).get().map
    #expect(map.actors.map(\.id) == ["school", "clb", "de bib", "gemeente"])
    #expect(
      map.ties.map { "\($0.source)-\($0.target):\($0.weight)" } == [
        "school-clb:1.0", "school-de bib:1.0", "clb-gemeente:2.0",
      ])
    #expect(map.metadata.directed == nil)
  }

  @Test func asymmetricMatrixIsDirected() throws {
    let map = try readMap("a.dl", "dl n=3\ndata:\n0 1 0\n0 0 1\n0 0 0\n").get().map
    #expect(map.ties.map { "\($0.source)>\($0.target)" } == ["1>2", "2>3"])
    #expect(map.metadata.directed == true)
  }

  @Test func severalMatricesBecomeRelations() throws {
    let text = "dl n=2 nm=2\nmatrix labels:\nadvies vriendschap\nlabels:\na b\ndata:\n0 1\n1 0\n0 0\n0 0\n"
    let map = try readMap("m.dl", text).get().map
    #expect(map.ties.map { $0.attributes["relation"] } == ["advies"])
  }

  @Test func edgeListWithEmbeddedLabels() throws {
    let map = try readMap("e.dl", "dl n=3 format=edgelist1\nlabels embedded\ndata:\nschool clb 2\nclb bib\n").get().map
    #expect(map.actors.map(\.id) == ["school", "clb", "bib"])
    #expect(map.ties.map(\.weight) == [2, 1])
  }

  @Test func twoModeAndMismatchedLabelsAreErrors() throws {
    #expect(
      try readMap("t.dl", "dl nr=2 nc=3\ndata:\n1 0 1\n0 1 1\n").messages == [
        "t.dl:1: error: two-mode data (nr=2, nc=3) cannot be read; a netwerkkaart has one set of actors"
      ])
    #expect(
      try readMap("x.dl", "hello\n").messages == [
        "x.dl:1: error: a UCINET DL file starts with 'dl'; is this a DL file?"
      ])
  }
}

/// The netwerkkaart document in YAML and JSON.
@Suite struct MapDocumentReaderTests {
  @Test func yamlWithDutchKeysAndMetadata() throws {
    let text = """
      school: Vrije Basisschool De Linde
      datum: 2026-03-14
      golf: 2
      onderzoeker: An
      actoren:
        - id: school
          rol: kern
          type: school
        - {id: clb, naam: CLB Kempen, rol: framing}
      relaties:
        - van: school
          naar: clb
          gewicht: 2.50
          motief: taak
      """
    let map = try readMap("k.yaml", text).get().map
    #expect(
      map.metadata
        == MapMetadata(
          school: "Vrije Basisschool De Linde", date: "2026-03-14", wave: "2", extra: ["onderzoeker": "An"]))
    #expect(map.actors.map(\.role) == [.core, .framing])
    #expect(map.actors[1].label == "CLB Kempen")
    #expect(map.ties.first?.weight == 2.5)
    #expect(map.ties.first?.attributes == ["motief": "taak"])
  }

  @Test func jsonWithTabsAndUnicodeEscapes() throws {
    let text =
      "{\n\t\"actors\": [{\"id\": \"Zo\\u00eb\"}, {\"id\": \"b\"}],\n\t\"ties\": [{\"source\": \"Zoë\", \"target\": \"b\", \"weight\": 3}]\n}\n"
    let map = try readMap("k.json", text).get().map
    #expect(map.actors.map(\.id) == ["Zoë", "b"])
    #expect(map.ties.map(\.weight) == [3])
  }

  @Test func typeErrorsAndSyntaxErrorsHavePositions() throws {
    let typeError = try readMap(
      "t.yaml", "actors:\n  - id: a\n    label: [x, y]\nties:\n  - {source: a, target: a, weight: zwaar}\n")
    #expect(
      typeError.messages == [
        "t.yaml:3:12: error: actor field 'label' holds a list or mapping; write a single value (quote text that contains ': ' or '- ')",
        "t.yaml:5:36: error: weight \"zwaar\" is not a number; write a positive number such as 1, 2 or 2.5, or leave the cell empty for 1",
      ])
    let syntax = try readMap("s.yaml", "actors:\n  - id: a\n   - id: b\n").messages
    #expect(
      syntax.count == 1 && syntax[0].hasPrefix("s.yaml:3:") && syntax[0].contains("not valid YAML or JSON"), "\(syntax)"
    )
    let notList = try readMap("n.json", "{\"actors\": {\"id\": \"a\"}}").messages
    #expect(notList.count == 1 && notList[0].hasPrefix("n.json:1:12: error: 'actors' must be a list"), "\(notList)")
  }
}
