import NetwerkkaartCore
import Testing

/// `MapSummary` on a hand-drawn map whose every figure is derived below:
///
///     T ─── S ─── U ─── P          S school (kern, no intern: type decides → internal)
///      \   /     /                 T schoolteam, intern ja (kern)         → internal
///        C ─────┘        X         C clb, intern nee (omkadering)         → external
///                                  U universiteit, no intern (verankering) → external
///                                  P no type, intern ja (context)         → internal
///                                  X no type, no intern, no role          → unknown
///
/// Records (source, target, motief, vorm): S–T taak face-to-face; S–C `Task` online; C–U groei
/// `fysiek`; U–P relatie (no vorm); S–S taak online (a self-tie, not counted); T–C (no motief)
/// hybride; S–U `sport` `Hybrid`.
@Suite struct MapSummaryTests {
  static func map() throws -> PartnershipMap {
    func tie(_ source: String, _ target: String, _ motive: String, _ form: String) -> TieRecord {
      TieRecord(
        source: ActorID(source), target: ActorID(target), attributes: ["motief": motive, "vorm": form])
    }
    return try PartnershipMap(
      actors: [
        ActorRecord(id: "S", role: .core, type: "school"),
        ActorRecord(id: "T", role: .core, type: "schoolteam", attributes: ["intern": "ja"]),
        ActorRecord(id: "C", role: .framing, type: "clb", attributes: ["intern": "nee"]),
        ActorRecord(id: "U", label: "Universiteit", role: .anchoring, type: "universiteit"),
        ActorRecord(id: "P", role: .context, attributes: ["intern": "ja"]),
        ActorRecord(id: "X"),
      ],
      ties: [
        tie("S", "T", "taak", "face-to-face"), tie("S", "C", "Task", "online"), tie("C", "U", "groei", "fysiek"),
        tie("U", "P", "relatie", ""), tie("S", "S", "taak", "online"), tie("T", "C", "", "hybride"),
        tie("S", "U", "sport", "Hybrid"),
      ])
  }

  @Test func sizeBoundaryAndRoles() throws {
    let map = try Self.map()
    let summary = try MapSummary(map, network: Network(map))
    // Distinct ties S–T, S–C, C–U, U–P, T–C, S–U (the self-tie dropped): 6 of 15 pairs.
    #expect(summary.actors == 6 && summary.ties == 6)
    #expect(summary.density == 0.4)
    // Internal S (type), T (intern), P (intern); external C (intern), U (type); X unknown.
    #expect(summary.sides.internalCount == 3 && summary.sides.externalCount == 2 && summary.sides.unknownCount == 1)
    // kern S, T; verankering U; omkadering C; context P; X none.
    #expect(summary.roles.counts == [2, 1, 1, 1])
    #expect(summary.roles.none == 1)
    #expect(summary.roles.count(.core) == 2 && summary.roles.count(nil) == 1)
    // {S, T, C, U, P} and the isolate X.
    #expect(summary.components == 2)
    // Without S: T, C, U, P, X and the ties C–U, U–P, T–C: 3 of 10 pairs.
    #expect(summary.school == "S")
    #expect(summary.densityWithoutSchool == 0.3)
  }

  /// Six records besides the self-tie. motief: taak S–T and S–C (`Task` is the English gloss)
  /// 2/6, relatie U–P 1/6, groei C–U 1/6, unknown T–C (empty) and S–U (`sport`) 2/6. vorm:
  /// face-to-face S–T and C–U (`fysiek` is a synonym) 2/6, online S–C 1/6, hybride T–C and S–U
  /// (`Hybrid`) 2/6, unknown U–P 1/6.
  @Test func tieShares() throws {
    let map = try Self.map()
    let summary = try MapSummary(map, network: Network(map))
    #expect(summary.motives.records == 6 && summary.forms.records == 6)
    #expect(summary.motives.counts == [2, 1, 1] && summary.motives.unknown == 2)
    #expect(summary.forms.counts == [2, 1, 2] && summary.forms.unknown == 1)
    #expect(summary.motives.share(at: 0) == 2.0 / 6)
    #expect(summary.motives.unknownShare == 2.0 / 6)
    #expect(summary.forms.share(at: 1) == 1.0 / 6)
    #expect(summary.forms.unknownShare == 1.0 / 6)
    #expect(summary.motives.field.name == "motief" && summary.forms.field.name == "vorm")
  }

  /// Betweenness over the ten pairs of {S, T, C, U, P}: S–P only via U; T–U via S or C (½
  /// each); T–P via S or C (½ each) and U; C–P via U. So U 3, S 1, C 1, T and P 0. Without S
  /// the brokers are U (normalized 3/10) and C (1/10); T and P broker nothing.
  /// Degree centralization: degrees 3, 2, 3, 3, 1, 0, Σ(3 − d) = 6 over (n−1)(n−2) = 20: 0.3.
  /// Betweenness centralization: Σ(3 − b) = 2 + 3 + 2 + 0 + 3 + 3 = 13 over (n−1)²(n−2)/2 = 50.
  @Test func brokersAndCentralization() throws {
    let map = try Self.map()
    let summary = try MapSummary(map, network: Network(map))
    #expect(summary.brokers.entries.map(\.id) == ["U", "C"])
    #expect(summary.brokers.entries.map(\.betweenness) == [3, 1])
    #expect(summary.brokers.entries.map(\.normalized) == [0.3, 0.1])
    #expect(summary.brokers.entries[0].label == "Universiteit" && summary.brokers.entries[1].label == "C")
    #expect(abs(summary.centralization.degree - 0.3) < 1e-12)
    #expect(abs(summary.centralization.betweenness - 13.0 / 50) < 1e-12)
    let one = try MapSummary(map, network: Network(map), brokerCount: 1)
    #expect(one.brokers.entries.map(\.id) == ["U"])
  }

  /// The path school – a – b – c: a brokers school–b and school–c, b brokers school–c and a–c
  /// (2 each, listed in actor order); c brokers nothing. Without a school, the school actor is
  /// an ordinary candidate, and it brokers nothing here either.
  @Test func brokersOnAPath() throws {
    let typed = try PartnershipMap(
      actors: [
        ActorRecord(id: "school", type: "school"), ActorRecord(id: "a"), ActorRecord(id: "b"), ActorRecord(id: "c"),
      ],
      ties: [
        TieRecord(source: "school", target: "a"), TieRecord(source: "a", target: "b"),
        TieRecord(source: "b", target: "c"),
      ])
    #expect(try MapSummary(typed, network: Network(typed)).brokers.entries.map(\.id) == ["a", "b"])
    let star = try PartnershipMap(
      actors: [ActorRecord(id: "s"), ActorRecord(id: "a"), ActorRecord(id: "b")],
      ties: [TieRecord(source: "s", target: "a"), TieRecord(source: "s", target: "b")])
    let summary = try MapSummary(star, network: Network(star))
    #expect(summary.school == nil && summary.densityWithoutSchool == nil)
    #expect(summary.brokers.entries.map(\.id) == ["s"])
  }

  /// n = 0, 1, 2: nothing to share or broker; density 0 below two actors; one school and one
  /// partner tied: density 1, and without the school a single actor: 0.
  @Test func smallMaps() throws {
    let empty = try PartnershipMap(actors: [], ties: [])
    let none = try MapSummary(empty, network: Network(empty))
    #expect(none.actors == 0 && none.ties == 0 && none.density == 0 && none.components == 0)
    #expect(none.motives.records == 0 && none.motives.share(at: 0) == nil && none.motives.unknownShare == nil)
    #expect(none.brokers.entries.isEmpty && none.densityWithoutSchool == nil)
    #expect(none.centralization.degree == 0 && none.centralization.betweenness == 0)
    let single = try PartnershipMap(actors: [ActorRecord(id: "s", type: "school")], ties: [])
    let one = try MapSummary(single, network: Network(single))
    #expect(one.densityWithoutSchool == 0 && one.sides.internalCount == 1 && one.sides.externalCount == 0)
    let pair = try PartnershipMap(
      actors: [ActorRecord(id: "s", type: "school"), ActorRecord(id: "p", type: "clb")],
      ties: [TieRecord(source: "s", target: "p", attributes: ["motive": "growth"])])
    let two = try MapSummary(pair, network: Network(pair))
    #expect(two.density == 1 && two.densityWithoutSchool == 0)
    // The column `motive` is the English alias of motief, `growth` the gloss of groei.
    #expect(two.motives.counts == [0, 0, 1] && two.forms.unknown == 1)
  }
}
