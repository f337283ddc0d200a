import Dispatch
import Foundation
import Synchronization

/// What one sweep over all sources collects: everything the path metrics need, from one
/// search per source (levels unweighted, Dijkstra weighted).
///
/// The metrics (``Betweenness``, ``Closeness``, ``HarmonicCloseness``) finish these sums into
/// their published forms; the sweep itself knows no formula beyond plain sums.
package struct PathSums: Sendable {
  /// Σ over ordered pairs (s, t), s ≠ v ≠ t, of σ_st(v)/σ_st: Brandes' dependencies, not yet
  /// halved for undirected networks. Empty unless requested.
  package var dependency: [Double] = []
  /// Actors reachable from each actor, itself included.
  package var outReach: [Int] = []
  /// Σ_t d(s, t) over the actors t reachable from s.
  package var outDistanceSum: [Double] = []
  /// Σ_t 1/d(s, t) over the actors t ≠ s reachable from s.
  package var outHarmonicSum: [Double] = []
  /// max_t d(s, t) over the actors t reachable from s: the eccentricity within reach (0 when s
  /// reaches no one).
  package var outEccentricity: [Double] = []
  /// Actors that reach each actor, itself included (directed networks; else equal to `outReach`).
  package var inReach: [Int] = []
  /// Σ_s d(s, t) over the actors s that reach t.
  package var inDistanceSum: [Double] = []
  /// Σ_s 1/d(s, t) over the actors s ≠ t that reach t.
  package var inHarmonicSum: [Double] = []
}

/// Runs one search per source (``BreadthFirstLevels`` unweighted, ``ShortestPathTree`` weighted),
/// in parallel, and collects ``PathSums``.
///
/// Sources are dealt to 16 fixed stripes (source s goes to stripe s mod 16); workers take whole
/// stripes, each stripe sums into its own buffers, and the stripes are added in stripe order at
/// the end. The result is therefore bit-for-bit the same for any number of threads.
///
/// - Complexity: O(n·m) time unweighted, O(n·m log n) weighted; O(n) memory per worker plus
///   O(16·n) for the stripes.
package struct PathSweep: Sendable {
  package struct Request: OptionSet, Sendable {
    package let rawValue: Int
    package init(rawValue: Int) { self.rawValue = rawValue }
    /// Brandes dependencies, for betweenness.
    package static let dependency = Request(rawValue: 1)
    /// Reach, distance and harmonic sums outward from each actor.
    package static let outDistances = Request(rawValue: 2)
    /// Reach, distance and harmonic sums inward to each actor (directed networks).
    package static let inDistances = Request(rawValue: 4)
    /// Reach, distance and harmonic sums at every actor reached, over the sources run, on
    /// undirected networks too: distances *to* each actor from a sample of sources, for the
    /// estimates (``ApproximateCloseness``). They land in the `in…` fields of ``PathSums``.
    package static let targetDistances = Request(rawValue: 8)
    package static let all: Request = [.dependency, .outDistances, .inDistances]
  }

  /// Number of stripes; fixed so that results do not depend on the thread count.
  static let stripeCount = 16

  package var network: Network
  package var request: Request
  /// Worker threads; `nil` means one per processor core.
  package var threads: Int?
  /// Called now and then from worker threads with (sources done, total).
  package var progress: (@Sendable (Int, Int) -> Void)?
  /// Asked by each worker before each source; once it answers `true` the workers stop and the
  /// sums are incomplete. Task cancellation reaches the sweep this way
  /// (`MetricsTable.computing(_:threads:approximation:extended:progress:)`).
  package var isCancelled: (@Sendable () -> Bool)?
  /// The sources to run from; `nil` means every actor. A sample gives sums over the sample only
  /// (see ``ApproximateBetweenness``); the outward sums are then set only for sampled actors.
  package var sources: [Int]?
  /// Runs every tree on the reversed network (ties followed from target to source), so the
  /// distance sums are distances *to* each source; for distance requests only.
  package var reversed = false
  /// Which way the levels of an unweighted network are grown and summed: for tests only
  /// (``LevelDirections``); weighted networks ignore it.
  package var levelDirections = LevelDirections.automatic

  package init(
    network: Network, request: Request = .all, threads: Int? = nil, sources: [Int]? = nil,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) {
    self.network = network
    self.request = request
    self.threads = threads
    self.sources = sources
    self.progress = progress
  }

  package func run() -> PathSums {
    let n = network.actorCount
    var sums = PathSums()
    guard n > 0, !request.isEmpty else { return sums }
    let wantsIn = (request.contains(.inDistances) && network.isDirected) || request.contains(.targetDistances)
    let sources = (self.sources ?? Array(0..<n)).filter { (0..<n).contains($0) }
    let total = sources.count
    guard total > 0 else { return sums }
    let stripes = (0..<min(Self.stripeCount, total)).map { _ in
      StripeBuffers(actorCount: n, dependency: request.contains(.dependency), inward: wantsIn)
    }
    let outward = OutwardBuffers(
      actorCount: n,
      enabled: request.contains(.outDistances) || (request.contains(.inDistances) && !network.isDirected))
    let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, stripes.count))
    let nextStripe = Counter()
    let done = Counter()
    let progress = self.progress
    let isCancelled = self.isCancelled
    let network = self.network
    let reversed = self.reversed
    let directions = levelDirections

    network.withViews { forward, backward in
      let (outgoing, incoming) = reversed ? (backward, forward) : (forward, backward)
      let work: @Sendable (Int) -> Void = { _ in
        let paths = SourcePaths(network: network, outgoing: outgoing, incoming: incoming, directions: directions)
        while true {
          let stripe = nextStripe.add(1) - 1
          guard stripe < stripes.count else { return }
          let buffers = stripes[stripe]
          var finished = 0
          for position in stride(from: stripe, to: total, by: stripes.count) {
            if let isCancelled, isCancelled() { return }
            paths.compute(from: sources[position], dependencyInto: buffers.dependency)
            switch paths.tree {
            case .unweighted(let levels, _):
              if outward.enabled { outward.record(levels) }
              if wantsIn { buffers.recordInward(levels) }
            case .weighted(let tree, _):
              if outward.enabled { outward.record(tree) }
              if wantsIn { buffers.recordInward(tree) }
            }
            finished += 1
            if let progress, finished % 64 == 0 {
              let finishedSoFar = done.add(finished)
              finished = 0
              progress(finishedSoFar, sources.count)
            }
          }
          if let progress { progress(done.add(finished), sources.count) }
        }
      }
      if workers == 1 {
        work(0)
      } else {
        DispatchQueue.concurrentPerform(iterations: workers, execute: work)
      }
    }

    // The stripes and the per-source buffers own the memory read here: keep them alive until
    // every sum has been copied out.
    withExtendedLifetime((stripes, outward)) {
      if request.contains(.dependency) {
        sums.dependency = Self.addInOrder(stripes.map { $0.dependency }, count: n)
      }
      if request.contains(.outDistances) {
        sums.outReach = Array(outward.reach)
        sums.outDistanceSum = Array(outward.distanceSum)
        sums.outHarmonicSum = Array(outward.harmonicSum)
        sums.outEccentricity = Array(outward.eccentricity)
      }
      if wantsIn {
        sums.inReach = Self.addInOrder(stripes.map { $0.inReach }, count: n).map { Int($0) }
        sums.inDistanceSum = Self.addInOrder(stripes.map { $0.inDistanceSum }, count: n)
        sums.inHarmonicSum = Self.addInOrder(stripes.map { $0.inHarmonicSum }, count: n)
      } else if request.contains(.inDistances) {
        // Undirected: the distance to an actor is the distance from it.
        sums.inReach = Array(outward.reach)
        sums.inDistanceSum = Array(outward.distanceSum)
        sums.inHarmonicSum = Array(outward.harmonicSum)
      }
    }
    return sums
  }

  /// Element-wise sum of the stripes, always in stripe order.
  private static func addInOrder(_ parts: [UnsafeMutableBufferPointer<Double>?], count: Int) -> [Double] {
    var total = [Double](repeating: 0, count: count)
    for case let part? in parts {
      for index in 0..<count { total[index] += part[index] }
    }
    return total
  }
}

/// Per-stripe sums that several sources add to. Each stripe is written by one worker at a time.
private final class StripeBuffers: @unchecked Sendable {
  let dependency: UnsafeMutableBufferPointer<Double>?
  let inReach: UnsafeMutableBufferPointer<Double>?
  let inDistanceSum: UnsafeMutableBufferPointer<Double>?
  let inHarmonicSum: UnsafeMutableBufferPointer<Double>?

  init(actorCount: Int, dependency wantsDependency: Bool, inward: Bool) {
    func zeros(_ wanted: Bool) -> UnsafeMutableBufferPointer<Double>? {
      wanted ? .filled(actorCount, with: 0) : nil
    }
    dependency = zeros(wantsDependency)
    inReach = zeros(inward)
    inDistanceSum = zeros(inward)
    inHarmonicSum = zeros(inward)
  }

  deinit {
    dependency?.deallocate()
    inReach?.deallocate()
    inDistanceSum?.deallocate()
    inHarmonicSum?.deallocate()
  }

  func recordInward<Tree: SourceTree>(_ tree: Tree) {
    guard let inReach, let inDistanceSum, let inHarmonicSum else { return }
    inReach[tree.source] += 1
    tree.forEachReached { target, distance in
      inReach[target] += 1
      inDistanceSum[target] += distance
      inHarmonicSum[target] += 1 / distance
    }
  }
}

/// Per-source sums; each source's slot is written by exactly one worker.
private final class OutwardBuffers: @unchecked Sendable {
  let enabled: Bool
  let reach: UnsafeMutableBufferPointer<Int>
  let distanceSum: UnsafeMutableBufferPointer<Double>
  let harmonicSum: UnsafeMutableBufferPointer<Double>
  let eccentricity: UnsafeMutableBufferPointer<Double>

  init(actorCount: Int, enabled: Bool) {
    self.enabled = enabled
    let size = enabled ? actorCount : 0
    reach = .filled(size, with: 0)
    distanceSum = .filled(size, with: 0)
    harmonicSum = .filled(size, with: 0)
    eccentricity = .filled(size, with: 0)
  }

  deinit {
    reach.deallocate()
    distanceSum.deallocate()
    harmonicSum.deallocate()
    eccentricity.deallocate()
  }

  func record<Tree: SourceTree>(_ tree: Tree) {
    var total = 0.0
    var harmonic = 0.0
    var farthest = 0.0
    tree.forEachReached { _, distance in
      total += distance
      harmonic += 1 / distance
      farthest = max(farthest, distance)
    }
    reach[tree.source] = tree.reachedCount
    distanceSum[tree.source] = total
    harmonicSum[tree.source] = harmonic
    eccentricity[tree.source] = farthest
  }
}

/// One worker's shortest paths and dependency accumulation: levels on unweighted networks,
/// Dijkstra on weighted ones.
private final class SourcePaths {
  /// The search and the accumulation that goes with it.
  enum Tree {
    case unweighted(BreadthFirstLevels, LevelDependencyAccumulator)
    case weighted(ShortestPathTree, DependencyAccumulator)
  }

  let tree: Tree
  private let outgoing: AdjacencyView
  private let incoming: AdjacencyView

  init(network: Network, outgoing: AdjacencyView, incoming: AdjacencyView, directions: LevelDirections) {
    let n = network.actorCount
    self.outgoing = outgoing
    self.incoming = incoming
    if network.isWeighted {
      tree = .weighted(ShortestPathTree(actorCount: n, weighted: true), DependencyAccumulator(actorCount: n))
    } else {
      tree = .unweighted(
        BreadthFirstLevels(actorCount: n, incomingEntryCount: incoming.neighbors.count, directions: directions),
        LevelDependencyAccumulator(actorCount: n, directions: directions))
    }
  }

  /// The paths from `source`, and its dependencies added to `target` when there is one.
  func compute(from source: Int, dependencyInto target: UnsafeMutableBufferPointer<Double>?) {
    switch tree {
    case .unweighted(let levels, let dependencies):
      levels.compute(from: source, outgoing: outgoing, incoming: incoming)
      if let target { dependencies.accumulate(levels, outgoing: outgoing, incoming: incoming, into: target) }
    case .weighted(let tree, let dependencies):
      tree.compute(from: source, outgoing: outgoing, incoming: incoming)
      if let target { dependencies.accumulate(tree, incoming: incoming, into: target) }
    }
  }
}

/// A shared count that workers advance.
private final class Counter: Sendable {
  private let value = Mutex(0)

  /// Adds `amount` and returns the new total.
  func add(_ amount: Int) -> Int {
    value.withLock { value in
      value += amount
      return value
    }
  }
}
