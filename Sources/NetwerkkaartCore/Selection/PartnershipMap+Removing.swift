extension PartnershipMap {
  /// The focal actor: the first actor of type `school` (``ActorRecord/isSchool``: any spelling the
  /// codebook accepts), if any.
  public var focalSchool: ActorID? {
    actors.first(where: \.isSchool)?.id
  }

  /// The same map without the actor `id` and every tie record that names it, for measures
  /// "without the ego": how the partners hang together when the school is left out.
  public func removingActor(_ id: ActorID) -> PartnershipMap {
    let remaining = actors.filter { $0.id != id }
    let keptTies = ties.filter { $0.source != id && $0.target != id }
    // A subset of a valid map's actors with the ties among them is valid again.
    return (try? PartnershipMap(actors: remaining, ties: keptTies, metadata: metadata)) ?? self
  }
}
