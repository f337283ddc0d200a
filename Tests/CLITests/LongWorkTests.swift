import Foundation
import NetwerkkaartTestSupport
import Testing

/// Saying when work will be long (issue 17): progress also when standard error is not a
/// terminal, an estimate before exact paths on very large maps, slow layouts refused on maps
/// they will not finish, and reader failures in words.
@Suite struct LongWorkTests {
  static let binary = CommandRunner.productsDirectory.appendingPathComponent("netwerkkaart")

  static func run(_ arguments: [String], environment extra: [String: String]) throws -> CommandResult {
    let environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
    return try CommandRunner.runExecutable(binary, arguments, environment: environment)
  }

  /// A batch job's log got nothing during hours of `metrics`; now a plain line a minute (here
  /// after 0 s), no terminal control sequences.
  @Test(arguments: ["metrics", "analyse"])
  func progressReachesALog(command: String) throws {
    let result = try Self.run(
      [command, "Examples/basisschool-de-linde"], environment: ["NETWERKKAART_PROGRESS_LOG_AFTER": "0"])
    #expect(result.status == 0, "\(result)")
    #expect(result.standardError.contains("netwerkkaart: shortest paths: "), "\(result)")
    #expect(result.standardError.contains(" / 30 actors · "), "\(result)")
    #expect(!result.standardError.contains("\u{1B}") && !result.standardError.contains("\r"), "\(result)")
  }

  /// Before exact paths that take minutes: the estimate and the hint to use --approximate
  /// (the threshold lowered to 1 step for De Linde's 30 actors and 58 ties).
  @Test func estimateBeforeLongExactPaths() throws {
    let environment = ["NETWERKKAART_PATH_ESTIMATE_ABOVE": "1"]
    let exact = try Self.run(["metrics", "Examples/basisschool-de-linde"], environment: environment)
    #expect(exact.status == 0, "\(exact)")
    #expect(
      exact.standardError.contains(
        "netwerkkaart: note: exact shortest paths from each of 30 actors over 58 ties take about 1 minute; add --approximate 0.05 for estimates in seconds"
      ), "\(exact)")
    let approximate = try Self.run(
      ["metrics", "Examples/basisschool-de-linde", "--approximate", "0.1"], environment: environment)
    #expect(!approximate.standardError.contains("exact shortest paths"), "\(approximate)")
  }

  /// `draw --layout dot|circo` ran for minutes or hours on thousands of actors; above 5 000 it
  /// is refused, naming the fast layouts.
  @Test(arguments: ["dot", "circo"])
  func slowLayoutsAreRefusedOnLargeMaps(layout: String) throws {
    let ties = (1...5_001).map { "a\($0),a\($0 % 5_001 + 1)" }.joined(separator: "\n")
    let map = try folder(["ties.csv": "source,target\n" + ties + "\n"])
    let result = try netwerkkaart("draw", map.path, "--layout", layout, "-o", map.appendingPathComponent("x.svg").path)
    expectNoCrash(result)
    #expect(result.status == 1, "\(result)")
    #expect(
      result.standardError.contains(
        "error: --layout \(layout) does not finish on 5001 actors (hours above a few thousand); --layout rings, neato or sfdp draw thousands of actors in seconds"
      ), "\(result)")
  }

  /// "XML parser error 76" and "89" told nobody what to fix.
  @Test(arguments: [
    (
      "<?xml version=\"1.0\"?><graphml><graph><node id=\"a\"/></graph></graphmlx>",
      "a closing tag does not match its opening tag"
    ),
    (
      "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"&a;\">]><graphml>&a;</graphml>",
      "an entity refers to itself (an entity loop)"
    ),
  ])
  func xmlFailuresAreNamed(text: String, reason: String) throws {
    let directory = try folder(["kaart.graphml": text])
    let result = try netwerkkaart("validate", "kaart.graphml", in: directory)
    #expect(result.status == 1)
    #expect(result.standardError.contains("error: not well-formed XML: \(reason)"), "\(result)")
    #expect(!result.standardError.contains("XML parser error"), "\(result)")
  }
}
