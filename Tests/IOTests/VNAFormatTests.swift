import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartIO

/// NetDraw VNA: Gephi's test file read as Gephi's importer reads it, and the examples written
/// and read back with every actor, label, role, type, attribute, tie, weight and tie attribute
/// (VNA has no escapes, so a `"` in a value comes back as `'`, as documented).
@Suite struct VNAFormatTests {
  @Test func gephiTestFile() throws {
    let path = packageRoot.appendingPathComponent("Tests/Fixtures/real/gephi-tests/emptyattribute.vna").path
    let loaded = try MapLoader.read(path: path)
    let map = loaded.map
    #expect(map.actors.map(\.id) == ["1", "2", "3"])
    #expect(map.actors[0].attributes == ["tvar": "true", "breed": "MICE", "fur": "white", "missing": "foo"])
    #expect(map.ties.map { "\($0.source)>\($0.target):\($0.weight)" } == ["1>2:1.0", "3>1:10.0", "1>3:10.0"])
    #expect(map.ties[0].attributes == ["breed": "directed-edges", "lvar": "5.0"])
    #expect(
      loaded.warnings.map(\.message) == [
        "section '*node properties' (NetDraw's drawing) is not part of a netwerkkaart; left out"
      ])
  }

  @Test(arguments: [
    "Examples/basisschool-de-linde", "Examples/basisschool-de-linde-golf2", "Examples/secundaire-school-atheneum-zuid",
  ])
  func examplesRoundTrip(path: String) throws {
    let (original, back, _) = try writtenAndReadBack(path, as: "map.vna")
    // VNA has no escapes: the writer replaces quotes by ' and line breaks by spaces.
    func unquoted<Values: Sequence>(_ values: Values) -> [String] where Values.Element == (key: String, value: String) {
      values.map { "\($0.key)=" + String($0.value.map { $0 == "\"" ? "'" : $0.isNewline ? " " : $0 }) }
    }
    #expect(back.actors.map(\.id) == original.actors.map(\.id))
    #expect(back.actors.map(\.label) == original.actors.map(\.label))
    #expect(back.actors.map(\.role) == original.actors.map(\.role))
    #expect(back.actors.map(\.type) == original.actors.map(\.type))
    #expect(back.actors.map { unquoted($0.attributes) } == original.actors.map { unquoted($0.attributes) })
    #expect(back.ties.map(\.source) == original.ties.map(\.source))
    #expect(back.ties.map(\.target) == original.ties.map(\.target))
    #expect(back.ties.map(\.weight) == original.ties.map(\.weight))
    #expect(back.ties.map { unquoted($0.attributes) } == original.ties.map { unquoted($0.attributes) })
  }
}
