import Foundation
import NetwerkkaartTestSupport
import Testing

/// `--ties` filters (and `--without-ego`) on the commands that read several maps.
@Suite struct MultiMapFilterTests {
  /// Wave 1: s–a taak, s–b groei, a–b groei. Wave 2: s–a groei, s–b groei, a–b taak, b–c groei.
  /// Among the groei ties only: wave 1 has {s–b, a–b}, wave 2 {s–a, s–b, b–c}, so s–a and b–c
  /// appear and a–b disappears (it became a taak tie); without the filter s–a and a–b only
  /// changed their motive and b–c is the one new tie.
  @Test func diffComparesTheFilteredTies() throws {
    let actors = "id,type\ns,school\na,clb\nb,bedrijf\nc,ouders\n"
    let first = try folder(["actors.csv": actors, "ties.csv": "source,target,motief\ns,a,taak\ns,b,groei\na,b,groei\n"])
    let second = try folder([
      "actors.csv": actors, "ties.csv": "source,target,motief\ns,a,groei\ns,b,groei\na,b,taak\nb,c,groei\n",
    ])
    func pairs(_ list: Any?) -> Set<String> {
      Set(((list as? [[String: Any]]) ?? []).map { "\($0["source"] ?? "")-\($0["target"] ?? "")" })
    }
    let filtered = try netwerkkaart("diff", first.path, second.path, "--ties", "motief=groei", "--format", "json")
    #expect(filtered.status == 0, "\(filtered)")
    let json = try parseJSON(filtered.standardOutput)
    #expect(pairs(json["ties_added"]) == ["s-a", "b-c"])
    #expect(pairs(json["ties_removed"]) == ["a-b"])
    #expect(((json["before"] as? [String: Any])?["source"] as? String)?.hasSuffix("[ties: motief=groei]") == true)
    let all = try parseJSON(try netwerkkaart("diff", first.path, second.path, "--format", "json").standardOutput)
    #expect(pairs(all["ties_added"]) == ["b-c"] && pairs(all["ties_removed"]).isEmpty)
    #expect(pairs(all["tie_changes"]) == ["s-a", "a-b"])
    // A ties file is not a filter here.
    #expect(try netwerkkaart("diff", first.path, second.path, "--ties", first.path + "/ties.csv").status == 64)
  }

  /// The report of the example without its school and with the taak ties only: no row or drawing
  /// group for the school, and the heading says what was analysed.
  @Test func reportTakesFiltersAndWithoutEgo() throws {
    let out = try folder([String: String]()).appendingPathComponent("r.html")
    let result = try netwerkkaart(
      "report", "Examples/basisschool-de-linde", "--without-ego", "--ties", "motief=taak", "-o", out.path)
    #expect(result.status == 0, "\(result)")
    let html = try String(contentsOf: out, encoding: .utf8)
    #expect(html.contains("data-actor=\"m1-actor-directeur\""))
    #expect(!html.contains("m1-actor-school\""))
    #expect(html.contains("[ties: motief=taak] [without the ego]"))
    let typo = try netwerkkaart("report", "Examples/basisschool-de-linde", "--ties", "motief=groie", "-o", out.path)
    #expect(typo.status == 1 && typo.standardError.contains("did you mean \"groei\"?"), "\(typo)")
  }
}
