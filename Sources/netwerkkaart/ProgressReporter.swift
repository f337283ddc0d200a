import Foundation
import Synchronization

/// Progress of long work on standard error: "paths: 4,096 / 20,000 actors · 6 s · about 23 s left".
///
/// Silent unless standard error is a terminal, and silent for work that ends within
/// ``quietPeriod``; updates at most four times a second and clears its line when done.
final class ProgressReporter: Sendable {
  /// Seconds of work before the first line: 2, or `NETWERKKAART_PROGRESS_AFTER` (the tests set 0
  /// to see the line on small maps).
  static let quietPeriod =
    ProcessInfo.processInfo.environment["NETWERKKAART_PROGRESS_AFTER"].flatMap(Double.init) ?? 2.0

  private struct State {
    var lastPrint = 0.0
    var printed = false
  }

  private let label: String
  /// What is counted: "actors", "maps".
  private let unit: String
  private let start = Date()
  private let state = Mutex(State())

  /// A reporter when standard error is a terminal, else `nil`.
  static func forTerminal(_ label: String, unit: String = "actors") -> ProgressReporter? {
    isatty(STDERR_FILENO) == 1 ? ProgressReporter(label: label, unit: unit) : nil
  }

  private init(label: String, unit: String) {
    self.label = label
    self.unit = unit
  }

  /// Reports `done` of `total`; called from worker threads.
  func update(_ done: Int, of total: Int) {
    let elapsed = Date().timeIntervalSince(start)
    guard elapsed >= Self.quietPeriod, total > 0 else { return }
    let line: String? = state.withLock { state in
      guard elapsed - state.lastPrint >= 0.25 || done == total else { return nil }
      state.lastPrint = elapsed
      state.printed = true
      let left = done > 0 ? elapsed * Double(total - done) / Double(done) : 0
      // trap-checked: elapsed and left are finite seconds of this run (0 < done <= total).
      let (seconds, secondsLeft) = (Int(elapsed), Int(left.rounded()))
      return "\r\(label): \(done) / \(total) \(unit) · \(seconds) s"
        + (done < total && done > 0 ? " · about \(secondsLeft) s left" : "") + "   "
    }
    if let line { DiagnosticPrinter.standardError(line) }
  }

  /// ``update(_:of:)`` as a callback for the library.
  var callback: @Sendable (Int, Int) -> Void { { [self] done, total in update(done, of: total) } }

  /// Clears the progress line, if one was printed.
  func finish() {
    let printed = state.withLock { $0.printed }
    if printed { DiagnosticPrinter.standardError("\r\u{1B}[K") }
  }
}
