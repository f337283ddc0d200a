import Foundation
import NetwerkkaartTestSupport
import Testing

/// `netwerkkaart diff` on the built binary. A seeded script (`Tests/Waves/make_wave.py`, plain
/// python3) builds a second wave of `Examples/basisschool-de-linde` and writes the changes it
/// made; `diff --format json` must report exactly those changes, the per-actor metrics must be the
/// two `metrics --format json` runs side by side, and the drawing must carry the classes `added`
/// and `removed` on exactly the changed actors and ties.
@Suite struct DiffCommandTests {
  static let firstWave = "Examples/basisschool-de-linde"

  /// What the script says it changed, as sets (undirected pairs sorted).
  struct Changes: Equatable {
    var actorsAdded: Set<String> = []
    var actorsRemoved: Set<String> = []
    /// "id|field|before|after", `nil` written as `∅`.
    var actorChanges: Set<String> = []
    var tiesAdded: Set<[String]> = []
    var tiesRemoved: Set<[String]> = []
    /// "a|b|field|before|after".
    var tieChanges: Set<String> = []
  }

  static func text(_ value: Any?) -> String { (value as? String) ?? "∅" }

  static func pair(_ a: Any?, _ b: Any?) -> [String] { [text(a), text(b)].sorted() }

  /// Runs the script for `seed`; returns the new wave's folder and the changes it wrote.
  static func secondWave(seed: Int) throws -> (folder: URL, changes: Changes) {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("netwerkkaart-wave-\(UUID().uuidString)")
    let script = try CommandRunner.runExecutable(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", "Tests/Waves/make_wave.py", String(seed), firstWave, out.path])
    try #require(script.status == 0, "\(script)")
    let json = try parseJSON(
      String(decoding: try Data(contentsOf: out.appendingPathComponent("changes.json")), as: UTF8.self))
    var changes = Changes()
    changes.actorsAdded = Set(json["actors_added"] as? [String] ?? [])
    changes.actorsRemoved = Set(json["actors_removed"] as? [String] ?? [])
    for change in json["actor_changes"] as? [[String: Any]] ?? [] {
      changes.actorChanges.insert(
        [text(change["id"]), text(change["field"]), text(change["before"]), text(change["after"])].joined(
          separator: "|"))
    }
    changes.tiesAdded = Set((json["ties_added"] as? [[String]] ?? []).map { $0.sorted() })
    changes.tiesRemoved = Set((json["ties_removed"] as? [[String]] ?? []).map { $0.sorted() })
    for change in json["tie_changes"] as? [[String: Any]] ?? [] {
      let ends = (change["pair"] as? [String] ?? []).sorted()
      changes.tieChanges.insert(
        (ends + [text(change["field"]), text(change["before"]), text(change["after"])]).joined(separator: "|"))
    }
    // The script really changed something of every kind.
    #expect(changes.actorsAdded.count == 2 && changes.actorsRemoved.count == 2 && changes.actorChanges.count == 4)
    #expect(!changes.tiesAdded.isEmpty && !changes.tiesRemoved.isEmpty && changes.tieChanges.count == 3)
    return (out, changes)
  }

  /// What `diff --format json` reports, in the same form.
  static func reported(_ json: [String: Any]) -> Changes {
    var changes = Changes()
    changes.actorsAdded = Set((json["actors_added"] as? [[String: Any]] ?? []).map { text($0["id"]) })
    changes.actorsRemoved = Set((json["actors_removed"] as? [[String: Any]] ?? []).map { text($0["id"]) })
    for actor in json["actor_changes"] as? [[String: Any]] ?? [] {
      for field in actor["changes"] as? [[String: Any]] ?? [] {
        changes.actorChanges.insert(
          [text(actor["id"]), text(field["field"]), text(field["before"]), text(field["after"])].joined(separator: "|"))
      }
    }
    changes.tiesAdded = Set((json["ties_added"] as? [[String: Any]] ?? []).map { pair($0["source"], $0["target"]) })
    changes.tiesRemoved = Set((json["ties_removed"] as? [[String: Any]] ?? []).map { pair($0["source"], $0["target"]) })
    for tie in json["tie_changes"] as? [[String: Any]] ?? [] {
      for field in tie["changes"] as? [[String: Any]] ?? [] {
        changes.tieChanges.insert(
          (pair(tie["source"], tie["target"]) + [text(field["field"]), text(field["before"]), text(field["after"])])
            .joined(separator: "|"))
      }
    }
    return changes
  }

  @Test(arguments: [1, 2, 2026])
  func reportsExactlyTheSeededChanges(seed: Int) throws {
    let (wave, expected) = try Self.secondWave(seed: seed)
    let result = try netwerkkaart("diff", Self.firstWave, wave.path, "--format", "json")
    #expect(result.status == 0, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    let json = try parseJSON(result.standardOutput)
    let reported = Self.reported(json)
    #expect(reported.actorsAdded == expected.actorsAdded)
    #expect(reported.actorsRemoved == expected.actorsRemoved)
    #expect(reported.actorChanges == expected.actorChanges)
    #expect(reported.tiesAdded == expected.tiesAdded)
    #expect(reported.tiesRemoved == expected.tiesRemoved)
    #expect(reported.tieChanges == expected.tieChanges)
    #expect((json["after"] as? [String: Any])?["metadata"] as? [String: String] == ["wave": "2"])
  }

  /// Every actor in both waves, every metric: before and after are what `metrics --format json`
  /// prints for each wave, the change their difference; the map figures likewise.
  @Test(arguments: [3, 11])
  func metricChangesAreTheDifferenceOfTheTwoMetricsRuns(seed: Int) throws {
    let (wave, changes) = try Self.secondWave(seed: seed)
    let diff = try parseJSON(try netwerkkaart("diff", Self.firstWave, wave.path, "--format", "json").standardOutput)
    let before = try parseJSON(try netwerkkaart("metrics", Self.firstWave, "--format", "json").standardOutput)
    let after = try parseJSON(try netwerkkaart("metrics", wave.path, "--format", "json").standardOutput)
    func byID(_ metrics: [String: Any]) -> [String: [String: Any]] {
      Dictionary(
        uniqueKeysWithValues: (metrics["actors"] as? [[String: Any]] ?? []).map { (Self.text($0["id"]), $0) })
    }
    let (old, new) = (byID(before), byID(after))
    let rows = diff["actor_metrics"] as? [[String: Any]] ?? []
    let inBoth = Set(old.keys).intersection(new.keys)
    #expect(Set(rows.map { Self.text($0["id"]) }) == inBoth)
    #expect(inBoth.count == old.count - changes.actorsRemoved.count)
    let keys = [
      "degree", "degree_centrality", "betweenness", "betweenness_normalized", "closeness", "harmonic_closeness",
    ]
    for row in rows {
      let id = Self.text(row["id"])
      for key in keys {
        let entry = try #require(row[key] as? [String: Any], "\(id) \(key)")
        let (b, a, c) = (entry["before"] as? Double, entry["after"] as? Double, entry["change"] as? Double)
        let expectedBefore = try #require(old[id]?[key] as? Double)
        let expectedAfter = try #require(new[id]?[key] as? Double)
        #expect(b == expectedBefore, "\(id) \(key)")
        #expect(a == expectedAfter, "\(id) \(key)")
        #expect(abs((c ?? .nan) - (expectedAfter - expectedBefore)) < 1e-12, "\(id) \(key)")
      }
    }
    let network = try #require(diff["network"] as? [String: [String: Any]])
    for key in ["actors", "ties", "density", "components"] {
      let oldValue = try #require((before["network"] as? [String: Any])?[key] as? Double)
      let newValue = try #require((after["network"] as? [String: Any])?[key] as? Double)
      #expect(network[key]?["before"] as? Double == oldValue, "\(key)")
      #expect(network[key]?["after"] as? Double == newValue, "\(key)")
    }
  }

  /// The drawing marks exactly the new actors and ties `added` and the lost ones `removed`.
  @Test(arguments: [5, 8])
  func drawingMarksExactlyTheChangedActorsAndTies(seed: Int) throws {
    let (wave, expected) = try Self.secondWave(seed: seed)
    let svgFile = wave.appendingPathComponent("golf2.svg")
    let result = try netwerkkaart("diff", Self.firstWave, wave.path, "--draw", svgFile.path, "--lang", "en")
    #expect(result.status == 0, "\(result)")
    let groups = try SVGDocument(String(decoding: try Data(contentsOf: svgFile), as: UTF8.self))
    // Labels of both waves (the label of an actor in both: the second wave's), to read tie titles.
    var idOfLabel: [String: String] = [:]
    for folder in [packageRoot.appendingPathComponent(Self.firstWave), wave] {
      let metrics = try parseJSON(try netwerkkaart("metrics", folder.path, "--format", "json").standardOutput)
      for actor in metrics["actors"] as? [[String: Any]] ?? [] {
        idOfLabel[Self.text(actor["label"])] = Self.text(actor["id"])
      }
    }
    let actors = groups.groups.filter { $0.classes.contains("actor") }
    func actorIDs(_ mark: String) -> Set<String> {
      Set(actors.filter { $0.classes.contains(mark) }.map { String($0.id.dropFirst("actor-".count)) })
    }
    #expect(actorIDs("added") == expected.actorsAdded)
    #expect(actorIDs("removed") == expected.actorsRemoved)
    let ties = groups.groups.filter { $0.classes.contains("tie") }
    func tiePairs(_ mark: String) throws -> Set<[String]> {
      Set(
        try ties.filter { $0.classes.contains(mark) }.map { tie in
          let names = tie.title.split(separator: "\n")[0].components(separatedBy: " – ")
          return try names.map { try #require(idOfLabel[$0], "no actor labelled \($0)") }.sorted()
        })
    }
    #expect(try tiePairs("added") == expected.tiesAdded)
    #expect(try tiePairs("removed") == expected.tiesRemoved)
    #expect(groups.texts.contains("new") && groups.texts.contains("gone"))
  }

  @Test func exampleWavesInEveryFormat() throws {
    let second = "Examples/basisschool-de-linde-golf2"
    let table = try netwerkkaart("diff", Self.firstWave, second)
    #expect(table.status == 0, "\(table)")
    #expect(table.standardOutput.contains("actors +2 −2, 1 changed · ties +6 −6, 3 changed · undirected"))
    #expect(table.standardOutput.contains("wg-stem  role     –"))
    let markdown = try netwerkkaart("diff", Self.firstWave, second, "--format", "markdown")
    #expect(markdown.standardOutput.contains("### Actors removed\n\n| id | label | role | type |"))
    let csv = try netwerkkaart("diff", Self.firstWave, second, "--format", "csv")
    let lines = csv.standardOutput.split(separator: "\n")
    #expect(lines.first == "kind,actor,partner,field,before,after,change")
    #expect(lines.contains("actor_changed,wg-stem,,role,,kern,"))
    #expect(lines.contains("tie_changed,school,pbd,weight,3,4,"))
    #expect(lines.filter { $0.hasPrefix("tie_added,") }.count == 6)
    #expect(lines.contains("network,,,components,2,1,-1"))
    // The settings reach both waves: strengths when weighted, the extended columns and figures.
    let extended = try parseJSON(
      try netwerkkaart("diff", Self.firstWave, second, "--format", "json", "--weighted", "--extended").standardOutput)
    let school = (extended["actor_metrics"] as? [[String: Any]])?.first { $0["id"] as? String == "school" }
    #expect(school?["strength"] != nil && school?["pagerank"] != nil && school?["core_number"] != nil)
    #expect((extended["network"] as? [String: Any])?["transitivity"] != nil)
    #expect(extended["weighted"] as? Bool == true)
    let png = try netwerkkaart("diff", Self.firstWave, second, "--draw", "-", "--lang", "nl")
    #expect(png.standardOutput.hasPrefix("<?xml"))
    #expect(png.standardOutput.contains(">nieuw</text>") && png.standardOutput.contains(">verdwenen</text>"))
  }

  /// Problems in either wave are all reported, each at its file and line, and nothing is compared.
  @Test func problemsOfBothWavesReportedWithTheirLines() throws {
    let first = try folder([
      "actors.csv": "id,label\nschool,De Linde\nclb,CLB\n",
      "ties.csv": "source,target,weight\nschool,clb,2\nschool,cbl,1\n",
    ])
    let second = try folder([
      "actors.csv": "id,label\nschool,De Linde\nschool,Dubbel\n", "ties.csv": "source,target,weight\nschool,school,x\n",
    ])
    let result = try netwerkkaart("diff", first.path, second.path, "--format", "json")
    expectNoCrash(result)
    #expect(result.status == 1, "\(result)")
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError.contains("\(first.path)/ties.csv:3: error: tie names unknown actor \"cbl\""), "\(result)")
    #expect(
      result.standardError.contains("\(second.path)/actors.csv:3: error: duplicate actor id \"school\""), "\(result)")
    #expect(result.standardError.contains("\(second.path)/ties.csv:2: error:"), "\(result)")
    let missing = try netwerkkaart("diff", Self.firstWave, "Examples/geen-kaart")
    #expect(missing.status == 1 && missing.standardError.contains("Examples/geen-kaart"), "\(missing)")
    let format = try netwerkkaart("diff", Self.firstWave, Self.firstWave, "--draw", "kaart.jpg")
    #expect(format.status != 0 && format.standardError.contains("name the file .svg, .png, .pdf or .dot"))
  }
}
