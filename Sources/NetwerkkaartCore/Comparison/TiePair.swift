/// The two actors a tie connects, as a key for matching ties between waves: ordered when
/// directed, and undirected with the smaller id first, so that `a,b` and `b,a` give one key.
public struct TiePair: Sendable, Hashable {
  /// The source when directed; otherwise the smaller of the two ids.
  public let first: ActorID
  /// The target when directed; otherwise the larger of the two ids.
  public let second: ActorID

  /// The key of a tie from `source` to `target`: `TiePair("b", "a", directed: false)` equals
  /// `TiePair("a", "b", directed: false)`, but not when `directed` is `true`.
  public init(_ source: ActorID, _ target: ActorID, directed: Bool) {
    if directed || source <= target {
      (first, second) = (source, target)
    } else {
      (first, second) = (target, source)
    }
  }
}
