import Foundation
import NetwerkkaartCore

/// One column of the comparison: its CSV key, its title in a table, and its value for a map.
struct ComparisonColumn: Sendable {
  /// A column's title: a phrase of the word list, or a codebook value or measure name
  /// (`kern`, `taak`, `13 professionalisering`, `betweenness`) as recorded.
  enum Title: Sendable {
    case word(Word)
    case value(String)
    /// The broker of this rank: `makelaar 2`, `broker 2`.
    case broker(Int)
  }

  enum Value {
    case count(Int)
    /// `nil` where the figure is undefined.
    case real(Double?)
    /// `nil` where there is nothing to show.
    case text(String?)
  }

  let key: String
  let title: Title
  let value: @Sendable (MapSummary) -> Value

  init(_ key: String, _ title: Title, _ value: @escaping @Sendable (MapSummary) -> Value) {
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
  let title: Word
  let columns: [ComparisonColumn]
  /// Whether the columns are numbers (right-aligned).
  let numbers: Bool
  /// The convention behind the table; the CSV and JSON conventions keep its English.
  let note: Word

  /// The five sections in report order; `unknownSide` adds the column of actors whose side of
  /// the school boundary; `reasons` adds the table of ties by beweegreden (when a map records one).
  static func all(brokerCount: Int, unknownSide: Bool, reasons: Bool = false) -> [ComparisonTableLayout] {
    [size(unknownSide: unknownSide), centralization, roles, tieShares] + (reasons ? [reasonShares] : [])
      + [brokers(count: brokerCount)]
  }

  static func size(unknownSide: Bool) -> ComparisonTableLayout {
    let side = [ComparisonColumn("actors_unknown_side", .word(.sideUnknown)) { .count($0.sides.unknownCount) }]
    let columns =
      [
        ComparisonColumn("actors", .word(.actors)) { .count($0.actors) },
        ComparisonColumn("actors_internal", .word(.internalSide)) { .count($0.sides.internalCount) },
        ComparisonColumn("actors_external", .word(.externalSide)) { .count($0.sides.externalCount) },
      ] + (unknownSide ? side : [])
      + [
        ComparisonColumn("ties", .word(.ties)) { .count($0.ties) },
        ComparisonColumn("density", .word(.density)) { .real($0.density) },
        ComparisonColumn("density_without_school", .word(.densityWithoutSchool)) { .real($0.densityWithoutSchool) },
        ComparisonColumn("components", .word(.components)) { .count($0.components) },
      ]
    return ComparisonTableLayout(
      key: "size", title: .compareSize, columns: columns, numbers: true,
      note: .compareSizeNote
    )
  }

  static let centralization = ComparisonTableLayout(
    key: "centralization", title: .compareCentralization,
    columns: [
      ComparisonColumn(MapFigure.degreeCentralization.rawValue, .word(.degree)) { .real($0.centralization.degree) },
      ComparisonColumn(MapFigure.betweennessCentralization.rawValue, .value("betweenness")) {
        .real($0.centralization.betweenness)
      },
      ComparisonColumn(MapFigure.closenessCentralization.rawValue, .value("closeness")) {
        .real($0.centralization.closeness)
      },
    ], numbers: true,
    note: .compareCentralizationNote
  )

  static let roles = ComparisonTableLayout(
    key: "roles", title: .compareRoles,
    columns: ActorRole.allCases.map { role in
      ComparisonColumn("role_\(role.rawValue)", .value(role.rawValue)) { .count($0.roles.count(role)) }
    } + [ComparisonColumn("role_none", .word(.noRole)) { .count($0.roles.none) }], numbers: true,
    note: .compareRolesNote)

  static let tieShares = ComparisonTableLayout(
    key: "tie_shares", title: .compareTieShares,
    columns: [ComparisonColumn("tie_records", .word(.tieRecords)) { .count($0.motives.records) }]
      + shareColumns(.motive, unknownTitle: .motiveUnknown, shares: \.motives)
      + shareColumns(.form, unknownTitle: .formUnknown, shares: \.forms),
    numbers: true,
    note: .compareTieSharesNote
  )

  static let reasonShares = ComparisonTableLayout(
    key: "reason_shares", title: .compareReasonShares,
    columns: shareColumns(.reasons, unknownTitle: .reasonUnknown, shares: \.reasons, numbered: true),
    numbers: true,
    note: .compareReasonSharesNote
  )

  private static func shareColumns(
    _ field: CodebookField, unknownTitle: Word, shares: KeyPath<MapSummary, CodebookShares> & Sendable,
    numbered: Bool = false
  ) -> [ComparisonColumn] {
    let (prefix, values) = (field.name, field.listedValues)
    return values.indices.map { index in
      let title = (numbered ? "\(index + 1) " : "") + values[index].value
      return ComparisonColumn("\(prefix)_\(snakeCase(values[index].value))", .value(title)) {
        .real($0[keyPath: shares].share(at: index))
      }
    } + [ComparisonColumn("\(prefix)_unknown", .word(unknownTitle)) { .real($0[keyPath: shares].unknownShare) }]
  }

  static func brokers(count: Int) -> ComparisonTableLayout {
    ComparisonTableLayout(
      key: "brokers", title: .compareBrokers,
      columns: (0..<max(count, 0)).map { rank in
        ComparisonColumn("broker_\(rank + 1)", .broker(rank + 1)) { summary in
          let entries = summary.brokers.entries
          guard rank < entries.count else { return .text(nil) }
          let entry = entries[rank]
          return .text("\(entry.label) (\(NumberFormatting.rounded(entry.normalized, decimals: 3)))")
        }
      }, numbers: false,
      note: .compareBrokersNote
    )
  }

  /// The CSV columns: every table column, the brokers as id and normalized betweenness.
  static func csvColumns(of sections: [ComparisonTableLayout], brokerCount: Int) -> [ComparisonColumn] {
    sections.filter { $0.key != "brokers" }.flatMap(\.columns)
      + (0..<max(brokerCount, 0)).flatMap { rank in
        [
          ComparisonColumn("broker_\(rank + 1)", .value("")) { summary in
            .text(rank < summary.brokers.entries.count ? summary.brokers.entries[rank].id.rawValue : nil)
          },
          ComparisonColumn("broker_\(rank + 1)_betweenness_normalized", .value("")) { summary in
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
