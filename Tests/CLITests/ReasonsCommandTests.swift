import Foundation
import NetwerkkaartTestSupport
import Testing

/// The fifteen beweegredenen on the built binary: a map that records them validates (with a
/// warning for a contradicting motief), filters, compares and reports; a second wave that only
/// writes the same values in another case, language or as numbers differs in nothing.
@Suite struct ReasonsCommandTests {
  static let actors = "id,label,type\ns,School,school\na,A,clb\nb,B,universiteit\nc,C,bedrijf\n"
  /// s-a: motief taak, reasons 1 and 13; s-b: no motief, reason 8 (relatie); a-c: motief relatie
  /// but reason 11 (groei), a contradiction.
  static let ties =
    "source,target,frequentie,vorm,motief,beweegreden\ns,a,wekelijks,face-to-face,taak,1; 13\n"
    + "s,b,maandelijks,online,,8\na,c,jaarlijks,hybride,relatie,11\n"
  /// The same ties in other spellings: English values, other case, keys for numbers.
  static let respelled =
    "source,target,frequency,form,motive,reasons\ns,a,Weekly,In Person,Task,Subject-Teaching;professionalisering\n"
    + "s,b,monthly,ONLINE,,nieuwe-contacten\na,c,Yearly,hybrid,relationship,innovation\n"

  func maps() throws -> URL {
    let root = try folder([String: String]())
    for (name, ties) in [("golf1", Self.ties), ("golf2", Self.respelled)] {
      let map = root.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
      try Data(Self.actors.utf8).write(to: map.appendingPathComponent("actors.csv"))
      try Data(ties.utf8).write(to: map.appendingPathComponent("ties.csv"))
    }
    return root
  }

  @Test func validateWarnsAboutAContradictingMotive() throws {
    let root = try maps()
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try netwerkkaart(["validate", "golf1"], in: root)
    expectNoCrash(result)
    #expect(result.status == 0, "\(result)")
    #expect(
      result.standardOutput.contains("valid (4 actors, 3 tie records, 3 distinct ties; 0 errors, 1 warning)"),
      "\(result)")
    #expect(
      result.standardError.contains(
        "golf1/ties.csv:4: warning: motief \"relatie\" of the tie \"a\" - \"c\" contradicts its beweegreden 11"),
      "\(result)")
  }

  @Test func filtersByReasonAndByTheMotiveTheReasonsGive() throws {
    let root = try maps()
    defer { try? FileManager.default.removeItem(at: root) }
    func ties(_ filter: String) throws -> Int? {
      let result = try netwerkkaart(["metrics", "golf1", "--format", "json", "--ties", filter], in: root)
      #expect(result.status == 0, "\(result)")
      return try (parseJSON(result.standardOutput)["network"] as? [String: Any])?["ties"] as? Int
    }
    #expect(try ties("beweegreden=13") == 1)
    #expect(try ties("beweegreden=8|11") == 2)
    // s-b has no motief; its reason 8 makes it relatie, beside the recorded relatie of a-c.
    #expect(try ties("motief=relatie") == 2)
    #expect(try ties("motief=groei") == 0)
  }

  /// Shares by hand: three records; reasons 1, 8, 11, 13 once each (1/3), the others 0; motives
  /// taak 1/3 (s-a), relatie 2/3 (s-b from reason 8, a-c recorded), groei 0.
  @Test func compareShowsSharesPerReasonAndPerDimension() throws {
    let root = try maps()
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try netwerkkaart(["compare", "golf1", "golf2", "--format", "json"], in: root)
    #expect(result.status == 0, "\(result)")
    let maps = try #require(try parseJSON(result.standardOutput)["maps"] as? [[String: Any]])
    for map in maps {
      let reasons = try #require(map["reason_shares"] as? [String: Double])
      let third = 1.0 / 3.0
      let expected: [String: Double] = [
        "vakdidactiek": third, "nieuwe_contacten": third, "innovatie": third, "professionalisering": third,
      ]
      #expect(reasons.count == 16)
      for (key, share) in reasons {
        #expect(abs(share - (expected[key] ?? 0)) < 1e-12, "\(key)")
      }
      let motives = try #require(map["motive_shares"] as? [String: Double])
      #expect(abs((motives["taak"] ?? -1) - third) < 1e-12 && abs((motives["relatie"] ?? -1) - 2 * third) < 1e-12)
      #expect(motives["groei"] == 0 && motives["unknown"] == 0)
    }
    // English names each beweegreden by its English key, Dutch by its Dutch key.
    let table = try netwerkkaart(["compare", "golf1", "golf2", "--lang", "en"], in: root)
    #expect(table.standardOutput.contains("Ties by beweegreden"), "\(table)")
    #expect(table.standardOutput.contains("13 professional-development"), "\(table)")
    let dutch = try netwerkkaart(["compare", "golf1", "golf2", "--lang", "nl"], in: root)
    #expect(dutch.standardOutput.contains("Relaties naar beweegreden"), "\(dutch)")
    #expect(dutch.standardOutput.contains("13 professionalisering"), "\(dutch)")
  }

  @Test func theReportHasTheReasonTable() throws {
    let root = try maps()
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try netwerkkaart(["report", "golf1", "golf2", "-o", "rapport.html", "--lang", "nl"], in: root)
    #expect(result.status == 0, "\(result)")
    let html = try String(contentsOf: root.appendingPathComponent("rapport.html"), encoding: .utf8)
    #expect(html.contains("Relaties naar beweegreden"))
    #expect(html.contains("13 professionalisering"))
  }

  @Test func aWaveThatOnlyRespellsValuesHasNoChanges() throws {
    let root = try maps()
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try netwerkkaart(["diff", "golf1", "golf2", "--format", "json"], in: root)
    #expect(result.status == 0, "\(result)")
    let diff = try parseJSON(result.standardOutput)
    for key in ["actors_added", "actors_removed", "actor_changes", "ties_added", "ties_removed", "tie_changes"] {
      #expect((diff[key] as? [Any])?.isEmpty == true, "\(key): \(result.standardOutput)")
    }
    let text = try netwerkkaart(["diff", "golf1", "golf2"], in: root)
    #expect(text.standardOutput.contains("actors +0 −0, 0 changed · ties +0 −0, 0 changed"), "\(text)")
  }
}
