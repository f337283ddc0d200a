import NetwerkkaartCore
import Testing

/// The one codebook lookup, against the values of `Docs/Codebook.md`.
@Suite struct CodebookLookupTests {
  /// Every spelling the coding guide allows reads as the Dutch value: case, spaces, the English
  /// gloss and the synonyms.
  @Test(arguments: [
    (CodebookField.frequency, "wekelijks", "wekelijks"), (.frequency, " Weekly ", "wekelijks"),
    (.frequency, "WEKELIJKS", "wekelijks"), (.frequency, "each term", "per-trimester"),
    (.frequency, "Trimestrieel", "per-trimester"), (.form, "Face-to-face", "face-to-face"),
    (.form, "in person", "face-to-face"), (.form, "fysiek", "face-to-face"), (.form, "hybrid", "hybride"),
    (.motive, "Task", "taak"), (.motive, "relation", "relatie"), (.motive, "relationship", "relatie"),
    (.insideSchool, "true", "ja"), (.insideSchool, "1", "ja"), (.insideSchool, "No", "nee"),
    (.insideSchool, "0", "nee"), (.voluntariness, "compulsory", "verplicht"), (.followUp, "occasional", "occasioneel"),
    (.actorType, "School", "school"),
  ])
  func spellingsReadAsTheCanonicalValue(field: CodebookField, text: String, value: String) {
    #expect(field.normalised(text)?.value == value)
    #expect(field.accepts(text))
    #expect(field.canonical(text) == value)
  }

  /// `occasioneel` is a value of `opvolging`, not of `frequentie`; empty is no value but allowed.
  @Test func valuesOfOtherFieldsAreNotValues() {
    #expect(CodebookField.frequency.normalised("occasioneel") == nil)
    #expect(!CodebookField.frequency.accepts("occasioneel"))
    #expect(CodebookField.followUp.normalised("occasioneel")?.value == "occasioneel")
    #expect(CodebookField.frequency.normalised("  ") == nil)
    #expect(CodebookField.frequency.accepts("  "))
    #expect(CodebookField.frequency.canonical(" occasioneel ") == "occasioneel")
  }

  /// Open lists and free text accept anything; several values are read part by part.
  @Test func kindsOfField() {
    #expect(CodebookField.actorType.accepts("dansschool"))
    #expect(CodebookField.actorType.normalised("dansschool") == nil)
    #expect(CodebookField.goal.accepts("zorgoverleg"))
    #expect(CodebookField.actorResources.accepts("kennis; Relations, identiteit"))
    #expect(!CodebookField.actorResources.accepts("kennis; geld"))
    #expect(CodebookField.actorResources.normalisedParts("kennis;;geld").map(\.text) == ["kennis", "geld"])
    #expect(CodebookField.actorResources.normalisedParts("kennis;;geld").map(\.value?.value) == ["kennis", nil])
    #expect(CodebookField.actorResources.canonical("Knowledge,relations") == "kennis; relaties")
  }

  /// A record's value goes through the column's name or alias, in any case.
  @Test func recordsAnswerThroughTheirColumns() {
    let tie = TieRecord(source: "a", target: "b", attributes: ["Motive": " Growth ", "frequentie": "yearly"])
    #expect(tie.codebookValue(of: .motive) == .growth)
    #expect(tie.codebookValue(of: .frequency) == .yearly)
    #expect(tie.codebookValue(of: .form) == nil)
    #expect(tie.text(of: .motive) == " Growth ")
    let actor = ActorRecord(id: "x", role: .core, type: " School", attributes: ["Internal": "TRUE"])
    #expect(actor.codebookValue(of: .insideSchool) == .yes)
    #expect(actor.codebookValue(of: .actorType) == .school)
    #expect(actor.codebookValue(of: .role)?.value == "kern")
    #expect(actor.isSchool)
    #expect(!ActorRecord(id: "y", type: "schoolteam").isSchool)
  }

  /// The partnership codebook holds the named fields, and a column name finds them.
  @Test func namedFieldsAreTheCodebooksFields() {
    let codebook = Codebook.partnership
    #expect(codebook.fields.count == 19)
    #expect(codebook.field(named: "Beweegredenen", in: .ties) == .reasons)
    #expect(codebook.field(named: "frequency", in: .ties) == .frequency)
    #expect(codebook.field(named: "Intern", in: .actors) == .insideSchool)
    #expect(codebook.field(named: "middelen", in: .ties) == .tieResources)
    #expect(codebook.field(named: "middelen", in: .actors) == .actorResources)
    #expect(CodebookField.motive.listedValues == [.task, .relationship, .growth])
  }

  /// The metadata's `directed` reads the yes/no words of `intern`.
  @Test(arguments: [
    ("ja", true), ("Yes", true), ("1", true), ("TRUE", true), ("nee", false), ("no", false), ("0", false),
  ])
  func directedReadsYesAndNo(text: String, directed: Bool) {
    var metadata = MapMetadata()
    #expect(metadata.set("gericht", to: text) == nil)
    #expect(metadata.directed == directed)
    #expect(
      metadata.set("directed", to: "misschien")?.english
        == "'directed' must be true or false (ja/nee), not \"misschien\"")
    #expect(metadata.set("directed", to: " ") == nil)
    #expect(metadata.directed == nil)
  }
}
