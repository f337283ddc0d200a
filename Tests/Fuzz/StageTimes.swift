import Foundation

/// Where a reader's executions spend their CPU time, stage by stage: printed under each
/// reader's line of the fuzzer's table, so that a slow stage shows (Docs/Reliability.md has the
/// figures that led to running the stages after the reader once per distinct map). CPU time of
/// the fuzzing thread, not wall time: on a shared machine the wall clock mostly measures the
/// other processes.
struct StageTimes {
  /// The stages of one execution, in the order they run.
  enum Stage: Int, CaseIterable {
    case mutate, writeInput, read, digest, analysis, reports, drawing, roundTrip

    var name: String {
      switch self {
      case .mutate: "mutate"
      case .writeInput: "write input"
      case .read: "read"
      case .digest: "digest"
      case .analysis: "network+metrics+analysis"
      case .reports: "reports"
      case .drawing: "drawing"
      case .roundTrip: "round trip"
      }
    }
  }

  private var seconds = [Double](repeating: 0, count: Stage.allCases.count)
  private var last = Self.threadCPU()

  /// The CPU time the calling thread has used, in seconds.
  static func threadCPU() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// The CPU seconds charged to every stage.
  var total: Double { seconds.reduce(0, +) }

  /// Starts timing from now, without charging the time since the last lap to any stage.
  mutating func restart() { last = Self.threadCPU() }

  /// Charges the time since the last lap (or restart) to `stage`.
  mutating func lap(_ stage: Stage) {
    let now = Self.threadCPU()
    seconds[stage.rawValue] += now - last
    last = now
  }

  /// `read 12.3 s, write input 1.2 s, ...`: the stages that took any time, longest first.
  var summary: String {
    Stage.allCases.map { ($0.name, seconds[$0.rawValue]) }.filter { $0.1 >= 0.05 }.sorted { $0.1 > $1.1 }
      .map { "\($0.0) \(String(format: "%.1f", $0.1)) s" }.joined(separator: ", ")
  }
}
