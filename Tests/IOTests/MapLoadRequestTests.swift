import Foundation
import NetwerkkaartCore
import Testing

@testable import NetwerkkaartIO

/// A school with three partners; two ties have motive growth (school–clb, clb–lab).
///
/// By hand: `motief=groei` keeps school–clb and clb–lab; leaving out the school then keeps
/// clb–lab only, between the actors clb, ouders and lab.
private let schoolYAML = """
  actors:
    - {id: school, label: De Linde, type: school}
    - {id: clb, label: CLB Kempen, type: clb}
    - {id: ouders, label: Ouderraad, type: ouders}
    - {id: lab, label: Onderwijslab, type: bedrijf}
  ties:
    - {source: school, target: clb, motief: groei}
    - {source: school, target: ouders, motief: taak}
    - {source: clb, target: lab, motief: groei}
    - {source: ouders, target: lab, motief: relatie}
  """

/// A second wave of the same school: the CLB again, and a new partner.
private let secondWaveYAML = """
  actors:
    - {id: school, label: De Linde, type: school}
    - {id: clb, label: CLB Kempen, type: clb}
    - {id: bib, label: Bibliotheek, type: clb}
  ties:
    - {source: school, target: clb}
    - {source: school, target: bib}
  """

@Suite struct MapLoadRequestTests {
  @Test func filtersThenLeavesOutTheEgo() throws {
    let filter = try TieFilter(parsing: "motief=groei")
    let prepared = try MapLoader.load(
      MapLoadRequest(source: .text(schoolYAML, name: "linde.yaml"), tieFilters: [filter], withoutEgo: true))
    #expect(prepared.map.actors.map(\.id) == ["clb", "ouders", "lab"])
    #expect(prepared.map.ties.map { "\($0.source)-\($0.target)" } == ["clb-lab"])
    #expect(prepared.removedEgo == "school")
    #expect(prepared.sourceName == "linde.yaml")
    #expect(prepared.name == "linde.yaml [ties: motief=groei] [without the ego]")
    #expect(prepared.codeByID.isEmpty && prepared.pseudonymiser == nil)
    #expect(prepared.actorID("clb") == "clb")
  }

  /// The library says what is missing without naming a command-line option.
  @Test func noFocalSchoolIsATypedErrorWithoutFlags() {
    let request = MapLoadRequest(source: .text("source,target\na,b\n", name: "ties.csv"), withoutEgo: true)
    #expect {
      try MapLoader.load(request)
    } throws: { error in
      guard let error = error as? MapLoadError else { return false }
      return error.reason == .noFocalSchool && error.diagnostics.count == 1
        && error.description
          == "ties.csv: error: no actor of type 'school' to leave out as the ego; give the focal school type 'school'"
        && error.localizedDescription == error.description
    }
  }

  /// A filter on a column no tie has fails as a filter error at the filtered map's name; a
  /// filter that keeps nothing does not (the map keeps its actors).
  @Test func filterErrorsAndEmptyFilters() throws {
    let typo = MapLoadRequest(
      source: .text(schoolYAML, name: "linde.yaml"), tieFilters: [try TieFilter(parsing: "motif=groei")])
    #expect {
      try MapLoader.load(typo)
    } throws: { error in
      guard let error = error as? MapLoadError else { return false }
      return error.reason == .tieFilter
        && error.description.hasPrefix("linde.yaml [ties: motif=groei]: error: no tie has a column 'motif'")
    }
    let empty = try MapLoader.load(
      MapLoadRequest(source: .text(schoolYAML, name: "linde.yaml"), tieFilters: [try TieFilter(parsing: "weight>=9")]))
    #expect(empty.map.ties.isEmpty && empty.map.actors.count == 4)
  }

  /// Both waves in one batch share one key: the CLB has one code in both, the new partner of
  /// the same type the next number.
  @Test func aBatchSharesOneKey() throws {
    let batch = MapBatch(
      loading: [.text(schoolYAML, name: "golf1.yaml"), .text(secondWaveYAML, name: "golf2.yaml")],
      pseudonymiser: Pseudonymiser())
    let waves = try #require(batch.maps)
    #expect(waves[0].map.actors.map(\.id) == ["school-1", "clb-1", "ouders-1", "bedrijf-1"])
    #expect(waves[1].map.actors.map(\.id) == ["school-1", "clb-1", "clb-2"])
    #expect(waves[1].actorID("bib") == "clb-2")
    #expect(waves.map(\.sourceName) == ["school-1", "school-1 #2"])
    // De Linde, CLB Kempen, Ouderraad, Onderwijslab, Bibliotheek.
    #expect(batch.pseudonymiser?.key?.entries.count == 5)
    #expect(batch.pseudonymiser?.mapCount == 2)
  }

  /// The state is the caller's value: a second, fresh pseudonymiser knows nothing of the first.
  @Test func pseudonymisersShareNothing() throws {
    let first = try MapLoader.load(
      MapLoadRequest(source: .text(schoolYAML, name: "a.yaml"), pseudonymiser: Pseudonymiser()))
    let alone = try MapLoader.load(
      MapLoadRequest(source: .text(secondWaveYAML, name: "b.yaml"), pseudonymiser: Pseudonymiser()))
    let after = try MapLoader.load(
      MapLoadRequest(source: .text(secondWaveYAML, name: "b.yaml"), pseudonymiser: first.pseudonymiser))
    #expect(alone.actorID("bib") == "clb-2")
    #expect(after.actorID("bib") == "clb-2")
    #expect(alone.map.actors.map(\.id) == after.map.actors.map(\.id))
    #expect(first.pseudonymiser?.key?.entries.count == 4)
    #expect(after.pseudonymiser?.key?.entries.count == 5)
    #expect(alone.pseudonymiser?.key?.entries.count == 3)
  }

  /// The key file is read at the first map and written back with every new name.
  @Test func keepsTheKeyInItsFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("netwerkkaart-key-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let keyFile = folder.appendingPathComponent("sleutel.csv").path
    let batch = MapBatch(
      loading: [.text(schoolYAML, name: "golf1.yaml")], pseudonymiser: Pseudonymiser(keyFile: keyFile))
    let first = try #require(batch.maps?.first)
    #expect(first.diagnostics.contains { $0.message == "4 new names added to the key (4 in all)" })
    #expect(try PseudonymKeyFile.read(path: keyFile) == batch.pseudonymiser?.key)
    // A later run starts from the file: the CLB keeps its code.
    let later = try MapLoader.load(
      MapLoadRequest(source: .text(secondWaveYAML, name: "golf2.yaml"), pseudonymiser: Pseudonymiser(keyFile: keyFile)))
    #expect(later.map.actors.map(\.id) == ["school-1", "clb-1", "clb-2"])
  }

  /// Every map is read, also after one fails, and every diagnostic is kept in order.
  @Test func aBatchReadsPastAFailure() {
    let batch = MapBatch(
      loading: [
        MapLoadRequest(source: .text(schoolYAML, name: "a.yaml")),
        MapLoadRequest(source: .text("source,target\nx\n", format: .edgeList, name: "kapot.csv")),
        MapLoadRequest(source: .text(secondWaveYAML, name: "c.yaml"), withoutEgo: true),
      ])
    #expect(batch.maps == nil)
    #expect(batch.failures.map(\.reason) == [.unreadable])
    #expect(batch.results.map { (try? $0.get()) != nil } == [true, false, true])
    #expect(batch.diagnostics.map { $0.location?.file } == ["kapot.csv"])
    #expect((try? batch.results[2].get())?.map.actors.count == 2)
  }

  /// Without the pseudonymiser's names known, quoted values in the messages of an unreadable
  /// map are hidden.
  @Test func hidesValuesOfAnUnreadableMapToBePseudonymised() {
    let request = MapLoadRequest(
      source: .text(
        "actors:\n  - {id: Jan Peeters}\nties:\n  - {source: Jan Peeters, target: Mia Vos}\n", name: "k.yaml"),
      pseudonymiser: Pseudonymiser())
    #expect {
      try MapLoader.load(request)
    } throws: { error in
      guard let error = error as? MapLoadError else { return false }
      return error.reason == .unreadable && error.valuesHidden && !error.description.contains("Mia")
    }
  }
}
