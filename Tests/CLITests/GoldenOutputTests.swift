import Foundation
import NetwerkkaartTestSupport
import Testing

/// The outputs of every command on the example maps (the HTML report and the images Graphviz
/// renders aside: they carry Graphviz's version), pinned byte for byte in
/// `Tests/Fixtures/golden-cli/`: standard output (`NAME.stdout`), standard error when the
/// command writes any (`NAME.stderr`; none expected when the file is absent) and the files a
/// command writes (`NAME.files/PATH`), where NAME is the command line. The files were written
/// by the tool itself before the analysis refactor (issue 14), so a change of any byte in any
/// JSON, CSV or converted map shows here; they are no oracle for the values (the fixture and
/// oracle tests are).
///
/// Each case runs in a fresh folder that holds links to `Examples/` and `Tests/`, so the
/// outputs show the same relative paths wherever the repository is; files the command writes
/// (a key file, a converted CSV folder) land in that folder.
///
/// `NETWERKKAART_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests` rewrites the files
/// from the current tool instead of comparing (see the folder's README.md).
@Suite struct GoldenOutputTests {
  /// One command line and what it is expected to do.
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    /// The expected exit status.
    var status: Int32 = 0
    /// Files the command writes, relative to its working folder, pinned beside its output.
    var files: [String] = []

    /// The language the environment asks for (`NETWERKKAART_LANG`), so that the outputs do not
    /// depend on the machine's locale: Dutch for the drawings, whose legend was Dutch by default
    /// when the files were written, English for the rest.
    var environmentLanguage: String {
      arguments.first == "draw" || arguments.contains("--draw") ? "nl" : "en"
    }

    /// The command line with `Examples/` left out, every character but letters, digits, `.`,
    /// `-` and `=` made `_`: the name of the case's golden files.
    var name: String {
      let line = arguments.map { $0.replacingOccurrences(of: "Examples/", with: "") }.joined(separator: " ")
      return String(
        line.unicodeScalars.map { scalar -> Character in
          CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII || "-.=".unicodeScalars.contains(scalar)
            ? Character(scalar) : "_"
        })
    }

    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let linde = "Examples/basisschool-de-linde"
  static let golf2 = "Examples/basisschool-de-linde-golf2"
  static let zuid = "Examples/secundaire-school-atheneum-zuid"
  static let maps = [linde, golf2, zuid]
  static let key = ["--pseudonymise", "--key", "sleutel.csv"]

  static let metricsCases: [Case] =
    maps.flatMap { map in
      [[], ["--extended"], ["--directed"], ["--weighted"], ["--approximate", "0.1"]].flatMap { options in
        ["json", "csv"].map { Case(arguments: ["metrics", map, "--format", $0] + options) }
      }
    } + [
      Case(arguments: ["metrics", linde, "--format", "json", "--directed", "--weighted", "--extended"]),
      Case(arguments: ["metrics", linde, "--format", "csv", "--directed", "--weighted", "--extended"]),
      Case(arguments: ["metrics", linde, "--format", "json", "--without-ego"]),
      Case(arguments: ["metrics", linde, "--format", "csv", "--without-ego"]),
      Case(arguments: ["metrics", linde, "--format", "json", "--ties", "motief=groei"]),
      Case(arguments: ["metrics", linde, "--format", "csv", "--sort", "id"]),
      Case(arguments: ["metrics", linde, "--format", "markdown"]),
      Case(arguments: ["metrics", linde]),
      Case(arguments: ["metrics", linde, "--format", "json"] + key, files: ["sleutel.csv"]),
      Case(arguments: ["metrics", zuid, "--format", "csv", "--pseudonymise"]),
      Case(arguments: ["metrics", "Tests/Fixtures/merged-ties", "--format", "json"]),
    ]

  static let analyseCases: [Case] =
    maps.map { Case(arguments: ["analyse", $0, "--format", "json"]) } + [
      Case(arguments: ["analyse", linde, "--format", "json", "--directed"]),
      Case(arguments: ["analyse", linde, "--format", "json", "--weighted"]),
      Case(arguments: ["analyse", linde, "--format", "json", "--groups", "type"]),
      Case(arguments: ["analyse", linde, "--format", "json", "--without-ego"]),
      Case(arguments: ["analyse", linde, "--format", "json", "--approximate", "0.1"]),
      Case(arguments: ["analyse", linde, "--format", "markdown"]),
      Case(arguments: ["analyse", linde]),
      Case(arguments: ["analyse", linde, "--format", "json"] + key, files: ["sleutel.csv"]),
    ]

  static let compareCases: [Case] =
    ["json", "csv", "markdown", "latex", "table"].map { Case(arguments: ["compare"] + maps + ["--format", $0]) } + [
      Case(arguments: ["compare"] + maps + ["--format", "json", "--directed", "--weighted"]),
      Case(arguments: ["compare"] + maps + ["--format", "csv", "--without-ego"]),
      Case(arguments: ["compare"] + maps + ["--format", "json", "--ties", "motief=groei"]),
      Case(arguments: ["compare"] + maps + ["--format", "json"] + key, files: ["sleutel.csv"]),
      Case(arguments: ["compare"] + maps + ["--format", "csv", "--pseudonymise"]),
    ]

  static let diffCases: [Case] =
    ["json", "csv", "markdown", "table"].map { Case(arguments: ["diff", linde, golf2, "--format", $0]) } + [
      Case(arguments: ["diff", linde, golf2, "--format", "json", "--extended"]),
      Case(arguments: ["diff", linde, golf2, "--format", "csv", "--extended"]),
      Case(arguments: ["diff", linde, golf2, "--format", "json", "--directed", "--weighted"]),
      Case(arguments: ["diff", linde, golf2, "--format", "json", "--ties", "motief=groei"]),
      Case(arguments: ["diff", linde, golf2, "--format", "json"] + key, files: ["sleutel.csv"]),
      Case(arguments: ["diff", linde, golf2, "--format", "csv"] + key, files: ["sleutel.csv"]),
      // Dutch (issue 16): headings, sentences and decimal commas; the same numbers as the English.
      Case(arguments: ["diff", linde, golf2, "--lang", "nl"]),
      Case(arguments: ["metrics", linde, "--lang", "nl"]),
      Case(arguments: ["metrics", zuid, "--format", "markdown", "--lang", "nl"]),
      Case(arguments: ["analyse", linde, "--lang", "nl"]),
      Case(arguments: ["analyse", zuid, "--format", "markdown", "--lang", "nl"]),
    ]

  static let convertCases: [Case] =
    ["edgelist", "yaml", "json", "node-link", "graphml", "gexf", "pajek"].map {
      Case(arguments: ["convert", linde, "--to", $0, "-o", "-"])
    } + [
      Case(
        arguments: ["convert", linde, "-o", "kaart"],
        files: ["kaart/actors.csv", "kaart/ties.csv", "kaart/map.csv"]),
      Case(arguments: ["convert", zuid, "--to", "json", "-o", "-"]),
      Case(arguments: ["convert", zuid, "--to", "graphml", "-o", "-"]),
      Case(arguments: ["convert", linde, "--to", "json", "-o", "-"] + key, files: ["sleutel.csv"]),
      Case(arguments: ["convert", linde, "--to", "yaml", "-o", "-", "--pseudonymise"]),
      Case(
        arguments: ["convert", linde, "-o", "kaart"] + key,
        files: ["kaart/actors.csv", "kaart/ties.csv", "kaart/map.csv", "sleutel.csv"]),
    ]

  /// The rings drawing as DOT: written by the tool itself (Graphviz lays out and renders only
  /// the other formats), with the metrics in its tooltips.
  static let drawCases: [Case] =
    maps.map { Case(arguments: ["draw", $0, "--format", "dot", "-o", "-"]) } + [
      Case(arguments: ["draw", linde, "--format", "dot", "-o", "-", "--lang", "en", "--title", "De Linde"]),
      Case(arguments: ["draw", linde, "--format", "dot", "-o", "-", "--size-by", "betweenness", "--color-by", "type"]),
      Case(arguments: ["draw", linde, "--format", "dot", "-o", "-", "--directed", "--weighted"]),
      Case(arguments: ["draw", linde, "--format", "dot", "-o", "-", "--without-ego"]),
      Case(arguments: ["draw", zuid, "--format", "dot", "-o", "-", "--pseudonymise"]),
      Case(arguments: ["diff", linde, golf2, "--format", "csv", "--draw", "verschil.dot"], files: ["verschil.dot"]),
    ]

  static let validateCases: [Case] =
    maps.map { Case(arguments: ["validate", $0]) } + [
      Case(arguments: ["validate", linde, "--directed"]),
      Case(arguments: ["validate", "Tests/Fixtures/merged-ties"]),
      Case(arguments: ["validate", linde, "--pseudonymise"], status: 64),
    ]

  static let cases = metricsCases + analyseCases + compareCases + diffCases + convertCases + drawCases + validateCases

  /// `Tests/Fixtures/golden-cli/`.
  static let directory = packageRoot.appendingPathComponent("Tests/Fixtures/golden-cli")

  static var updating: Bool { ProcessInfo.processInfo.environment["NETWERKKAART_UPDATE_GOLDEN"] == "1" }

  @Test(arguments: cases)
  func outputIsUnchanged(_ golden: Case) throws {
    let workspace = try folder([String: String]())
    defer { try? FileManager.default.removeItem(at: workspace) }
    for link in ["Examples", "Tests"] {
      try FileManager.default.createSymbolicLink(
        at: workspace.appendingPathComponent(link), withDestinationURL: packageRoot.appendingPathComponent(link))
    }
    var environment = ProcessInfo.processInfo.environment
    environment["NETWERKKAART_LANG"] = golden.environmentLanguage
    let result = try CommandRunner.runExecutable(
      CommandRunner.productsDirectory.appendingPathComponent("netwerkkaart"), golden.arguments, in: workspace,
      environment: environment)
    expectNoCrash(result)
    #expect(result.status == golden.status, "\(result)")

    var outputs = [(golden.name + ".stdout", Data(result.standardOutput.utf8))]
    if !result.standardError.isEmpty { outputs.append((golden.name + ".stderr", Data(result.standardError.utf8))) }
    for file in golden.files {
      let written = try #require(
        FileManager.default.contents(atPath: workspace.appendingPathComponent(file).path),
        "\(file) was not written: \(result)")
      outputs.append((golden.name + ".files/" + file, written))
    }

    if Self.updating {
      let stale = Self.directory.appendingPathComponent(golden.name + ".stderr")
      if result.standardError.isEmpty { try? FileManager.default.removeItem(at: stale) }
      for (name, bytes) in outputs {
        let url = Self.directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
      }
      return
    }
    for (name, bytes) in outputs {
      let expected = FileManager.default.contents(atPath: Self.directory.appendingPathComponent(name).path)
      #expect(expected != nil, "no golden file \(name); run with NETWERKKAART_UPDATE_GOLDEN=1 to write it")
      guard let expected, expected != bytes else { continue }
      Issue.record(
        "\(name) differs from the golden file at \(Self.firstDifference(expected, bytes)) (run with NETWERKKAART_UPDATE_GOLDEN=1 to accept the change)"
      )
    }
    if result.standardError.isEmpty {
      let unexpected = Self.directory.appendingPathComponent(golden.name + ".stderr").path
      #expect(!FileManager.default.fileExists(atPath: unexpected), "standard error expected, none written: \(result)")
    }
  }

  /// Every file in the folder belongs to a case: a case removed takes its files along.
  @Test func noGoldenFileWithoutItsCase() throws {
    let names = Set(Self.cases.map(\.name))
    #expect(names.count == Self.cases.count, "two cases share a name")
    let entries = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
    let orphans = entries.filter { entry in
      guard entry != "README.md" else { return false }
      let base = ["stdout", "stderr", "files"].lazy.compactMap { suffix in
        entry.hasSuffix("." + suffix) ? String(entry.dropLast(suffix.count + 1)) : nil
      }.first
      return base.map { !names.contains($0) } ?? true
    }
    if Self.updating {
      for orphan in orphans { try FileManager.default.removeItem(at: Self.directory.appendingPathComponent(orphan)) }
    } else {
      #expect(orphans.isEmpty, "golden files of no case: \(orphans.sorted())")
    }
  }

  /// Where two outputs first differ: line and column of the first differing byte, and both lines.
  static func firstDifference(_ expected: Data, _ actual: Data) -> String {
    let expected = [UInt8](expected)
    let actual = [UInt8](actual)
    let offset =
      zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expected.count, actual.count)
    let before = expected.prefix(offset)
    let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
    let column = offset - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
    func text(_ data: [UInt8]) -> String {
      let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      return line <= lines.count ? String(lines[line - 1]) : "(end of output)"
    }
    return "line \(line), column \(column)\n  expected: \(text(expected))\n  actual:   \(text(actual))"
  }
}
