import NetwerkkaartCore
import Testing

/// Weights stored or only counted read the same, and compare and hash by what they read.
@Suite struct EntryWeightsTests {
  /// Two entries of weight 1: stored or counted, the same weights (hand-written values).
  @Test func storedAndCountedUnitsAreEqual() {
    let stored = EntryWeights([1, 1])
    let counted = EntryWeights(unitCount: 2)
    #expect(stored.isStored && !counted.isStored)
    #expect(Array(counted) == [1, 1])
    #expect(stored == counted)
    #expect(Set([stored, counted]).count == 1)
  }

  /// A weight other than 1 tells them apart; so does the count.
  @Test func differentWeightsOrCountsDiffer() {
    #expect(EntryWeights([1, 2]) != EntryWeights(unitCount: 2))
    #expect(EntryWeights([1, 2])[1] == 2)
    #expect(EntryWeights(unitCount: 3) != EntryWeights(unitCount: 2))
    #expect(EntryWeights(unitCount: -1).isEmpty)
  }
}
