/// How many actors of a map hold each positional role, and how many have none.
///
/// ```
/// count(kern) + count(verankering) + count(omkadering) + count(context) + none = n
/// ```
/// Roles are read as ``ActorRole`` does (Dutch or English); an actor whose role column is empty
/// counts under ``none``. Values: all 0 for an empty map. Ties, direction and weights play no
/// part.
///
/// Example: roles kern, kern, context and one empty: kern 2, context 1, none 1, the others 0.
/// Roles after Gehre (in Suijs, 1999); see `Docs/Codebook.md`.
public struct RoleComposition: Sendable, Hashable {
  /// Actors per role, in ring order (`ActorRole.allCases`: kern, verankering, omkadering,
  /// context).
  public let counts: [Int]
  /// Actors without a role.
  public let none: Int

  /// Counts the roles of the actors of `map`.
  public init(_ map: PartnershipMap) {
    counts = ActorRole.allCases.map { role in map.actors.count { $0.role == role } }
    none = map.actors.count { $0.role == nil }
  }

  /// The number of actors with `role`, or without a role when `role` is `nil`.
  public func count(_ role: ActorRole?) -> Int {
    guard let role, let index = ActorRole.allCases.firstIndex(of: role) else { return none }
    return counts[index]
  }
}
