import Foundation
import NetwerkkaartCore
import Synchronization

/// Progress of long work on standard error: "paths: 4,096 / 20,000 actors · 6 s · about 23 s left".
///
/// On a terminal, one line rewritten in place after ``quietPeriod``, at most four times a
/// second, cleared when done. Elsewhere (a log, a pipe, a batch job) plain lines, the first
/// after ``logQuietPeriod`` (a minute) and then one a minute, so that long work is never silent.
final class ProgressReporter: Sendable {
  /// Seconds of work before the first line on a terminal: 2, or `NETWERKKAART_PROGRESS_AFTER`
  /// (the tests set 0 to see the line on small maps).
  static let quietPeriod =
    ProcessInfo.processInfo.environment["NETWERKKAART_PROGRESS_AFTER"].flatMap(Double.init) ?? 2.0

  /// Seconds of work before the first line when standard error is not a terminal, and between
  /// lines: 60, or `NETWERKKAART_PROGRESS_LOG_AFTER`.
  static let logQuietPeriod =
    ProcessInfo.processInfo.environment["NETWERKKAART_PROGRESS_LOG_AFTER"].flatMap(Double.init) ?? 60.0

  private struct State {
    var lastPrint = 0.0
    var printed = false
  }

  private let label: String
  /// What is counted: "actors", "maps".
  private let unit: String
  /// Whether standard error is a terminal (a line rewritten in place) or not (plain lines).
  private let onTerminal: Bool
  private let start = Date()
  private let state = Mutex(State())

  /// A reporter for work that is starting; quiet until the work has lasted a while.
  static func start(_ label: String, unit: String = "actors") -> ProgressReporter? {
    ProgressReporter(label: label, unit: unit, onTerminal: isatty(STDERR_FILENO) == 1)
  }

  private init(label: String, unit: String, onTerminal: Bool) {
    self.label = label
    self.unit = unit
    self.onTerminal = onTerminal
  }

  /// Reports `done` of `total`; called from worker threads.
  func update(_ done: Int, of total: Int) {
    let elapsed = Date().timeIntervalSince(start)
    let quiet = onTerminal ? Self.quietPeriod : Self.logQuietPeriod
    guard elapsed >= quiet, total > 0 else { return }
    let line: String? = state.withLock { state in
      let interval = onTerminal ? 0.25 : Self.logQuietPeriod
      guard elapsed - state.lastPrint >= interval || (done == total && onTerminal) || !state.printed else {
        return nil
      }
      state.lastPrint = elapsed
      state.printed = true
      let left = done > 0 ? elapsed * Double(total - done) / Double(done) : 0
      // trap-checked: elapsed and left are finite seconds of this run (0 < done <= total).
      let (seconds, secondsLeft) = (Int(elapsed), Int(left.rounded()))
      let text =
        "\(label): \(done) / \(total) \(unit) · \(seconds) s"
        + (done < total && done > 0 ? " · about \(secondsLeft) s left" : "")
      return onTerminal ? "\r" + text + "   " : "netwerkkaart: " + text + "\n"
    }
    if let line { DiagnosticPrinter.standardError(line) }
  }

  /// ``update(_:of:)`` as a callback for the library.
  var callback: @Sendable (Int, Int) -> Void { { [self] done, total in update(done, of: total) } }

  /// Clears the progress line, if one was printed on a terminal.
  func finish() {
    let printed = state.withLock { $0.printed }
    if printed && onTerminal { DiagnosticPrinter.standardError("\r\u{1B}[K") }
  }

  /// Shortest-path steps (actors × ties) above which exact paths take minutes on a laptop:
  /// 5·10^9, or `NETWERKKAART_PATH_ESTIMATE_ABOVE` (the tests set 1).
  static let longPathWork =
    ProcessInfo.processInfo.environment["NETWERKKAART_PATH_ESTIMATE_ABOVE"].flatMap(Double.init) ?? 5_000_000_000.0

  /// A note before exact shortest paths that will take minutes, with the way to go faster;
  /// `nil` for work that is quick.
  static func pathEstimate(actors: Int, ties: Int, approximate: Bool) -> Wording? {
    let steps = Double(actors) * Double(max(ties, 1))
    guard !approximate, steps >= longPathWork else { return nil }
    // About 10^8 path steps a second on one core of a 2024 laptop (Docs/Performance.md).
    let minutes = max(1, (steps / 1e8 / Double(max(1, ProcessInfo.processInfo.activeProcessorCount)) / 60).rounded())
    let count = String(format: "%.0f", minutes)
    return Wording(
      "netwerkkaart: note: exact shortest paths from each of \(actors) actors over \(ties) ties take about \(count) minute\(minutes == 1 ? "" : "s"); add --approximate 0.05 for estimates in seconds\n",
      dutch:
        "netwerkkaart: note: exacte kortste paden vanuit elk van de \(actors) actoren over \(ties) relaties duren ongeveer \(count) \(minutes == 1 ? "minuut" : "minuten"); voeg --approximate 0.05 toe voor schattingen in enkele seconden\n"
    )
  }
}
