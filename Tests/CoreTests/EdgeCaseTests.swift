import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

/// The values every metric documents for n = 0, 1, 2 and 3, derived by hand from the formulas.
@Suite struct EdgeCaseTests {
  @Test func emptyNetwork() {
    let table = MetricsTable(Network(actorCount: 0, edges: []))
    #expect(table.figures.actors == 0)
    #expect(table.figures.density == 0)
    #expect(table.figures.components == 0)
    #expect(table.columns.allSatisfy { $0.count == 0 })
  }

  @Test func singleActor() {
    let table = MetricsTable(Network(actorCount: 1, edges: []))
    #expect(table.figures.density == 0)
    #expect(table.figures.components == 1)
    for column in table.columns { #expect(column.value(at: 0) == 0, "\(column.key)") }
  }

  @Test(arguments: [false, true])
  func twoActorsWithATie(directed: Bool) {
    let table = MetricsTable(Network(actorCount: 2, edges: [Network.Edge(0, 1)], directed: directed))
    #expect(table.figures.density == (directed ? 0.5 : 1))
    #expect(table.degree.centrality == [1, 1])
    #expect(table.betweenness.raw == [0, 0])
    #expect(table.betweenness.normalized == [0, 0])
    // Undirected both reach each other; directed only 0 reaches 1.
    #expect(table.closeness?.outward == (directed ? [1, 0] : [1, 1]))
    #expect(table.closeness?.inward == (directed ? [0, 1] : [1, 1]))
    #expect(table.harmonicCloseness?.outward == (directed ? [1, 0] : [1, 1]))
  }

  @Test func twoActorsWithoutATie() {
    let table = MetricsTable(Network(actorCount: 2, edges: []))
    #expect(table.figures.components == 2)
    for column in table.columns { #expect(column.value(at: 0) == 0 && column.value(at: 1) == 0, "\(column.key)") }
  }

  /// Triangle: everyone is adjacent to everyone; no one is between.
  @Test func triangle() {
    let table = MetricsTable(Network(actorCount: 3, edges: [.init(0, 1), .init(1, 2), .init(0, 2)]))
    #expect(table.figures.density == 1)
    #expect(table.betweenness.raw == [0, 0, 0])
    #expect(table.closeness?.outward == [1, 1, 1])
    #expect(table.harmonicCloseness?.outward == [1, 1, 1])
  }
}

@Suite struct MetricsTableColumnTests {
  /// The keys the command line validates `--sort` against are the columns the table computes.
  @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
  func columnKeysMatchTable(directed: Bool, weighted: Bool) {
    let table = MetricsTable(Network(actorCount: 3, edges: [.init(0, 1)], directed: directed, weighted: weighted))
    #expect(table.columns.map(\.key) == Measure.columns(directed: directed, weighted: weighted).map(\.rawValue))
    // The JSON contract: six columns, plus strength, plus four directed ones, plus two directed strengths.
    #expect(table.columns.count == [6, 7, 10, 13][(directed ? 2 : 0) + (weighted ? 1 : 0)])
  }
}
