import NetwerkkaartCore
import Testing

/// The codebook in both languages: every field has a Dutch line and every value with a meaning
/// a Dutch meaning, so that the Dutch template's codebook sheet has no English sentence.
@Suite struct CodebookLanguageTests {
  @Test func everyFieldHasADutchSummary() {
    for field in Codebook.partnership.fields {
      let dutch = field.summary(in: .nl)
      #expect(dutch != field.summary && !dutch.isEmpty, "\(field.name) (\(field.table)): no Dutch summary")
      #expect(field.summary(in: .en) == field.summary)
    }
  }

  @Test func everyMeaningHasADutchMeaning() {
    for field in Codebook.partnership.fields {
      for value in field.listedValues where !value.meaning.isEmpty {
        let dutch = value.meaning(in: .nl)
        #expect(dutch != value.meaning && !dutch.isEmpty, "\(field.name) = \(value.value): no Dutch meaning")
      }
    }
  }

  /// Hand-written: the codebook's reasons line in Dutch, and the question `waarom` as `why`.
  @Test func examples() {
    #expect(CodebookField.reasons.summary(in: .nl).hasPrefix("beweegredenen voor collectief leren, 1-15"))
    #expect(CodebookField.motive.question?.name(in: .en) == "why")
    #expect(CodebookField.motive.question?.name(in: .nl) == "waarom")
  }

  /// A validate warning in both languages; equality ignores the Dutch wording.
  @Test func diagnosticsInBothLanguages() throws {
    let map = try PartnershipMap(
      actors: [ActorRecord(id: "a"), ActorRecord(id: "b"), ActorRecord(id: "c", type: "school")],
      ties: [TieRecord(source: "a", target: "c")])
    let warning = try #require(MapInspection.warnings(map).first)
    #expect(warning.message(in: .en).hasPrefix("actor \"b\" has no ties"))
    #expect(warning.message(in: .nl).hasPrefix("actor \"b\" heeft geen relaties"))
    #expect(warning.description(in: .nl).hasPrefix("warning: actor \"b\" heeft geen relaties"))
    #expect(warning == Diagnostic.warning(warning.message, at: warning.location))
  }
}
