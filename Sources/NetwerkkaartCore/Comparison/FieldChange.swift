/// One field of an actor or a tie that differs between two waves: `role` from `kern` to
/// `verankering`, `weight` from `3` to `5`, `vorm` from `face-to-face` to `online`.
///
/// Values are text as recorded (`nil`: no value in that wave); roles are their Dutch words,
/// weights as plain decimals without a trailing `.0` (`3`, `2.5`).
///
/// A field of the codebook changes only when its *value* changes: the two waves' texts are
/// compared through ``CodebookField/canonical(_:)``, so `weekly` in one wave and `wekelijks` in the
/// other, or `Face-to-face` and `face-to-face`, is no change; and a column named by an alias in
/// one wave (`frequency`) is the same field as its Dutch name in the other (`frequentie`), reported
/// under the second wave's name. Other columns compare as typed.
public struct FieldChange: Sendable, Hashable {
  /// `label`, `role`, `type` or an actor column; for ties `weight` or a tie column.
  public let field: String
  /// The value in the first wave, as typed; `nil` when it has none.
  public let before: String?
  /// The value in the second wave, as typed; `nil` when it has none.
  public let after: String?

  /// A change of `field` from `before` to `after`.
  public init(field: String, before: String?, after: String?) {
    self.field = field
    self.before = before
    self.after = after
  }

  /// The fields whose values differ, in this order: `fixed` first, then every other column of
  /// either wave (the second wave's columns first, in their order). Fields are looked up in
  /// `table` of the partnership codebook; a merged tie's values (`a / b`) compare as the set of
  /// their canonical values.
  static func changes(
    fixed: [(field: String, before: String?, after: String?)], before: [(String, String)], after: [(String, String)],
    table: CodebookField.Table
  ) -> [FieldChange] {
    let codebook = Codebook.partnership
    func key(_ column: String) -> String { codebook.field(named: column, in: table)?.name ?? column }
    let old = Dictionary(before.map { (key($0.0), $0.1) }, uniquingKeysWith: { first, _ in first })
    let new = Dictionary(after.map { (key($0.0), $0.1) }, uniquingKeysWith: { first, _ in first })
    var columns: [(key: String, name: String)] = []
    for (column, _) in after + before where !columns.contains(where: { $0.key == key(column) }) {
      columns.append((key(column), column))
    }
    let all = fixed + columns.map { (field: $0.name, before: old[$0.key], after: new[$0.key]) }
    return all.compactMap { entry in
      let (before, after) = (nonEmpty(entry.before), nonEmpty(entry.after))
      let field = codebook.field(named: entry.field, in: table)
      return same(before, after, field: field) ? nil : FieldChange(field: entry.field, before: before, after: after)
    }
  }

  /// Equal as typed, or (in a codebook field) as sets of canonical values.
  private static func same(_ before: String?, _ after: String?, field: CodebookField?) -> Bool {
    guard let before, let after, let field else { return before == after }
    func values(_ text: String) -> Set<String> {
      Set(text.split(separator: " / ").map { field.canonical(String($0)) })
    }
    return before == after || values(before) == values(after)
  }

  private static func nonEmpty(_ value: String?) -> String? {
    guard let value, !value.trimmingASCIIWhitespace().isEmpty else { return nil }
    return value
  }
}
