import NetwerkkaartCore
import NetwerkkaartTestSupport

/// ``smallMap()`` (hand-derived figures in its comment) with the school named in its metadata,
/// as `map.csv` would name it.
func linde() throws -> PartnershipMap {
  let map = try smallMap()
  return try PartnershipMap(
    actors: map.actors, ties: map.ties, metadata: MapMetadata(school: "Basisschool De Linde"))
}

/// A second map: a path school – a – b and an isolate c.
///
/// Hand-derived: 4 actors, 2 ties, density 2·2 / (4·3) = 1/3, two components ({school, a, b}
/// and {c}). The school touches 1 tie.
func path() throws -> PartnershipMap {
  try PartnershipMap(
    actors: [
      ActorRecord(id: "school", label: "Atheneum <Zuid>", role: .core, type: "school"),
      ActorRecord(id: "a", label: "A", role: .framing, type: "clb"),
      ActorRecord(id: "b", label: "B", role: .context, type: "bedrijf"),
      ActorRecord(id: "c", label: "C", role: .anchoring, type: "overheid"),
    ],
    ties: [TieRecord(source: "school", target: "a"), TieRecord(source: "a", target: "b")])
}
