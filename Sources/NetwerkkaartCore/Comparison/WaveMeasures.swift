/// The metrics of one wave: its ``MetricsTable`` and its whole-map figures, in report order.
struct WaveMeasures {
  let table: MetricsTable
  /// The basic figures (not `directed`, `weighted`), the centralizations, and with `extended` every
  /// other extended figure the network has.
  let figures: [(figure: MapFigure, value: Double)]

  init(_ network: Network, extended: Bool, threads: Int?, progress: (@Sendable (Int, Int) -> Void)? = nil) {
    let analysis = NetworkAnalysis(network, threads: threads, progress: progress)
    table = MetricsTable(analysis, extended: extended)
    let always: [MapFigure] = [
      .actors, .ties, .density, .components, .degreeCentralization, .betweennessCentralization,
      .closenessCentralization,
    ]
    let order = always + (extended ? MapFigure.extendedCases.filter { !always.contains($0) } : [])
    figures = order.compactMap { figure in analysis.figure(figure).map { (figure, $0) } }
  }

  /// The value of `figure`, if the wave has it.
  func value(_ figure: MapFigure) -> Double? { figures.first { $0.figure == figure }?.value }
}
