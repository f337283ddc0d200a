/// An actor present in both waves whose label, role, type or other columns changed.
public struct ActorChange: Sendable, Hashable {
  public let id: ActorID
  public let changes: [FieldChange]

  public init(id: ActorID, changes: [FieldChange]) {
    self.id = id
    self.changes = changes
  }
}
