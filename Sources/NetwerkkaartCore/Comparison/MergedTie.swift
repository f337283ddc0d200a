import OrderedCollections

/// One tie of a map as the metrics see it: every tie record between the same two actors merged
/// into one, self-ties left out. Waves are compared tie by tie in this form.
///
/// - Pair: undirected, `a,b` and `b,a` are the same tie; directed, they are two ties. The tie
///   keeps the orientation of its first record (``source``, ``target``) for reports.
/// - Weight: the sum of the records' weights, as ``Network`` merges them.
/// - Other columns: per column the distinct non-empty values of the records in record order,
///   joined with ` / ` (one record: its value as typed), so that no recorded value is lost.
///   An empty cell counts as no value.
public struct MergedTie: Sendable, Hashable {
  public let source: ActorID
  public let target: ActorID
  /// Summed weight of the records.
  public let weight: Double
  /// Column → merged value; columns without any value are absent.
  public let attributes: OrderedDictionary<String, String>
  /// How many tie records were merged into this tie.
  public let recordCount: Int

  /// The ties of `map`, keyed by ``TiePair``, in order of first record.
  public static func ties(of map: PartnershipMap, directed: Bool) -> OrderedDictionary<TiePair, MergedTie> {
    var records = OrderedDictionary<TiePair, [TieRecord]>()
    for tie in map.ties where tie.source != tie.target {
      records[TiePair(tie.source, tie.target, directed: directed), default: []].append(tie)
    }
    return records.mapValues(MergedTie.init(records:))
  }

  private init(records: [TieRecord]) {
    source = records[0].source
    target = records[0].target
    weight = records.reduce(0) { $0 + $1.weight }
    recordCount = records.count
    var values = OrderedDictionary<String, [String]>()
    for record in records {
      for (column, value) in record.attributes where !value.trimmingASCIIWhitespace().isEmpty {
        if !(values[column]?.contains(value) ?? false) { values[column, default: []].append(value) }
      }
    }
    attributes = values.mapValues { $0.joined(separator: " / ") }
  }
}
