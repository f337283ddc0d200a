import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@Suite struct PathSweepTests {
  /// The 16 fixed stripes make the sums independent of the thread count, bit for bit.
  @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
  func resultsDoNotDependOnThreads(directed: Bool, weighted: Bool) {
    let edges = RandomNetworks.edges(actors: 150, probability: 0.04, directed: directed, seed: 7)
    let network = Network(actorCount: 150, edges: edges, directed: directed, weighted: weighted)
    let reference = PathSweep(network: network, threads: 1).run()
    for threads in [2, 3, 8] {
      let other = PathSweep(network: network, threads: threads).run()
      #expect(other.dependency == reference.dependency)
      #expect(other.inDistanceSum == reference.inDistanceSum)
      #expect(other.inHarmonicSum == reference.inHarmonicSum)
      #expect(other.outDistanceSum == reference.outDistanceSum)
    }
  }

  /// On an undirected network, sums to an actor equal sums from it.
  @Test func undirectedInwardEqualsOutward() {
    let edges = RandomNetworks.edges(actors: 60, probability: 0.08, directed: false, seed: 3)
    let sums = PathSweep(network: Network(actorCount: 60, edges: edges)).run()
    #expect(sums.inReach == sums.outReach)
    #expect(sums.inDistanceSum == sums.outDistanceSum)
  }

  /// Progress reaches the total exactly once all sources are done.
  @Test func progressReportsEverySource() {
    let edges = RandomNetworks.edges(actors: 300, probability: 0.02, directed: false, seed: 5)
    let seen = SeenTotals()
    _ = PathSweep(network: Network(actorCount: 300, edges: edges), threads: 2) { done, total in
      seen.record(done, total)
    }.run()
    #expect(seen.maximum == 300)
  }
}

private final class SeenTotals: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var maximum = 0
  func record(_ done: Int, _ total: Int) { lock.withLock { maximum = max(maximum, done) } }
}
