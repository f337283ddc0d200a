import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

/// The model types are values: equal when their content is, and encodable without loss.
@Suite struct ModelValueTests {
  /// Every example map survives a JSON round trip unchanged: actors, ties, attributes in their
  /// order, metadata and source locations.
  @Test(arguments: ["basisschool-de-linde", "basisschool-de-linde-golf2", "secundaire-school-atheneum-zuid"])
  func exampleMapsRoundTrip(name: String) throws {
    let map = try Fixture.loadExample(name)
    let copy = try JSONDecoder().decode(PartnershipMap.self, from: JSONEncoder().encode(map))
    #expect(copy == map)
    #expect(copy.hashValue == map.hashValue)
    #expect(copy.indexByID == map.indexByID)
    #expect(copy.ties.first?.origin == map.ties.first?.origin)
    #expect(copy.actors.first?.attributes.keys.elementsEqual(map.actors.first?.attributes.keys ?? []) == true)
  }

  /// A changed attribute, a reordered tie or other metadata make another map.
  @Test func mapsDifferByContent() throws {
    let actors = [ActorRecord(id: "a"), ActorRecord(id: "b"), ActorRecord(id: "c")]
    let ab = TieRecord(source: "a", target: "b", attributes: ["motief": "taak"])
    let bc = TieRecord(source: "b", target: "c")
    let map = try PartnershipMap(actors: actors, ties: [ab, bc])
    #expect(map == (try PartnershipMap(actors: actors, ties: [ab, bc])))
    #expect(map != (try PartnershipMap(actors: actors, ties: [bc, ab])))
    var other = ab
    other.attributes["motief"] = "groei"
    #expect(map != (try PartnershipMap(actors: actors, ties: [other, bc])))
    #expect(map != (try PartnershipMap(actors: actors, ties: [ab, bc], metadata: MapMetadata(wave: "2"))))
  }

  /// An id encodes as its text; decoding checks the map as its initializer does.
  @Test func encodingIsPlainAndDecodingChecks() throws {
    #expect(String(decoding: try JSONEncoder().encode(ActorID("clb")), as: UTF8.self) == "\"clb\"")
    let broken = Data(
      #"{"actors": [{"id": "a", "attributes": []}], "ties": [{"source": "a", "target": "x", "weight": 1, "attributes": []}]}"#
        .utf8)
    do {
      _ = try JSONDecoder().decode(PartnershipMap.self, from: broken)
      Issue.record("a tie to an unknown actor must not decode")
    } catch DecodingError.dataCorrupted(let context) {
      let error = try #require(context.underlyingError as? MapError)
      #expect(
        error.diagnostics == [
          .error("tie names unknown actor \"x\"; add it to the actors or correct the id (did you mean \"a\"?)")
        ])
    }
  }

  /// The codebook and diagnostics round-trip too.
  @Test func codebookAndDiagnosticsRoundTrip() throws {
    let codebook = try JSONDecoder().decode(Codebook.self, from: JSONEncoder().encode(Codebook.partnership))
    #expect(codebook == .partnership)
    let diagnostic = Diagnostic.warning("x", at: SourceLocation(file: "kaart.xlsx", sheet: "ties", row: 3, column: 2))
    #expect(try JSONDecoder().decode(Diagnostic.self, from: JSONEncoder().encode(diagnostic)) == diagnostic)
  }
}
