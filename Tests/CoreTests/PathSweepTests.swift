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
      #expect(other.outHarmonicSum == reference.outHarmonicSum)
      #expect(other.outEccentricity == reference.outEccentricity)
      #expect(other.outReach == reference.outReach)
      #expect(other.inReach == reference.inReach)
    }
  }

  /// Unweighted sweeps run on 1-byte levels and fall back to 4-byte levels past 254 hops: a
  /// path of 300 actors needs both, and its sums are known in closed form. On a path
  /// 0 – 1 – … – (n−1), actor i has dependency 2·i·(n−1−i) (ordered pairs), distance sum
  /// i(i+1)/2 + (n−1−i)(n−i)/2 and eccentricity max(i, n−1−i).
  @Test func deepNetworksFallBackToWiderLevels() {
    let n = 300
    let edges = (0..<(n - 1)).map { Network.Edge($0, $0 + 1) }
    let network = Network(actorCount: n, edges: edges)
    let sums = PathSweep(network: network, threads: 2).run()
    for i in [0, 1, 45, 149, 150, 254, 255, 299] {
      let before = Double(i)
      let after = Double(n - 1 - i)
      #expect(sums.dependency[i] == 2 * before * after)
      #expect(sums.outDistanceSum[i] == before * (before + 1) / 2 + after * (after + 1) / 2)
      #expect(sums.outEccentricity[i] == max(before, after))
      #expect(sums.outReach[i] == n)
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
