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

  /// The workers are held at their first progress report (64 sources each) until the task is
  /// cancelled, so the test does not depend on how busy the machine is; once released, each
  /// worker must stop at its next source: no source is reported after the cancellation, and
  /// the task throws `CancellationError`. Without the check the sweep would run all 2000.
  @Test func cancellingStopsTheSweepPromptly() async throws {
    let n = 2000
    let network = Network(
      actorCount: n, edges: RandomNetworks.edges(actors: n, probability: 0.005, directed: false, seed: 11))
    let done = Mutex<Int>(0)
    let released = Mutex(false)
    let task = Task {
      try await MetricsTable.computing(
        network, threads: 2,
        progress: { count, _ in
          done.withLock { $0 = max($0, count) }
          while !released.withLock({ $0 }) { Thread.sleep(forTimeInterval: 0.001) }
        })
    }
    // A full parallel test run can keep every thread of the cooperative pool busy for minutes
    // before the task starts: wait for it, within a bound that only a hang exceeds.
    let deadline = ContinuousClock.now + .seconds(1800)
    while done.withLock({ $0 }) == 0 && ContinuousClock.now < deadline {
      try await Task.sleep(nanoseconds: 10_000_000)
    }
    task.cancel()
    let doneAtCancel = done.withLock { $0 }
    released.withLock { $0 = true }
    let outcome = await task.result
    let doneAtEnd = done.withLock { $0 }
    #expect(throws: CancellationError.self) { try outcome.get() }
    #expect(doneAtCancel > 0 && doneAtCancel <= 2 * 64)
    #expect(doneAtEnd <= 2 * 64, "\(doneAtCancel) sources done at the cancellation, \(doneAtEnd) at the end")
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
