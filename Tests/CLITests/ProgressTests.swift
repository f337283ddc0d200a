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

  /// The example De Linde has 30 actors (so has its second wave): the sweep ends with "30 / 30";
  /// the report counts maps.
  @Test(arguments: [
    ("metrics", "shortest paths: 30 / 30 actors"), ("analyse", "shortest paths: 30 / 30 actors"),
    ("compare", "shortest paths: 30 / 30 actors"), ("diff", "shortest paths: 30 / 30 actors"),
    ("report", "report: 1 / 1 maps"),
  ])
  func terminalShowsProgress(command: String, line: String) throws {
    try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux script is missing")
    let map = "Examples/basisschool-de-linde"
    let arguments: String
    switch command {
    case "diff": arguments = "diff \(map) \(map)-golf2"
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
      URL(fileURLWithPath: binary), [command, "Examples/basisschool-de-linde"], environment: environment)
    #expect(result.status == 0)
    #expect(!result.standardError.contains("shortest paths"), "\(result)")
    #expect(!result.standardError.contains("\u{1B}"), "\(result)")
  }
}
