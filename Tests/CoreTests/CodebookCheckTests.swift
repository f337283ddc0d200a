import NetwerkkaartCore
import Testing

/// The codebook check on hand-made records; the allowed values are those of `Docs/Codebook.md`.
@Suite struct CodebookCheckTests {
  let check = CodebookCheck()

  func messages(actors: [ActorRecord] = [], ties: [TieRecord] = []) -> [String] {
    check.check(actors: actors, ties: ties).map(\.description)
  }

  @Test func validValuesInAnySpellingPass() {
    let tie = TieRecord(
      source: "a", target: "b",
      attributes: [
        "motief": "Groei", "Vorm": " hybrid ", "frequentie": "per-trimester", "vrijwilligheid": "compulsory",
        "middelen": "kennis; positie,relaties", "doel": "anything at all", "eigen kolom": "vrij",
      ])
    let actor = ActorRecord(id: "a", type: "bedrijf", attributes: ["intern": "nee", "resources": "materieel"])
    #expect(messages(actors: [actor], ties: [tie]).isEmpty)
  }

  @Test func unknownValuesAreErrorsWithTheNearestValue() {
    let tie = TieRecord(
      source: "a", target: "b", attributes: ["motief": "groie", "vorm": "telefoon", "middelen": "kennis;geld"])
    #expect(
      messages(ties: [tie]) == [
        "error: unknown value \"groie\" for 'motief' of the tie \"a\" - \"b\"; use one of taak, relatie, groei, or leave it empty (did you mean \"groei\"?)",
        "error: unknown value \"telefoon\" for 'vorm' of the tie \"a\" - \"b\"; use one of face-to-face, online, hybride, or leave it empty",
        "error: unknown value \"geld\" for 'middelen' of the tie \"a\" - \"b\"; use one or more of materieel, kennis, positie, relaties, identiteit, separated by ';', or leave it empty",
      ])
  }

  @Test func englishMisspellingsPointAtTheDutchValue() {
    let tie = TieRecord(source: "a", target: "b", attributes: ["frequency": "weekley"])
    #expect(messages(ties: [tie]).first?.hasSuffix("(did you mean \"wekelijks\"?)") == true)
  }

  @Test func openListsWarnOnlyForNearMisses() {
    let actors = [
      ActorRecord(id: "a", type: "universitiet"), ActorRecord(id: "b", type: "sportclub"),
    ]
    #expect(
      messages(actors: actors) == [
        "warning: type \"universitiet\" of actor \"a\" is not in the codebook but close to \"universiteit\"; correct it if that was meant (other values are allowed)"
      ])
  }

  @Test func emptyValuesAreNotRecordedValues() {
    #expect(messages(ties: [TieRecord(source: "a", target: "b", attributes: ["motief": "  "])]).isEmpty)
  }
}

/// Warnings about suspicious but valid data.
@Suite struct MapInspectionTests {
  @Test func isolatesSimilarLabelsSchoolsAndScale() {
    let actors = [
      ActorRecord(id: "s", label: "De Linde", type: "school"), ActorRecord(id: "z1", label: "Zoë Peeters"),
      ActorRecord(id: "z2", label: "zoe  peeters"), ActorRecord(id: "t", label: "Ter Heide", type: "School"),
      ActorRecord(id: "x"),
    ]
    let ties = [
      TieRecord(source: "s", target: "z1", weight: 7), TieRecord(source: "z2", target: "t"),
      TieRecord(source: "x", target: "x"),
    ]
    let warnings = MapInspection.warnings(actors: actors, ties: ties).map(\.message)
    #expect(
      warnings == [
        "actor \"x\" has no ties; add its ties, or keep it if the focus group named it without any",
        "actor \"z2\" is labelled \"zoe  peeters\", which differs from actor \"z1\" labelled \"Zoë Peeters\" only in letter case, accents or spaces; if they are one actor, merge them",
        "2 actors have type 'school' (\"s\", \"t\"); a netwerkkaart has one focal school, so give the others type 'andere-school'",
        "weight 7 of the tie \"s\" - \"z1\" is outside the codebook's 1-5 scale; fine if the map uses another scale",
      ])
  }

  @Test func noSchoolIsAWarningButAnEmptyMapIsNot() {
    #expect(MapInspection.warnings(actors: [], ties: []).isEmpty)
    #expect(
      MapInspection.warnings(
        actors: [ActorRecord(id: "a"), ActorRecord(id: "b")], ties: [TieRecord(source: "a", target: "b")]
      )
      .map(\.message) == [
        "no actor has type 'school'; give the focal school type 'school' so that analyses can find it"
      ])
  }
}

/// Metadata keys in English and Dutch.
@Suite struct MapMetadataTests {
  @Test func aliasesAndDirected() {
    var metadata = MapMetadata()
    #expect(metadata.set("Datum", to: "2026-03-14") == nil)
    #expect(metadata.set("focusgroep", to: "directie") == nil)
    #expect(metadata.set("gericht", to: "ja") == nil)
    #expect(metadata.set("directed", to: "soms")?.english == "'directed' must be true or false (ja/nee), not \"soms\"")
    #expect(metadata.set("Onderzoeker", to: "An") == nil)
    #expect(
      metadata.entries.map { "\($0.key)=\($0.value)" } == [
        "date=2026-03-14", "focus_group=directie", "directed=true", "Onderzoeker=An",
      ])
  }
}
