import Foundation
import NetwerkkaartTestSupport
import Testing

/// Interoperability with the programs researchers use, checked with their own libraries
/// (`Tests/Interop/interop.py`): NetworkX reads our GraphML and node-link JSON and finds the same
/// graph and attributes; we read GraphML written by NetworkX and igraph and workbooks written by
/// openpyxl; our GEXF validates against the GEXF 1.3 schema (lxml); a public UCINET DL file reads
/// as published.
///
/// Needs python3 with networkx, igraph, openpyxl and lxml (`.ci/install` installs them). Where
/// they are missing the test is skipped, unless NETWERKKAART_REQUIRE_ORACLES=1 (set by
/// `.ci/run`) makes it fail.
@Suite struct InteropTests {
  static var librariesAvailable: Bool {
    let probe = try? CommandRunner.runExecutable(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import networkx, igraph, openpyxl, lxml"])
    return probe?.status == 0
  }

  @Test(
    .enabled(
      if: DifferentialTests.oraclesRequired || librariesAvailable,
      "python3 with networkx, igraph, openpyxl and lxml not found; run .ci/install"))
  func otherProgramsReadAndWriteTheSameMaps() throws {
    let result = try Self.runScript("Tests/Interop/interop.py")
    #expect(result.status == 0, "\(result)")
    let summary = result.standardOutput.split(separator: "\n").last {
      $0.hasPrefix("interop: ") && $0.contains(" checks, ")
    }
    #expect(summary?.hasSuffix(" checks, 0 failures") == true, "\(result)")
  }

  /// Runs a Python check script of `Tests/Interop/` on the built binary.
  static func runScript(_ script: String) throws -> CommandResult {
    let binary = CommandRunner.productsDirectory.appendingPathComponent("netwerkkaart").path
    return try CommandRunner.runExecutable(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, "--binary", binary])
  }
}
