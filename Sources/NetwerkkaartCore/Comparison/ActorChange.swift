/// An actor present in both waves whose label, role, type or other columns changed.
public struct ActorChange: Sendable, Hashable {
  /// The actor's id, the same in both waves.
  public let id: ActorID
  /// Each field that differs, in column order: `label`, `role`, `type`, then the other columns.
  public let changes: [FieldChange]

  /// The changes of the actor with this id.
  public init(id: ActorID, changes: [FieldChange]) {
    self.id = id
    self.changes = changes
  }
}
