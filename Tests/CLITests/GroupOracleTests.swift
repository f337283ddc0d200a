import Foundation
import NetwerkkaartTestSupport
import Testing

/// `netwerkkaart analyse` against `Tests/Oracle/groups.py` on 60 seeded random maps: Gould and
/// Fernandez's brokerage roles (a port of the loop of statnet's `sna::brokerage`, with our
/// undirected convention applied to statnet's counts), Krackhardt and Stern's E-I index of the
/// map, each group and each actor, and the densities within and between groups. The oracle needs
/// python3 only (no packages).
@Suite struct GroupOracleTests {
  @Test func agreesWithStatnetAndTheDefinitions() throws {
    let binary = CommandRunner.productsDirectory.appendingPathComponent("netwerkkaart").path
    let result = try CommandRunner.runExecutable(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", "Tests/Oracle/groups.py", "--binary", binary, "--count", "60"])
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.contains("groups: 60 maps, 0 mismatches"), "\(result)")
  }
}
