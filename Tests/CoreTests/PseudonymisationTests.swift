import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

/// Pseudonymisation on maps small enough to code by hand. Codes are `type-N`, numbered in actor
/// order per type, past the highest number a key already holds for that type.
@Suite struct PseudonymisationTests {
  /// A school, two team members (one only an id), a CLB and an actor without type; ties with
  /// codebook values, free text naming people, and a value outside the codebook.
  let map: PartnershipMap

  init() throws {
    map = try PartnershipMap(
      actors: [
        ActorRecord(
          id: "s", label: "Vrije Basisschool De Linde", role: .core, type: "school",
          attributes: ["intern": "ja", "functie": "focusschool"]),
        ActorRecord(
          id: "jan", label: "Jan Peeters", role: .core, type: "schoolteam",
          attributes: ["intern": "ja", "functie": "directeur, vader van Marie"]),
        ActorRecord(id: "an.janssens", role: .framing, type: "schoolteam", attributes: ["intern": "ja"]),
        ActorRecord(id: "clb", label: "Vrij CLB Kempen", role: .context, type: "clb", attributes: ["intern": "nee"]),
        ActorRecord(id: "x", label: "Café De Kroon"),
      ],
      ties: [
        TieRecord(
          source: "s", target: "jan", weight: 5,
          attributes: ["motief": "taak", "vorm": "face-to-face", "doel": "overleg met Jan", "contact": "Marie"]),
        TieRecord(
          source: "jan", target: "clb", weight: 2, attributes: ["motief": "Jan", "middelen": "kennis; positie"]),
        TieRecord(source: "clb", target: "x", attributes: ["motief": "groei"]),
      ],
      metadata: MapMetadata(
        school: "Vrije Basisschool De Linde", date: "2026-03-14", focusGroup: "Jan Peeters, An Janssens", wave: "2",
        notes: "gesprek bij Marie thuis", extra: ["interviewer": "Els"]))
  }

  @Test func namesBecomeCodesByTypeInActorOrder() {
    let result = Pseudonymisation(map, key: PseudonymKey())
    // school: s; schoolteam: jan, then an.janssens (named by its id); clb; no type: actor.
    #expect(result.map.actors.map(\.id) == ["school-1", "schoolteam-1", "schoolteam-2", "clb-1", "actor-1"])
    #expect(result.map.actors.allSatisfy { $0.label == nil })
    #expect(result.map.actors.map(\.role) == [.core, .core, .framing, .context, nil])
    #expect(result.map.actors.map(\.type) == ["school", "schoolteam", "schoolteam", "clb", nil])
    #expect(result.map.focalSchool == "school-1")
    #expect(
      result.newEntries.map(\.name) == [
        "Vrije Basisschool De Linde", "Jan Peeters", "an.janssens", "Vrij CLB Kempen", "Café De Kroon",
      ])
    #expect(result.codeByID["jan"] == "schoolteam-1")
  }

  @Test func tiesKeepWeightsAndListedCodebookValuesOnly() {
    let result = Pseudonymisation(map, key: PseudonymKey())
    let ties = result.map.ties
    #expect(
      ties.map { "\($0.source)-\($0.target)" } == ["school-1-schoolteam-1", "schoolteam-1-clb-1", "clb-1-actor-1"])
    #expect(ties.map(\.weight) == [5, 2, 1])
    // doel (free text) and contact (unknown column) go; motief "Jan" is not a motive.
    #expect(Array(ties[0].attributes.keys) == ["motief", "vorm"])
    #expect(ties[0].attributes["motief"] == "taak")
    #expect(ties[1].attributes["motief"] == "")
    #expect(ties[1].attributes["middelen"] == "kennis; positie")
    #expect(result.map.actors[1].attributes == ["intern": "ja"])
  }

  @Test func metadataKeepsDateAndWaveAndCodesTheSchool() {
    let metadata = Pseudonymisation(map, key: PseudonymKey()).map.metadata
    // The school's name is the focal actor's label, so it gets the same code.
    #expect(metadata.school == "school-1")
    #expect(metadata.date == "2026-03-14")
    #expect(metadata.wave == "2")
    #expect(metadata.focusGroup == nil && metadata.notes == nil && metadata.extra.isEmpty)
  }

  @Test func leftOutColumnsAreCountedAndNamedWithoutValues() {
    let result = Pseudonymisation(map, key: PseudonymKey())
    let counts = result.leftOut.map { "\($0.table).\($0.column)=\($0.values)\($0.outsideCodebook ? "!" : "")" }
    #expect(
      counts == [
        "actors.functie=2", "ties.doel=1", "ties.contact=1", "ties.motief=1!", "map.focus_group=1", "map.notes=1",
        "map.interviewer=1",
      ])
    let text = result.notes.map(\.description).joined(separator: "\n")
    for name in ["Jan", "Marie", "Els", "Linde"] { #expect(!text.contains(name)) }
    #expect(text.contains("ties column doel (1 value)"))
  }

  @Test func aKeyKeepsItsCodesAndNewCodesNeverReuseOne() throws {
    var key = PseudonymKey()
    try key.add(.init(name: "vrij clb  kempen", code: "clb-7"))
    try key.add(.init(name: "Jan Peeters", code: "P01"))
    try key.add(.init(name: "Some other school", code: "school-2"))
    let result = Pseudonymisation(map, key: key)
    // Case and spaces aside, "Vrij CLB Kempen" is in the key; Jan keeps his hand-made code;
    // the school is new and numbered past school-2; schoolteam starts at 1.
    #expect(result.map.actors.map(\.id) == ["school-3", "P01", "schoolteam-1", "clb-7", "actor-1"])
    #expect(result.key.entries.count == 3 + 3)
    #expect(result.newEntries.map(\.code) == ["school-3", "schoolteam-1", "actor-1"])
    // Running again with the extended key adds nothing and gives the same map.
    let again = Pseudonymisation(map, key: result.key)
    #expect(again.newEntries.isEmpty)
    #expect(again.map.actors == result.map.actors)
    #expect(again.map.ties == result.map.ties)
  }

  @Test func theSameNameInTwoMapsGetsTheSameCode() throws {
    let other = try PartnershipMap(
      actors: [
        ActorRecord(id: "school", label: "GO! Atheneum Zuid", type: "school"),
        ActorRecord(id: "j", label: "JAN  peeters", type: "schoolteam"),
        ActorRecord(id: "clb2", label: "CLB Dendermeer", type: "clb"),
      ], ties: [TieRecord(source: "school", target: "j")])
    let first = Pseudonymisation(map, key: PseudonymKey())
    let second = Pseudonymisation(other, key: first.key)
    #expect(second.map.actors.map(\.id) == ["school-2", "schoolteam-1", "clb-2"])
    #expect(second.newEntries.map(\.name) == ["GO! Atheneum Zuid", "CLB Dendermeer"])
  }

  @Test func actorsSharingANameKeepTheirOwnCodes() throws {
    let twins = try PartnershipMap(
      actors: [
        ActorRecord(id: "a", label: "Directeur", type: "schoolteam"),
        ActorRecord(id: "b", label: "directeur", type: "schoolteam"),
        // A label that is the name the second one is keyed by.
        ActorRecord(id: "c", label: "directeur [b]", type: "schoolteam"),
      ], ties: [])
    let result = Pseudonymisation(twins, key: PseudonymKey())
    #expect(result.map.actors.map(\.id) == ["schoolteam-1", "schoolteam-2", "schoolteam-3"])
    #expect(result.newEntries.map(\.name) == ["Directeur", "directeur [b]", "directeur [b] [c]"])
    #expect(result.sharedNames == 2)
  }

  @Test func emptyMapStaysEmpty() throws {
    let result = Pseudonymisation(try PartnershipMap(actors: [], ties: []), key: PseudonymKey())
    #expect(result.map.actors.isEmpty && result.map.ties.isEmpty && result.newEntries.isEmpty)
  }

  @Test(arguments: [
    ("schoolteam", "schoolteam"), ("Andere school", "andere-school"), ("Crèche", "creche"),
    ("  cultuur/sport ", "cultuur-sport"), ("€€", "actor"),
  ])
  func codePrefixes(type: String, prefix: String) {
    #expect(PseudonymKey.prefix(forType: type) == prefix)
  }

  @Test func keyRefusesConflicts() throws {
    var key = PseudonymKey()
    try key.add(.init(name: "Jan", code: "P1"))
    #expect(throws: PseudonymKey.Conflict.nameTaken(code: "P1")) { try key.add(.init(name: " JAN ", code: "P2")) }
    #expect(throws: PseudonymKey.Conflict.codeTaken(name: "Jan")) { try key.add(.init(name: "Piet", code: "P1")) }
    #expect(throws: PseudonymKey.Conflict.empty) { try key.add(.init(name: "Piet", code: " ")) }
  }

  @Test func messagesNameCodesAndHideOtherQuotedText() {
    let result = Pseudonymisation(map, key: PseudonymKey())
    func redacted(_ message: String) -> String { result.redacting(.warning(message)).message }
    #expect(
      redacted("actor \"jan\" is labelled \"Jan Peeters\"; tie jan - clb merged")
        == "actor \"schoolteam-1\" is labelled \"schoolteam-1\"; tie schoolteam-1 - clb merged")
    // "clb" is an id but also a type, so it stays a word (it says no more than the type);
    // codebook values stay quoted.
    #expect(
      redacted("no actor has type 'clb'; motief \"Taak\" near \"taak\"")
        == "no actor has type 'clb'; motief \"Taak\" near \"taak\"")
    // Values the map no longer holds (free text) are hidden; an apostrophe in a word is no quote.
    #expect(redacted("doel \"bij Marie\" of the focus group's tie") == "doel \"…\" of the focus group's tie")
    // A name inside a longer word is not replaced ("x" in "box"); alone it is.
    #expect(redacted("box x") == "box actor-1")
  }

  /// The Dutch wording of a message names no one either: `--lang nl` prints it.
  @Test func dutchMessagesNameCodesToo() {
    let result = Pseudonymisation(map, key: PseudonymKey())
    let warning = Diagnostic.warning(
      "actor \"jan\" is labelled \"Jan Peeters\"", dutch: "actor \"jan\" heet \"Jan Peeters\"; doel \"bij Marie\"")
    let redacted = result.redacting(warning)
    #expect(redacted.message == "actor \"schoolteam-1\" is labelled \"schoolteam-1\"")
    #expect(redacted.dutch == "actor \"schoolteam-1\" heet \"schoolteam-1\"; doel \"…\"")
  }
}

/// Seeded random maps (unicode and awkward labels, many shared names, free text, metadata):
/// the pseudonymised map must be the same network under other names. The oracle is the metrics
/// of the original map and the checking initializer of ``PartnershipMap``.
@Suite struct PseudonymisationPropertyTests {
  @Test(arguments: 1...120 as ClosedRange<UInt64>)
  func sameNetworkUnderOtherNames(seed: UInt64) throws {
    let map = try RandomMaps.map(seed: seed)
    let result = Pseudonymisation(map, key: PseudonymKey())
    let coded = result.map
    // Valid by the checking initializer: ids unique, every tie names known actors.
    _ = try PartnershipMap(actors: coded.actors, ties: coded.ties, metadata: coded.metadata)
    #expect(coded.actors.map(\.role) == map.actors.map(\.role))
    #expect(coded.actors.map(\.type) == map.actors.map(\.type))
    #expect(coded.actors.allSatisfy { $0.label == nil && $0.attributes.keys.allSatisfy { $0 == "intern" } })
    #expect(coded.ties.map(\.weight) == map.ties.map(\.weight))
    #expect(coded.ties.map(\.source) == map.ties.map { result.codeByID[$0.source] ?? "?" })
    #expect(coded.ties.map(\.target) == map.ties.map { result.codeByID[$0.target] ?? "?" })
    #expect(coded.ties.allSatisfy { $0.attributes.keys.allSatisfy { ["frequentie", "motief"].contains($0) } })
    #expect(coded.metadata.focusGroup == nil && coded.metadata.notes == nil && coded.metadata.extra.isEmpty)

    // One new key entry per actor, and one for a school name no actor has.
    let schoolIsActor = map.metadata.school.map { school in
      map.actors.contains { PseudonymKey.comparable($0.displayName) == PseudonymKey.comparable(school) }
    }
    let expectedEntries = map.actors.count + (schoolIsActor == false ? 1 : 0)
    #expect(result.newEntries.count == expectedEntries)

    for weighted in [false, true] {
      let original = MetricsTable(Network(map, directed: false, weighted: weighted), threads: 1)
      let pseudonymised = MetricsTable(Network(coded, directed: false, weighted: weighted), threads: 1)
      #expect(original.figures == pseudonymised.figures)
      for (before, after) in zip(original.columns, pseudonymised.columns) {
        switch (before.values, after.values) {
        case (.integers(let expected), .integers(let actual)): #expect(actual == expected, "\(before.key)")
        case (.reals(let expected), .reals(let actual)):
          #expect(mismatches(actual, expected).isEmpty, "\(before.key)")
        default: Issue.record("\(before.key) changed kind")
        }
      }
    }

    // With the key it made, a second run adds nothing and gives the same codes.
    let again = Pseudonymisation(map, key: result.key)
    #expect(again.newEntries.isEmpty && again.map.actors.map(\.id) == coded.actors.map(\.id))
  }
}
