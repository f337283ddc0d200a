import Foundation
import NetwerkkaartTestSupport
import Testing

/// `--pseudonymise` and `--key` on the built binary: no original name in any output format,
/// the same code for the same name across runs and maps, an append-only key file, a damaged key
/// file left alone.
///
/// The names to look for come from the example map as the tool reads it unpseudonymised
/// (`convert --to json`), plus a `map.csv` added here with the school, the focus group and notes.
@Suite(.serialized) struct PseudonymiseCommandTests {
  static let examples = ["Examples/basisschool-de-linde", "Examples/secundaire-school-atheneum-zuid"]

  /// An example copied into a fresh folder of the same name, with metadata naming people.
  struct Prepared {
    var folder: URL
    var path: String { folder.path }
    var folderName: String { folder.lastPathComponent }
    /// Labels, the school's name, the focus group, the notes and long free-text values: must
    /// not appear anywhere, in any letter case.
    var names: [String]
    /// Ids that are not also a type or a role: must not appear as a word.
    var ids: [String]
    /// Labels in actor order, and the id of each.
    var labels: [String]
  }

  static func prepare(_ example: String) throws -> Prepared {
    let root = try folder([String: String]())
    let copy = root.appendingPathComponent((example as NSString).lastPathComponent)
    try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(example), to: copy)
    let read = try netwerkkaart("convert", example, "--to", "json", "-o", "-")
    #expect(read.status == 0, "\(read)")
    let document = try parseJSON(read.standardOutput)
    let actors = try #require(document["actors"] as? [[String: Any]])
    let ties = try #require(document["ties"] as? [[String: Any]])
    let labels = actors.compactMap { $0["label"] as? String }
    let school = try #require(actors.first { $0["type"] as? String == "school" }?["label"] as? String)
    let people = ["Jan Peeters", "Marie Claes"]
    try
      "key,value\nschool,\(school)\ndate,2026-03-14\nwave,1\nfocus_group,\(people.joined(separator: " en "))\nnotes,gesprek bij Els Wouters thuis\n"
      .write(to: copy.appendingPathComponent("map.csv"), atomically: true, encoding: .utf8)
    let types = Set(actors.compactMap { ($0["type"] as? String)?.lowercased() })
    let ids = actors.compactMap { $0["id"] as? String }.filter { !types.contains($0.lowercased()) }
    // Free text (functie, doel) is left out; its longer values are distinctive enough to look for.
    let freeText = (actors + ties).flatMap { record in
      ["functie", "doel"].compactMap { record[$0] as? String }.filter { $0.count >= 15 }
    }
    #expect(labels.count == actors.count && freeText.count > 30)
    return Prepared(
      folder: copy, names: labels + [school, "Els Wouters"] + people + freeText, ids: ids, labels: labels)
  }

  /// `text` with JSON escapes (`\"`, `\/`, `\u00f6`) and XML character references decoded.
  static func decoded(_ text: String) throws -> String {
    var result = text.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\/", with: "/")
    for (pattern, radix) in [(#"\\u([0-9a-fA-F]{4})"#, 16), (#"&#x([0-9a-fA-F]+);"#, 16), (#"&#([0-9]+);"#, 10)] {
      let expression = try NSRegularExpression(pattern: pattern)
      for match in expression.matches(in: result, range: NSRange(result.startIndex..., in: result)).reversed() {
        guard let whole = Range(match.range, in: result), let digits = Range(match.range(at: 1), in: result),
          let value = UInt32(result[digits], radix: radix), let scalar = Unicode.Scalar(value)
        else { continue }
        result.replaceSubrange(whole, with: String(Character(scalar)))
      }
    }
    for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
      result = result.replacingOccurrences(of: entity, with: character)
    }
    return result
  }

  /// Every original name found in `text` (raw or decoded), for the failure message.
  static func leaks(in text: String, of map: Prepared) throws -> [String] {
    let forms = [text, try decoded(text)]
    var found = map.names.filter { name in forms.contains { $0.range(of: name, options: .caseInsensitive) != nil } }
    for id in map.ids {
      let escaped = NSRegularExpression.escapedPattern(for: id)
      let word = try NSRegularExpression(
        pattern: #"(?<![\p{L}\p{N}])"# + escaped + #"(?![\p{L}\p{N}])"#, options: .caseInsensitive)
      if forms.contains(where: { word.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }) {
        found.append("id \(id)")
      }
    }
    return found
  }

  /// The text of a written file or folder; a workbook's XML parts unzipped.
  static func contents(of url: URL) throws -> String {
    var isFolder: ObjCBool = false
    FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
    if isFolder.boolValue {
      return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted().map {
        try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)
      }.joined(separator: "\n")
    }
    if url.pathExtension == "xlsx" {
      let unzip = try CommandRunner.runExecutable(URL(fileURLWithPath: "/usr/bin/unzip"), ["-p", url.path])
      #expect(unzip.status == 0 && unzip.standardOutput.contains("<worksheet"), "\(unzip.standardError)")
      return unzip.standardOutput
    }
    return try String(contentsOf: url, encoding: .utf8)
  }

  static let reports: [[String]] =
    ["table", "csv", "json", "markdown"].map { ["metrics", "--format", $0] }
    + ["table", "markdown", "json"].map { ["analyse", "--format", $0] }
  static let files = [
    "drawing.svg", "drawing.dot", "folder", "map.yaml", "map.json", "map.node-link.json", "map.xlsx", "map.graphml",
    "map.gexf", "map.net", "edges.csv",
  ]

  @Test(arguments: examples)
  func noOriginalNameInAnyOutput(example: String) throws {
    let map = try Self.prepare(example)
    let out = try folder([String: String]())
    let key = out.appendingPathComponent("key.csv").path
    // The search finds names where they are: the plain report shows every label and the ids,
    // and the plain drawing escapes them for XML.
    let plain = try netwerkkaart("metrics", map.path, "--format", "json")
    let found = try Self.leaks(in: plain.standardOutput, of: map)
    #expect(Set(map.labels).isSubset(of: Set(found)) && found.contains { $0.hasPrefix("id ") }, "\(found)")
    let drawn = try netwerkkaart("draw", map.path, "-o", "-")
    #expect(Set(map.labels).isSubset(of: Set(try Self.leaks(in: drawn.standardOutput, of: map))))
    var checked = 0
    func check(_ result: CommandResult, written: URL?, what: String) throws {
      #expect(result.status == 0, "\(what): \(result)")
      expectNoCrash(result)
      let file = try written.map(Self.contents) ?? ""
      let shared = result.standardOutput + "\n" + file
      #expect(shared.contains("school-1"), "\(what): the codes are missing")
      let leaked = try Self.leaks(in: shared, of: map)
      #expect(leaked.isEmpty, "\(what): \(leaked)")
      #expect(try Self.leaks(in: result.standardError, of: map).isEmpty, "\(what) stderr: \(result.standardError)")
      // Folder names are often school names: reports name the map by its school's code.
      #expect(!shared.contains(map.folderName), "\(what)")
      checked += 1
    }
    for arguments in Self.reports {
      let result = try CommandRunner.run(
        "netwerkkaart", arguments + [map.path, "--pseudonymise", "--key", key], in: packageRoot)
      try check(result, written: nil, what: arguments.joined(separator: " "))
    }
    for name in Self.files {
      let output = out.appendingPathComponent(name)
      let command = name.hasPrefix("drawing") ? "draw" : "convert"
      try check(
        try netwerkkaart(command, map.path, "-o", output.path, "--pseudonymise", "--key", key), written: output,
        what: "\(command) \(name)")
    }
    // The commands that read several maps: the map twice (as two waves, or two schools).
    let twice = [map.path, map.path, "--pseudonymise", "--key", key]
    for format in ["table", "csv", "markdown", "latex", "json"] {
      try check(try netwerkkaart(["compare", "--format", format] + twice), written: nil, what: "compare \(format)")
    }
    for format in ["table", "markdown", "csv", "json"] {
      try check(try netwerkkaart(["diff", "--format", format] + twice), written: nil, what: "diff \(format)")
    }
    let waves = out.appendingPathComponent("waves.svg")
    try check(try netwerkkaart(["diff", "--draw", waves.path] + twice), written: waves, what: "diff --draw")
    let report = out.appendingPathComponent("report.html")
    try check(try netwerkkaart(["report", "-o", report.path] + twice), written: report, what: "report")
    #expect(checked == 29)
  }

  /// The key file's rows after the header, as name → code, and in file order.
  static func keyRows(_ path: String) throws -> [(name: String, code: String)] {
    // Names with a comma are quoted; no name of the examples holds a quote or a line break.
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var rows: [(String, String)] = []
    for line in text.split(separator: "\n").dropFirst() {
      let cut = try #require(line.lastIndex(of: ","))
      var name = String(line[..<cut])
      if name.hasPrefix("\"") {
        name = String(name.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
      }
      rows.append((name, String(line[line.index(after: cut)...])))
    }
    return rows
  }

  /// Metrics as CSV in input order, split into the actor rows' fields.
  static func metricsRows(_ arguments: String...) throws -> [[String]] {
    let result = try CommandRunner.run("netwerkkaart", ["metrics", "--format", "csv", "--sort", "input"] + arguments)
    #expect(result.status == 0, "\(result)")
    return result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
      .prefix { !$0.isEmpty }.map { Self.fields(String($0)) }
  }

  /// The fields of a CSV line (quotes as the reports write them).
  static func fields(_ line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    var previous: Character = " "
    for character in line {
      if character == "\"" {
        if quoted && previous == "\"" { current.append("\"") }
        quoted.toggle()
      } else if character == "," && !quoted {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    return fields + [current]
  }

  /// Label → code, from the metrics of the plain and the pseudonymised map row for row; checks
  /// that everything but the id and label is the same.
  static func codes(of map: Prepared, key: String) throws -> [String: String] {
    let plain = try metricsRows(map.path)
    let coded = try metricsRows(map.path, "--pseudonymise", "--key", key)
    try #require(plain.count == coded.count && plain.count == map.labels.count + 1)
    #expect(plain[0] == coded[0])
    let id = try #require(plain[0].firstIndex(of: "id"))
    let label = try #require(plain[0].firstIndex(of: "label"))
    #expect(plain[0].contains("role") && plain[0].contains("type"), "\(plain[0])")
    var codes: [String: String] = [:]
    for (before, after) in zip(plain.dropFirst(), coded.dropFirst()) {
      for column in before.indices where column != id && column != label {
        #expect(before[column] == after[column], "\(plain[0][column]) of \(before[label])")
      }
      #expect(after[label] == after[id] || after[label].isEmpty, "\(after)")
      codes[before[label]] = after[id]
    }
    return codes
  }

  @Test func sameNameSameCodeAcrossRunsAndMapsAndTheKeyGrowsByTheNewNamesOnly() throws {
    let first = try Self.prepare(Self.examples[0])
    let second = try Self.prepare(Self.examples[1])
    let key = try folder([String: String]()).appendingPathComponent("sleutel.csv").path

    let codesFirst = try Self.codes(of: first, key: key)
    let afterFirst = try Self.keyRows(key)
    #expect(afterFirst.map(\.name) == first.labels, "one row per actor; the school's name is its label")
    #expect(Set(afterFirst.map(\.code)).count == afterFirst.count)
    for row in afterFirst { #expect(codesFirst[row.name] == row.code) }

    // A second run (a second wave) with the key: the same codes, the key unchanged.
    let keyBytes = try Data(contentsOf: URL(fileURLWithPath: key))
    #expect(try Self.codes(of: first, key: key) == codesFirst)
    #expect(try Data(contentsOf: URL(fileURLWithPath: key)) == keyBytes)

    // Another school: shared names (Directeur, Onderwijsinspectie ...) keep their codes; the
    // key grows by exactly the names it did not have, appended.
    let codesSecond = try Self.codes(of: second, key: key)
    let afterSecond = try Self.keyRows(key)
    let known = Set(first.labels.map { $0.lowercased() })
    let new = second.labels.filter { !known.contains($0.lowercased()) }
    let shared = second.labels.filter { known.contains($0.lowercased()) }
    #expect(shared.count >= 4, "\(shared)")
    #expect(afterSecond.count == afterFirst.count + new.count)
    #expect(afterSecond.prefix(afterFirst.count).map(\.code) == afterFirst.map(\.code))
    #expect(afterSecond.dropFirst(afterFirst.count).map(\.name) == new)
    for name in shared { #expect(codesSecond[name] == codesFirst[name], "\(name)") }
    #expect(Set(afterSecond.map(\.code)).count == afterSecond.count, "no code given twice")
    #expect(codesSecond[second.labels[0]] == "school-2")
  }

  @Test func withoutAKeyCodesAreDeterministicAndANoteSaysTheyMayDiffer() throws {
    let map = try Self.prepare(Self.examples[0])
    let one = try netwerkkaart("metrics", map.path, "--pseudonymise")
    let two = try netwerkkaart("metrics", map.path, "--pseudonymise")
    #expect(one.status == 0 && one.standardOutput == two.standardOutput)
    #expect(one.standardOutput.hasPrefix("school-1 (wave 1)\n"), "\(one.standardOutput.prefix(200))")
    #expect(one.standardError.contains("note: without --key the codes hold for this run only"), "\(one)")
    #expect(one.standardError.contains("note: --pseudonymise left out free text"), "\(one)")
    #expect(one.standardError.contains("actors column functie (29 values), ties column doel (58 values)"), "\(one)")
  }

  @Test func aDamagedKeyFileIsAnErrorAndIsLeftAlone() throws {
    let map = try Self.prepare(Self.examples[0])
    let damaged = [
      ("name,code\nJan,P1\nPiet,P1\n", "key.csv:3: error: code P1 is already given to the name on line 2"),
      ("name,code\nJan,P1\n jan ,P2\n", "key.csv:3: error: this name already has code P1 on line 2"),
      ("name,code\nJan,\n", "key.csv:2: error: a row of a key file needs both a name and a code"),
      ("naam;waarde\nJan;P1\n", "key.csv:1: error: a key file needs the columns name and code"),
      ("name,code\nJan,P1,extra\n", "key.csv:2: error: row has 3 fields but the header has 2"),
    ]
    for (text, message) in damaged {
      let folder = try folder(["key.csv": text])
      let key = folder.appendingPathComponent("key.csv").path
      let result = try netwerkkaart("metrics", map.path, "--pseudonymise", "--key", key, in: folder)
      #expect(result.status == 1, "\(result)")
      #expect(result.standardOutput.isEmpty)
      #expect(result.standardError.contains(message.replacingOccurrences(of: "key.csv", with: key)), "\(result)")
      #expect(try String(contentsOfFile: key, encoding: .utf8) == text, "never overwritten")
      expectNoCrash(result)
    }
  }

  @Test func warningsAndErrorsNameCodesNotPeople() throws {
    let map = try folder([
      "actors.csv": "id,label,type\njan,Jan Peeters,schoolteam\nmarie,Marie Claes,clb\ns,De Linde,school\n",
      "ties.csv": "source,target\njan,marie\nmarie,jan\njan,jan\ns,jan\n",
    ])
    let result = try netwerkkaart("metrics", map.path, "--pseudonymise")
    #expect(result.status == 0, "\(result)")
    let stderr = result.standardError
    #expect(stderr.contains("ties.csv:4: warning: self-tie of \"schoolteam-1\" dropped"), "\(stderr)")
    for name in ["jan", "marie", "Peeters", "Claes", "Linde"] {
      #expect(stderr.range(of: name, options: .caseInsensitive) == nil, "\(name): \(stderr)")
    }

    let broken = try folder([
      "actors.csv": "id,label\njan,Jan Peeters\n", "ties.csv": "source,target\njan,Marie Claes\n",
    ])
    let failed = try netwerkkaart("metrics", broken.path, "--pseudonymise")
    #expect(failed.status == 1)
    #expect(failed.standardError.contains("ties.csv:2: error: tie names unknown actor \"…\""), "\(failed)")
    #expect(failed.standardError.contains("note: values in these messages are hidden"), "\(failed)")
    #expect(!failed.standardError.contains("Marie"), "\(failed)")
    // Without --pseudonymise the same error names the actor, as before.
    #expect(try netwerkkaart("metrics", broken.path).standardError.contains("\"Marie Claes\""))
  }

  @Test func focusTakesTheOriginalIdOrTheCode() throws {
    let example = Self.examples[0]
    let byID = try netwerkkaart("analyse", example, "--pseudonymise", "--focus", "zoco", "--format", "json")
    let byCode = try netwerkkaart("analyse", example, "--pseudonymise", "--focus", "schoolteam-2", "--format", "json")
    #expect(byID.status == 0 && byID.standardOutput == byCode.standardOutput, "\(byID)")
    #expect(byID.standardOutput.contains("\"schoolteam-2\""))
    #expect(!byID.standardOutput.contains("zoco"))
  }

  @Test func optionsThatDoNotGoTogether() throws {
    let example = Self.examples[0]
    let validate = try netwerkkaart("validate", example, "--pseudonymise")
    #expect(validate.status != 0 && validate.standardError.contains("validate reports on the original files"))
    let keyAlone = try netwerkkaart("metrics", example, "--key", "key.csv")
    #expect(keyAlone.status != 0 && keyAlone.standardError.contains("--key goes with --pseudonymise"))
    #expect(!FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent("key.csv").path))

    // convert never writes its output over the key (an edge list is a .csv too).
    let out = try folder(["key.csv": "name,code\nJan,P1\n"])
    let key = out.appendingPathComponent("key.csv").path
    let clash = try netwerkkaart("convert", example, "--pseudonymise", "--key", key, "-o", key)
    #expect(clash.status == 1 && clash.standardError.contains("would overwrite the input"), "\(clash)")
    #expect(try String(contentsOfFile: key, encoding: .utf8) == "name,code\nJan,P1\n")
  }
}
