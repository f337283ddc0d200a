import Foundation
import NetwerkkaartCore
import Testing

@testable import NetwerkkaartIO

/// Different records may spell one column in different letter cases (`vorm`, `voRm`, from YAML
/// or node-link JSON); a table cannot, so the table writers (CSV map folder, edge list,
/// workbook, VNA) merge the spellings into the first one met and every value survives (found by
/// fuzzing, issue 17: the written table came back refused).
@Suite struct ColumnCaseVariantTests {
  static let yaml = "Tests/Fixtures/fuzz-findings/yaml-column-in-two-letter-cases.yaml"

  static let nodeLink = """
    {"directed": false, "multigraph": true, "graph": {},
     "nodes": [{"id": "directie"}, {"id": "clb"}, {"id": "ouderraad"}],
     "links": [{"source": "directie", "target": "clb", "vorm": "face-to-face"},
               {"source": "clb", "target": "ouderraad", "voRm": "online", "motief": "taak"},
               {"source": "directie", "target": "ouderraad", "VORM": "hybride"}]}
    """

  /// The values every table must hold, by tie, under the first spelling (`vorm`).
  static let expectedForm = ["face-to-face", "online", "hybride"]

  @Test(arguments: [MapFormat.csv, .edgeList, .xlsx, .vna])
  func spellingsOfOneColumnBecomeOneTableColumn(format: MapFormat) throws {
    let folder = try TemporaryFolder()
    let nodeLinkPath = try folder.write("map.node-link.json", Self.nodeLink)
    let sources = [
      (Self.yaml, try MapLoader.load(path: Self.packageRoot + "/" + Self.yaml)),
      ("node-link", try MapLoader.load(path: nodeLinkPath)),
    ]
    for (name, map) in sources {
      let written = folder.path + "/\(format.rawValue)-\(name.count)" + (format == .csv ? "" : ".\(suffix(format))")
      try MapWriter.write(map, to: written, format: format)
      let back = try MapLoader.load(path: written, format: format)
      #expect(back.ties.map { $0.attributes["vorm"] } == Self.expectedForm, "\(name) as \(format.rawValue)")
      #expect(back.ties.allSatisfy { $0.attributes["voRm"] == nil && $0.attributes["VORM"] == nil })
      #expect(back.ties.map { $0.attributes["motief"] } == [nil, "taak", nil], "\(name) as \(format.rawValue)")
      if name == Self.yaml && format != .edgeList {
        #expect(back.actors.map { $0.attributes["klas"] } == ["6", "5", nil, nil], "actors as \(format.rawValue)")
      }
    }
  }

  /// The header of the edge list names the column once, in its first spelling.
  @Test func edgeListHeaderNamesTheColumnOnce() throws {
    let map = try MapLoader.load(path: Self.packageRoot + "/" + Self.yaml)
    let text = try #require(String(data: MapWriter.data(map, format: .edgeList).data, encoding: .utf8))
    #expect(text.split(separator: "\n").first == "source,target,weight,vorm,motief")
  }

  func suffix(_ format: MapFormat) -> String { format == .edgeList ? "csv" : format.rawValue }

  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
}
