/// One distinct tie of a ``Network`` with the records merged into it: the one grouping of "the
/// ties of one pair" that the metrics, the comparison of waves and the drawing share.
///
/// - Pair: undirected, records `a,b` and `b,a` are one tie; directed, they are two. The tie keeps
///   the orientation of its first record (``source``, ``target``).
/// - ``weight`` is the sum of the records' weights, the strength the metrics use.
/// - ``records`` are the positions of the merged records in ``PartnershipMap/ties`` (or in the
///   edge list the network was built from), in record order; self-ties and records naming no
///   actor of the network belong to no tie.
///
/// ```swift
/// // ties.csv: school,clb,2 · clb,school,1 · school,school,1
/// let network = Network(map)
/// network.ties[0].records    // [0, 1]: both records of the pair; the self-tie is in no tie
/// network.ties[0].weight     // 3
/// ```
public struct NetworkTie: Sendable, Hashable {
  /// Actor index of the first record's source.
  public let source: Int
  /// Actor index of the first record's target.
  public let target: Int
  /// The summed weight of the records.
  public let weight: Double
  /// Positions of the merged records, in record order; never empty.
  public let records: ArraySlice<Int>
}

extension Network {
  /// Every distinct tie with the records merged into it, in order of first record; as many as
  /// ``tieCount`` (none on a network the metrics command has let its grouping go, which the
  /// library never hands out). Made in O(m) from storage the network keeps; index it with
  /// ``tie(_:)`` to read one.
  public var ties: [NetworkTie] { grouping.sources.indices.map(tie) }

  /// The network without its grouping of records into ties (``ties`` then empty): what the
  /// metrics need, which read only the rows. `netwerkkaart metrics` lets the grouping go before
  /// the path sweep, 24 bytes per tie (Docs/Performance.md, "Loading"); ``tie(_:)`` must not be
  /// called on it.
  package var withoutTieGrouping: Network {
    var network = self
    network.grouping = TieGrouping(sources: [], targets: [], weights: [], tieOfEdge: [], record: { $0 })
    return network
  }

  /// The distinct tie at `index` (`0 ..< tieCount`, in order of first record).
  public func tie(_ index: Int) -> NetworkTie {
    NetworkTie(
      source: Int(grouping.sources[index]), target: Int(grouping.targets[index]), weight: grouping.weights[index],
      records: ArraySlice(
        grouping.records[Int(grouping.recordStarts[index])..<Int(grouping.recordStarts[index + 1])].lazy.map(Int.init)))
  }
}

/// The distinct ties of a network and their records, in compressed rows: the records of tie `t`
/// are `records[recordStarts[t] ..< recordStarts[t + 1]]`. Built in the pass that merges the ties.
///
/// Positions are 32-bit, as the network's actor indices are (a map has fewer than 2³² records:
/// the merge numbers its edges in 32 bits), which halves the grouping: 8 bytes per tie and
/// record instead of 16 (Docs/Performance.md, "Loading").
struct TieGrouping: Sendable {
  let sources: [UInt32]
  let targets: [UInt32]
  let weights: [Double]
  let recordStarts: [UInt32]
  let records: [UInt32]

  /// - Parameters:
  ///   - tieOfEdge: the tie of each edge, -1 for an edge left out.
  ///   - record: the record position of an edge.
  init(sources: [UInt32], targets: [UInt32], weights: [Double], tieOfEdge: [Int], record: (Int) -> Int) {
    self.sources = sources
    self.targets = targets
    self.weights = weights
    var starts = [UInt32](repeating: 0, count: sources.count + 1)
    for tie in tieOfEdge where tie >= 0 { starts[tie + 1] += 1 }
    for index in sources.indices { starts[index + 1] += starts[index] }
    var next = starts
    var records = [UInt32](repeating: 0, count: Int(starts[sources.count]))
    for (edge, tie) in tieOfEdge.enumerated() where tie >= 0 {
      records[Int(next[tie])] = UInt32(record(edge))
      next[tie] += 1
    }
    self.recordStarts = starts
    self.records = records
  }
}
