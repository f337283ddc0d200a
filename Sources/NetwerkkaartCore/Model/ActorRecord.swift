import OrderedCollections

/// One actor of a netwerkkaart as the focus group recorded it: the school, a team member,
/// or an external professional or organisation.
public struct ActorRecord: Hashable, Sendable, Codable {
  /// Unique, case-sensitive identifier.
  public var id: ActorID
  /// Display name; `nil` when the map gives none (reports then show the id).
  public var label: String?
  /// Positional role, or `nil` when the focus group assigned none.
  public var role: ActorRole?
  /// Kind of actor, for example `school`, `clb` or `universiteit`. Free text.
  public var type: String?
  /// Every other column of the actor, in file order, values exactly as typed.
  public var attributes: OrderedDictionary<String, String>
  /// Where the actor was read from, for diagnostics; `nil` when built in code.
  public var origin: SourceLocation?

  /// An actor with these fields; everything but the id is optional.
  public init(
    id: ActorID, label: String? = nil, role: ActorRole? = nil, type: String? = nil,
    attributes: OrderedDictionary<String, String> = [:], origin: SourceLocation? = nil
  ) {
    self.id = id
    self.label = label
    self.role = role
    self.type = type
    self.attributes = attributes
    self.origin = origin
  }

  /// The label, or the id when there is no label.
  public var displayName: String { label ?? id.rawValue }
}
