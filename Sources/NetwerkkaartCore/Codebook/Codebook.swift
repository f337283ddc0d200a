/// The fields and allowed values for recording school partnerships, from the literature on
/// collective learning with external professionals: Gehre's positional roles (in Suijs, 1999),
/// the 5W1H of a partnership (when: frequency, duration, follow-up; where: face-to-face or
/// online; how: formality and origin; who: voluntariness, involvement, level, scope; what: goal
/// domain after Schiff et al., 2015; why: the motive dimensions task, relationship and growth of
/// Suijs, 1999) and the resources that make an actor worth involving.
///
/// The codebook checks known columns only; every other column is a free attribute. See
/// `Docs/Codebook.md` (English) and `Docs/Codebook.nl.md` (Dutch) for the coding guide.
///
/// Every question "is this value X" goes through the codebook: find the field (by column name
/// with ``field(named:in:)``, or one of the partnership fields such as ``CodebookField/motive``),
/// then ask it for the value a text spells (``CodebookField/normalised(_:)``) or whether it allows
/// a text (``CodebookField/accepts(_:)``). A record's value of a field is
/// ``TieRecord/codebookValue(of:)`` or ``ActorRecord/codebookValue(of:)``.
///
/// ```swift
/// let tie = TieRecord(source: "school", target: "clb", attributes: ["Motive": " Task "])
/// tie.codebookValue(of: .motive) == .task                // true: `task` is `taak` in English
/// CodebookField.frequency.normalised("Weekly")?.value    // "wekelijks"
/// CodebookField.frequency.accepts("occasioneel")         // false: a value of `opvolging`
/// ```
public struct Codebook: Sendable, Hashable, Codable {
  /// The fields, actors' first, in the order of the coding guide.
  public var fields: [CodebookField]

  /// A codebook of these fields.
  public init(fields: [CodebookField]) { self.fields = fields }

  /// The field of `table` that column `name` records, if the codebook knows it.
  public func field(named name: String, in table: CodebookField.Table) -> CodebookField? {
    fields.first { $0.table == table && $0.isNamed(name) }
  }

  /// The codebook of Netwerkkaart's documentation.
  public static let partnership = Codebook(fields: CodebookField.actorFields + CodebookField.tieFields)
}
