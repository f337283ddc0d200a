/// One field of an actor or a tie that differs between two waves: `role` from `kern` to
/// `verankering`, `weight` from `3` to `5`, `vorm` from `face-to-face` to `online`.
///
/// Values are text as recorded (`nil`: no value in that wave); roles are their Dutch words,
/// weights as ``Swift/Double/plainText``.
public struct FieldChange: Sendable, Hashable {
  /// `label`, `role`, `type` or an actor column; for ties `weight` or a tie column.
  public let field: String
  public let before: String?
  public let after: String?

  public init(field: String, before: String?, after: String?) {
    self.field = field
    self.before = before
    self.after = after
  }

  /// The fields whose values differ, in this order: `fixed` first, then every other column of
  /// either wave (the second wave's columns first, in their order).
  static func changes(
    fixed: [(field: String, before: String?, after: String?)], before: [(String, String)], after: [(String, String)]
  ) -> [FieldChange] {
    let old = Dictionary(before.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
    let new = Dictionary(after.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
    var columns: [String] = []
    for (column, _) in after + before where !columns.contains(column) { columns.append(column) }
    let all = fixed + columns.map { (field: $0, before: old[$0], after: new[$0]) }
    return all.compactMap { entry in
      let (before, after) = (nonEmpty(entry.before), nonEmpty(entry.after))
      return before == after ? nil : FieldChange(field: entry.field, before: before, after: after)
    }
  }

  private static func nonEmpty(_ value: String?) -> String? {
    guard let value, !value.trimmingASCIIWhitespace().isEmpty else { return nil }
    return value
  }
}

/// An actor present in both waves whose label, role, type or other columns changed.
public struct ActorChange: Sendable, Hashable {
  public let id: ActorID
  public let changes: [FieldChange]

  public init(id: ActorID, changes: [FieldChange]) {
    self.id = id
    self.changes = changes
  }
}

/// A tie present in both waves whose weight or other columns changed.
public struct TieChange: Sendable, Hashable {
  /// The tie as recorded in the second wave.
  public let tie: MergedTie
  public let changes: [FieldChange]
}

/// A number in both waves and its change, `after − before`.
public struct ValueChange: Sendable, Hashable {
  /// The metric or figure, snake_case as in `metrics --format json` (`degree`, `density`).
  public let name: String
  public let before: Double
  public let after: Double
  /// Whether both values are counts (degree, actors, ties, components).
  public let isInteger: Bool

  public init(name: String, before: Double, after: Double, isInteger: Bool) {
    self.name = name
    self.before = before
    self.after = after
    self.isInteger = isInteger
  }

  public var change: Double { after - before }
}

/// The metrics of one actor present in both waves.
public struct ActorMetrics: Sendable, Hashable {
  public let id: ActorID
  /// One entry per metric column, in ``MetricsTable`` order.
  public let metrics: [ValueChange]
}

/// Whether an actor or tie of the combined drawing of two waves is new, gone, or in both.
public enum ChangeStatus: String, Sendable, Hashable {
  /// In both waves.
  case kept
  /// Only in the second wave.
  case added
  /// Only in the first wave.
  case removed
}
