/// Whether an actor or tie of the combined drawing of two waves is new, gone, or in both.
public enum ChangeStatus: String, Sendable, Hashable {
  /// In both waves.
  case kept
  /// Only in the second wave.
  case added
  /// Only in the first wave.
  case removed
}
