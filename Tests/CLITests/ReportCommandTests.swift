import Foundation
import NetwerkkaartTestSupport
import Testing

@Suite struct ReportCommandTests {
  static let examples = ["Examples/basisschool-de-linde", "Examples/secundaire-school-atheneum-zuid"]

  /// Both examples: one section per map, their actors in the metric tables, nothing fetched.
  @Test func reportOfBothExamples() throws {
    let out = try folder([String: String]()).appendingPathComponent("rapport.html")
    let result = try netwerkkaart("report", Self.examples[0], Self.examples[1], "-o", out.path, "--lang", "nl")
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput == "\(out.path): rapport van 2 kaarten\n")
    #expect(result.standardError.isEmpty, "\(result)")
    let html = try String(contentsOf: out, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    #expect(html.components(separatedBy: "<section class=\"school\"").count - 1 == 2)
    for (number, example) in Self.examples.enumerated() {
      let actors =
        try String(contentsOf: packageRoot.appendingPathComponent("\(example)/actors.csv"), encoding: .utf8)
        .split(separator: "\n").count - 1
      #expect(html.components(separatedBy: "<tr data-actor=\"m\(number + 1)-actor-").count - 1 == actors)
    }
    for outside in ["http://", "https://", "<script src", "<link", "@import"] {
      #expect(!html.contains(outside), "\(outside)")
    }
  }

  @Test func englishAndTitle() throws {
    let out = try folder([String: String]()).appendingPathComponent("report.html")
    let result = try netwerkkaart(
      "report", Self.examples[1], "-o", out.path, "--lang", "en", "--title", "Wave 1 & 2 <pilot>")
    #expect(result.status == 0, "\(result)")
    let html = try String(contentsOf: out, encoding: .utf8)
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains("<title>Wave 1 &amp; 2 &lt;pilot&gt;</title>"))
    #expect(html.contains(">Figures per actor</h3>"))
  }

  /// Problems in several maps are all reported in one run, at their lines; no file is written.
  @Test func everyBadMapReportedAtOnce() throws {
    let first = try folder([
      "actors.csv": "id,label\nschool,School\n", "ties.csv": "source,target\nschool,S12\n",
    ])
    let second = try folder([
      "actors.csv": "id,label\na,A\n", "ties.csv": "source,target,weight\na,a,zwaar\n",
    ])
    let out = try folder([String: String]()).appendingPathComponent("report.html")
    let result = try netwerkkaart("report", first.path, second.path, "-o", out.path)
    expectNoCrash(result)
    #expect(result.status == 1, "\(result)")
    #expect(result.standardError.contains("\(first.path)/ties.csv:2: error:"), "\(result)")
    #expect(result.standardError.contains("\(second.path)/ties.csv:2"), "\(result)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func badRequests() throws {
    let missingOutput = try netwerkkaart("report", Self.examples[0])
    #expect(missingOutput.status == 64, "\(missingOutput)")
    let standardOutput = try netwerkkaart("report", Self.examples[0], "-o", "-")
    #expect(standardOutput.status == 64, "\(standardOutput)")
    #expect(standardOutput.standardError.contains("The report is a file"))
    let unwritable = try netwerkkaart("report", Self.examples[0], "-o", "/nonexistent-folder/report.html")
    #expect(unwritable.status == 1, "\(unwritable)")
    #expect(unwritable.standardError.hasPrefix("/nonexistent-folder/report.html: error: cannot write the report"))
  }
}

/// The report names each map by its own name only: no folder above it, absolute or relative,
/// and no path into the repository's documentation.
@Suite struct ReportPathTests {
  @Test func onlyTheMapsOwnNameIsShown() throws {
    let out = try folder([String: String]()).appendingPathComponent("rapport.html")
    let absolute = packageRoot.appendingPathComponent("Examples/basisschool-de-linde").path
    let result = try netwerkkaart("report", absolute, "-o", out.path, "--lang", "en")
    #expect(result.status == 0, "\(result)")
    let html = try String(contentsOf: out, encoding: .utf8)
    #expect(!html.contains(packageRoot.path), "the absolute path is shown")
    #expect(!html.contains("Examples/"), "a folder above the map is shown")
    #expect(!html.contains("Docs/"), "a repository path is shown")
    #expect(html.contains("source: basisschool-de-linde"))
  }
}
