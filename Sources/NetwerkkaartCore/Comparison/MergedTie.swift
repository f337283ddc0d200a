import OrderedCollections

/// One tie of a map as the metrics see it, with the recorded values of its records: a
/// ``NetworkTie`` of the map's ``Network`` (every record between the same two actors merged into
/// one, self-ties left out) in actor ids and text. Waves are compared tie by tie in this form.
///
/// - Pair: undirected, `a,b` and `b,a` are the same tie; directed, they are two ties. The tie
///   keeps the orientation of its first record (``source``, ``target``) for reports.
/// - Weight: the sum of the records' weights, as ``Network`` merges them.
/// - Other columns: per column the distinct non-empty values of the records in record order,
///   joined with ` / ` (one record: its value as typed), so that no recorded value is lost.
///   Values of a codebook field are distinct when they are different codebook values
///   (``CodebookField/canonical(_:)``): `weekly` and `wekelijks` are one value, shown as first
///   written. An empty cell counts as no value.
public struct MergedTie: Sendable, Hashable {
  /// The first record's source.
  public let source: ActorID
  /// The first record's target.
  public let target: ActorID
  /// Summed weight of the records.
  public let weight: Double
  /// Column → merged value; columns without any value are absent.
  public let attributes: OrderedDictionary<String, String>
  /// How many tie records were merged into this tie.
  public let recordCount: Int

  /// The ties of `map` as `network` (built from `map`) groups them, keyed by ``TiePair``, in
  /// order of first record.
  static func ties(of map: PartnershipMap, in network: Network) -> OrderedDictionary<TiePair, MergedTie> {
    var ties = OrderedDictionary<TiePair, MergedTie>(minimumCapacity: network.tieCount)
    for tie in network.ties {
      let merged = MergedTie(records: tie.records.map { map.ties[$0] }, weight: tie.weight)
      ties[TiePair(merged.source, merged.target, directed: network.isDirected)] = merged
    }
    return ties
  }

  /// Merges `records` (at least one) of one pair with their summed `weight`.
  private init(records: [TieRecord], weight: Double) {
    source = records[0].source
    target = records[0].target
    self.weight = weight
    recordCount = records.count
    var values = OrderedDictionary<String, [String]>()
    var seen = Set<String>()
    for record in records {
      for (column, value) in record.attributes where !value.trimmingASCIIWhitespace().isEmpty {
        let comparable = Codebook.partnership.field(named: column, in: .ties)?.canonical(value) ?? value
        if seen.insert(column + "\u{0}" + comparable).inserted { values[column, default: []].append(value) }
      }
    }
    attributes = values.mapValues { $0.joined(separator: " / ") }
  }
}
