import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartIO

/// GEXF read: a GEXF 1.3 document in the shape of the specification's examples (declared
/// attributes with a default, `viz:position`, a directed edge type, a weight), NetworkX's
/// GEXF 1.2draft (`Tests/Fixtures/real/networkx/*.gexf`, compared with `networkx.read_gexf` by
/// `Tests/Interop/real_corpus.py`), and the examples written by ``GEXFWriter`` and read back.
@Suite struct GEXFReaderTests {
  @Test func attributesDefaultsAndPositions() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
        <meta lastmodifieddate="2026-03-14"><description>De Linde</description></meta>
        <graph defaultedgetype="directed">
          <attributes class="node">
            <attribute id="0" title="role" type="string"/>
            <attribute id="1" title="intern" type="boolean"><default>false</default></attribute>
          </attributes>
          <nodes>
            <node id="school" label="Basisschool De Linde">
              <attvalues><attvalue for="0" value="kern"/><attvalue for="1" value="true"/></attvalues>
              <viz:position x="10.5" y="-2.0" z="0.0"/>
            </node>
            <node id="clb" label="CLB"/>
          </nodes>
          <edges><edge id="0" source="school" target="clb" weight="2.5"/></edges>
        </graph>
      </gexf>
      """
    let map = try readMap("g.gexf", text).get().map
    #expect(map.actors.map(\.id) == ["school", "clb"])
    #expect(map.actors[0].label == "Basisschool De Linde" && map.actors[0].role == .core)
    #expect(map.actors[0].attributes == ["intern": "true", "x": "10.5", "y": "-2.0"])
    #expect(map.actors[1].attributes == ["intern": "false"])
    #expect(map.ties.map { "\($0.source)>\($0.target):\($0.weight)" } == ["school>clb:2.5"])
    #expect(map.metadata.directed == true)
    #expect(map.metadata.school == "De Linde")
  }

  @Test(arguments: [
    "Examples/basisschool-de-linde", "Examples/basisschool-de-linde-golf2", "Examples/secundaire-school-atheneum-zuid",
  ])
  func writtenGEXFReadsBack(path: String) throws {
    let (original, back, _) = try writtenAndReadBack(path, as: "map.gexf")
    #expect(
      back.actors
        == original.actors.map { actor in
          var copy = actor
          copy.origin = back.actors.first { $0.id == actor.id }?.origin
          return copy
        })
    #expect(back.ties.map(\.source) == original.ties.map(\.source))
    #expect(back.ties.map(\.target) == original.ties.map(\.target))
    #expect(back.ties.map(\.weight) == original.ties.map(\.weight))
    #expect(back.ties.map(\.attributes) == original.ties.map(\.attributes))
    #expect(back.metadata.school == original.metadata.school)
  }
}
