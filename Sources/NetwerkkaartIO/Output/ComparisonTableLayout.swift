import Foundation
import NetwerkkaartCore

/// One column of the comparison: its CSV key, its title in a table, and its value for a map.
struct ComparisonColumn: Sendable {
  enum Value {
    case count(Int)
    /// `nil` where the figure is undefined.
    case real(Double?)
    /// `nil` where there is nothing to show.
    case text(String?)
  }

  let key: String
  let title: String
  let value: @Sendable (MapSummary) -> Value

  init(_ key: String, _ title: String, _ value: @escaping @Sendable (MapSummary) -> Value) {
    self.key = key
    self.title = title
    self.value = value
  }

  /// For people: three decimals, `–` where undefined.
  func human(_ summary: MapSummary) -> String {
    switch value(summary) {
    case .count(let count): String(count)
    case .real(let number): number.map { NumberFormatting.rounded($0, decimals: 3) } ?? "–"
    case .text(let text): text ?? "–"
    }
  }

  /// For CSV: exact numbers, empty where undefined.
  func exact(_ summary: MapSummary) -> String {
    switch value(summary) {
    case .count(let count): String(count)
    case .real(let number): number.map(NumberFormatting.exact) ?? ""
    case .text(let text): text ?? ""
    }
  }
}

/// A group of comparison columns shown as one table, with the convention behind it.
struct ComparisonTableLayout: Sendable {
  let key: String
  let title: String
  let columns: [ComparisonColumn]
  /// Whether the columns are numbers (right-aligned).
  let numbers: Bool
  let note: String

  /// The five sections in report order; `unknownSide` adds the column of actors whose side of
  /// the school boundary; `reasons` adds the table of ties by beweegreden (when a map records one).
  static func all(brokerCount: Int, unknownSide: Bool, reasons: Bool = false) -> [ComparisonTableLayout] {
    [size(unknownSide: unknownSide), centralization, roles, tieShares] + (reasons ? [reasonShares] : [])
      + [brokers(count: brokerCount)]
  }

  static func size(unknownSide: Bool) -> ComparisonTableLayout {
    let side = [ComparisonColumn("actors_unknown_side", "side unknown") { .count($0.sides.unknownCount) }]
    let columns =
      [
        ComparisonColumn("actors", "actors") { .count($0.actors) },
        ComparisonColumn("actors_internal", "internal") { .count($0.sides.internalCount) },
        ComparisonColumn("actors_external", "external") { .count($0.sides.externalCount) },
      ] + (unknownSide ? side : [])
      + [
        ComparisonColumn("ties", "ties") { .count($0.ties) },
        ComparisonColumn("density", "density") { .real($0.density) },
        ComparisonColumn("density_without_school", "density w/o school") { .real($0.densityWithoutSchool) },
        ComparisonColumn("components", "components") { .count($0.components) },
      ]
    return ComparisonTableLayout(
      key: "size", title: "Size and density", columns: columns, numbers: true,
      note:
        "Internal: intern = ja, or without it type school or schoolteam. Ties: distinct pairs, duplicates merged, self-ties dropped. Density: 2m/(n(n-1)), directed m/(n(n-1)); w/o school: the same among the other n-1 actors (– when no actor has type school). Components: connected (directed: weakly), isolates count."
    )
  }

  static let centralization = ComparisonTableLayout(
    key: "centralization", title: "Freeman centralization",
    columns: [
      ComparisonColumn(MapFigure.degreeCentralization.rawValue, "degree") { .real($0.centralization.degree) },
      ComparisonColumn(MapFigure.betweennessCentralization.rawValue, "betweenness") {
        .real($0.centralization.betweenness)
      },
      ComparisonColumn(MapFigure.closenessCentralization.rawValue, "closeness") { .real($0.centralization.closeness) },
    ], numbers: true,
    note:
      "Freeman (1979): the sum of (c_max - c_i) over its value for a star of the same size; 0 when every actor is equally central, 1 for a star. Degree counts ties; betweenness raw; closeness Wasserman-Faust, outward when directed."
  )

  static let roles = ComparisonTableLayout(
    key: "roles", title: "Role composition",
    columns: ActorRole.allCases.map { role in
      ComparisonColumn("role_\(role.rawValue)", role.rawValue) { .count($0.roles.count(role)) }
    } + [ComparisonColumn("role_none", "no role") { .count($0.roles.none) }], numbers: true,
    note: "Actors per positional role (Gehre, in Suijs 1999); no role: the role column is empty.")

  static let tieShares = ComparisonTableLayout(
    key: "tie_shares", title: "Ties by motive and form",
    columns: [ComparisonColumn("tie_records", "tie records") { .count($0.motives.records) }]
      + shareColumns(.motive, unknownTitle: "motive unknown", shares: \.motives)
      + shareColumns(.form, unknownTitle: "form unknown", shares: \.forms),
    numbers: true,
    note:
      "Share of tie records (self-ties not counted; a pair recorded twice counts twice) per codebook value of motief and vorm, in any spelling the codebook accepts; unknown: empty or not a codebook value; – when the map has no ties."
  )

  static let reasonShares = ComparisonTableLayout(
    key: "reason_shares", title: "Ties by beweegreden",
    columns: shareColumns(.reasons, unknownTitle: "beweegreden unknown", shares: \.reasons, numbered: true),
    numbers: true,
    note:
      "Share of tie records (self-ties not counted) that give each of the fifteen beweegredenen of collective learning (task 1-6, relationship 7-10, growth 11-15); a record with several counts for each, so shares may add up to more than 1; unknown: no beweegreden. Without a motief, a record's motive shares above follow from its beweegredenen."
  )

  private static func shareColumns(
    _ field: CodebookField, unknownTitle: String, shares: KeyPath<MapSummary, CodebookShares> & Sendable,
    numbered: Bool = false
  ) -> [ComparisonColumn] {
    let (prefix, values) = (field.name, field.listedValues)
    return values.indices.map { index in
      let title = (numbered ? "\(index + 1) " : "") + values[index].value
      return ComparisonColumn("\(prefix)_\(snakeCase(values[index].value))", title) {
        .real($0[keyPath: shares].share(at: index))
      }
    } + [ComparisonColumn("\(prefix)_unknown", unknownTitle) { .real($0[keyPath: shares].unknownShare) }]
  }

  static func brokers(count: Int) -> ComparisonTableLayout {
    ComparisonTableLayout(
      key: "brokers", title: "Top brokers",
      columns: (0..<max(count, 0)).map { rank in
        ComparisonColumn("broker_\(rank + 1)", "broker \(rank + 1)") { summary in
          let entries = summary.brokers.entries
          guard rank < entries.count else { return .text(nil) }
          let entry = entries[rank]
          return .text("\(entry.label) (\(NumberFormatting.rounded(entry.normalized, decimals: 3)))")
        }
      }, numbers: false,
      note:
        "Highest betweenness, the focal school left out (it stands between nearly all its partners by construction); normalized betweenness in brackets; actors with betweenness 0 are not listed."
    )
  }

  /// The CSV columns: every table column, the brokers as id and normalized betweenness.
  static func csvColumns(of sections: [ComparisonTableLayout], brokerCount: Int) -> [ComparisonColumn] {
    sections.filter { $0.key != "brokers" }.flatMap(\.columns)
      + (0..<max(brokerCount, 0)).flatMap { rank in
        [
          ComparisonColumn("broker_\(rank + 1)", "") { summary in
            .text(rank < summary.brokers.entries.count ? summary.brokers.entries[rank].id.rawValue : nil)
          },
          ComparisonColumn("broker_\(rank + 1)_betweenness_normalized", "") { summary in
            .real(rank < summary.brokers.entries.count ? summary.brokers.entries[rank].normalized : nil)
          },
        ]
      }
  }

  /// `face-to-face` → `face_to_face`, for keys.
  static func snakeCase(_ text: String) -> String {
    text.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
  }
}
