import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartIO

/// One triangle map (school–clb weight 2, clb–ouders, school–ouders) written by hand in every
/// readable single-file format, as a user would paste it.
private let triangleTexts: [(MapFormat, String)] = [
  (
    .yaml,
    """
    actors:
      - {id: school, type: school}
      - {id: clb}
      - {id: ouders}
    ties:
      - {source: school, target: clb, weight: 2}
      - {source: clb, target: ouders}
      - {source: school, target: ouders}
    """
  ),
  (
    .json,
    """
    {"actors": [{"id": "school", "type": "school"}, {"id": "clb"}, {"id": "ouders"}],
     "ties": [{"source": "school", "target": "clb", "weight": 2}, {"source": "clb", "target": "ouders"},
              {"source": "school", "target": "ouders"}]}
    """
  ),
  (
    .nodeLink,
    """
    {"directed": false, "nodes": [{"id": "school", "type": "school"}, {"id": "clb"}, {"id": "ouders"}],
     "links": [{"source": "school", "target": "clb", "weight": 2}, {"source": "clb", "target": "ouders"},
               {"source": "school", "target": "ouders"}]}
    """
  ),
  (.edgeList, "source,target,weight\nschool,clb,2\nclb,ouders,1\nschool,ouders,1\n"),
  (
    .graphML,
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="w" for="edge" attr.name="weight" attr.type="double"/>
      <graph edgedefault="undirected">
        <node id="school"/><node id="clb"/><node id="ouders"/>
        <edge source="school" target="clb"><data key="w">2</data></edge>
        <edge source="clb" target="ouders"/>
        <edge source="school" target="ouders"/>
      </graph>
    </graphml>
    """
  ),
  (.pajek, "*Vertices 3\n1 \"school\"\n2 \"clb\"\n3 \"ouders\"\n*Edges\n1 2 2\n2 3 1\n1 3 1\n"),
  (.ucinet, "DL N=3\nFORMAT = EDGELIST1\nLABELS EMBEDDED:\nDATA:\nschool clb 2\nclb ouders 1\nschool ouders 1\n"),
]

/// The triangle's ties as unordered pairs with their weights, whatever the format's order.
private func pairs(_ map: PartnershipMap) -> Set<String> {
  Set(map.ties.map { [$0.source.rawValue, $0.target.rawValue].sorted().joined(separator: "-") + ":\($0.weight)" })
}

private let trianglePairs: Set<String> = ["clb-school:2.0", "clb-ouders:1.0", "ouders-school:1.0"]

/// The example map folder of a primary school.
private let example = packageRoot.appendingPathComponent("Examples/basisschool-de-linde").path

@Suite struct InMemoryMapTests {
  @Test(arguments: triangleTexts.map(\.0))
  func readsAStringOfEachFormat(format: MapFormat) throws {
    let text = try #require(triangleTexts.first { $0.0 == format }?.1)
    let given = try MapLoader.read(.text(text, format: format, name: "plakbord")).map
    let sniffed = try MapLoader.read(.text(text, name: "plakbord")).map
    #expect(Set(given.actors.map(\.id.rawValue)) == ["school", "clb", "ouders"])
    #expect(pairs(given) == trianglePairs)
    #expect(sniffed.actors.map(\.id) == given.actors.map(\.id))
    #expect(pairs(sniffed) == trianglePairs)
  }

  /// The first bytes name the format (the table in ``MapFormat/sniff(_:)``).
  @Test func sniffsEachFormat() {
    for (format, text) in triangleTexts {
      // Node-link JSON is JSON to the eye; both are read by the same reader.
      #expect(MapFormat.sniff(Data(text.utf8)) == format, "\(format)")
    }
    #expect(MapFormat.sniff(Data("\u{FEFF}  source;target\na;b\n".utf8)) == .edgeList)
    #expect(MapFormat.sniff(Data("% Pajek\n*Vertices 1\n".utf8)) == .pajek)
    #expect(MapFormat.sniff(Data("<gexf xmlns=\"x\">".utf8)) == .gexf)
    #expect(MapFormat.sniff([0x50, 0x4B, 0x03, 0x04]) == .xlsx)
    #expect(MapFormat.sniff(Data(" \n".utf8)) == nil)
  }

  /// Messages name the bytes by the name given, with the line.
  @Test func messagesNameTheData() {
    let result = Result { () throws(MapError) in
      try MapLoader.read(.text("source,target\nschool,clb\nclb\n", format: .edgeList, name: "plakbord"))
    }
    guard case .failure(let error) = result else {
      Issue.record("a tie without target was read")
      return
    }
    #expect(error.diagnostics.first?.location == SourceLocation(file: "plakbord", line: 3))
  }

  /// Pasted text is validated like a file: the codebook value and the tie listed twice are
  /// found at their lines.
  @Test func validatesText() {
    let text = "source,target,motief\nschool,clb,groie\nschool,clb,taak\n"
    let result = MapValidator.validate(.text(text, name: "plakbord"))
    #expect(result.isValid == false)
    let lines = result.diagnostics.map { "\($0.severity):\($0.location?.line ?? 0)" }
    #expect(lines.contains("error:2") && lines.contains("warning:3"), "\(result.diagnostics)")
  }

  @Test func refusesWhatMemoryCannotHold() {
    for (format, words) in [(MapFormat.csv, "a CSV map is a folder")] {
      let result = Result { () throws(MapError) in try MapLoader.read(.text("a,b\n", format: format)) }
      guard case .failure(let error) = result else {
        Issue.record("\(format) was read from memory")
        continue
      }
      #expect(error.description.contains(words), "\(error)")
    }
    let web = URL(string: "https://example.org/kaart.yaml") ?? URL(fileURLWithPath: "/")
    #expect(throws: MapError.self) { try MapLoader.read(.url(web)) }
  }

  /// A file URL reads the same map as its path.
  @Test func readsAFileURL() throws {
    let path = example
    let byURL = try MapLoader.read(.url(URL(fileURLWithPath: path))).map
    let byPath = try MapLoader.load(path: path)
    #expect(byURL.actors.map(\.id) == byPath.actors.map(\.id))
    #expect(byURL.ties.count == byPath.ties.count)
  }

  /// Each writable single-file format, written to `Data` and read back from it, keeps the
  /// example map's actors and ties (edge lists keep the ties only).
  @Test(arguments: MapFormat.allCases.filter { $0.isWritable && $0.isReadable && $0 != .csv })
  func writesDataAndReadsItBack(format: MapFormat) throws {
    let map = try MapLoader.load(path: example)
    let output = try MapWriter.data(map, format: format)
    #expect(!output.data.isEmpty)
    let back = try MapLoader.read(.data(output.data, format: format)).map
    let sniffed = try MapLoader.read(.data(output.data)).map
    let tied = Set(map.ties.flatMap { [$0.source, $0.target] })
    if format == .edgeList {
      // An edge list's actors are the ids its ties name, in order of appearance.
      #expect(Set(back.actors.map(\.id)) == tied)
      #expect(sniffed.actors.map(\.id) == back.actors.map(\.id))
    } else {
      #expect(back.actors.map(\.id) == map.actors.map(\.id))
      #expect(sniffed.actors.map(\.id) == map.actors.map(\.id))
    }
    if format == .ucinet {
      // A full matrix holds one cell per pair, row by row: the same ties and strengths (the
      // example is undirected: a symmetric matrix, each pair read back once in matrix order), and
      // the tie attributes are left out with a warning.
      func cells(_ ties: TieRecords) -> [String: Double] {
        ties.reduce(into: [:]) { cells, tie in
          cells[[tie.source.rawValue, tie.target.rawValue].sorted().joined(separator: "\u{0}"), default: 0] +=
            tie.weight
        }
      }
      #expect(cells(back.ties) == cells(map.ties))
      #expect(!output.warnings.isEmpty)
      return
    }
    #expect(back.ties.map(\.source) == map.ties.map(\.source))
    #expect(back.ties.map(\.target) == map.ties.map(\.target))
    #expect(back.ties.map(\.weight) == map.ties.map(\.weight))
    // An edge list keeps no actors' fields; GEXF keeps only the school and date of the metadata.
    #expect(output.warnings.isEmpty == (format != .edgeList && format != .gexf), "\(output.warnings)")
  }

  /// The bytes in memory are the bytes `write(_:to:)` puts in a file.
  @Test(arguments: [MapFormat.yaml, .json, .graphML, .pajek, .nodeLink, .edgeList, .gexf])
  func dataEqualsTheFile(format: MapFormat) throws {
    let map = try MapLoader.load(path: example)
    let folder = try TemporaryFolder()
    let path = (folder.path as NSString).appendingPathComponent("kaart")
    try MapWriter.write(map, to: path, format: format)
    #expect(try MapWriter.data(map, format: format).data == Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test func refusesAFolderInMemory() {
    #expect(throws: MapWriter.WriteError.self) { try MapWriter.data(try smallMap(), format: .csv) }
  }
}
