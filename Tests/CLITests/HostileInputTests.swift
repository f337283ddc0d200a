import Foundation
import NetwerkkaartTestSupport
import Testing

/// Hostile and huge input on the built binary (issue 17): what `validate` accepts every command
/// processes, and what it refuses every command refuses with the same message, never a trap.
@Suite struct HostileInputTests {
  /// A map of three actors whose ties carry `weights` (a–b, then b–c, then a–b again...).
  static func weightedMap(_ weights: [String]) throws -> URL {
    let pairs = [("a", "b"), ("b", "c")]
    let ties = weights.enumerated().map { "\(pairs[$0 % 2].0),\(pairs[$0 % 2].1),\($1)" }
    return try folder([
      "actors.csv": "id,role,type\na,kern,school\nb,omkadering,clb\nc,context,bedrijf\n",
      "ties.csv": "source,target,weight\n" + ties.joined(separator: "\n") + "\n",
    ])
  }

  /// Weights of 10^19 and more, and merged weights that would sum to infinity, trapped `draw`
  /// and `report` ("Double value cannot be converted to Int" in the DOT text) while `validate`
  /// accepted them. Now every command refuses them alike, naming the range.
  @Test(arguments: [["1e19"], ["1e300", "5", "1e300"], ["1.7e308", "1", "1.7e308"], ["1e-12"]])
  func weightsOutsideTheRangeAreRefusedByEveryCommand(weights: [String]) throws {
    let map = try Self.weightedMap(weights)
    let out = map.appendingPathComponent("out")
    for arguments in [
      ["validate", map.path], ["draw", map.path, "-o", out.path + ".dot"],
      ["report", map.path, "-o", out.path + ".html"], ["metrics", map.path],
    ] {
      let result = try netwerkkaart(arguments)
      expectNoCrash(result)
      #expect(result.status == 1, "\(arguments): \(result)")
      #expect(
        result.standardError.contains("is outside the range netwerkkaart reads (0.000000001 to 1000000000)"),
        "\(arguments): \(result)")
    }
  }

  /// The largest weight of the range, merged over many ties, is drawn and reported: the sum is
  /// written as a whole number in the DOT text.
  @Test func largestWeightsMergedAreDrawn() throws {
    let map = try Self.weightedMap(["1e9", "1", "1e9", "1", "1e9"])
    let dot = map.appendingPathComponent("map.dot").path
    let draw = try netwerkkaart("draw", map.path, "-o", dot)
    expectNoCrash(draw)
    #expect(draw.status == 0, "\(draw)")
    let text = try String(contentsOfFile: dot, encoding: .utf8)
    #expect(text.contains("3000000000"), "the merged weight 3·10^9 in the DOT text")
    let report = try netwerkkaart("report", map.path, "-o", map.appendingPathComponent("r.html").path)
    #expect(report.status == 0, "\(report)")
  }

  /// A 20-byte Pajek file declaring 30 million vertices allocated gigabytes and aborted; a DL
  /// file's `n=2147483648` the same. Both are refused before anything is allocated.
  @Test(arguments: [
    ("big.net", "*Vertices 30000000\n", "big.net:1: error: '*Vertices 30000000' declares more actors"),
    (
      "big.dl", "dl n=2147483648 format=edgelist1\ndata:\n1 2\n",
      "big.dl:1: error: 'n=2147483648' declares more actors"
    ),
    ("max.net", "*Vertices 9223372036854775807\n*Edges\n1 2\n", "max.net:1: error: '*Vertices 9223372036854775807'"),
  ])
  func hugeDeclaredCountsAreRefused(name: String, text: String, message: String) throws {
    let directory = try folder([name: text])
    let result = try netwerkkaart("validate", name, in: directory)
    expectNoCrash(result)
    #expect(result.status == 1, "\(result)")
    #expect(result.standardError.contains(message), "\(result)")
    #expect(result.standardError.contains("(at most 1 000 000)"), "\(result)")
  }

  /// A large declared count under the limit is still read (the actors are numbered 1 to n).
  @Test func largeDeclaredCountUnderTheLimitIsRead() throws {
    let directory = try folder(["wide.net": "*Vertices 100000\n*Edges\n1 100000\n"])
    let result = try netwerkkaart("validate", "wide.net", in: directory)
    expectNoCrash(result)
    #expect(result.status == 0, "\(result)")
  }

  /// `convert -o kaart.dl` wrote a full matrix at any size: n × n cells, 4·10^10 for 200 000 actors.
  /// Above 25 000 000 cells it is refused, naming the edge-list layout, which then writes it.
  @Test func fullMatrixPastTheLimitIsRefused() throws {
    let directory = try folder(["wide.net": "*Vertices 5001\n*Edges\n1 2\n5001 3\n"])
    let refused = try netwerkkaart("convert", "wide.net", "-o", "wide.dl", in: directory)
    expectNoCrash(refused)
    #expect(refused.status == 1, "\(refused)")
    #expect(
      refused.standardError.contains(
        "wide.dl: error: a full matrix of 5 001 actors would be 25 010 001 cells, more than netwerkkaart writes (25 000 000, 5 000 actors in one relation); write one line per tie with --dl-format edgelist1, or choose another format (graphml, net)"
      ), "\(refused)")
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("wide.dl").path))
    let listed = try netwerkkaart(
      "convert", "wide.net", "--to", "ucinet", "--dl-format", "edgelist1", "-o", "wide.dl", in: directory)
    #expect(listed.status == 0, "\(listed)")
    let text = try String(contentsOf: directory.appendingPathComponent("wide.dl"), encoding: .utf8)
    #expect(text.hasPrefix("dl n=5001 format=edgelist1\n"), "\(text.prefix(80))")
    #expect(text.hasSuffix("data:\n1 2 1\n5001 3 1\n"), "\(text.suffix(80))")
  }
}
