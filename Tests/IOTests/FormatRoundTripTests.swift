import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartIO

/// Round trips through every format that can hold a whole map: a seeded random map (unicode
/// ids and labels, awkward attribute values, isolates, repeated pairs, self-ties, metadata) is
/// written as a CSV map folder, converted to the format, read back and written as CSV again;
/// every actor, tie, weight, attribute and metadata entry must equal the generated map's.
@Suite struct FormatRoundTripTests {
  static let formats: [(MapFormat, String)] = [
    (.graphML, "map.graphml"), (.yaml, "map.yaml"), (.json, "map.json"), (.pajek, "map.net"), (.xlsx, "map.xlsx"),
    (.nodeLink, "map.node-link.json"),
  ]

  @Test(arguments: 1...40)
  func csvThroughEveryFormatAndBack(seed: Int) throws {
    let generated = try RandomMaps.map(seed: UInt64(seed))
    let folder = try TemporaryFolder()
    let csv = folder.path + "/original"
    try MapWriter.write(generated, to: csv)
    let fromCSV = try MapLoader.load(path: csv)
    try expectSame(fromCSV, generated, "CSV, seed \(seed)")
    for (format, name) in Self.formats {
      let converted = folder.path + "/" + name
      let notes = try MapWriter.write(fromCSV, to: converted)
      #expect(notes.isEmpty, "\(format.rawValue) reported losses: \(notes)")
      let back = folder.path + "/back-\(format.rawValue)"
      try MapWriter.write(try MapLoader.load(path: converted), to: back)
      try expectSame(try MapLoader.load(path: back), generated, "CSV -> \(format.rawValue) -> CSV, seed \(seed)")
    }
  }

  @Test func awkwardValuesSurviveYAMLQuoting() throws {
    let actors = RandomMaps.awkwardTexts.enumerated().map { index, text in
      ActorRecord(id: ActorID("a\(index)"), attributes: ["waarde": text])
    }
    let map = try PartnershipMap(actors: actors, ties: [])
    let folder = try TemporaryFolder()
    try MapWriter.write(map, to: folder.path + "/map.yaml")
    try expectSame(try MapLoader.load(path: folder.path + "/map.yaml"), map, "YAML")
  }

  /// Compares records without their source locations; attribute order within a record is not
  /// part of a map (columns are ordered per table), so attributes compare as dictionaries.
  func expectSame(
    _ actual: PartnershipMap, _ expected: PartnershipMap, _ context: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    struct Actor: Equatable {
      var id: String
      var label: String?
      var role: ActorRole?
      var type: String?
      var attributes: [String: String]
    }
    struct Tie: Equatable {
      var source: String
      var target: String
      var weight: Double
      var attributes: [String: String]
    }
    func actors(_ map: PartnershipMap) -> [Actor] {
      map.actors.map {
        Actor(
          id: $0.id.rawValue, label: $0.label, role: $0.role, type: $0.type,
          attributes: Dictionary(uniqueKeysWithValues: $0.attributes.map { ($0.key, $0.value) }))
      }
    }
    func ties(_ map: PartnershipMap) -> [Tie] {
      map.ties.map {
        Tie(
          source: $0.source.rawValue, target: $0.target.rawValue, weight: $0.weight,
          attributes: Dictionary(uniqueKeysWithValues: $0.attributes.map { ($0.key, $0.value) }))
      }
    }
    let (actualActors, expectedActors) = (actors(actual), actors(expected))
    #expect(actualActors.count == expectedActors.count, "\(context): actor count", sourceLocation: sourceLocation)
    for (got, want) in zip(actualActors, expectedActors) where got != want {
      Issue.record("\(context): actor \(want) came back as \(got)", sourceLocation: sourceLocation)
    }
    let (actualTies, expectedTies) = (ties(actual), ties(expected))
    #expect(actualTies.count == expectedTies.count, "\(context): tie count", sourceLocation: sourceLocation)
    for (got, want) in zip(actualTies, expectedTies) where got != want {
      Issue.record("\(context): tie \(want) came back as \(got)", sourceLocation: sourceLocation)
    }
    #expect(actual.metadata == expected.metadata, "\(context): metadata", sourceLocation: sourceLocation)
  }
}
