import NetwerkkaartCore
import NetwerkkaartIO
import Testing

/// Every title and convention of the comparison tables has its Dutch form: in Dutch no table
/// title, heading word or note is left as the English one, except the words both languages
/// share (codebook values, measure names).
@Suite struct ComparisonWordsTests {
  @Test func everyWordHasBothLanguages() throws {
    let map = try PartnershipMap(
      actors: [
        ActorRecord(id: "s", role: .core, type: "school"), ActorRecord(id: "a", type: "clb"),
        ActorRecord(id: "b", type: "bedrijf"),
      ],
      ties: [
        TieRecord(source: "s", target: "a", attributes: ["beweegreden": "13"]),
        TieRecord(source: "a", target: "b", attributes: ["motief": "taak"]),
      ],
      metadata: MapMetadata(wave: "1"))
    let entry = ComparisonReport.Entry(path: "kaart", map: map, summary: try MapSummary(map, network: Network(map)))
    let english = ComparisonReport(entries: [entry], language: .en).tables()
    let dutch = ComparisonReport(entries: [entry], language: .nl).tables()
    #expect(english.count == 6 && dutch.count == 6, "the beweegreden table is there")
    // Words Dutch and English share: codebook values, numbered reasons, measure names.
    let shared = Set(
      ["betweenness", "closeness", "kern", "verankering", "omkadering", "context", "face-to-face", "online", "hybride"]
        + CodebookField.motive.listedValues.map(\.value))
    for (en, nl) in zip(english, dutch) {
      #expect(en.title != nl.title, "\(en.title)")
      #expect(en.note != nl.note, "note of \(en.title)")
      for (word, translated) in zip(en.header, nl.header) where !shared.contains(word) && word.first?.isNumber != true {
        #expect(word != translated, "\(en.title): \(word)")
      }
    }
  }
}
