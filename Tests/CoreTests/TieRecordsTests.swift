import Foundation
import NetwerkkaartCore
import Testing

/// Tie records kept as columns give back exactly the records put in, however mixed: weights,
/// attributes and origins that only some records have, ids in two Unicode spellings.
@Suite struct TieRecordsTests {
  /// Records written out by hand, each differing from the one before in one stored column.
  static let records: [TieRecord] = [
    TieRecord(source: "school", target: "clb", origin: SourceLocation(file: "ties.csv", line: 2)),
    TieRecord(source: "clb", target: "school", origin: SourceLocation(file: "ties.csv", line: 3)),
    TieRecord(source: "school", target: "bib", weight: 2.5, origin: SourceLocation(file: "ties.csv", line: 4)),
    TieRecord(
      source: "bib", target: "Café", attributes: ["motief": "lezen"], origin: SourceLocation(file: "ties.csv", line: 5)
    ),
    // The same id with a decomposed accent: a spelling of its own, kept as written.
    TieRecord(source: "Cafe\u{301}", target: "school", origin: SourceLocation(file: "ties.csv", line: 6, column: 3)),
    TieRecord(source: "school", target: "clb", origin: nil),
    TieRecord(source: "clb", target: "bib", origin: SourceLocation(file: "kaart.xlsx", sheet: "ties", row: 7)),
    TieRecord(source: "bib", target: "school", origin: SourceLocation(file: "ties.csv", line: 8)),
  ]

  @Test func givesBackWhatWasAppended() {
    var ties = TieRecords()
    for tie in Self.records { ties.append(tie) }
    #expect(ties.count == 8)
    #expect(Array(ties) == Self.records)
    #expect(ties[4].source.rawValue.unicodeScalars.count == 5)  // C a f e U+0301
    #expect(ties[3].target.rawValue.unicodeScalars.count == 4)  // C a f é
    #expect(ties.map(\.weight) == [1, 1, 2.5, 1, 1, 1, 1, 1])
    #expect(
      ties.map { $0.origin?.description } == [
        "ties.csv:2", "ties.csv:3", "ties.csv:4", "ties.csv:5", "ties.csv:6:3", nil, "kaart.xlsx:ties!A7", "ties.csv:8",
      ])
    #expect(ties[3].attributes == ["motief": "lezen"] && ties[4].attributes.isEmpty)
  }

  @Test func equalsAnArrayLiteralAndCodesAsAnArray() throws {
    let ties = TieRecords(Self.records)
    #expect(ties == TieRecords(Self.records))
    #expect(ties != TieRecords(Self.records.dropLast()))
    let short: TieRecords = [TieRecord(source: "a", target: "b")]
    #expect(short == [TieRecord(source: "a", target: "b")])
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let encoded = try encoder.encode(ties)
    #expect(encoded == (try encoder.encode(Self.records)))
    #expect(try JSONDecoder().decode(TieRecords.self, from: encoded) == ties)
  }

  /// Replacing a record through the subscript changes that record only.
  @Test func replacingARecord() {
    var ties = TieRecords(Self.records)
    ties[1].weight = 4
    ties[0].source = "ouders"
    ties[7].attributes = ["vorm": "overleg"]
    ties[2].origin = nil
    var expected = Self.records
    expected[1].weight = 4
    expected[0].source = "ouders"
    expected[7].attributes = ["vorm": "overleg"]
    expected[2].origin = nil
    #expect(Array(ties) == expected)
  }

  /// Without its id index (as a map keeps its records), appending and replacing still find the
  /// ids already stored: the index is rebuilt, with every spelling as written.
  @Test func appendingAfterTheIndexIsDropped() {
    var ties = TieRecords(Self.records).droppingIDIndex()
    ties.append(TieRecord(source: "Cafe\u{301}", target: "clb", origin: SourceLocation(file: "ties.csv", line: 9)))
    ties.append(TieRecord(source: "ouders", target: "Café", origin: SourceLocation(file: "ties.csv", line: 10)))
    ties[0].target = "ouders"
    var expected = Self.records
    expected.append(TieRecord(source: "Cafe\u{301}", target: "clb", origin: SourceLocation(file: "ties.csv", line: 9)))
    expected.append(TieRecord(source: "ouders", target: "Café", origin: SourceLocation(file: "ties.csv", line: 10)))
    expected[0].target = "ouders"
    #expect(Array(ties) == expected)
    // school, clb, bib, Café, Cafe + U+0301, ouders: the index found the five ids already stored.
    #expect(ties.distinctIDCount == 6)
    #expect(ties[8].source.rawValue.unicodeScalars.count == 5)  // the decomposed spelling
    #expect(ties[9].target.rawValue.unicodeScalars.count == 4)  // the composed one
  }

  /// Records made in code have no origin: they take the 12 bytes of a record read from a file
  /// (two ends, one line slot), with no column of other origins. A clamped negative line, the
  /// value that stands for "no origin" in the line column, reads back as that clamped line.
  @Test func recordsWithoutOriginTakeTwelveBytes() {
    let count = 1_000
    var ties = TieRecords((0..<count).map { TieRecord(source: ActorID("a\($0 % 10)"), target: ActorID("b\($0 % 7)")) })
    #expect(ties.recordBytes / count <= 12, "\(ties.recordBytes / count) bytes per record")
    #expect(ties.allSatisfy { $0.origin == nil })
    ties.append(TieRecord(source: "a1", target: "b1", origin: SourceLocation(file: "ties.csv", line: 4)))
    ties.append(TieRecord(source: "a2", target: "b2", origin: SourceLocation(file: "ties.csv", line: -5_000_000_000)))
    ties.append(TieRecord(source: "a3", target: "b3"))
    #expect(ties[count].origin?.description == "ties.csv:4")
    #expect(ties[count + 1].origin?.line == -2_147_483_647)
    #expect(ties[count + 2].origin == nil && ties[0].origin == nil)
  }

  /// A map keeps its records as given, duplicates and self-ties included.
  @Test func aMapKeepsItsRecords() throws {
    let actors = ["school", "clb", "bib", "Café", "ouders"].map { ActorRecord(id: ActorID($0)) }
    let map = try PartnershipMap(actors: actors, ties: Self.records)
    #expect(Array(map.ties) == Self.records)
    #expect(map.ties == TieRecords(Self.records))
  }
}
