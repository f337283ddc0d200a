/// A tie present in both waves whose weight or other columns changed.
public struct TieChange: Sendable, Hashable {
  /// The tie as recorded in the second wave.
  public let tie: MergedTie
  /// Each field that differs: `weight` first, then the tie columns.
  public let changes: [FieldChange]
}
