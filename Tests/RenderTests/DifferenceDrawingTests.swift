import NetwerkkaartCore
import NetwerkkaartRender
import NetwerkkaartTestSupport
import Testing

/// The drawing of two waves: wave 1 a – b – c, wave 2 drops c and adds d with a tie to a.
@Suite struct DifferenceDrawingTests {
  static func difference() throws -> MapDifference {
    let first = try PartnershipMap(
      actors: [
        ActorRecord(id: "a", label: "A", type: "school"), ActorRecord(id: "b", label: "B"),
        ActorRecord(id: "c", label: "C"),
      ],
      ties: [TieRecord(source: "a", target: "b"), TieRecord(source: "b", target: "c")])
    let second = try PartnershipMap(
      actors: [
        ActorRecord(id: "a", label: "A", type: "school"), ActorRecord(id: "b", label: "B"),
        ActorRecord(id: "d", label: "D"),
      ],
      ties: [TieRecord(source: "a", target: "b"), TieRecord(source: "a", target: "d")])
    return MapDifference(before: first, after: second)
  }

  @Test(arguments: [(DrawingOptions.Language.nl, "nieuw", "verdwenen"), (.en, "new", "gone")])
  func marksAndLegend(language: DrawingOptions.Language, added: String, removed: String) throws {
    let svg = try SVGDocument(
      try MapDrawing(difference: Self.difference(), options: DrawingOptions(language: language)).svg())
    let actors = svg.groups.filter { $0.classes.contains("actor") }
    #expect(actors.map(\.id).sorted() == ["actor-a", "actor-b", "actor-c", "actor-d"])
    #expect(actors.filter { $0.classes.contains("added") }.map(\.id) == ["actor-d"])
    #expect(actors.filter { $0.classes.contains("removed") }.map(\.id) == ["actor-c"])
    let ties = svg.groups.filter { $0.classes.contains("tie") }
    #expect(ties.count == 3)
    #expect(ties.filter { $0.classes.contains("added") }.map { $0.title.prefix(5) } == ["A – D"])
    #expect(ties.filter { $0.classes.contains("removed") }.map { $0.title.prefix(5) } == ["B – C"])
    #expect(svg.texts.contains(added) && svg.texts.contains(removed))
    // The departed actor has no metrics of the second wave in its tooltip; a kept one does.
    let degree = Measure.degree.name(in: language)  // graad, degree
    #expect(!(actors.first { $0.id == "actor-c" }?.title.contains(degree) ?? true))
    #expect(actors.first { $0.id == "actor-b" }?.title.contains("\(degree) 1") ?? false)
  }

  /// A plain drawing has neither marks nor the change legend.
  @Test func plainDrawingUnmarked() throws {
    let map = try Self.difference().after
    let svg = try SVGDocument(try MapDrawing(map: map, network: Network(map)).svg())
    #expect(!svg.groups.contains { $0.classes.contains("added") || $0.classes.contains("removed") })
    #expect(!svg.texts.contains("nieuw"))
  }
}
