import Foundation
import NetwerkkaartTestSupport
import Testing

/// `--lang` on every command, and its default from the environment: `LANG=nl_BE.UTF-8` alone
/// gives Dutch, `NETWERKKAART_LANG` overrides the locale, `--lang` overrides both.
@Suite struct LanguageOptionTests {
  static let example = "Examples/basisschool-de-linde"

  func run(_ arguments: [String], environment: [String: String]) throws -> CommandResult {
    var base = ProcessInfo.processInfo.environment
    for name in ["NETWERKKAART_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { base[name] = nil }
    return try CommandRunner.runExecutable(
      CommandRunner.productsDirectory.appendingPathComponent("netwerkkaart"), arguments,
      environment: base.merging(environment) { $1 })
  }

  @Test(arguments: [
    "validate", "metrics", "analyse", "compare", "diff", "draw", "edit", "convert", "report", "template",
  ])
  func everyCommandTakesLang(command: String) throws {
    let help = try netwerkkaart(command, "--help")
    #expect(help.standardOutput.contains("--lang <lang>"), "\(command): \(help)")
  }

  /// The drawing's legend title follows the environment: `Relaties (motief)` in Dutch.
  @Test func theLocaleChoosesTheLanguage() throws {
    let arguments = ["draw", Self.example, "--format", "dot", "-o", "-"]
    let dutch = try run(arguments, environment: ["LANG": "nl_BE.UTF-8"])
    #expect(dutch.status == 0 && dutch.standardOutput.contains("Relaties (motief)"), "\(dutch)")
    let english = try run(arguments, environment: ["LANG": "en_GB.UTF-8"])
    #expect(english.standardOutput.contains("Ties (motive)"), "\(english)")
    let bare = try run(arguments, environment: [:])
    #expect(bare.standardOutput.contains("Ties (motive)"), "\(bare)")
    let overridden = try run(arguments, environment: ["LANG": "nl_BE.UTF-8", "NETWERKKAART_LANG": "en"])
    #expect(overridden.standardOutput.contains("Ties (motive)"), "\(overridden)")
    let chosen = try run(arguments + ["--lang", "nl"], environment: ["NETWERKKAART_LANG": "en"])
    #expect(chosen.standardOutput.contains("Relaties (motief)"), "\(chosen)")
  }

  /// Machine formats do not follow the language.
  @Test func jsonAndCSVAreTheSameInBothLanguages() throws {
    for format in ["json", "csv"] {
      let arguments = ["metrics", Self.example, "--format", format]
      let dutch = try run(arguments, environment: ["LANG": "nl_BE.UTF-8"])
      let english = try run(arguments + ["--lang", "en"], environment: [:])
      #expect(dutch.status == 0 && dutch.standardOutput == english.standardOutput, "\(format)")
    }
  }

  /// `compare` in Dutch: no English word of its tables, and decimal commas; in English no Dutch
  /// word of its tables (codebook values such as taak stay as recorded in both).
  @Test func compareSpeaksTheLanguageAsked() throws {
    let maps = [Self.example, "Examples/secundaire-school-atheneum-zuid"]
    for format in ["table", "markdown"] {
      let dutch = try run(["compare"] + maps + ["--format", format, "--lang", "nl"], environment: [:])
      #expect(dutch.status == 0, "\(dutch)")
      for english in [
        "Comparison", "Size and density", "actors", "density", "undirected", "unweighted", "Top brokers",
        "tie records", "broker 1", "no role", "components", "map ",
      ] {
        #expect(!dutch.standardOutput.contains(english), "\(format): \(english)")
      }
      #expect(dutch.standardOutput.contains("0,133") && !dutch.standardOutput.contains("0.133"), "\(format)")
      let english = try run(["compare"] + maps + ["--format", format], environment: ["LANG": "en_GB.UTF-8"])
      for word in ["Vergelijking", "Omvang", "dichtheid", "kaarten", "makelaar", "relatieregels", "geen rol", "0,133"] {
        #expect(!english.standardOutput.contains(word), "\(format): \(word)")
      }
      let fromLocale = try run(["compare"] + maps + ["--format", format], environment: ["LANG": "nl_BE.UTF-8"])
      #expect(fromLocale.standardOutput == dutch.standardOutput, "\(format)")
    }
  }
}
