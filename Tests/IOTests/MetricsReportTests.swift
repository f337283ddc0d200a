import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import Testing

/// The four report formats on the path a – b – c plus an isolate d, whose values are derived
/// by hand: b has betweenness 1 (normalized 1/3), closeness of a = (2/3)(2/3) = 4/9.
@Suite struct MetricsReportTests {
  private func report(order: MetricsReport.Order = .input) throws -> MetricsReport {
    let map = try PartnershipMap(
      actors: [
        ActorRecord(id: "a", label: "Zoë, \"De\" Linde", role: .core, type: "school"),
        ActorRecord(id: "b", label: "CLB | Noord", role: .framing),
        ActorRecord(id: "c"),
        ActorRecord(id: "d", role: .context),
      ],
      ties: [TieRecord(source: "a", target: "b"), TieRecord(source: "b", target: "c")])
    return try MetricsReport(source: "test", map: map, table: MetricsTable(Network(map)), order: order)
  }

  @Test func jsonContract() throws {
    let text = try report().rendered(as: .json)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let network = try #require(object["network"] as? [String: Any])
    #expect(network["actors"] as? Int == 4)
    #expect(network["ties"] as? Int == 2)
    #expect(network["directed"] as? Bool == false)
    #expect(network["density"] as? Double == 2.0 / 6)
    #expect(network["components"] as? Int == 2)
    #expect((network["conventions"] as? [String: String])?["closeness"]?.hasPrefix("Wasserman-Faust") == true)
    let actors = try #require(object["actors"] as? [[String: Any]])
    #expect(actors.map { $0["id"] as? String } == ["a", "b", "c", "d"])
    #expect(actors[0]["label"] as? String == "Zoë, \"De\" Linde")
    #expect(actors[2]["label"] as? String == "c")
    #expect(actors[2]["role"] is NSNull)
    #expect(actors[0]["role"] as? String == "kern")
    #expect(actors[1]["betweenness"] as? Double == 1)
    #expect(actors[1]["betweenness_normalized"] as? Double == 1.0 / 3)
    #expect(abs((actors[0]["closeness"] as? Double ?? 0) - 4.0 / 9) < 1e-15)
    #expect(actors[3]["closeness"] as? Double == 0)
    #expect(
      Set(actors[0].keys) == [
        "id", "label", "role", "type", "degree", "degree_centrality", "betweenness", "betweenness_normalized",
        "closeness", "harmonic_closeness",
      ])
  }

  /// A large report is handed on in pieces of at least 64 KiB (but the last) that together are
  /// the whole text; a small one in one piece.
  @Test func jsonIsWrittenInPieces() throws {
    let ids = (0..<2_000).map { ActorID("actor-\($0)") }
    let map = try PartnershipMap(
      actors: ids.map { ActorRecord(id: $0) },
      ties: zip(ids, ids.dropFirst()).map { TieRecord(source: $0, target: $1) })
    let large = try MetricsReport(source: "path", map: map, table: MetricsTable(Network(map)), order: .input)
    var pieces: [String] = []
    large.write(as: .json) { pieces.append($0) }
    #expect(pieces.count > 2)
    #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= 1 << 16 })
    #expect(pieces.joined() == large.rendered(as: .json))
    var small: [String] = []
    try report().write(as: .json) { small.append($0) }
    #expect(small == [try report().rendered(as: .json)])
  }

  @Test func csvQuotesAndCarriesFigures() throws {
    let lines = try report().rendered(as: .csv).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines[0]
        == "id,label,role,type,degree,degree_centrality,betweenness,betweenness_normalized,closeness,harmonic_closeness"
    )
    #expect(lines[1].hasPrefix("a,\"Zoë, \"\"De\"\" Linde\",kern,school,1,"))
    #expect(lines[5] == "")
    #expect(lines[6] == "figure,value")
    #expect(lines.contains("components,2"))
    #expect(lines.contains("density,0.3333333333333333"))
  }

  @Test func markdownEscapesPipes() throws {
    let text = try report(order: .metric(.betweenness)).rendered(as: .markdown)
    // English names the role `framing` (Dutch `omkadering`, Docs/Glossary.md).
    #expect(text.contains("| CLB \\| Noord | framing | 2 | 0.6667 | 1.0000 | 0.3333 |"))
    #expect(text.contains("| 4 | 2 | no | no | 0.3333 | 2 |"))
    #expect(text.contains("*Conventions.*"))
  }

  /// In Dutch: Dutch headings and role, decimal commas; the same numbers.
  @Test func markdownInDutch() throws {
    let text = try report(order: .metric(.betweenness)).rendered(as: .markdown, in: .nl)
    #expect(text.contains("| CLB \\| Noord | omkadering | 2 | 0,6667 | 1,0000 | 0,3333 |"), "\(text)")
    #expect(text.contains("| Actoren | Relaties | Gericht | Gewogen | Dichtheid | Componenten |"))
    #expect(text.contains("| 4 | 2 | nee | nee | 0,3333 | 2 |"))
    #expect(text.contains("*Afspraken.* relaties: ongericht;"))
    #expect(!text.contains("0.3333"))
  }

  /// Sorted by betweenness, b comes first; ties keep input order.
  @Test func tableIsAlignedAndSorted() throws {
    let text = try report(order: .metric(.betweenness)).rendered(as: .table)
    let rows = text.split(separator: "\n").drop { !$0.hasPrefix("id ") }.prefix(5)
    #expect(rows.map { $0.split(separator: " ").first.map(String.init) } == ["id", "b", "a", "c", "d"])
    // Right-aligned numbers: every row ends at the same column.
    #expect(Set(rows.map(\.count)).count == 1)
  }

  @Test func orderParsing() {
    let columns: [Measure] = [.degree, .betweenness]
    #expect(MetricsReport.Order(parsing: "Betweenness", columns: columns) == .metric(.betweenness))
    #expect(MetricsReport.Order(parsing: "role", columns: columns) == .actorField(.role))
    #expect(MetricsReport.Order(parsing: "input", columns: columns) == .input)
    #expect(MetricsReport.Order(parsing: "strength", columns: columns) == nil)
  }
}
