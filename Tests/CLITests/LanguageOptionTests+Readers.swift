import Foundation
import NetwerkkaartTestSupport
import Testing

/// The messages of the readers, the loader and the command line's file handling in the
/// language asked (issue 16): each reader's broken file read with `--lang nl` gives its message
/// in Dutch, with `--lang en` in English; and no message about the broken files of the fixtures
/// is in the other language.
extension LanguageOptionTests {
  /// A broken map: its files (name → text), the path given to `validate` (relative to the
  /// folder, `.` for the folder itself), and a part of its message in Dutch and in English.
  struct BrokenMap: Sendable, CustomTestStringConvertible {
    var files: [String: String]
    var path: String
    var dutch: String
    var english: String

    var testDescription: String { path == "." ? files.keys.sorted().joined(separator: "+") : path }
  }

  /// One broken file per reader, and the loader's own refusals; the wording is the one each
  /// reader is written to give (a change of wording must change the test).
  static let brokenMaps: [BrokenMap] = [
    BrokenMap(
      files: ["ties.csv": "source,target,weight\na,b,nul\n"], path: "ties.csv",
      dutch:
        "error: gewicht \"nul\" is geen getal; schrijf een positief getal zoals 1, 2 of 2.5, of laat de cel leeg voor 1",
      english: "error: weight \"nul\" is not a number; write a positive number such as 1, 2 or 2.5"),
    BrokenMap(
      files: ["ties.csv": "source,target\n\"a,b\n"], path: "ties.csv",
      dutch: "ties.csv:2: error: een waarde tussen aanhalingstekens die op deze regel begint, wordt nergens gesloten",
      english: "ties.csv:2: error: a quoted value opened on this line is never closed"),
    BrokenMap(
      files: ["ties.csv": "begin,einde\na,b\n"], path: "ties.csv",
      dutch: "error: geen kolommen 'source' en 'target'; de koprij moet de kolommen 'source' en 'target' noemen",
      english: "error: no 'source' and 'target' columns; the header row must name"),
    BrokenMap(
      files: ["actors.csv": "id,role\na,kren\nb,kern\n", "ties.csv": "source,target\na,b\n"], path: ".",
      dutch: "error: onbekende rol \"kren\" voor actor \"a\"; gebruik een van",
      english: "error: unknown role \"kren\" for actor \"a\"; use one of"),
    BrokenMap(
      files: ["actors.csv": "id\na\n", "ties.csv": "source,target\na,c\n"], path: ".",
      dutch: "error: relatie noemt onbekende actor \"c\"; voeg hem toe aan de actoren of verbeter de id",
      english: "error: tie names unknown actor \"c\"; add it to the actors or correct the id"),
    BrokenMap(
      files: ["ties.csv": "source,target\na,b\n", "map.csv": "key,value\nschool,A\nschool,B\n"], path: ".",
      dutch: "error: metadatasleutel 'school' staat er twee keer (eerst op",
      english: "error: metadata key 'school' is given twice (first at"),
    BrokenMap(
      files: ["kaart.graphml": "<graphml><graph><node/></graph></graphml>\n"], path: "kaart.graphml",
      dutch: "error: <node> zonder 'id'; geef elke node een id",
      english: "error: <node> without an 'id'; give every node an id"),
    BrokenMap(
      files: ["kaart.graphml": "<graphml><graph><node id=\"a\"></graph></graphml>\n"], path: "kaart.graphml",
      dutch: "error: geen welgevormde XML: ", english: "error: not well-formed XML: "),
    BrokenMap(
      files: ["kaart.gexf": "<graph/>\n"], path: "kaart.gexf",
      dutch: "kaart.gexf: error: geen <gexf>-element; is dit een GEXF-bestand?",
      english: "kaart.gexf: error: no <gexf> element; is this a GEXF file?"),
    BrokenMap(
      files: ["kaart.json": #"{"nodes": [{"id": "a"}], "links": [{"source": "a"}]}"#], path: "kaart.json",
      dutch: "error: relatie zonder 'target'; elke relatie heeft de id van een actor als source en als target nodig",
      english: "error: tie without a 'target'; every tie needs a source and a target actor id"),
    BrokenMap(
      files: ["kaart.yaml": "actors:\n  - id: a\n    role: [kern]\nties: []\n"], path: "kaart.yaml",
      dutch: "error: actorveld 'role' bevat een lijst of mapping; schrijf één waarde",
      english: "error: actor field 'role' holds a list or mapping; write a single value"),
    BrokenMap(
      files: ["kaart.yaml": "actors:\n  - id: a\n ties: []\n"], path: "kaart.yaml",
      dutch: "error: geen geldige YAML of JSON: ", english: "error: not valid YAML or JSON: "),
    BrokenMap(
      files: ["kaart.net": "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 3\n"], path: "kaart.net",
      dutch: "kaart.net:5: error: '3' is geen vertexnummer van 1 tot 2; controleer de regel",
      english: "kaart.net:5: error: '3' is not a vertex number from 1 to 2; check the line"),
    BrokenMap(
      files: ["kaart.dl": "dl n=2 format=fullmatrix\ndata:\n0 1\n1\n"], path: "kaart.dl",
      dutch: "error: de gegevens houden te vroeg op: matrix 1 heeft 2 rijen van 2 waarden nodig",
      english: "error: the data end early: matrix 1 needs 2 rows of 2 values"),
    BrokenMap(
      files: ["kaart.vna": "hallo\n*Tie data\nfrom to\na b\n"], path: "kaart.vna",
      dutch:
        "kaart.vna:1: error: een regel vóór de eerste sectie; een VNA-bestand begint met '*Node data' of '*Tie data'",
      english: "kaart.vna:1: error: a line before any section; a VNA file starts with '*Node data' or '*Tie data'"),
    BrokenMap(
      files: ["kaart.xlsx": "source,target\na,b\n"], path: "kaart.xlsx",
      dutch: "kaart.xlsx: error: geen .xlsx-werkmap (geen zip-archief); bewaar het",
      english: "kaart.xlsx: error: not an .xlsx workbook (not a zip archive); save it"),
    BrokenMap(
      files: ["kaart.txt2": "a b\n"], path: "kaart.txt2",
      dutch: "kaart.txt2: error: onbekende bestandsextensie; gebruik een map (csv), ",
      english: "kaart.txt2: error: unknown file extension; use a folder (csv), "),
    BrokenMap(
      files: [:], path: "ontbreekt.csv", dutch: "ontbreekt.csv: error: bestand bestaat niet",
      english: "ontbreekt.csv: error: no such file"),
  ]

  @Test(arguments: brokenMaps)
  func eachReaderSpeaksTheLanguageAsked(map: BrokenMap) throws {
    let root = try folder(map.files)
    defer { try? FileManager.default.removeItem(at: root) }
    let path = root.appendingPathComponent(map.path).path
    for (language, expected, other) in [("nl", map.dutch, map.english), ("en", map.english, map.dutch)] {
      let result = try run(["validate", path, "--lang", language], environment: [:])
      expectNoCrash(result)
      #expect(result.status == 1, "\(language): \(result)")
      #expect(result.standardError.contains(expected), "\(language): \(result.standardError)")
      #expect(!result.standardError.contains(other), "\(language): \(result.standardError)")
    }
  }

  /// The unknown-extension message of a command that reads maps ends with the option that
  /// names the format, in each language.
  @Test func theFormatOptionIsNamedInTheLanguageAsked() throws {
    let root = try folder(["kaart.txt2": "a b\n"])
    defer { try? FileManager.default.removeItem(at: root) }
    let path = root.appendingPathComponent("kaart.txt2").path
    let dutch = try run(["metrics", path, "--lang", "nl"], environment: [:])
    #expect(dutch.standardError.hasSuffix("of noem het formaat met --from\n"), "\(dutch)")
    let english = try run(["metrics", path], environment: [:])
    #expect(english.standardError.hasSuffix("or name the format with --from\n"), "\(english)")
  }

  /// The positions file and the pseudonymisation key are read with the messages in Dutch too.
  @Test func positionsAndKeyFilesSpeakTheLanguageAsked() throws {
    let root = try folder(["pos.csv": "id,x\na,1\n", "key.csv": "name,code\nDe Linde,\n"])
    defer { try? FileManager.default.removeItem(at: root) }
    let positions = root.appendingPathComponent("pos.csv").path
    let drawn = ["draw", Self.example, "--format", "dot", "-o", "-", "--positions", positions]
    let dutch = try run(drawn + ["--lang", "nl"], environment: [:])
    #expect(dutch.status == 1, "\(dutch)")
    #expect(dutch.standardError.contains("error: het positiebestand heeft geen kolom 'y'; de koprij noemt id, x en y"))
    let english = try run(drawn + ["--lang", "en"], environment: [:])
    #expect(english.standardError.contains("error: the positions file has no column 'y'; its header must name"))
    let key = root.appendingPathComponent("key.csv").path
    let coded = ["metrics", Self.example, "--pseudonymise", "--key", key]
    let gecodeerd = try run(coded + ["--lang", "nl"], environment: [:])
    #expect(gecodeerd.status == 1, "\(gecodeerd)")
    #expect(
      gecodeerd.standardError.contains(
        "error: een rij van een sleutelbestand heeft een naam en een code nodig; vul de lege cel in of verwijder de rij"
      ),
      "\(gecodeerd)")
    #expect(gecodeerd.standardError.contains("note: het sleutelbestand is gelaten zoals het was"), "\(gecodeerd)")
    let inEnglish = try run(coded + ["--lang", "en"], environment: [:])
    #expect(inEnglish.standardError.contains("error: a row of a key file needs both a name and a code"))
  }

  /// The command line's own file errors: an output over an input, a file that cannot be written.
  @Test func fileErrorsSpeakTheLanguageAsked() throws {
    let root = try folder(["actors.csv": "id\na\nb\n", "ties.csv": "source,target\na,b\n"])
    defer { try? FileManager.default.removeItem(at: root) }
    let ties = root.appendingPathComponent("ties.csv").path
    let over = try run(["draw", root.path, "--format", "dot", "-o", ties, "--lang", "nl"], environment: [:])
    #expect(over.status == 1, "\(over)")
    #expect(
      over.standardError.contains(
        "error: zou een invoerbestand van de opdracht overschrijven; schrijf naar een ander pad (er is niets geschreven)"
      ),
      "\(over)")
    #expect(try String(contentsOfFile: ties, encoding: .utf8) == "source,target\na,b\n")
    let nowhere = root.appendingPathComponent("geen-map/uit.md").path
    let unwritable = try run(
      ["metrics", root.path, "--format", "markdown", "-o", nowhere, "--lang", "nl"], environment: [:])
    #expect(unwritable.status == 1, "\(unwritable)")
    #expect(unwritable.standardError.hasPrefix("\(nowhere): error: kan de netwerkmaten niet schrijven: "))
    #expect(
      unwritable.standardError.hasSuffix(
        "; controleer of de map bestaat en beschrijfbaar is, en of de schijf nog plaats heeft\n"), "\(unwritable)")
    let english = try run(["metrics", root.path, "--format", "markdown", "-o", nowhere], environment: [:])
    #expect(english.standardError.hasPrefix("\(nowhere): error: cannot write the metrics: "), "\(english)")
  }

  /// What a format cannot hold, as `convert` warns of it, in the language asked.
  @Test(arguments: ["edgelist", "ucinet", "vna", "gexf"])
  func convertWarningsSpeakTheLanguageAsked(format: String) throws {
    for (language, markers) in [("nl", Self.englishMarkers), ("en", Self.dutchMarkers)] {
      let result = try run(
        ["convert", Self.example, "--to", format, "-o", "/dev/null", "--lang", language], environment: [:])
      #expect(result.status == 0, "\(format) --lang \(language): \(result)")
      let warnings = result.standardError.split(separator: "\n")
      #expect(!warnings.isEmpty, "\(format): the map's metadata is lost")
      for line in warnings {
        let found = markers.filter { Self.sentence(line).contains($0) }
        #expect(found.isEmpty, "\(format) --lang \(language): \(found) in\n\(line)")
      }
    }
  }

  /// English words that make a sentence English; none may stand in a Dutch message outside its
  /// quoted values (ids, labels, the parser's own words) and its location.
  static let englishMarkers = [
    " the ", " must ", " cannot ", "expected", "missing", "column", " is not ", " needs ", " has no ",
    " no such", "left out", " not part of", " with ", " and ", " or ", " file", " should ", " twice", " actors ",
    " tie ", " ties ", " empty", " number", " line", " write ", " give ", " save ", " use ", " found",
  ]

  /// Dutch words that make a sentence Dutch; none may stand in an English message outside its
  /// quoted values.
  static let dutchMarkers = [
    " de ", " het ", " een ", " geen ", " niet ", " moet ", "kolom", "relatie", "bestand", " van ", " en ",
    " regel", " leeg", " getal", " waarde", " verwijder", " bewaar", " gebruik ", " geef ",
  ]

  /// The sentence of a diagnostic line: without its location and severity, and with quoted
  /// text (values, the parser's own words) left out.
  static func sentence(_ line: Substring) -> String {
    var text = String(line)
    for severity in [": error: ", ": warning: ", ": note: "] {
      if let range = text.range(of: severity) { text = String(text[range.upperBound...]) }
    }
    for prefix in ["error: ", "warning: ", "note: "] where text.hasPrefix(prefix) {
      text = String(text.dropFirst(prefix.count))
    }
    return " " + text.replacing(/"[^"]*"|'[^']*'|<[^>]*>/, with: "\"…\"") + " "
  }

  /// The broken and odd files of the fixtures (fuzzing finds, files other programs wrote, files
  /// that change silently elsewhere), each read with `validate`.
  static var fixtureFiles: [String] {
    let root = packageRoot.appendingPathComponent("Tests/Fixtures")
    let folders = ["fuzz-crashes", "fuzz-findings", "silent-changes", "real", "gexf-1.3", "ucinet"]
    return folders.flatMap { name -> [String] in
      let enumerator = FileManager.default.enumerator(
        at: root.appendingPathComponent(name), includingPropertiesForKeys: nil)
      return (enumerator?.allObjects as? [URL] ?? []).filter { url in
        !["md", "py", "txt"].contains(url.pathExtension) && !url.hasDirectoryPath
      }.map(\.path)
    }.sorted()
  }

  /// With `--lang nl` no message about a fixture holds an English sentence; with `--lang en`
  /// none holds a Dutch one.
  @Test func fixtureMessagesSpeakTheLanguageAsked() throws {
    let files = Self.fixtureFiles
    #expect(files.count > 50, "\(files.count) fixture files")
    var dutchLines = 0
    for file in files {
      for (language, markers) in [("nl", Self.englishMarkers), ("en", Self.dutchMarkers)] {
        let result = try run(["validate", file, "--lang", language], environment: [:])
        expectNoCrash(result)
        for line in result.standardError.split(separator: "\n") {
          let sentence = Self.sentence(line)
          let found = markers.filter { sentence.contains($0) }
          #expect(found.isEmpty, "\(file) --lang \(language): \(found) in\n\(line)")
          if language == "nl" { dutchLines += 1 }
        }
      }
    }
    #expect(dutchLines > 30, "messages checked in Dutch: \(dutchLines)")
  }
}
