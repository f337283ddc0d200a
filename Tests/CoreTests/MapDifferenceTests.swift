import NetwerkkaartCore
import Testing

/// Two waves small enough to compare by hand.
///
/// Wave 1: a (school), b (context), c; ties a–b (weight 2, taak) and b–c: the path a – b – c.
/// Wave 2: c is gone, d is new; b is relabelled and becomes verankering; the pair a, b is
/// recorded twice (b,a weight 1 relatie, then a,b weight 2 taak), a–d is new, d has a self-tie:
/// the path b – a – d.
@Suite struct MapDifferenceTests {
  static func first() throws -> PartnershipMap {
    try PartnershipMap(
      actors: [
        ActorRecord(id: "a", label: "A", role: .core, type: "school"), ActorRecord(id: "b", label: "B", role: .context),
        ActorRecord(id: "c"),
      ],
      ties: [
        TieRecord(source: "a", target: "b", weight: 2, attributes: ["motief": "taak"]),
        TieRecord(source: "b", target: "c"),
      ])
  }
  static func second() throws -> PartnershipMap {
    try PartnershipMap(
      actors: [
        ActorRecord(id: "a", label: "A", role: .core, type: "school"),
        ActorRecord(id: "b", label: "B nieuw", role: .anchoring), ActorRecord(id: "d"),
      ],
      ties: [
        TieRecord(source: "b", target: "a", weight: 1, attributes: ["motief": "relatie"]),
        TieRecord(source: "a", target: "b", weight: 2, attributes: ["motief": "taak"]),
        TieRecord(source: "a", target: "d"), TieRecord(source: "d", target: "d"),
      ])
  }

  @Test func actorsAndTiesByHand() throws {
    let difference = MapDifference(before: try Self.first(), after: try Self.second())
    #expect(difference.addedActors == ["d"])
    #expect(difference.removedActors == ["c"])
    #expect(
      difference.actorChanges == [
        ActorChange(
          id: "b",
          changes: [
            FieldChange(field: "label", before: "B", after: "B nieuw"),
            FieldChange(field: "role", before: "context", after: "verankering"),
          ])
      ])
    #expect(difference.addedTies.map { [$0.source, $0.target] } == [["a", "d"]])
    #expect(difference.removedTies.map { [$0.source, $0.target] } == [["b", "c"]])
    // The two records of a, b are one tie: weight 1 + 2 = 3, motives in record order; the
    // self-tie of d is left out, as the metrics leave it out.
    #expect(difference.tieChanges.count == 1)
    #expect(difference.tieChanges.first?.tie.source == "b" && difference.tieChanges.first?.tie.recordCount == 2)
    #expect(
      difference.tieChanges.first?.changes == [
        FieldChange(field: "weight", before: "2", after: "3"),
        FieldChange(field: "motief", before: "taak", after: "relatie / taak"),
      ])
    #expect(difference.diagnostics.count == 2)  // the merged pair and the self-tie of wave 2
  }

  /// Two waves that write the same codebook values differently: Dutch and English, other
  /// letter case and spaces, a column under its English alias, the intern field as `true`, and
  /// a pair recorded twice whose values come in another order. None of it is a change; a real
  /// change of value (vorm online) and of free text still is, under the second wave's names.
  @Test func codebookValuesCompareAsValues() throws {
    /// Actors a (school) and b; each record joins a and b, `true` from a to b.
    func wave(type: String, intern: (String, String), records: [(Bool, KeyValuePairs<String, String>)]) throws
      -> PartnershipMap
    {
      try PartnershipMap(
        actors: [ActorRecord(id: "a", type: type, attributes: [intern.0: intern.1]), ActorRecord(id: "b")],
        ties: records.map { forward, values in
          TieRecord(
            source: forward ? "a" : "b", target: forward ? "b" : "a",
            attributes: .init(uniqueKeysWithValues: values.map { ($0.key, $0.value) }))
        })
    }
    let before = try wave(
      type: "school", intern: ("intern", "ja"),
      records: [
        (true, ["frequentie": "wekelijks", "vorm": "face-to-face", "motief": "taak", "doel": "zorg"]),
        (false, ["motief": "groei"]),
      ])
    let after = try wave(
      type: "School", intern: ("internal", "true"),
      records: [
        (true, ["Frequency": " weekly", "vorm": "Face-to-face", "motive": "growth", "doel": "zorg"]),
        (true, ["motive": "Task"]),
      ])
    let same = MapDifference(before: before, after: after)
    #expect(same.actorChanges.isEmpty)
    #expect(same.tieChanges.isEmpty)
    #expect(same.addedTies.isEmpty && same.removedTies.isEmpty)

    let changed = try wave(
      type: "school", intern: ("intern", "1"),
      records: [
        (true, ["Frequency": "weekly", "vorm": "online", "motive": "growth", "doel": "Zorg"]),
        (true, ["motive": "taak"]),
      ])
    #expect(
      MapDifference(before: before, after: changed).tieChanges.first?.changes == [
        FieldChange(field: "vorm", before: "face-to-face", after: "online"),
        FieldChange(field: "doel", before: "zorg", after: "Zorg"),
      ])
  }

  /// Records of one pair that write one value in two spellings merge into one value, shown as
  /// first written.
  @Test func mergedTieKeepsOneSpellingPerValue() throws {
    let map = try PartnershipMap(
      actors: [ActorRecord(id: "a"), ActorRecord(id: "b")],
      ties: [
        TieRecord(source: "a", target: "b", attributes: ["vorm": "online", "motief": "taak"]),
        TieRecord(source: "b", target: "a", attributes: ["vorm": "Online ", "motief": "groei"]),
      ])
    let empty = try PartnershipMap(actors: map.actors, ties: [])
    let added = MapDifference(before: empty, after: map).addedTies
    #expect(added.count == 1)
    #expect(added.first?.attributes == ["vorm": "online", "motief": "taak / groei"])
    #expect(added.first?.weight == 2 && added.first?.recordCount == 2)
  }

  /// Path a – b – c becomes b – a – d: a's degree 1 → 2 and betweenness 0 → 1 (it now lies on
  /// the one path b – d), b's 2 → 1 and 1 → 0. Both waves: 3 actors, 2 ties, density 2/3, one
  /// component, and a path of three is a star: degree centralization 1.
  @Test func metricsByHand() throws {
    let difference = MapDifference(before: try Self.first(), after: try Self.second())
    #expect(difference.actorMetrics.map(\.id) == ["a", "b"])
    func metric(_ id: ActorID, _ name: String) throws -> ValueChange {
      let row = try #require(difference.actorMetrics.first { $0.id == id })
      return try #require(row.metrics.first { $0.name == name })
    }
    #expect(try metric("a", "degree") == ValueChange(name: "degree", before: 1, after: 2, isInteger: true))
    #expect(try metric("a", "degree").change == 1)
    #expect(try metric("b", "degree").change == -1)
    #expect(try metric("a", "betweenness").before == 0 && metric("a", "betweenness").after == 1)
    #expect(try metric("b", "betweenness").before == 1 && metric("b", "betweenness").after == 0)
    let figures = Dictionary(uniqueKeysWithValues: difference.figures.map { ($0.name, $0) })
    #expect(figures["actors"]?.before == 3 && figures["actors"]?.after == 3)
    #expect(figures["ties"]?.before == 2 && figures["ties"]?.after == 2)
    #expect(figures["density"]?.before == 2.0 / 3 && figures["density"]?.change == 0)
    #expect(figures["components"]?.after == 1)
    #expect(figures["degree_centralization"]?.before == 1 && figures["degree_centralization"]?.after == 1)
  }

  /// Directed, b → a and a → b are two ties: a → b is in both waves (weight 2, taak: unchanged),
  /// b → a is new.
  @Test func directedMatchesOrderedPairs() throws {
    let difference = MapDifference(before: try Self.first(), after: try Self.second(), directed: true)
    #expect(difference.addedTies.map { [$0.source, $0.target] } == [["b", "a"], ["a", "d"]])
    #expect(difference.removedTies.map { [$0.source, $0.target] } == [["b", "c"]])
    #expect(difference.tieChanges.isEmpty)
    #expect(difference.status(ofTieFrom: "b", to: "a") == .added)
    #expect(difference.status(ofTieFrom: "a", to: "b") == .kept)
  }

  @Test func unionHoldsBothWaves() throws {
    let difference = MapDifference(before: try Self.first(), after: try Self.second())
    let union = difference.union
    #expect(union.actors.map(\.id) == ["a", "b", "d", "c"])
    #expect(union["b"]?.role == .anchoring)
    #expect(try union.ties.count == Self.second().ties.count + 1)
    #expect(difference.status(ofActor: "c") == .removed && difference.status(ofActor: "d") == .added)
    #expect(difference.status(ofActor: "a") == .kept)
    #expect(difference.status(ofTieFrom: "c", to: "b") == .removed)
    #expect(difference.status(ofTieFrom: "d", to: "a") == .added)
  }

  /// n = 0 against n = 0 and n = 0 against one actor: nothing to compare but the counts.
  @Test func emptyWaves() throws {
    let empty = try PartnershipMap(actors: [], ties: [])
    let none = MapDifference(before: empty, after: empty)
    #expect(none.addedActors.isEmpty && none.removedActors.isEmpty && none.actorMetrics.isEmpty)
    #expect(none.figures.allSatisfy { $0.before == 0 && $0.after == 0 })
    let one = MapDifference(before: empty, after: try PartnershipMap(actors: [ActorRecord(id: "x")], ties: []))
    #expect(one.addedActors == ["x"])
    #expect(one.figures.first { $0.name == "components" }?.change == 1)
  }
}
