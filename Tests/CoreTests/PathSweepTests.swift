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

  /// Unweighted networks are swept by levels (`Paths/BreadthFirstLevels.swift`); every way of
  /// growing and summing them must give what Dijkstra and Brandes' one-term-at-a-time sum give
  /// on the same network weighted with every weight 1, a separate code path: the distance sums
  /// bit for bit (the same distances, added in the same order of values), the dependencies to
  /// 1e-12 (their sums run in another order). Sparse cases have many components.
  @Test(arguments: [(false, 0.04), (true, 0.04), (false, 0.006), (true, 0.01)])
  func everyLevelDirectionAgreesWithDijkstra(directed: Bool, probability: Double) {
    let edges = RandomNetworks.edges(actors: 200, probability: probability, directed: directed, seed: 11)
      .map { Network.Edge($0.source, $0.target) }
    let reference = PathSweep(
      network: Network(actorCount: 200, edges: edges, directed: directed, weighted: true), threads: 1
    ).run()
    for directions in LevelDirections.allCases {
      var sweep = PathSweep(network: Network(actorCount: 200, edges: edges, directed: directed), threads: 1)
      sweep.levelDirections = directions
      let sums = sweep.run()
      #expect(sums.outReach == reference.outReach, "\(directions)")
      #expect(sums.outDistanceSum == reference.outDistanceSum, "\(directions)")
      #expect(sums.outHarmonicSum == reference.outHarmonicSum, "\(directions)")
      #expect(sums.outEccentricity == reference.outEccentricity, "\(directions)")
      #expect(sums.inDistanceSum == reference.inDistanceSum, "\(directions)")
      #expect(sums.inHarmonicSum == reference.inHarmonicSum, "\(directions)")
      #expect(reference.dependency.contains { $0 > 0 })
      for (ours, theirs) in zip(sums.dependency, reference.dependency) {
        #expect(abs(ours - theirs) <= 1e-12 * max(1, theirs), "\(directions)")
      }
    }
  }

  /// A path of 400 actors has 400 levels from an end (no limit on depth) and, by hand, actor i
  /// lies between the i actors before it and the 399 − i after it: betweenness i · (399 − i),
  /// whole numbers every direction must give exactly. Closeness sums: from actor i the
  /// distances are 1 … i and 1 … 399 − i.
  @Test(arguments: LevelDirections.allCases)
  func longPathByHand(directions: LevelDirections) {
    let n = 400
    let edges = (1..<n).map { Network.Edge($0 - 1, $0) }
    var sweep = PathSweep(network: Network(actorCount: n, edges: edges), threads: 2)
    sweep.levelDirections = directions
    let sums = sweep.run()
    let betweenness = Betweenness(network: sweep.network, sums: sums).raw
    for i in 0..<n {
      let (before, after) = (i, n - 1 - i)
      #expect(betweenness[i] == Double(before * after), "actor \(i)")
      #expect(sums.outDistanceSum[i] == Double(before * (before + 1) / 2 + after * (after + 1) / 2))
      #expect(sums.outEccentricity[i] == Double(max(before, after)))
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
