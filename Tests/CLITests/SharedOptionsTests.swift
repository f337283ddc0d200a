import Foundation
import NetwerkkaartTestSupport
import Testing

/// The options every command of a kind shares, defined once: `--threads` on every command that
/// computes shortest paths; `--from`, `--without-ego` and `--ties` filters on every command that
/// reads several maps.
@Suite struct SharedOptionsTests {
  /// Wave 1: s–a, a–b, s–b. Wave 2: s–a, a–b, b–c, with the new actor c.
  ///
  /// By hand: with the school s, b–c is new and s–b gone; without it (a, b, c remain) only b–c
  /// is new, and c is the one new actor either way.
  private func waves(extension name: String = "yaml") throws -> (URL, URL) {
    let directory = try folder([
      "golf1.\(name)": """
      actors:
        - {id: s, type: school}
        - {id: a}
        - {id: b}
      ties:
        - {source: s, target: a}
        - {source: a, target: b}
        - {source: s, target: b}
      """,
      "golf2.\(name)": """
      actors:
        - {id: s, type: school}
        - {id: a}
        - {id: b}
        - {id: c}
      ties:
        - {source: s, target: a}
        - {source: a, target: b}
        - {source: b, target: c}
      """,
    ])
    return (directory.appendingPathComponent("golf1.\(name)"), directory.appendingPathComponent("golf2.\(name)"))
  }

  private func pairs(_ list: Any?) -> Set<String> {
    Set(((list as? [[String: Any]]) ?? []).map { "\($0["source"] ?? "")-\($0["target"] ?? "")" })
  }

  @Test func diffLeavesOutTheEgo() throws {
    let (first, second) = try waves()
    let whole = try netwerkkaart("diff", first.path, second.path, "--format", "json")
    #expect(whole.status == 0, "\(whole)")
    let wholeJSON = try parseJSON(whole.standardOutput)
    #expect(pairs(wholeJSON["ties_added"]) == ["b-c"] && pairs(wholeJSON["ties_removed"]) == ["s-b"])
    let ego = try netwerkkaart("diff", first.path, second.path, "--without-ego", "--format", "json")
    #expect(ego.status == 0, "\(ego)")
    let json = try parseJSON(ego.standardOutput)
    #expect(pairs(json["ties_added"]) == ["b-c"] && pairs(json["ties_removed"]).isEmpty)
    #expect(((json["actors_added"] as? [[String: Any]]) ?? []).map { $0["id"] as? String } == ["c"])
    #expect(((json["after"] as? [String: Any])?["source"] as? String) == second.path + " [without the ego]")
  }

  @Test func withoutEgoNeedsASchoolOnEveryMultiMapCommand() throws {
    let map = try folder(["ties.csv": "source,target\na,b\n"])
    let html = map.appendingPathComponent("r.html").path
    for arguments in [
      ["diff", map.path, map.path], ["compare", map.path], ["report", map.path, "-o", html],
    ] {
      let result = try netwerkkaart(arguments + ["--without-ego"])
      #expect(result.status == 1, "\(result)")
      #expect(result.standardOutput.isEmpty || arguments[0] == "report", "\(result)")
      #expect(
        result.standardError.contains("\(map.path): error: --without-ego needs an actor of type 'school' to leave out"),
        "\(result)")
    }
  }

  /// Maps whose extension says nothing are read with `--from`, by every multi-map command, and
  /// give what the same maps named `.yaml` give.
  @Test func fromOnEveryMultiMapCommand() throws {
    let (first, second) = try waves(extension: "kaart")
    let (firstYAML, secondYAML) = try waves()
    let unknown = try netwerkkaart("diff", first.path, second.path)
    #expect(unknown.status == 1)
    #expect(unknown.standardError.contains("\(first.path): error: unknown file extension"), "\(unknown)")
    #expect(unknown.standardError.contains("or name the format with --from"), "\(unknown)")
    let diff = try netwerkkaart("diff", first.path, second.path, "--from", "yaml", "--format", "json")
    let expected = try netwerkkaart("diff", firstYAML.path, secondYAML.path, "--format", "json")
    #expect(diff.status == 0, "\(diff)")
    #expect(
      diff.standardOutput.replacingOccurrences(of: ".kaart", with: ".yaml")
        .replacingOccurrences(of: first.deletingLastPathComponent().path, with: "")
        == expected.standardOutput.replacingOccurrences(of: firstYAML.deletingLastPathComponent().path, with: ""))
    let compare = try netwerkkaart("compare", first.path, second.path, "--from", "yaml", "--format", "csv")
    #expect(compare.status == 0, "\(compare)")
    // A header and one row per map, before the conventions.
    let rows = compare.standardOutput.components(separatedBy: "\n\n")[0].components(separatedBy: "\n")
    #expect(
      rows.count == 3 && rows[1].hasPrefix("golf1.kaart,\(first.path),")
        && rows[2].hasPrefix("golf2.kaart,\(second.path),"), "\(rows)")
    let html = first.deletingLastPathComponent().appendingPathComponent("r.html").path
    let report = try netwerkkaart("report", first.path, second.path, "--from", "yaml", "-o", html)
    #expect(report.status == 0, "\(report)")
    #expect(report.standardOutput == "\(html): report of 2 maps\n")
  }

  /// The path commands take `--threads`; the output does not depend on it.
  @Test func threadsOnEveryPathCommand() throws {
    let example = "Examples/basisschool-de-linde"
    let second = "Examples/basisschool-de-linde-golf2"
    for arguments in [
      ["analyse", example, "--format", "json"], ["diff", example, second, "--format", "json"],
      ["metrics", example, "--format", "json"], ["compare", example, second, "--format", "json"],
    ] {
      let one = try netwerkkaart(arguments + ["--threads", "1"])
      let three = try netwerkkaart(arguments + ["--threads", "3"])
      #expect(one.status == 0 && three.status == 0, "\(one)")
      #expect(one.standardOutput == three.standardOutput, "\(arguments[0])")
      #expect(!one.standardOutput.isEmpty)
    }
    let out = try folder([String: String]())
    for command in ["report", "draw"] {
      let file = out.appendingPathComponent(command == "report" ? "r.html" : "d.svg").path
      let result = try netwerkkaart(command, example, "--threads", "2", "-o", file)
      #expect(result.status == 0, "\(result)")
      #expect(FileManager.default.fileExists(atPath: file))
    }
    for arguments in [
      ["analyse", example], ["diff", example, second], ["metrics", example], ["compare", example],
      ["report", example, "-o", out.appendingPathComponent("x.html").path],
      ["draw", example, "-o", out.appendingPathComponent("x.svg").path],
    ] {
      let refused = try netwerkkaart(arguments + ["--threads", "0"])
      #expect(refused.status == 64, "\(refused)")
      #expect(refused.standardError.contains("--threads must be 1 or more."), "\(refused)")
    }
  }
}
