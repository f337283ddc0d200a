/// The shortest paths from one source as the distance sums of ``PathSweep`` read them:
/// ``BreadthFirstLevels`` on unweighted networks, ``ShortestPathTree`` on weighted ones.
protocol SourceTree: AnyObject {
  /// The actor the paths start from.
  var source: Int { get }
  /// Number of actors reached, the source included.
  var reachedCount: Int { get }
  /// Calls `body` with each reached actor other than the source and its distance, in
  /// non-decreasing distance.
  func forEachReached(_ body: (_ actor: Int, _ distance: Double) -> Void)
}
