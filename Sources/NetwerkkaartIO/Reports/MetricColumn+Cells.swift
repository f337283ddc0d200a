import NetwerkkaartCore

extension MetricColumn {
  /// The cell of actor `index`, keeping integer columns integral.
  func cell(at index: Int) -> MetricColumnValue {
    switch values {
    case .integers(let values): .integer(values[index])
    case .reals(let values): .real(values[index])
    }
  }
}

extension MetricsReport {
  /// The network figures as (name, value) pairs, in report order, values as exact text.
  var figureRows: [(name: String, value: String)] {
    let figures = table.figures
    return [
      ("actors", String(figures.actors)),
      ("ties", String(figures.ties)),
      ("directed", String(figures.directed)),
      ("weighted", String(figures.weighted)),
      ("density", NumberFormatting.exact(figures.density)),
      ("components", String(figures.components)),
    ]
  }
}
