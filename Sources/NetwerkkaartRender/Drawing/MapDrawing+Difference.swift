import NetwerkkaartCore

extension MapDrawing {
  /// The change between two waves drawn as one map: the rings drawing of both waves together
  /// (`MapDifference.union`), with what the second wave added marked (thick black outline or
  /// line, SVG class `added`) and what it lost drawn faint, dashed and grey (class `removed`),
  /// and a legend entry for both. Tooltips show the second wave's metrics; actors it lost show none.
  ///
  /// ```swift
  /// let difference = MapDifference(before: wave1, after: wave2)
  /// let svg = try MapDrawing(difference: difference, options: DrawingOptions(language: .en)).svg()
  /// ```
  public init(difference: MapDifference, options: DrawingOptions = DrawingOptions()) throws(DrawingError) {
    let union = difference.union
    try self.init(
      map: union, network: Network(union, directed: difference.directed, weighted: difference.weighted),
      metrics: difference.afterMetrics, options: options, changes: difference)
  }
}
