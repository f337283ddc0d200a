/// The tie strengths of an ``Adjacency``'s entries, aligned with its neighbours: stored when
/// some entry weighs other than 1, otherwise only counted.
///
/// Most large maps are unweighted and have few repeated pairs, so every entry weighs 1; storing
/// those ones would cost 8 bytes per entry, 1.6 MB for the 200,000 entries of an undirected
/// network of 100,000 ties (Docs/Performance.md, "Loading"). Reading gives the same numbers
/// either way, so the metrics need not know which.
///
/// ```swift
/// let weights = EntryWeights(unitCount: 3)   // nothing stored
/// weights[2]                                 // 1
/// EntryWeights([1, 2]).max()                 // 2 (stored)
/// ```
package struct EntryWeights: RandomAccessCollection, Sendable, Hashable {
  /// Equal when they read the same, stored or not: `EntryWeights([1, 1])` equals
  /// `EntryWeights(unitCount: 2)`.
  package static func == (lhs: EntryWeights, rhs: EntryWeights) -> Bool { lhs.elementsEqual(rhs) }

  /// Hashes what reading gives: the count and every weight.
  package func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for weight in self { hasher.combine(weight) }
  }

  /// The weights, or `nil` when every one of the ``count`` entries weighs 1.
  private let stored: [Double]?
  /// Number of entries.
  package let count: Int

  /// The weights `values`, stored (even when they all are 1).
  package init(_ values: [Double]) {
    count = values.count
    stored = values
  }

  /// `count` entries that each weigh 1, nothing stored.
  package init(unitCount count: Int) {
    self.count = Swift.max(0, count)
    stored = nil
  }

  /// The first entry, 0.
  package var startIndex: Int { 0 }
  /// One past the last entry, ``count``.
  package var endIndex: Int { count }

  /// The strength of entry `position` (`0 ..< count`).
  package subscript(position: Int) -> Double {
    guard let stored else { return 1 }
    return stored[position]
  }

  /// Whether the weights are kept (some entry weighs other than 1, or they were kept anyway).
  package var isStored: Bool { stored != nil }

  /// Calls `body` with the stored weights, or with an empty buffer when none are stored: for
  /// the inner loops of weighted path metrics, whose networks always store their weights.
  package func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
    guard let stored else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
    return try stored.withUnsafeBufferPointer(body)
  }
}
