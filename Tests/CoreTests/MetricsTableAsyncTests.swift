import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Synchronization
import Testing

/// ``MetricsTable/computing(_:threads:approximation:extended:progress:)``: the same table as the
/// synchronous initializer, and a prompt `CancellationError` when its task is cancelled.
@Suite struct MetricsTableAsyncTests {
  @Test(arguments: [false, true])
  func equalsTheSynchronousTable(weighted: Bool) async throws {
    let edges = RandomNetworks.edges(actors: 120, probability: 0.05, directed: false, seed: 7)
    let network = Network(actorCount: 120, edges: edges, weighted: weighted)
    let table = try await MetricsTable.computing(network, threads: 2, extended: true)
    let expected = MetricsTable(network, threads: 2, extended: true)
    #expect(table.columns == expected.columns)
    #expect(table.figures == expected.figures)
  }

  /// A network whose sweep takes many seconds in a debug build; cancelled after 0.2 s, the
  /// task ends well before the sweep could have.
  @Test func cancellingStopsTheSweepPromptly() async throws {
    let n = 6000
    let network = Network(
      actorCount: n, edges: RandomNetworks.edges(actors: n, probability: 0.002, directed: false, seed: 11))
    let done = Mutex<Int>(0)
    let task = Task {
      try await MetricsTable.computing(
        network, threads: 2,
        progress: { count, _ in
          done.withLock { $0 = count }
        })
    }
    try await Task.sleep(nanoseconds: 200_000_000)
    let cancelled = ContinuousClock.now
    task.cancel()
    let outcome = await task.result
    let waited = ContinuousClock.now - cancelled
    #expect(throws: CancellationError.self) { try outcome.get() }
    #expect(waited < .seconds(2), "took \(waited) to stop")
    // The sweep stopped part-way: fewer sources than actors were finished.
    #expect(done.withLock { $0 } < n)
  }

  @Test func anAlreadyCancelledTaskDoesNotStart() async {
    let network = Network(actorCount: 3, edges: [Network.Edge(0, 1), Network.Edge(1, 2)])
    let task = Task {
      withUnsafeCurrentTask { $0?.cancel() }
      return try await MetricsTable.computing(network)
    }
    await #expect(throws: CancellationError.self) { try await task.value }
  }
}
