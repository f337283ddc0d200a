import Foundation
import NetwerkkaartTestSupport
import Testing

/// `netwerkkaart compare` on the built binary: every figure of the example maps against the
/// commands that compute it for one map (`metrics`, `metrics --extended`, `metrics
/// --without-ego`, `metrics --ties FILTER`, `analyse --groups`), a bad map among good ones, and
/// labels, waves and LaTeX from map.csv.
@Suite struct CompareCommandTests {
  static let examples = ["Examples/basisschool-de-linde", "Examples/secundaire-school-atheneum-zuid"]

  private func json(_ arguments: String...) throws -> [String: Any] {
    let result = try CommandRunner.run("netwerkkaart", arguments, in: packageRoot)
    #expect(result.status == 0, "\(arguments): \(result)")
    return try parseJSON(result.standardOutput)
  }

  private func network(_ arguments: String...) throws -> [String: Any] {
    let result = try CommandRunner.run("netwerkkaart", ["metrics"] + arguments + ["--format", "json"], in: packageRoot)
    #expect(result.status == 0, "\(arguments): \(result)")
    return try #require(try parseJSON(result.standardOutput)["network"] as? [String: Any])
  }

  private func close(_ a: Any?, _ b: Any?) -> Bool {
    guard let a = a as? Double, let b = b as? Double else { return false }
    return abs(a - b) <= 1e-12 * max(1, abs(b))
  }

  @Test func everyFigureMatchesTheSingleMapCommands() throws {
    let compared = try json("compare", Self.examples[0], Self.examples[1], "--format", "json")
    let maps = try #require(compared["maps"] as? [[String: Any]])
    #expect(maps.count == 2)
    #expect(compared["directed"] as? Bool == false && compared["weighted"] as? Bool == false)
    for (path, row) in zip(Self.examples, maps) {
      #expect(row["source"] as? String == path)
      // The label and the wave come from the map's map.csv (school, wave), as analyse reads them.
      let metadata = try #require(try json("analyse", path, "--format", "json")["metadata"] as? [String: String])
      #expect(metadata["school"]?.isEmpty == false && row["label"] as? String == metadata["school"])
      #expect(row["wave"] as? String == metadata["wave"])
      // Size, density, components, centralization: metrics --extended.
      let extended = try network(path, "--extended")
      for key in ["actors", "ties", "components"] { #expect(row[key] as? Int == extended[key] as? Int, "\(key)") }
      for key in ["density", "degree_centralization", "betweenness_centralization", "closeness_centralization"] {
        #expect(row[key] as? Double == extended[key] as? Double, "\(path) \(key)")
      }
      // Density without the school: metrics --without-ego.
      #expect(row["density_without_school"] as? Double == (try network(path, "--without-ego"))["density"] as? Double)
      // Internal and external: analyse's school boundary groups; roles: its role groups.
      let boundary = try groups(path, "intern")
      #expect(
        row["actors_internal"] as? Int == boundary["intern"] && row["actors_external"] as? Int == boundary["extern"])
      #expect(row["actors_unknown_side"] as? Int == boundary["(none)"] ?? 0)
      let roles = try groups(path, "role")
      let composed = try #require(row["roles"] as? [String: Int])
      for role in ["kern", "verankering", "omkadering", "context"] {
        #expect(composed[role] == roles[role] ?? 0, "\(role)")
      }
      #expect(composed["none"] == roles["(none)"] ?? 0)
      // Shares: the ties a filter keeps over all ties (the examples have no duplicate or self-ties).
      let ties = try #require(extended["ties"] as? Int)
      #expect(row["tie_records"] as? Int == ties)
      for (column, key, values) in [
        ("motief", "motive_shares", ["taak", "relatie", "groei"]),
        ("vorm", "form_shares", ["face-to-face", "online", "hybride"]),
      ] {
        let shares = try #require(row[key] as? [String: Double])
        for value in values {
          let kept = try #require(try network(path, "--ties", "\(column)=\(value)")["ties"] as? Int)
          #expect(
            close(shares[value.replacingOccurrences(of: "-", with: "_")], Double(kept) / Double(ties)), "\(value)")
        }
        let rest = try #require(
          try network(path, "--ties", "\(column)!=\(values.joined(separator: "|"))")["ties"] as? Int)
        #expect(close(shares["unknown"], Double(rest) / Double(ties)), "\(column) unknown")
      }
      // Brokers: metrics' betweenness, the actor of type school left out, top 3 above 0.
      let actors = try #require(try json("metrics", path, "--format", "json")["actors"] as? [[String: Any]])
      let expected = actors.enumerated()
        .filter { ($0.element["type"] as? String) != "school" && ($0.element["betweenness"] as? Double ?? 0) > 0 }
        .sorted {
          let (a, b) = ($0.element["betweenness"] as? Double ?? 0, $1.element["betweenness"] as? Double ?? 0)
          return a != b ? a > b : $0.offset < $1.offset
        }
        .prefix(3).map(\.element)
      let brokers = try #require(row["top_brokers"] as? [[String: Any]])
      #expect(brokers.count == 3)
      #expect(brokers.map { $0["id"] as? String } == expected.map { $0["id"] as? String })
      #expect(
        brokers.map { $0["betweenness_normalized"] as? Double }
          == expected.map { $0["betweenness_normalized"] as? Double })
      #expect(brokers.map { $0["label"] as? String } == expected.map { $0["label"] as? String })
    }
  }

  /// Group sizes by name from `analyse --groups BASIS --format json`.
  private func groups(_ path: String, _ basis: String) throws -> [String: Int] {
    let analysis = try json("analyse", path, "--groups", basis, "--format", "json")
    let groups = try #require(analysis["groups"] as? [String: Any])
    let names = try #require(groups["names"] as? [String])
    let sizes = try #require(groups["sizes"] as? [Int])
    return Dictionary(uniqueKeysWithValues: zip(names, sizes))
  }

  /// Two maps with problems among three good ones: both reported with their positions, exit
  /// status 1, nothing on standard output.
  @Test func badMapsAmongGoodOnes() throws {
    let broken = try folder(["actors.csv": "id\na\nb\n", "ties.csv": "source,target\na,c\n"])
    let unfiltered = try folder([
      "actors.csv": "id,type\ns,school\nb,clb\n", "ties.csv": "source,target,motief\ns,b,taak\n",
    ])
    let result = try netwerkkaart(
      "compare", Self.examples[0], broken.path, Self.examples[1], "no/such/map", unfiltered.path, "--format", "csv")
    expectNoCrash(result)
    #expect(result.status == 1, "\(result)")
    #expect(result.standardOutput.isEmpty, "\(result)")
    #expect(result.standardError.contains("ties.csv:2: error: tie names unknown actor \"c\""), "\(result)")
    #expect(result.standardError.contains("no/such/map"), "\(result)")
    #expect(
      result.standardError.contains("error: 2 of 5 maps could not be analysed (\(broken.path), no/such/map)"),
      "\(result)")
    // A map without a school under --without-ego is a problem of that map alone.
    let noSchool = try folder(["actors.csv": "id\na\nb\n", "ties.csv": "source,target\na,b\n"])
    let ego = try netwerkkaart("compare", unfiltered.path, noSchool.path, "--without-ego", "--format", "json")
    #expect(ego.status == 1 && ego.standardOutput.isEmpty, "\(ego)")
    #expect(ego.standardError.contains("\(noSchool.path): error: --without-ego needs an actor of type 'school'"))
    // A misspelt codebook value is a problem of every map, reported once per map.
    let typo = try netwerkkaart("compare", Self.examples[0], Self.examples[1], "--ties", "motief=groie")
    #expect(typo.status == 1 && typo.standardOutput.isEmpty, "\(typo)")
    #expect(
      typo.standardError.components(separatedBy: "'groie' is not a value of 'motief' (did you mean \"groei\"?)").count
        == 3, "\(typo)")
    // Usage errors before any map is read: no map, a filter that is no filter, a ties file.
    #expect(try netwerkkaart("compare").status == 64)
    #expect(try netwerkkaart("compare", Self.examples[0], "--ties", "weight>>3").status == 64)
    let file = try netwerkkaart("compare", Self.examples[0], "--ties", Self.examples[0] + "/ties.csv")
    #expect(file.status == 64 && file.standardError.contains("is not a tie filter"), "\(file)")
  }

  /// Labels from map.csv, a wave column, and the LaTeX escaping of an awkward school name.
  @Test func labelsWavesAndLatex() throws {
    let awkward = #"R&D_lab 100% {x} ~ #1 \ ^"#
    let actors = "id,role,type\ns,kern,school\np,context,clb\nq,,ouders\n"
    let first = try folder([
      "actors.csv": actors, "ties.csv": "source,target,vorm\ns,p,online\np,q,online\n",
      "map.csv": "key,value\nschool,\"\(awkward)\"\nwave,1\n",
    ])
    let second = try folder([
      "actors.csv": actors, "ties.csv": "source,target\ns,p\ns,q\n", "map.csv": "key,value\nschool,Zuid\nwave,2\n",
    ])
    let latex = try netwerkkaart("compare", first.path, second.path, "--format", "latex")
    #expect(latex.status == 0, "\(latex)")
    #expect(
      latex.standardOutput.contains(
        ##"R\&D\_lab 100\% \{x\} \textasciitilde{} \#1 \textbackslash{} \textasciicircum{} & 1 & 3 & "##),
      "\(latex)")
    #expect(latex.standardOutput.contains("Zuid & 2 & 3 & "))
    #expect(latex.standardOutput.contains(#"\toprule"#) && latex.standardOutput.contains(#"\bottomrule"#))
    let table = try netwerkkaart("compare", first.path, second.path)
    #expect(table.status == 0, "\(table)")
    #expect(table.standardOutput.hasPrefix("Comparison of 2 maps · undirected · unweighted\n"), "\(table)")
    #expect(table.standardOutput.contains("  map"), "\(table)")
    // The path s – p – q: p brokers s–q; the star s – p, s – q: the school is left out, no broker.
    let markdown = try netwerkkaart("compare", first.path, second.path, "--format", "markdown")
    #expect(markdown.standardOutput.contains("| Zuid | 2 | – | – | – |"), "\(markdown)")
    #expect(markdown.standardOutput.contains("| 1 | p (1.000) | – | – |"), "\(markdown)")
  }
}
