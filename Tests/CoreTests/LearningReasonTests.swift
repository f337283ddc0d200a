import NetwerkkaartCore
import Testing

/// The fifteen beweegredenen: their numbering and dimensions as the literature lists them
/// (chapter 4.5: task 1-6, relationship 7-10, growth 11-15), and a small map whose shares,
/// filters and warnings are derived by hand.
@Suite struct LearningReasonTests {
  /// s-a gives reasons 1 and 13 and no motief (taak and groei); s-b gives 13 in English with an
  /// empty motief (groei); a-b gives 8 (relatie); b-c gives no reason and motief taak; c-d gives
  /// 11 (groei) but records motief relatie, which counts and is a contradiction.
  let map: PartnershipMap

  init() throws {
    map = try PartnershipMap(
      actors: ["s", "a", "b", "c", "d"].map { ActorRecord(id: ActorID($0)) },
      ties: [
        TieRecord(source: "s", target: "a", attributes: ["beweegreden": "1; 13"]),
        TieRecord(source: "s", target: "b", attributes: ["Reasons": " Professional-development ", "motief": ""]),
        TieRecord(source: "a", target: "b", attributes: ["beweegreden": "nieuwe-contacten"]),
        TieRecord(source: "b", target: "c", attributes: ["motief": "taak"]),
        TieRecord(source: "c", target: "d", attributes: ["motief": "relatie", "beweegreden": "11"]),
      ])
  }

  @Test func theLiteratureNumbersFifteenReasonsInThreeDimensions() {
    #expect(LearningReason.all.map(\.number) == Array(1...15))
    let byDimension = Dictionary(grouping: LearningReason.all, by: { $0.dimension.value }).mapValues {
      $0.map(\.number)
    }
    #expect(byDimension == ["taak": Array(1...6), "relatie": Array(7...10), "groei": Array(11...15)])
    #expect(LearningReason(number: 0) == nil && LearningReason(number: 16) == nil)
    // Every spelling names one reason only: no key is shared between two reasons or with a number.
    let spellings = LearningReason.all.flatMap { Set($0.value.spellings.map { $0.lowercased() }) }
    #expect(Set(spellings).count == spellings.count)
  }

  @Test func aReasonIsReadAsNumberDutchOrEnglishKey() {
    #expect(CodebookField.reasons.normalised("13")?.value == "professionalisering")
    #expect(CodebookField.reasons.normalised("Professional-Development")?.value == "professionalisering")
    #expect(CodebookField.reasons.normalised("16") == nil)
    #expect(CodebookField.reasons.accepts("1; vangnet; pupil-achievement"))
    #expect(!CodebookField.reasons.accepts("1; 16"))
    #expect(map.ties[0].reasons.map(\.number) == [1, 13])
  }

  @Test func theMotiveFollowsFromTheReasonsWhenNotRecorded() {
    #expect(
      map.ties.map { $0.motiveDimensions.map(\.value) } == [
        ["taak", "groei"], ["groei"], ["relatie"], ["taak"], ["relatie"],
      ])
    // One value only when the reasons agree on a dimension.
    #expect(map.ties.map { $0.codebookValue(of: .motive)?.value } == [nil, "groei", "relatie", "taak", "relatie"])
  }

  @Test func sharesPerReasonAndPerDimensionByHand() {
    let reasons = CodebookShares(map, field: .reasons)
    #expect(reasons.records == 5)
    // 1: s-a; 8: a-b; 11: c-d; 13: s-a and s-b; unknown: b-c.
    var expected = [Int](repeating: 0, count: 15)
    expected[0] = 1
    expected[7] = 1
    expected[10] = 1
    expected[12] = 2
    #expect(reasons.counts == expected)
    #expect(reasons.unknown == 1)
    #expect(reasons.share(at: 12) == 0.4)
    let motives = CodebookShares(map, field: .motive)
    // taak: s-a, b-c; relatie: a-b, c-d; groei: s-a, s-b.
    #expect(motives.counts == [2, 2, 2])
    #expect(motives.unknown == 0)
    #expect(motives.share(at: 0) == 0.4)
  }

  func kept(_ filter: String) throws -> [String] {
    try map.keepingTies(matching: [TieFilter(parsing: filter)]).ties.map { "\($0.source)-\($0.target)" }
  }

  @Test func filtersSelectByReasonAndByDerivedMotive() throws {
    #expect(try kept("beweegreden=13") == ["s-a", "s-b"])
    #expect(try kept("reasons=1|co-creation|8") == ["s-a", "a-b"])
    #expect(try kept("motief=groei") == ["s-a", "s-b"])
    #expect(try kept("motive=relatie") == ["a-b", "c-d"])
    #expect(try kept("motief!=taak") == ["s-b", "a-b", "c-d"])
  }

  @Test func aMotiveWithoutAColumnIsTakenFromTheReasons() throws {
    let reasonsOnly = try PartnershipMap(
      actors: ["s", "a", "b"].map { ActorRecord(id: ActorID($0)) },
      ties: [
        TieRecord(source: "s", target: "a", attributes: ["beweegreden": "14"]),
        TieRecord(source: "s", target: "b", attributes: ["beweegreden": "5"]),
      ])
    let kept = try reasonsOnly.keepingTies(matching: [TieFilter(parsing: "motief=groei")])
    #expect(kept.ties.map(\.target) == ["a"])
  }

  @Test func aContradictionIsAWarningAndAnUnknownReasonAnError() throws {
    let problems = CodebookCheck().check(map)
    #expect(problems.count == 1)
    #expect(problems.first?.severity == .warning)
    #expect(problems.first?.message.contains("motief \"relatie\" of the tie \"c\" - \"d\" contradicts") == true)
    #expect(problems.first?.message.contains("11 innovatie (groei)") == true)
    let unknown = CodebookCheck().check(
      actors: [], ties: [TieRecord(source: "s", target: "a", attributes: ["beweegreden": "3; 16"])])
    #expect(unknown.map(\.severity) == [.error])
    #expect(unknown.first?.message.contains("unknown value \"16\" for 'beweegreden'") == true)
  }
}
