import OrderedCollections

/// The metrics of one wave: its ``MetricsTable`` and its whole-map figures by name.
struct WaveMeasures {
  let table: MetricsTable
  let figures: OrderedDictionary<String, Double>

  static let countFigures: Set<String> = ["actors", "ties", "components"]

  init(_ network: Network, extended: Bool, threads: Int?, progress: (@Sendable (Int, Int) -> Void)? = nil) {
    table = MetricsTable(network, threads: threads, extended: extended, progress: progress)
    let centralization = Centralization(
      network, degree: table.degree, betweenness: table.betweenness, closeness: table.closeness)
    var figures: OrderedDictionary<String, Double> = [
      "actors": Double(table.figures.actors), "ties": Double(table.figures.ties), "density": table.figures.density,
      "components": Double(table.figures.components), "degree_centralization": centralization.degree,
      "betweenness_centralization": centralization.betweenness,
    ]
    if let closeness = centralization.closeness { figures["closeness_centralization"] = closeness }
    for figure in table.figures.extended where figures[figure.name] == nil { figures[figure.name] = figure.value }
    self.figures = figures
  }
}
