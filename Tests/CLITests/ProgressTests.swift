import Foundation
import NetwerkkaartTestSupport
import Testing

/// Progress lines on standard error: only when it is a terminal. `script` (util-linux) gives the
/// command a pseudo-terminal and prints what the command wrote to it; the quiet period is set to
/// 0 so that a small map shows the line.
@Suite struct ProgressTests {
  let binary = CommandRunner.productsDirectory.appendingPathComponent("netwerkkaart").path
  let environment = ProcessInfo.processInfo.environment.merging(["NETWERKKAART_PROGRESS_AFTER": "0"]) { $1 }

  /// Runs `arguments` with standard error on a terminal and standard output to /dev/null; returns
  /// what reached the terminal.
  func onTerminal(_ arguments: String) throws -> CommandResult {
    let script = URL(fileURLWithPath: "/usr/bin/script")
    let command = "'\(binary)' \(arguments) > /dev/null"
    return try CommandRunner.runExecutable(script, ["-qec", command, "/dev/null"], environment: environment)
  }

  /// `Benchmarks/data/small.csv` has 40 actors and 76 ties: the sweep ends with "40 / 40"; the
  /// report counts maps.
  @Test(arguments: [
    ("metrics", "shortest paths: 40 / 40 actors"), ("analyse", "shortest paths: 40 / 40 actors"),
    ("compare", "shortest paths: 40 / 40 actors"), ("diff", "shortest paths: 40 / 40 actors"),
    ("report", "report: 1 / 1 maps"),
  ])
  func terminalShowsProgress(command: String, line: String) throws {
    try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux script is missing")
    let map = "Benchmarks/data/small.csv"
    let arguments: String
    switch command {
    case "diff": arguments = "diff \(map) \(map)"
    case "report":
      let output = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString).html")
      arguments = "report \(map) -o '\(output.path)'"
    default: arguments = "\(command) \(map)"
    }
    let result = try onTerminal(arguments)
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.contains(line), "\(result)")
    // The line is cleared when the work is done.
    #expect(result.standardOutput.contains("\r\u{1B}[K"), "\(result)")
  }

  @Test(arguments: ["metrics", "analyse"])
  func pipeShowsNone(command: String) throws {
    let result = try CommandRunner.runExecutable(
      URL(fileURLWithPath: binary), [command, "Benchmarks/data/small.csv"], environment: environment)
    #expect(result.status == 0)
    #expect(!result.standardError.contains("shortest paths"), "\(result)")
    #expect(!result.standardError.contains("\u{1B}"), "\(result)")
  }
}
