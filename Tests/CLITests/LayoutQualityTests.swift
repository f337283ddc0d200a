import Foundation
import NetwerkkaartTestSupport
import Testing

/// The layout-quality measure (`Tests/Drawing/layout_quality.py`, python3 only) on a hand-made
/// SVG whose faults were counted by hand: one crossing, four ties under an actor, one pair of
/// overlapping actors, one label outside the canvas, 5 pt labels.
@Suite struct LayoutQualityTests {
  @Test func measureCountsTheHandMadeFaults() throws {
    let result = try CommandRunner.runExecutable(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "Tests/Drawing/layout_quality.py", "--self-check"])
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput == "self-check: ok\n", "\(result)")
  }
}
