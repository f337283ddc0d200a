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

  /// A network whose sweep takes seconds, cancelled once its first sources are reported: the
  /// sweep stops within the trees its workers are growing. Measured in sources, not seconds, since
  /// a machine busy with other tests may delay any task by seconds: after the cancellation no
  /// more than one progress batch (64 sources) per worker is reported, and far fewer sources
  /// than actors are done.
  @Test func cancellingStopsTheSweepPromptly() async throws {
    let n = 6000
    let network = Network(
      actorCount: n, edges: RandomNetworks.edges(actors: n, probability: 0.002, directed: false, seed: 11))
    let done = Mutex<Int>(0)
    let task = Task {
      try await MetricsTable.computing(
        network, threads: 2,
        progress: { count, _ in
          done.withLock { $0 = max($0, count) }
        })
    }
    // Cancel once the sweep has reported its first sources, on a fast machine as on a slow one.
    let deadline = ContinuousClock.now + .seconds(300)
    while done.withLock({ $0 }) == 0 && ContinuousClock.now < deadline {
      try await Task.sleep(nanoseconds: 10_000_000)
    }
    task.cancel()
    let doneAtCancel = done.withLock { $0 }
    let outcome = await task.result
    let doneAtEnd = done.withLock { $0 }
    #expect(throws: CancellationError.self) { try outcome.get() }
    #expect(
      doneAtEnd - doneAtCancel <= 2 * 64, "\(doneAtCancel) sources done at the cancellation, \(doneAtEnd) at the end")
    #expect(doneAtCancel > 0 && doneAtEnd < n / 2)
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
