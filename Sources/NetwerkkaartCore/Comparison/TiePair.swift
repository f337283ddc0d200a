/// The two actors a tie connects, as a key for matching ties between waves: ordered when
/// directed, and undirected with the smaller id first, so that `a,b` and `b,a` give one key.
public struct TiePair: Sendable, Hashable {
  public let first: ActorID
  public let second: ActorID

  public init(_ source: ActorID, _ target: ActorID, directed: Bool) {
    if directed || source <= target {
      (first, second) = (source, target)
    } else {
      (first, second) = (target, source)
    }
  }
}
