import NetwerkkaartCore

/// The `netwerkkaart diff` report of two waves of a map: actors and ties that appeared or
/// disappeared, changed actors and ties, the whole-map figures and every actor's metrics before
/// and after; as aligned text, Markdown, CSV (one long table) or JSON (`Docs/JSON.md`).
public struct DifferenceReport: Sendable {
  /// The printed forms of the report; the raw value is the name a program asks for it by.
  public enum Format: String, CaseIterable, Sendable {
    /// Aligned text tables for a terminal, under a heading.
    case table
    /// Markdown: a `before → after` heading and GitHub-flavoured tables.
    case markdown
    /// One long table of every change, for a spreadsheet.
    case csv
    /// The machine-readable contract (`Docs/JSON.md`).
    case json
  }

  /// The first wave as named on the command line.
  public let beforeSource: String
  /// The second wave as named on the command line.
  public let afterSource: String
  /// The comparison of the two waves.
  public let difference: MapDifference

  /// The report of `difference`, naming the waves `before` and `after` as the user named them.
  public init(before: String, after: String, difference: MapDifference) {
    beforeSource = before
    afterSource = after
    self.difference = difference
  }

  /// The report in one format, ending with a newline.
  public func rendered(as format: Format) -> String {
    switch format {
    case .table: return heading().joined(separator: "\n") + "\n\n" + tables().map { $0.text() }.joined(separator: "\n")
    case .markdown:
      return "## \(MarkdownReport.cell(beforeSource)) → \(MarkdownReport.cell(afterSource))\n\n"
        + heading().dropFirst().map { "- \(MarkdownReport.cell($0))" }.joined(separator: "\n")
        + "\n\n" + tables().map { $0.markdown() }.joined(separator: "\n")
    case .csv: return DifferenceCSV.render(self)
    case .json: return DifferenceJSON.render(self)
    }
  }

  /// How actors and ties were matched, for every format.
  var matching: [(name: String, text: String)] {
    [
      ("actors", "matched by id (case-sensitive); a changed label is a change of the field label"),
      (
        "ties",
        (difference.directed ? "matched by ordered pair (source, target)" : "matched by unordered pair")
          + "; records between one pair merged into one tie (weights summed, other values joined with ' / '); self-ties left out"
      ),
      ("metrics", "computed on each wave on its own, as metrics does; change = after - before"),
    ]
  }

  func label(_ id: ActorID) -> String {
    (difference.after[id] ?? difference.before[id])?.displayName ?? id.rawValue
  }

  /// A value of a figure or metric: counts as integers, reals exact (CSV, JSON).
  static func exact(_ value: Double, integer: Bool) -> String {
    integer && value.isFinite && abs(value) < 1e15 ? String(Int64(value)) : NumberFormatting.exact(value)
  }

  /// For people: counts as integers, reals with four decimals, changes with a sign.
  static func human(_ value: Double, integer: Bool, signed: Bool = false) -> String {
    let text =
      integer && abs(value) < 1e15 ? String(Int64(value)) : NumberFormatting.rounded(value == 0 ? 0 : value)
    return signed && value > 0 ? "+" + text : text
  }

  private func heading() -> [String] {
    let d = difference
    func about(_ map: PartnershipMap, _ source: String) -> String {
      let facts = [map.metadata.school, map.metadata.date.map { "date \($0)" }, map.metadata.wave.map { "wave \($0)" }]
        .compactMap { $0 }
      return source + (facts.isEmpty ? "" : " (" + facts.joined(separator: " · ") + ")")
    }
    return [
      "\(beforeSource) → \(afterSource)",
      "before: " + about(d.before, beforeSource), "after: " + about(d.after, afterSource),
      "actors +\(d.addedActors.count) −\(d.removedActors.count), \(d.actorChanges.count) changed · "
        + "ties +\(d.addedTies.count) −\(d.removedTies.count), \(d.tieChanges.count) changed · "
        + (d.directed ? "directed" : "undirected") + (d.weighted ? " · weighted" : ""),
    ] + matching.map { "\($0.name): \($0.text)" }
  }

  private func actorRows(_ ids: [ActorID], in map: PartnershipMap) -> [[String]] {
    ids.compactMap { map[$0] }.map { [$0.id.rawValue, $0.displayName, $0.role?.rawValue ?? "–", $0.type ?? "–"] }
  }

  private func tieRows(_ ties: [MergedTie]) -> [[String]] {
    ties.map { tie in
      [tie.source.rawValue, tie.target.rawValue, tie.weight.plainText]
        + [Self.summary(tie).map { "\($0.key)=\($0.value)" }.joined(separator: ", ")]
    }
  }

  /// The columns that tell a tie's kind at a glance (frequency, form, motive) when the map has
  /// them, else every column; the full values are in the CSV and JSON.
  private static func summary(_ tie: MergedTie) -> [(key: String, value: String)] {
    let all = tie.attributes.map { (key: $0.key, value: $0.value) }
    let short = all.filter { column in
      [CodebookField.frequency, .form, .motive].contains { $0.isNamed(column.key) }
    }
    return short.isEmpty ? all : short
  }

  func tables() -> [ReportTable] {
    let d = difference
    let actorHeader = ["id", "label", "role", "type"]
    let tieHeader = ["source", "target", "weight", "values"]
    let actorChangeRows = d.actorChanges.flatMap { change in
      change.changes.map { [change.id.rawValue, $0.field, $0.before ?? "–", $0.after ?? "–"] }
    }
    let tieChangeRows = d.tieChanges.flatMap { change in
      change.changes.map {
        [change.tie.source.rawValue, change.tie.target.rawValue, $0.field, $0.before ?? "–", $0.after ?? "–"]
      }
    }
    let figureRows = d.figures.map {
      [
        $0.name, Self.human($0.before, integer: $0.isInteger), Self.human($0.after, integer: $0.isInteger),
        Self.human($0.change, integer: $0.isInteger, signed: true),
      ]
    }
    let keys = d.actorMetrics.first?.metrics.map(\.name) ?? []
    let metricRows = d.actorMetrics.map { row in
      [row.id.rawValue] + row.metrics.map { Self.human($0.change, integer: $0.isInteger, signed: true) }
    }
    return [
      ReportTable(
        "Actors added", header: actorHeader, rows: actorRows(d.addedActors, in: d.after), firstNumberColumn: 9),
      ReportTable(
        "Actors removed", header: actorHeader, rows: actorRows(d.removedActors, in: d.before), firstNumberColumn: 9),
      ReportTable(
        "Actors changed", header: ["id", "field", "before", "after"], rows: actorChangeRows, firstNumberColumn: 9),
      ReportTable(
        "Ties added", header: tieHeader, rows: tieRows(d.addedTies), firstNumberColumn: 2, lastNumberColumn: 2),
      ReportTable(
        "Ties removed", header: tieHeader, rows: tieRows(d.removedTies), firstNumberColumn: 2, lastNumberColumn: 2),
      ReportTable(
        "Ties changed", header: ["source", "target", "field", "before", "after"], rows: tieChangeRows,
        firstNumberColumn: 9),
      ReportTable("Map", header: ["figure", "before", "after", "change"], rows: figureRows),
      ReportTable(
        "Change per actor in both waves (after − before)", header: ["id"] + keys, rows: metricRows,
        note: "values before and after: --format csv or json"),
    ]
  }
}
