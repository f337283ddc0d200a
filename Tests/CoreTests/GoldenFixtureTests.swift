import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

/// Every metric on the classic networks in `Tests/Fixtures`, against values computed by
/// NetworkX (unweighted) and by igraph cross-checked with exact rational arithmetic (weighted),
/// relative tolerance 1e-9.
@Suite struct GoldenFixtureTests {
  /// The fixtures the issue names must be present: a missing folder must fail, not skip.
  @Test func requiredFixturesExist() {
    let required = [
      "karate", "florentine", "kite", "lesmis", "davis", "directed-small", "n1", "n2", "n3-path",
      "equal-weighted-paths",
    ]
    #expect(
      Set(required).isSubset(of: Set(Fixture.names)), "missing: \(Set(required).subtracting(Fixture.names).sorted())")
  }

  @Test(arguments: Fixture.names)
  func metricsMatchOracle(name: String) throws {
    let fixture = try Fixture.load(name)
    #expect(!fixture.expected.cases.isEmpty)
    for expected in fixture.expected.cases {
      let network = Network(fixture.map, directed: expected.directed, weighted: expected.weighted)
      let table = MetricsTable(network)
      #expect(table.figures.actors == expected.network.actors, "\(expected)")
      #expect(table.figures.ties == expected.network.ties, "\(expected)")
      #expect(table.figures.components == expected.network.components, "\(expected)")
      #expect(approximately(table.figures.density, expected.network.density), "\(expected)")
      #expect(expected.actors.count == fixture.map.actors.count, "\(expected)")
      for (position, actor) in fixture.map.actors.enumerated() {
        let values = try #require(expected.actors[actor.id.rawValue], "\(actor.id) missing from expected.json")
        for (metric, value) in values {
          let measure = try #require(Measure(rawValue: metric), "no measure \(metric)")
          let column = try #require(table.column(measure), "no column \(metric) (\(expected))")
          let ours = column.value(at: position)
          #expect(approximately(ours, value), "\(name) \(expected): \(actor.id) \(metric) = \(ours), expected \(value)")
        }
      }
    }
  }
}
