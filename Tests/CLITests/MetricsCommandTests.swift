import Foundation
import NetwerkkaartTestSupport
import Testing

@Suite struct MetricsCommandTests {
  /// Data rows of a CSV file without quoted line breaks, counted without the library.
  private func dataRows(_ path: String) throws -> Int {
    let text = try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
    return text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count - 1
  }

  @Test(arguments: ["Examples/basisschool-de-linde", "Examples/secundaire-school-atheneum-zuid"])
  func examplesAsJSON(map: String) throws {
    let result = try netwerkkaart("metrics", map, "--format", "json")
    #expect(result.status == 0, "\(result)")
    #expect(result.standardError.isEmpty, "\(result)")
    let json = try parseJSON(result.standardOutput)
    let network = try #require(json["network"] as? [String: Any])
    let actors = try #require(json["actors"] as? [[String: Any]])
    #expect(network["actors"] as? Int == (try dataRows(map + "/actors.csv")))
    #expect(network["ties"] as? Int == (try dataRows(map + "/ties.csv")))
    #expect(actors.count == network["actors"] as? Int)
    let roles = Set(actors.compactMap { $0["role"] as? String })
    #expect(roles.isSubset(of: ["kern", "context", "verankering", "omkadering"]))
  }

  /// The table is sorted by betweenness by default and names the conventions.
  @Test func tableIsSortedByBetweenness() throws {
    let result = try netwerkkaart("metrics", "Examples/basisschool-de-linde")
    #expect(result.status == 0)
    let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let header = try #require(lines.firstIndex { $0.hasPrefix("id ") })
    let headerFields = lines[header].split(separator: " ")
    let fromEnd = try #require(headerFields.firstIndex(of: "betweenness")).distance(to: headerFields.count)
    // Labels hold spaces, so count the numeric columns from the end of each row.
    let values = lines[(header + 1)...].prefix { !$0.isEmpty }.compactMap { line -> Double? in
      let fields = line.split(separator: " ")
      return fields.count >= fromEnd ? Double(fields[fields.count - fromEnd]) : nil
    }
    #expect(values.count == (try dataRows("Examples/basisschool-de-linde/actors.csv")))
    #expect(values == values.sorted(by: >))
    #expect(result.standardOutput.contains("closeness: Wasserman-Faust"))
  }

  /// Excel in a Belgian locale: BOM, semicolons, CRLF, decimal commas, quoted values.
  /// Strengths by hand: a = 2.5 + 1.5 = 4, b = 2.5, c = 1.5.
  @Test func excelStyleFiles() throws {
    let map = try folder([
      "actors.csv":
        "\u{FEFF}id;label;role\r\na;\"School; De Linde\";kern\r\nb;\"CLB \"\"Noord\"\"\";omkadering\r\nc;Bib;context\r\n",
      "ties.csv": "\u{FEFF}source;target;weight;doel\r\na;b;2,5;\"lezen;\r\nschrijven\"\r\na;c;1,5;\r\n",
    ])
    let result = try netwerkkaart("metrics", map.path, "--weighted", "--format", "json")
    #expect(result.status == 0, "\(result)")
    let actors = try #require(try parseJSON(result.standardOutput)["actors"] as? [[String: Any]])
    #expect(actors.map { $0["label"] as? String } == ["School; De Linde", "CLB \"Noord\"", "Bib"])
    #expect(actors.map { $0["strength"] as? Double } == [4, 2.5, 1.5])
  }

  /// Merged duplicates and dropped self-ties are warnings: exit 0, values from the merged map.
  @Test func duplicatesAndSelfTiesWarn() throws {
    let map = try folder(["ties.csv": "source,target,weight\na,b,1\nb,a,2\na,a,1\nb,c,1\n"])
    let result = try netwerkkaart(
      "metrics", map.appendingPathComponent("ties.csv").path, "--weighted", "--format", "csv")
    #expect(result.status == 0)
    let warnings = result.standardError.split(separator: "\n")
    #expect(warnings.count == 2)
    #expect(
      warnings[0].hasSuffix(
        "ties.csv:3: warning: tie \"b\" - \"a\" is listed again (first at \(map.path)/ties.csv:2); merged into one tie, weights summed to 3"
      ))
    #expect(
      warnings[1].hasSuffix(
        "ties.csv:4: warning: self-tie of \"a\" dropped; ties from an actor to itself are not analysed"))
    #expect(result.standardOutput.contains("\nties,2\n"))
    // b: the merged a–b tie (1 + 2) and b–c (1).
    #expect(result.standardOutput.contains("\nb,b,,,2,4.0,"))
  }

  /// Each bad input: exit 1, nothing on stdout, `file:line: error:` with what to change.
  @Test(arguments: [
    (
      "tie to a missing actor", "id\na\nb\n", "source,target\na,b\na,x\n",
      "ties.csv:3: error: tie names unknown actor \"x\""
    ),
    ("no id column", "naam\na\n", "source,target\n", "actors.csv:1: error: no 'id' column"),
    ("no source column", "id\na\n", "van_wie,target\na,a\n", "ties.csv:1: error: no 'source' column"),
    (
      "text weight", "id\na\nb\n", "source,target,weight\na,b,sterk\n",
      "ties.csv:2: error: weight \"sterk\" is not a number"
    ),
    ("zero weight", "id\na\nb\n", "source,target,weight\na,b,0\n", "ties.csv:2: error: weight 0 is zero"),
    ("negative weight", "id\na\nb\n", "source,target,weight\na,b,-2\n", "ties.csv:2: error: weight -2 is negative"),
    ("empty ties file", "id\na\n", "", "ties.csv:1: error: file is empty"),
    (
      "duplicate ids", "id\na\nb\na\n", "source,target\na,b\n",
      "actors.csv:4: error: duplicate actor id \"a\" (first at"
    ),
    (
      "too many fields", "id,label\na,A\nb,B,extra\n", "source,target\na,b\n",
      "actors.csv:3: error: row has 3 fields but the header has 2"
    ),
    (
      "too few fields", "id,label,role\na,A\n", "source,target\n",
      "actors.csv:2: error: row has 2 fields but the header has 3"
    ),
    ("unknown role", "id,role\na,kernfiguur\n", "source,target\n", "actors.csv:2: error: unknown role \"kernfiguur\""),
  ])
  func badInput(name: String, actors: String, ties: String, expected: String) throws {
    let map = try folder(["actors.csv": actors, "ties.csv": ties])
    let result = try netwerkkaart("metrics", map.path)
    expectNoCrash(result)
    #expect(result.status == 1, "\(name): \(result)")
    #expect(result.standardOutput.isEmpty, "\(name)")
    #expect(result.standardError.contains("\(map.path)/\(expected)"), "\(name): \(result.standardError)")
  }

  @Test(arguments: [
    ("binary", [0x69, 0x64, 0x0A, 0x00, 0x01, 0x02] as [UInt8], "actors.csv:2: error: binary data"),
    ("latin-1", Array("id,label\nx,caf".utf8) + [0xE9, 0x0A], "actors.csv:2: error: not UTF-8 text"),
    ("xlsx", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "actors.csv: error: this is a zip file"),
  ])
  func unreadableFiles(name: String, bytes: [UInt8], expected: String) throws {
    let map = try folder(["actors.csv": bytes, "ties.csv": Array("source,target\n".utf8)])
    let result = try netwerkkaart("metrics", map.path)
    expectNoCrash(result)
    #expect(result.status == 1, "\(name)")
    #expect(result.standardError.contains("\(map.path)/\(expected)"), "\(name): \(result.standardError)")
  }

  /// All problems of both files in one run, in order.
  @Test func everyProblemInOneRun() throws {
    let map = try folder([
      "actors.csv": "id,role\na,kern\nb,kren\na,\n",
      "ties.csv": "source,target,weight\na,b,x\na,c,1\nb,a,0\n",
    ])
    let result = try netwerkkaart("metrics", map.path)
    #expect(result.status == 1)
    let lines = result.standardError.split(separator: "\n").map {
      $0.replacingOccurrences(of: map.path + "/", with: "")
    }
    #expect(
      lines.map { $0.prefix(while: { $0 != " " }) } == [
        "actors.csv:3:", "actors.csv:4:", "ties.csv:2:", "ties.csv:3:", "ties.csv:4:",
      ])
    #expect(lines[0].contains("(did you mean \"kern\"?)"))
  }

  @Test func usageErrors() throws {
    let format = try netwerkkaart("metrics", "Examples/basisschool-de-linde", "--format", "xml")
    #expect(format.status != 0)
    #expect(format.standardError.contains("'table', 'csv', 'json'"))
    let sort = try netwerkkaart("metrics", "Examples/basisschool-de-linde", "--sort", "populariteit")
    #expect(sort.status == 64)
    #expect(
      sort.standardError.contains("Unknown sort field 'populariteit'; choose one of input, id, label, role, degree"))
    let missing = try netwerkkaart("metrics", "Examples/bestaat-niet")
    #expect(missing.status == 1)
    #expect(missing.standardError.hasPrefix("Examples/bestaat-niet: error: no such file or folder"))
    let nothing = try netwerkkaart("metrics")
    #expect(nothing.status != 0)
    #expect(nothing.standardError.contains("Name a map"))
  }

  /// `--directed` adds in/out columns; a directed path a → b → c has in_closeness of c = 2/3.
  @Test func directedColumns() throws {
    let map = try folder(["ties.csv": "source,target\na,b\nb,c\n"])
    let result = try netwerkkaart(
      "metrics", map.appendingPathComponent("ties.csv").path, "--directed", "--format", "json")
    let actors = try #require(try parseJSON(result.standardOutput)["actors"] as? [[String: Any]])
    #expect(actors.map { $0["in_degree"] as? Int } == [0, 1, 1])
    #expect(actors.map { $0["out_degree"] as? Int } == [1, 1, 0])
    #expect(abs((actors[2]["in_closeness"] as? Double ?? 0) - 2.0 / 3) < 1e-15)
    #expect(actors[2]["closeness"] as? Double == 0)
  }
}

@Suite struct ApproximateOptionTests {
  /// Zachary's karate club with ε = 0.5: 14 of 34 sources (⌈(34/33)² ln(680)/0.5⌉), estimates
  /// within 0.5 of NetworkX's normalized betweenness (Tests/Fixtures/karate/expected.json); the
  /// closeness estimates from the same sources: 1/closeness (the mean distance, karate being
  /// connected) within 0.5·Δ of NetworkX's, Δ = 5 (the club's diameter), harmonic within 0.5.
  @Test func approximateBetweennessOnKarate() throws {
    let result = try netwerkkaart("metrics", "Tests/Fixtures/karate", "--approximate", "0.5", "--format", "json")
    #expect(result.status == 0, "\(result)")
    let json = try parseJSON(result.standardOutput)
    let network = try #require(json["network"] as? [String: Any])
    let conventions = try #require(network["conventions"] as? [String: String])
    #expect(conventions["betweenness"]?.contains("estimated from 14 sampled sources of 34") == true)
    let actors = try #require(json["actors"] as? [[String: Any]])
    #expect(conventions["closeness"]?.contains("estimated from 14 sampled sources of 34") == true)
    #expect(conventions["harmonic_closeness"]?.contains("estimated from 14 sampled sources of 34") == true)
    let expectedFile = packageRoot.appendingPathComponent("Tests/Fixtures/karate/expected.json")
    let expected = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: expectedFile)) as? [String: Any])
    let cases = try #require(expected["cases"] as? [[String: Any]])
    let exact = try #require(cases.first?["actors"] as? [String: [String: Double]])
    for actor in actors {
      let id = try #require(actor["id"] as? String)
      let estimate = try #require(actor["betweenness_normalized"] as? Double)
      #expect(abs(estimate - (exact[id]?["betweenness_normalized"] ?? -9)) <= 0.5, "\(id)")
      let closeness = try #require(actor["closeness"] as? Double)
      let exactCloseness = try #require(exact[id]?["closeness"])
      #expect(closeness > 0 && abs(1 / closeness - 1 / exactCloseness) <= 0.5 * 5, "\(id)")
      let harmonic = try #require(actor["harmonic_closeness"] as? Double)
      #expect(abs(harmonic - (exact[id]?["harmonic_closeness"] ?? -9)) <= 0.5, "\(id)")
    }
  }

  /// `analyse --approximate` estimates closeness and harmonic closeness from the same 14
  /// sources as betweenness (see above); its heading names all three, in either language, and
  /// what it leaves out (closeness centralization and distances need every source).
  @Test func analyseHeadingNamesEveryEstimate() throws {
    let english = try netwerkkaart("analyse", "Tests/Fixtures/karate", "--approximate", "0.5", "--lang", "en")
    #expect(english.status == 0, "\(english)")
    #expect(
      english.standardOutput.contains(
        "betweenness, closeness and harmonic closeness estimated from 14 sampled sources (Brandes-Pich, Eppstein-Wang, seed "
      ), "\(english)")
    #expect(
      english.standardOutput.contains(
        "every normalized betweenness within 0.5 with probability 90% (the closeness bounds: metrics --approximate); closeness centralization and distances left out, as they need every source"
      ), "\(english)")
    let dutch = try netwerkkaart("analyse", "Tests/Fixtures/karate", "--approximate", "0.5", "--lang", "nl")
    #expect(dutch.status == 0, "\(dutch)")
    #expect(
      dutch.standardOutput.contains(
        "betweenness, closeness en harmonische closeness geschat uit 14 getrokken bronnen (Brandes-Pich, Eppstein-Wang, seed "
      ), "\(dutch)")
    #expect(
      dutch.standardOutput.contains(
        "elke genormaliseerde betweenness binnen 0,5 met kans 90% (de grenzen voor closeness: metrics --approximate); closeness-centralisatie en afstanden weggelaten, want die vragen elke bron"
      ), "\(dutch)")
  }

  @Test func badBounds() throws {
    let result = try netwerkkaart("metrics", "Tests/Fixtures/karate", "--approximate", "1.5")
    #expect(result.status == 64)
    #expect(result.standardError.contains("--approximate takes an error bound between 0 and 1"))
  }
}

/// `metrics --extended` on Padgett's Florentine families with Pucci (16 actors, 20 ties).
/// Expected values from NetworkX 3.6.1 on the same files:
/// `nx.constraint(G)["Medici"]`, `nx.effective_size(G)["Medici"]`, `nx.clustering(G)["Medici"]`,
/// `nx.pagerank(G, tol=1e-15, max_iter=10000)["Medici"]`, `nx.core_number(G)["Medici"]`,
/// `nx.transitivity(G)`, `nx.average_clustering(G)`.
@Suite struct ExtendedMetricsCommandTests {
  @Test func florentineFamiliesAgainstNetworkX() throws {
    let result = try netwerkkaart("metrics", "Tests/Fixtures/florentine", "--extended", "--format", "json")
    #expect(result.status == 0, "\(result)")
    let json = try parseJSON(result.standardOutput)
    let network = try #require(json["network"] as? [String: Any])
    #expect(isClose(network["transitivity"] as? Double, 0.19148936170212766))
    #expect(isClose(network["average_clustering"] as? Double, 0.15))
    let actors = try #require(json["actors"] as? [[String: Any]])
    let medici = try #require(actors.first { $0["id"] as? String == "Medici" })
    #expect(isClose(medici["constraint"] as? Double, 0.20987654320987653))
    #expect(isClose(medici["effective_size"] as? Double, 5.666666666666667))
    #expect(isClose(medici["efficiency"] as? Double, 5.666666666666667 / 6))
    #expect(isClose(medici["clustering"] as? Double, 0.06666666666666667))
    #expect(isClose(medici["pagerank"] as? Double, 0.14437347029461448))
    #expect(medici["core_number"] as? Int == 2)
    // Pucci has no ties: 0 everywhere, never NaN (JSON would not parse).
    let pucci = try #require(actors.first { $0["id"] as? String == "Pucci" })
    #expect(pucci["constraint"] as? Double == 0 && pucci["eigenvector"] as? Double == 0)
  }

  @Test func extendedColumnsCanBeSortedOn() throws {
    let result = try netwerkkaart(
      "metrics", "Tests/Fixtures/florentine", "--extended", "--sort", "constraint", "--format", "csv")
    #expect(result.status == 0, "\(result)")
    // Highest constraint first: the four families with a single marriage tie (Acciaiuoli, Ginori,
    // Lamberteschi, Pazzi) have constraint 1 (their one contact takes the whole share, p = 1),
    // in file order; Pucci, without ties, has 0 and comes last.
    let rows = result.standardOutput.components(separatedBy: "\n\n")[0].split(separator: "\n").dropFirst()
    let ids = rows.map { String($0.prefix { $0 != "," }) }
    #expect(ids.prefix(4) == ["Acciaiuoli", "Ginori", "Lamberteschi", "Pazzi"], "\(ids)")
    #expect(ids.last == "Pucci" && ids.count == 16, "\(ids)")
    let plain = try netwerkkaart("metrics", "Tests/Fixtures/florentine", "--sort", "constraint")
    #expect(plain.status == 64, "\(plain)")
  }

  func isClose(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= 1e-9 * max(1, abs(expected))
  }
}
