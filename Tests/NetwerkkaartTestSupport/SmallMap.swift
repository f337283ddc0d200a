import NetwerkkaartCore

/// A small school map with every role, a motive on each tie, a loose tie, and a label full of
/// characters that need escaping: quotes, `&`, `<`, a backslash and diacritics.
///
/// Hand-derived figures (undirected, unweighted): 6 actors; 5 ties school–zoco, zoco–clb,
/// school–gemeente, clb–lab, school–zoë; density 2·5 / (6·5) = 1/3; one component (every actor
/// reaches the school). The school touches 3 ties, `lab` 1.
public func smallMap() throws -> PartnershipMap {
  try PartnershipMap(
    actors: [
      ActorRecord(id: "school", label: "Basisschool De Linde", role: .core, type: "school"),
      ActorRecord(id: "zoco", label: "Zorgcoördinator", role: .core, type: "schoolteam"),
      ActorRecord(id: "clb", label: "CLB Kempen", role: .framing, type: "clb"),
      ActorRecord(id: "gemeente", label: "Gemeente Hoogheide", role: .anchoring, type: "overheid"),
      ActorRecord(id: "lab", label: "R&D \"lab\" <x> C:\\tmp", role: .context, type: "bedrijf"),
      ActorRecord(id: "zoë", label: nil, role: nil, type: nil),
    ],
    ties: [
      TieRecord(source: "school", target: "zoco", weight: 5, attributes: ["motief": "taak"]),
      TieRecord(source: "zoco", target: "clb", weight: 3, attributes: ["motief": "taak"]),
      TieRecord(
        source: "school", target: "gemeente", weight: 2, attributes: ["motief": "relatie", "formeel": "formeel"]),
      TieRecord(source: "clb", target: "lab", weight: 1, attributes: ["motief": "groei", "frequentie": "eenmalig"]),
      TieRecord(source: "school", target: "zoë", weight: 1),
    ])
}
