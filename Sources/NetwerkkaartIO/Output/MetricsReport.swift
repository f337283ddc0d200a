import Foundation
import NetwerkkaartCore

/// The per-actor metrics of one map, ready to print in a chosen format.
///
/// Every format carries the network-level figures (actors, ties, density, components) and the
/// conventions used, so that a table pasted into a paper still says how it was computed.
public struct MetricsReport: Sendable {
  /// The printed forms of the report; the raw value is the name a program asks for it by.
  public enum Format: String, CaseIterable, Sendable {
    /// Aligned columns for a terminal.
    case table
    /// Comma-separated values for a spreadsheet: the actor table, a blank line, then the
    /// network figures as `figure,value` rows.
    case csv
    /// The stable machine-readable contract (see `Docs/JSON.md`).
    case json
    /// A GitHub-flavoured Markdown table for a paper draft.
    case markdown
  }

  /// How rows are ordered.
  public enum Order: Sendable, Hashable {
    /// As in the actors file.
    case input
    /// By id, label or role (kern first), ascending.
    case actorField(ActorField)
    /// By a measure, descending; equal values keep input order.
    case metric(Measure)

    /// An actor field to sort by.
    public enum ActorField: String, CaseIterable, Sendable, Hashable {
      /// The actor's id, in Unicode order.
      case id
      /// The actor's label (its id without one).
      case label
      /// The role, in ring order: kern, verankering, omkadering, context, then actors without one.
      case role
    }

    /// The fields ``Order/init(parsing:columns:)`` accepts besides the measures.
    public static let actorFields = ActorField.allCases.map(\.rawValue)

    /// Reads a sort field (`input`, an actor field, or one of `columns`, in any letter case);
    /// `nil` when the field is unknown.
    public init?(parsing field: String, columns: [Measure]) {
      let key = field.trimmingCharacters(in: .whitespaces).lowercased()
      if key == "input" {
        self = .input
      } else if let actorField = ActorField(rawValue: key) {
        self = .actorField(actorField)
      } else if let measure = Measure(parsing: key), columns.contains(measure) {
        self = .metric(measure)
      } else {
        return nil
      }
    }
  }

  /// Where the map came from, as the user named it.
  public let source: String
  /// The map, for the actors' ids, labels and roles.
  public let map: PartnershipMap
  /// The metrics of the map's network.
  public let table: MetricsTable
  /// Row order: indices into `map.actors`.
  public let rows: [Int]

  /// The report of `table`, computed on the network of `map`; throws `MapMismatch` when the
  /// table is of another map.
  public init(source: String, map: PartnershipMap, table: MetricsTable, order: Order) throws(MapMismatch) {
    try table.check(belongsTo: map)
    self.source = source
    self.map = map
    self.table = table
    self.rows = Self.sortedRows(map: map, table: table, order: order)
  }

  /// The report in one format, ending with a newline. The table and Markdown are written in
  /// `language` (headings, roles, conventions, decimal commas in Dutch); CSV and JSON are the
  /// same in every language.
  public func rendered(as format: Format, in language: Language = .en) -> String {
    switch format {
    case .table: TextTableReport.render(self, in: language)
    case .csv: CSVReport.render(self)
    case .json: JSONReport.render(self)
    case .markdown: MarkdownReport.render(self, in: language)
    }
  }

  /// The report in one format, handed to `sink` in pieces in order (the same text as
  /// ``rendered(as:in:)``): JSON in pieces of some 64 KiB, so that a large map's report is not
  /// held whole in memory; the other formats in one piece.
  ///
  /// ```swift
  /// try report.write(as: .json) { piece in try handle.write(contentsOf: Data(piece.utf8)) }
  /// ```
  public func write<Failure: Error>(
    as format: Format, in language: Language = .en, to sink: (String) throws(Failure) -> Void
  ) throws(Failure) {
    switch format {
    case .json: try JSONReport.write(self, to: sink)
    default: try sink(rendered(as: format, in: language))
    }
  }

  private static func sortedRows(map: PartnershipMap, table: MetricsTable, order: Order) -> [Int] {
    let indices = Array(map.actors.indices)
    switch order {
    case .input:
      return indices
    case .metric(let measure):
      guard let column = table.column(measure) else { return indices }
      return indices.sorted { a, b in
        let (x, y) = (column.value(at: a), column.value(at: b))
        return x != y ? x > y : a < b
      }
    case .actorField(let field):
      let actors = map.actors
      func key(_ index: Int) -> String {
        switch field {
        case .label: actors[index].displayName
        case .role: actors[index].role.map { String($0.ringIndex) } ?? "9"
        case .id: actors[index].id.rawValue
        }
      }
      return indices.sorted { a, b in
        let (x, y) = (key(a), key(b))
        return x != y ? x < y : a < b
      }
    }
  }
}
