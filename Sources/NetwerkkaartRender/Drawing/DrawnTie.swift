import NetwerkkaartCore

/// A tie as the drawing shows it: one per distinct tie of the network (``NetworkTie``), with
/// the style decided from *all* the records merged into it.
///
/// - Ends: the network's actor indices; undirected, the smaller index first (as Graphviz gets
///   them), directed, from source to target.
/// - Strength: the summed weight of the records.
/// - Motive (``DrawingStyle/motive(of:)``): the codebook motive recorded most often among the
///   records; when several are recorded equally often, the one recorded first. Records without
///   a motive, or with a text outside the codebook, do not count; with none left the tie has no
///   motive (grey).
/// - Dashed (``DrawingStyle/isLoose(_:)-(TieRecord)``): only when every record is loose; one
///   formal or regular record makes the tie solid.
///
/// Example: records `motief` relatie, groei, groei → groei; taak, groei → taak; `formeel`
/// informeel and formeel → solid.
struct DrawnTie {
  let source: Int
  let target: Int
  let records: [TieRecord]
  let strength: Double
  let motive: CodebookValue?
  let isLoose: Bool

  /// The ties of `network` with their records in `map` (the map the network was built from), in
  /// the order of their first record.
  static func all(map: PartnershipMap, network: Network) -> [DrawnTie] {
    network.ties.compactMap { tie in
      let records = tie.records.filter(map.ties.indices.contains).map { map.ties[$0] }
      guard !records.isEmpty else { return nil }
      let (source, target) =
        network.isDirected || tie.source < tie.target ? (tie.source, tie.target) : (tie.target, tie.source)
      return DrawnTie(
        source: source, target: target, records: records, strength: tie.weight,
        motive: DrawingStyle.motive(of: records), isLoose: DrawingStyle.isLoose(records))
    }
  }
}
