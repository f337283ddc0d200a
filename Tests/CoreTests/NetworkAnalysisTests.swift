import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

/// The one analysis value: typed access by actor id and measure, one computation shared by
/// every view, and refusal of parts that belong to another map.
@Suite struct NetworkAnalysisTests {
  /// Padgett's Florentine marriage network as Wasserman & Faust (1994) tabulate it: the Medici
  /// have degree 6 and betweenness 47.5 (W&F table 5.3 lists 0.522 = 47.5 / C(14, 2) normalized
  /// over the 14 other families of the connected part; NetworkX gives 47.5 raw on all 16).
  @Test func florentineMediciByID() throws {
    let fixture = try Fixture.load("florentine")
    let analysis = NetworkAnalysis(fixture.map)
    let medici = try #require(analysis[actor: "Medici"])
    #expect(medici.id == "Medici")
    #expect(medici.degree == 6)
    #expect(abs(medici.betweenness - 47.5) < 1e-9)
    #expect(medici[.betweenness] == medici.betweenness)
    #expect(medici[.inDegree] == nil, "an undirected map has no in-degree")
    #expect(analysis[actor: "Medicis"] == nil, "an unknown id is nil, never another actor")
  }

  /// Every per-actor value read by id equals the oracle's (NetworkX/igraph, expected.json).
  @Test func typedAccessAgreesWithTheOracle() throws {
    let fixture = try Fixture.load("florentine")
    let expected = try #require(fixture.expected.cases.first { !$0.directed && !$0.weighted })
    let analysis = NetworkAnalysis(fixture.map)
    for (id, values) in expected.actors {
      let actor = try #require(analysis[actor: ActorID(id)])
      for (name, value) in values {
        let measure = try #require(Measure(rawValue: name), "\(name) is not a measure")
        let ours = try #require(actor[measure], "\(id) has no \(name)")
        #expect(abs(ours - value) <= 1e-9 * max(1, abs(value)), "\(id) \(name): \(ours) vs \(value)")
      }
    }
  }

  /// The views of one analysis read the same computation: the table, the partnership analysis
  /// and the summary share the analysis object rather than sweeping again.
  @Test func viewsShareOneAnalysis() throws {
    let map = try Fixture.loadExample("basisschool-de-linde")
    let analysis = NetworkAnalysis(map)
    let table = MetricsTable(analysis, extended: true)
    let partnership = try PartnershipAnalysis(map, analysis: analysis)
    #expect(table.analysis === analysis)
    #expect(partnership.metrics.analysis === analysis)
    #expect(partnership.centralization == analysis.centralization)
    let summary = try MapSummary(map, analysis: analysis)
    #expect(summary.centralization == table.analysis.centralization)
    // The extended table's figures are the analysis's, by typed key.
    for figure in MapFigure.extendedCases {
      #expect(table.figures[figure] == analysis.figure(figure), "\(figure)")
    }
  }

  /// Measures and figures read back from their JSON names; every measure a network has makes a
  /// column of that length, the others none (the table in `Measure`'s documentation).
  @Test func keysAndApplicability() {
    for measure in Measure.allCases { #expect(Measure(parsing: measure.rawValue.uppercased()) == measure) }
    #expect(Measure(parsing: "betweeness") == nil)
    #expect(Measure(parsing: "Betweenness-Normalized") == .betweennessNormalized)
    for figure in MapFigure.allCases { #expect(MapFigure(parsing: figure.rawValue) == figure) }
    let network = Network(actorCount: 3, edges: [.init(0, 1), .init(1, 2)], directed: true, weighted: true)
    let analysis = NetworkAnalysis(network)
    for measure in Measure.allCases {
      #expect(
        (analysis.column(measure)?.count ?? 0)
          == (measure.applies(directed: true, weighted: true, extended: true) ? 3 : 0))
    }
    let estimated = NetworkAnalysis(network, approximation: BetweennessApproximation(epsilon: 0.5))
    // n = 3 needs every source: closeness is the exact value, marked as an exact "estimate".
    #expect(estimated.column(.closeness) == analysis.column(.closeness))
    #expect(estimated.closenessEstimate?.terms.isExact == true)
    #expect(estimated.figure(.closenessCentralization) == nil)
    #expect(estimated.figure(.diameter) == nil)
    // Directed path a → b → c: b lies on the one path a → c; diameter 2.
    #expect(analysis.column(.betweenness)?.values == .reals([0, 1, 0]))
    #expect(analysis.figure(.diameter) == 2)
  }

  /// Every API that combines a map with a network, analysis or table of another map throws
  /// ``MapMismatch`` naming the first actor that differs.
  @Test func partsOfAnotherMapAreRefused() throws {
    let linde = try Fixture.loadExample("basisschool-de-linde")
    let other = try Fixture.loadExample("secundaire-school-atheneum-zuid")
    let network = Network(other)
    let analysis = NetworkAnalysis(network)
    let table = MetricsTable(analysis)

    func expectMismatch(_ part: MapMismatch.Part, _ body: () throws -> Void) {
      do {
        try body()
        Issue.record("\(part) of another map accepted")
      } catch let mismatch as MapMismatch {
        #expect(mismatch.part == part)
        // Both example maps begin with `school` and `directeur`; De Linde's third actor is `zoco`.
        #expect(mismatch.firstDifference?.index == 2)
        #expect(mismatch.firstDifference?.mapID == "zoco")
        #expect(mismatch.firstDifference?.otherID == other.actors[2].id)
        #expect(mismatch.localizedDescription.hasPrefix("the \(part.rawValue) was built from another map"))
        #expect(!mismatch.localizedDescription.contains("--"), "a library error names no command-line flag")
      } catch {
        Issue.record("unexpected error \(error)")
      }
    }
    expectMismatch(.network) { try network.check(belongsTo: linde) }
    expectMismatch(.network) { _ = try MapSummary(linde, network: network) }
    expectMismatch(.analysis) { _ = try MapSummary(linde, analysis: analysis) }
    expectMismatch(.analysis) { _ = try PartnershipAnalysis(linde, analysis: analysis) }
    expectMismatch(.metricsTable) { try table.check(belongsTo: linde) }
    // The same map read twice is the same map.
    #expect(throws: Never.self) { try Network(linde).check(belongsTo: Fixture.loadExample("basisschool-de-linde")) }
    // Only the count differs: the message gives both counts.
    let shorter = try PartnershipMap(actors: Array(linde.actors.prefix(3)), ties: [])
    do {
      try Network(shorter).check(belongsTo: linde)
      Issue.record("a network of three actors accepted for a map of \(linde.actors.count)")
    } catch {
      #expect(error.firstDifference == nil)
      #expect(error.localizedDescription.contains("the map has \(linde.actors.count) actors, the network 3"))
    }
  }

  /// 32 tasks asking one analysis for its measures at once get the serial values.
  @Test func concurrentReadersAgree() async throws {
    let map = try Fixture.loadExample("secundaire-school-atheneum-zuid")
    let serial = MetricsTable(NetworkAnalysis(map), extended: true)
    let shared = NetworkAnalysis(map)
    let columns = await withTaskGroup(of: [MetricColumn].self) { group in
      for task in 0..<32 {
        group.addTask {
          // Ask in different orders so that different measures are computed first.
          let measures = shared.measures(extended: true)
          let order = task.isMultiple(of: 2) ? measures : measures.reversed()
          return order.compactMap { shared.column($0) }.sorted { $0.key < $1.key }
        }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    let expected = serial.columns.sorted { $0.key < $1.key }
    for result in columns { #expect(result == expected) }
  }

  /// Results are values: a table's columns and figures survive a JSON round trip.
  @Test func resultsAreCodable() throws {
    let table = MetricsTable(NetworkAnalysis(try Fixture.loadExample("basisschool-de-linde")), extended: true)
    let data = try JSONEncoder().encode(table.columns)
    #expect(try JSONDecoder().decode([MetricColumn].self, from: data) == table.columns)
    let figures = try JSONDecoder().decode(NetworkFigures.self, from: JSONEncoder().encode(table.figures))
    #expect(figures == table.figures)
  }
}

/// Text no file format can hold is refused when the map is made (fuzzing findings of issue 17: a
/// NUL in a Pajek label broke the CSV written from it; two columns of one record whose names
/// differ only in letter case make a header no reader takes back).
@Suite struct MapTextTests {
  @Test func nulAndColumnsThatDifferOnlyInCaseAreRefused() throws {
    let actors = [ActorRecord(id: "a"), ActorRecord(id: "b"), ActorRecord(id: "c")]
    #expect(throws: MapError.self) {
      try PartnershipMap(actors: [ActorRecord(id: "a", label: "x\u{0}y")], ties: [])
    }
    do {
      _ = try PartnershipMap(
        actors: actors,
        ties: [TieRecord(source: "a", target: "b", attributes: ["vorm": "online", "voRm": "hybride"])])
      Issue.record("columns that differ only in letter case accepted")
    } catch {
      #expect(
        error.diagnostics.map(\.message) == [
          "columns \"vorm\" and \"voRm\" differ only in letter case or spaces around them; give both the same name, or each its own"
        ])
    }
    // The same name on every record, and one name on actors and ties, are fine.
    #expect(throws: Never.self) {
      try PartnershipMap(
        actors: [ActorRecord(id: "a", attributes: ["vorm": "x"]), ActorRecord(id: "b")],
        ties: [
          TieRecord(source: "a", target: "b", attributes: ["vorm": "online"]),
          TieRecord(source: "b", target: "a", attributes: ["vorm": "hybride"]),
        ])
    }
  }
}
