import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import Testing

/// The comparison report's formats on two tiny maps: a school tied to one partner (the label
/// full of LaTeX specials, wave 1), and a path school – clb – company without motief or vorm.
@Suite struct ComparisonReportTests {
  static let awkward = "R&D_lab 100% {x} ~ #1 \\ ^"

  private func report() throws -> ComparisonReport {
    let first = try PartnershipMap(
      actors: [ActorRecord(id: "s", role: .core, type: "school"), ActorRecord(id: "p", type: "clb")],
      ties: [TieRecord(source: "s", target: "p", attributes: ["motief": "taak", "vorm": "online"])],
      metadata: MapMetadata(school: Self.awkward, wave: "1"))
    let second = try PartnershipMap(
      actors: [
        ActorRecord(id: "s", type: "school"), ActorRecord(id: "p", type: "clb"), ActorRecord(id: "q", type: "bedrijf"),
      ],
      ties: [TieRecord(source: "s", target: "p"), TieRecord(source: "p", target: "q")])
    return ComparisonReport(entries: [
      ComparisonReport.Entry(path: "maps/one", map: first, summary: try MapSummary(first, network: Network(first))),
      ComparisonReport.Entry(path: "maps/two/", map: second, summary: try MapSummary(second, network: Network(second))),
    ])
  }

  /// Every special character of the label escaped, in the order written; booktabs rules; one
  /// `r` per number column after the two text columns (map, wave).
  @Test func latexEscapesAndUsesBooktabs() throws {
    let latex = try report().rendered(as: .latex)
    let escaped =
      ##"R\&D\_lab 100\% \{x\} \textasciitilde{} \#1 \textbackslash{} \textasciicircum{}"##
    #expect(latex.contains(escaped + " & 1 & 2 & "), "\(latex)")
    #expect(!latex.contains(Self.awkward))
    for rule in [#"\toprule"#, #"\midrule"#, #"\bottomrule"#] {
      #expect(latex.components(separatedBy: rule).count - 1 == 5, "\(rule)")
    }
    // Size and density: map, wave, then actors, internal, external, ties, density,
    // density w/o school, components (every actor has a type, so no column of unknown side).
    #expect(latex.contains(#"\begin{tabular}{@{}llrrrrrrr@{}}"#), "\(latex)")
    // The brokers table is text only.
    #expect(latex.contains(#"\begin{tabular}{@{}lllll@{}}"#))
    #expect(latex.contains(#"density w/o school"#) && latex.contains(#"\caption{Ties by motive and form}"#))
    // Undefined figures are an en dash; the second map has no wave.
    #expect(latex.contains("two & – & 3 & "), "\(latex)")
  }

  @Test func latexCellsAndNonBreakingText() {
    let table = ReportTable(
      "A & B", header: ["name", "n"], rows: [["a\u{00A0}b\u{202F}c\u{00AD}d\u{2011}e--f\ng<h>|\u{200B}", "1"]],
      note: "50% of $x")
    let latex = table.latex()
    #expect(latex.contains(#"\caption{A \& B}"#))
    #expect(latex.contains(#"a~b\,c\-d\mbox{-}e-{}-f g\textless{}h\textgreater{}\textbar{} & 1 \\"#), "\(latex)")
    #expect(latex.contains(#"{\footnotesize 50\% of \$x\par}"#))
    #expect(latex.contains(#"\begin{tabular}{@{}lr@{}}"#))
  }

  /// JSON and CSV: the label falls back to the folder name, shares of the records, null or an
  /// empty cell where a figure is undefined.
  @Test func jsonAndCSV() throws {
    let report = try report()
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(report.rendered(as: .json).utf8)) as? [String: Any])
    let maps = try #require(json["maps"] as? [[String: Any]])
    #expect(maps.map { $0["label"] as? String } == [Self.awkward, "two"])
    #expect(maps[0]["wave"] as? String == "1" && maps[1]["wave"] is NSNull)
    // One tie s–p: taak 1, online 1. Two ties without motief or vorm: all unknown.
    #expect((maps[0]["motive_shares"] as? [String: Double]) == ["taak": 1, "relatie": 0, "groei": 0, "unknown": 0])
    #expect(
      (maps[1]["form_shares"] as? [String: Double]) == ["face_to_face": 0, "online": 0, "hybride": 0, "unknown": 1])
    // n = 2: density 1; without the school one actor is left: 0. Second: 2 of 3, then p–q: 1.
    #expect(maps[0]["density_without_school"] as? Double == 0 && maps[1]["density_without_school"] as? Double == 1)
    // The path s – p – q: p brokers s–q (1 pair of 1).
    let brokers = try #require(maps[1]["top_brokers"] as? [[String: Any]])
    #expect(
      brokers.count == 1 && brokers[0]["id"] as? String == "p" && brokers[0]["betweenness_normalized"] as? Double == 1)
    #expect(
      (maps[0]["roles"] as? [String: Int]) == ["kern": 1, "verankering": 0, "omkadering": 0, "context": 0, "none": 1])

    let csv = report.rendered(as: .csv)
    let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].hasPrefix("label,source,wave,actors,actors_internal,actors_external,ties,density,"))
    #expect(lines[0].hasSuffix(",broker_3,broker_3_betweenness_normalized"))
    #expect(lines[1].hasPrefix("R&D_lab 100% {x} ~ #1 \\ ^,maps/one,1,2,1,1,1,1.0,0.0,1,"), "\(csv)")
    #expect(lines[2].hasPrefix("two,maps/two/,,3,1,2,2,"), "\(csv)")
    #expect(lines[2].hasSuffix(",p,1.0,,,,"), "\(csv)")
    #expect(lines[3].isEmpty && lines[4] == "convention,text")
  }

  /// The column of actors whose side is unknown (no `intern`, no type) appears only when a map
  /// has one: here `x`, beside the school.
  @Test func unknownSideColumnOnlyWhenNeeded() throws {
    let map = try PartnershipMap(actors: [ActorRecord(id: "s", type: "school"), ActorRecord(id: "x")], ties: [])
    let entry = ComparisonReport.Entry(path: "k.yaml", map: map, summary: try MapSummary(map, network: Network(map)))
    let size = try #require(ComparisonReport(entries: [entry]).tables().first)
    #expect(
      size.header == [
        "map", "actors", "internal", "external", "side unknown", "ties", "density", "density w/o school", "components",
      ])
    // No ties: density 0; without the school one actor remains: 0.
    #expect(size.rows == [["k.yaml", "2", "1", "0", "1", "0", "0.000", "0.000", "2"]])
    #expect(try report().tables().first?.header.contains("side unknown") == false)
    // No tie records: every share undefined.
    let shares = try #require(ComparisonReport(entries: [entry]).tables().dropFirst(3).first)
    #expect(shares.rows == [["k.yaml", "0"] + Array(repeating: "–", count: 8)])
  }
}
