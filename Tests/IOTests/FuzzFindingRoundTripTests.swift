import Foundation
import NetwerkkaartCore
import Testing

@testable import NetwerkkaartIO

/// Every input the fuzzer kept because a round trip failed (Tests/Fixtures/fuzz-findings,
/// named `<reader>-<what>.<ext>`), written in every format that netwerkkaart also reads and
/// read back: the same actors and ties must come back. The fuzzer itself tried one format per
/// input; here each finding meets all of them.
@Suite struct FuzzFindingRoundTripTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/fuzz-findings")

  static let findings: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

  static let readers: [String: MapFormat] = [
    "edgelist": .edgeList, "yaml": .yaml, "json": .json, "pajek": .pajek, "vna": .vna, "gexf": .gexf, "dl": .ucinet,
    "nodelink": .nodeLink,
  ]

  @Test(arguments: findings)
  func findingReadsBackFromEveryFormat(name: String) throws {
    let reader = try #require(Self.readers[String(name.prefix { $0 != "-" })], "no reader for \(name)")
    // A finding now refused (the id with a control character, the unclosed Pajek label) has
    // nothing to write; FuzzRegressionTests checks what it says.
    guard let map = try? MapLoader.load(path: Self.folder.appendingPathComponent(name).path, format: reader) else {
      return
    }
    for format in MapFormat.allCases where format.isWritable && format.isReadable && format != .csv {
      let written = try MapWriter.data(map, format: format)
      let back = try MapLoader.read(.data(written.data, format: format)).map
      // An edge list holds no actors without ties (it says so when written).
      if format != .edgeList {
        #expect(back.actors.map(\.id) == map.actors.map(\.id), "\(name) through \(format.rawValue)")
      }
      // Pajek and DL list ties by actor and may turn an undirected pair: compared as pairs. A DL
      // matrix sums repeated ties into one cell, and says so: then each pair is compared once.
      let summed = written.warnings.contains { $0.message.contains("repeated tie records are summed") }
      #expect(pairs(back, once: summed) == pairs(map, once: summed), "\(name) through \(format.rawValue)")
    }
  }

  func pairs(_ map: PartnershipMap, once: Bool = false) -> [[String]] {
    let pairs = map.ties.map { [$0.source.rawValue, $0.target.rawValue].sorted() }
    return (once ? Array(Set(pairs)) : pairs).sorted { $0.lexicographicallyPrecedes($1) }
  }
}
