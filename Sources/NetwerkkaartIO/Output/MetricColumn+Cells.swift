import NetwerkkaartCore

extension MetricColumn {
  /// The value of actor `index` for people: integers as they are, reals with four decimals.
  func humanText(at index: Int) -> String {
    switch values {
    case .integers(let values): String(values[index])
    case .reals(let values): NumberFormatting.rounded(values[index])
    }
  }

  /// The value of actor `index` for CSV and JSON: integers as they are, reals exact.
  func exactText(at index: Int) -> String {
    switch values {
    case .integers(let values): String(values[index])
    case .reals(let values): NumberFormatting.exact(values[index])
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
    ] + figures.extended.map { ($0.name, NumberFormatting.exact($0.value)) }
  }
}
