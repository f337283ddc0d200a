import Foundation
import NetwerkkaartCore
import NetwerkkaartRender
import Testing

/// How the drawing styles a tie from its records: colour and dash pattern by motive, lighter
/// (half opacity, the colour followed by `80`) when loose, one line per pair. Checked on the DOT
/// text, whose tie lines are `aI -- aJ [color="#8C8C8C80", style="dashed" …]`.
@Suite struct TieStyleTests {
  /// The attributes of the drawn tie between actors `i` and `j` (undirected: smaller first).
  static func tieLine(_ dot: String, _ i: Int, _ j: Int) -> String? {
    dot.split(separator: "\n").map(String.init).first { $0.hasPrefix("  a\(i) -- a\(j) [") }
  }

  /// Whether a tie line's colour is a lighter one: `#RRGGBB80`.
  static func isLighter(_ line: String?) -> Bool? {
    line.map { $0.contains(/color="#[0-9A-Fa-f]{6}80"/) }
  }

  static func drawing(_ ties: [TieRecord]) throws -> String {
    let ids: [ActorID] = ["s", "p1", "p2", "p3", "p4", "p5", "p6", "p7"]
    let map = try PartnershipMap(actors: ids.map { ActorRecord(id: $0) }, ties: ties)
    return try MapDrawing(map: map, network: Network(map), options: DrawingOptions(layout: .neato)).dot
  }

  /// Loose is `formeel` = `informeel` or `frequentie` once a year or less, in any spelling.
  /// `occasioneel` is a value of `opvolging` (follow-up structure), not a contact rhythm: a
  /// weekly tie with occasional follow-up is solid, and `frequentie` = `occasioneel` is no
  /// codebook value (validate rejects it) and not loose either. Before, the drawing read
  /// `frequentie` = `occasioneel` as loose and ignored the codebook's synonyms and case rules
  /// only partly.
  @Test func looseTiesFollowTheCodebook() throws {
    let dot = try Self.drawing([
      TieRecord(source: "s", target: "p1", attributes: ["frequentie": "wekelijks", "opvolging": "occasioneel"]),
      TieRecord(source: "s", target: "p2", attributes: ["Frequency": " Yearly "]),
      TieRecord(source: "s", target: "p3", attributes: ["frequentie": "occasioneel"]),
      TieRecord(source: "s", target: "p4", attributes: ["formal": "Informal"]),
      TieRecord(source: "s", target: "p5", attributes: ["frequentie": "eenmalig", "formeel": "formeel"]),
    ])
    let lighter = (1...5).map { Self.isLighter(Self.tieLine(dot, 0, $0)) }
    #expect(lighter == [false, true, false, true, true])
  }

  /// A pair recorded more than once is one line, styled from all its records: the motive given
  /// most often (the first recorded of equals), records without a codebook motive not counting;
  /// lighter only when every record is loose. Before, the first record alone decided.
  @Test func mergedTiesAreStyledFromAllRecords() throws {
    let dot = try Self.drawing([
      TieRecord(source: "s", target: "p1", attributes: ["motief": "relatie"]),
      TieRecord(source: "p1", target: "s", attributes: ["motief": "groei"]),
      TieRecord(source: "s", target: "p1", attributes: ["motive": "Growth"]),
      TieRecord(source: "s", target: "p2", attributes: ["motief": "taak"]),
      TieRecord(source: "s", target: "p2", attributes: ["motief": "groei"]),
      TieRecord(source: "s", target: "p3", attributes: ["motief": ""]),
      TieRecord(source: "s", target: "p3", attributes: ["motief": "onbekend"]),
      TieRecord(source: "s", target: "p3", attributes: ["motief": "relation"]),
      TieRecord(source: "s", target: "p4", attributes: ["formeel": "informeel", "motief": "x"]),
      TieRecord(source: "s", target: "p4", attributes: ["formeel": "formeel"]),
      TieRecord(source: "s", target: "p5", attributes: ["formeel": "informeel"]),
      TieRecord(source: "p5", target: "s", attributes: ["frequentie": "jaarlijks"]),
    ])
    let lines = (1...5).map { Self.tieLine(dot, 0, $0) ?? "" }
    #expect(dot.split(separator: "\n").filter { $0.hasPrefix("  a") && $0.contains(" -- a") }.count == 5)
    let (task, relationship, growth, none) = ("#0072B2", "#CC79A7", "#D55E00", "#8C8C8C")
    let colours = lines.map { line in [task, relationship, growth, none].first { line.contains("color=\"\($0)") } }
    #expect(colours == [growth, task, relationship, none, none])
    // Dash pattern by motive: groei dotted, relatie dashed, taak and none solid (no style).
    let styles = lines.map { line in ["dotted", "dashed"].first { line.contains("style=\"\($0)\"") } }
    #expect(styles == ["dotted", nil, "dashed", nil, nil])
    #expect(lines.map { Self.isLighter($0) } == [false, false, false, false, true])
    #expect(lines[0].contains("penwidth") && lines[0].contains("3×"))
  }
}
