import Foundation
import Synchronization

extension MetricsTable {
  /// Computes the table of `network` on a thread of its own, and stops when the calling task is
  /// cancelled.
  ///
  /// The path sweep, the part whose time grows fastest (O(n·m)), asks between sources whether
  /// the task was cancelled; it then stops within one shortest-path tree per worker and this
  /// function throws `CancellationError`. Uncancelled, the result equals
  /// ``init(_:threads:approximation:extended:progress:)`` with the same arguments.
  ///
  /// ```swift
  /// let task = Task { try await MetricsTable.computing(network) }
  /// task.cancel()                 // e.g. the user closed the window
  /// _ = try? await task.value     // throws CancellationError, promptly
  /// ```
  ///
  /// - Throws: `CancellationError` when the task is cancelled before or while the table is
  ///   computed.
  public static func computing(
    _ network: Network, threads: Int? = nil, approximation: Approximation? = nil, extended: Bool = false,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) async throws -> MetricsTable {
    try Task.checkCancellation()
    let flag = CancellationFlag()
    let table = await withTaskCancellationHandler {
      await withCheckedContinuation { (continuation: CheckedContinuation<MetricsTable, Never>) in
        // A thread of its own: the computation neither blocks a thread of Swift's cooperative
        // pool for its duration nor waits for a free one in a busy Dispatch pool.
        let thread = Thread {
          continuation.resume(
            returning: MetricsTable(
              network, threads: threads, approximation: approximation, extended: extended, progress: progress,
              isCancelled: { flag.isSet }))
        }
        thread.stackSize = 8 << 20
        thread.start()
      }
    } onCancel: {
      flag.set()
    }
    // A sweep that stopped early left an incomplete table: never hand it out.
    if flag.isSet { throw CancellationError() }
    return table
  }
}

/// A flag that a task's cancellation handler raises and the sweep's workers read.
private final class CancellationFlag: Sendable {
  private let raised = Mutex(false)

  var isSet: Bool { raised.withLock { $0 } }

  func set() { raised.withLock { $0 = true } }
}
