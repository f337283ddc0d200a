/// How many actors of a map belong to the school and how many are external partners.
///
/// An actor is *internal* when its `intern` column says `ja` (`yes`, `true`, `1`) and *external*
/// when it says `nee` (`no`, `false`, `0`); without a readable `intern` value its type decides:
/// `school` and `schoolteam` are internal, any other type external, and an actor with neither
/// has an *unknown* side. This is the school boundary of ``ActorPartition/Basis/schoolBoundary``,
/// counted, so that `compare` and `analyse` draw the boundary in the same place.
///
/// ```
/// internal + external + unknown = n
/// ```
/// Values: all 0 for an empty map; one actor of type `school` gives internal 1. Ties, direction
/// and weights play no part.
///
/// Example: actors `school` (type school), `zoco` (schoolteam), `clb` (type clb, `intern` nee)
/// and `x` (no type, no `intern`): internal 2, external 1, unknown 1.
public struct SchoolSides: Sendable, Hashable {
  /// Actors inside the school.
  public let internalCount: Int
  /// External partners.
  public let externalCount: Int
  /// Actors with neither an `intern` value nor a type.
  public let unknownCount: Int

  /// Counts the actors of `map` on each side of the school boundary.
  public init(_ map: PartnershipMap) {
    let partition = ActorPartition(map, by: .schoolBoundary)
    let sizes = partition.sizes
    func size(_ group: String?) -> Int { partition.groups.firstIndex(of: group).map { sizes[$0] } ?? 0 }
    internalCount = size(ActorPartition.insideGroup)
    externalCount = size(ActorPartition.outsideGroup)
    unknownCount = size(nil)
  }
}
