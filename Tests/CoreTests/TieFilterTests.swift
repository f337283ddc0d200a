import NetwerkkaartCore
import Testing

@Suite struct TieFilterTests {
  let map: PartnershipMap

  init() throws {
    map = try PartnershipMap(
      actors: ["s", "a", "b", "c"].map { ActorRecord(id: ActorID($0)) },
      ties: [
        TieRecord(source: "s", target: "a", weight: 4, attributes: ["motief": "groei", "vorm": "online"]),
        TieRecord(source: "s", target: "b", weight: 2, attributes: ["Motief": "Growth", "vorm": "face-to-face"]),
        TieRecord(source: "a", target: "b", weight: 1, attributes: ["motief": "taak", "relation": "advies"]),
        TieRecord(
          source: "b", target: "c", weight: 3, attributes: ["motief": "relatie", "middelen": "kennis; positie"]),
      ])
  }

  func kept(_ filters: String...) throws -> [String] {
    let parsed = try filters.map { text throws(FilterError) in try TieFilter(parsing: text) }
    return try map.keepingTies(matching: parsed).ties.map { "\($0.source)-\($0.target)" }
  }

  func message(_ body: () throws -> [String]) -> String {
    do {
      _ = try body()
      return "no error"
    } catch let error as FilterError {
      return error.description
    } catch {
      return "\(error)"
    }
  }

  @Test func equalityMatchesEverySpellingOfACodebookValue() throws {
    #expect(try kept("motive=groei") == ["s-a", "s-b"])
    #expect(try kept("motief=taak|relatie") == ["a-b", "b-c"])
    #expect(try kept("vorm!=online") == ["s-b", "a-b", "b-c"])
    #expect(try kept("middelen=positie") == ["b-c"])
  }

  @Test func weightComparesNumbersAndFiltersCombine() throws {
    #expect(try kept("weight>=3") == ["s-a", "b-c"])
    #expect(try kept("gewicht<2") == ["a-b"])
    #expect(try kept("motief=groei", "weight>2") == ["s-a"])
  }

  @Test func actorsStayWhenTheirTiesGo() throws {
    let filtered = try map.keepingTies(matching: [TieFilter(parsing: "motief=taak")])
    #expect(filtered.actors.count == 4)
  }

  @Test func typosAreErrorsNotEmptyNetworks() throws {
    #expect(throws: FilterError.self) { try kept("motve=groei") }
    #expect(message { try kept("motve=groei") }.hasPrefix("no tie has a column 'motve' (did you mean 'motief'?)"))
    #expect(
      message { try kept("motief=groie") }
        == "'groie' is not a value of 'motief' (did you mean \"groei\"?); use one of taak, relatie, groei")
    #expect(throws: FilterError.self) { try TieFilter(parsing: "motief>taak") }
    #expect(throws: FilterError.self) { try TieFilter(parsing: "motief") }
    #expect(throws: FilterError.self) { try TieFilter(parsing: "weight>=veel") }
    #expect(throws: FilterError.self) { try TieFilter(parsing: "weight=veel") }
    #expect(throws: FilterError.self) { try TieFilter(parsing: "weight=>3") }
    // A free column: a value no tie has is a typo.
    #expect(try kept("relation=Advies") == ["a-b"])
    #expect(
      message { try kept("relation=advise") }
        == "no tie has 'relation' \"advise\" (did you mean \"advies\"?); check the value")
  }
}

@Suite struct ActorPartitionTests {
  @Test func rolesInRingOrderWithTheUnassignedLast() throws {
    let map = try PartnershipMap(
      actors: [
        ActorRecord(id: "a", role: .context), ActorRecord(id: "b"), ActorRecord(id: "c", role: .core),
        ActorRecord(id: "d", role: .context),
      ], ties: [])
    let partition = ActorPartition(map, by: .role)
    #expect(partition.groups == ["kern", "context", nil])
    #expect(partition.groupOfActor == [1, 2, 0, 1])
    #expect(partition.sizes == [1, 2, 1])
    #expect(partition.name(of: 2) == "(none)")
  }

  @Test func schoolBoundaryFromInternOrElseType() throws {
    let map = try PartnershipMap(
      actors: [
        ActorRecord(id: "s", type: "school"), ActorRecord(id: "z", type: "schoolteam"),
        ActorRecord(id: "c", type: "clb"), ActorRecord(id: "o", type: "ouders", attributes: ["intern": "ja"]),
        ActorRecord(id: "x"),
      ], ties: [])
    let partition = ActorPartition(map, by: ActorPartition.Basis(parsing: "intern"))
    #expect(partition.groupOfActor.map { partition.groups[$0] } == ["intern", "intern", "extern", "intern", nil])
  }
}
