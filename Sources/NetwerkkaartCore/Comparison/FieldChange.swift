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
