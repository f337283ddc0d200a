import ArgumentParser
import Foundation
import NetwerkkaartCore

extension Language: ExpressibleByArgument {}

/// `--lang nl|en`: the language of everything a command writes for people (tables' headings,
/// sentences, legends, the report). Without it, `NETWERKKAART_LANG`, then `LC_ALL`, `LC_MESSAGES`
/// and `LANG` decide (`nl_BE.UTF-8` gives Dutch; ``Language/init(environment:)``). JSON and CSV
/// keys never change with the language.
struct LanguageOptions: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: "Language of the output for people: nl or en (default: NETWERKKAART_LANG, else LC_ALL/LANG; nl* is Dutch).")
  var choice: Language?

  /// The language chosen, or the environment's.
  var language: Language { choice ?? Language(environment: ProcessInfo.processInfo.environment) }

  /// Sets the language of the diagnostics on standard error before the command reads anything
  /// (ArgumentParser validates every option group once, after parsing).
  func validate() throws {
    DiagnosticPrinter.language = language
  }
  /// The language a command line asks for before it is parsed: the value of its last `--lang`
  /// (`--lang nl` or `--lang=nl`) when that is `nl` or `en`, else the environment's
  /// (``NetwerkkaartCore/Language/init(environment:)``). Nothing after `--` is an option.
  ///
  /// ```swift
  /// LanguageOptions.language(arguments: ["metrics", "--lang", "nl"], environment: [:])  // .nl
  /// LanguageOptions.language(arguments: ["metrics"], environment: ["LANG": "nl_BE.UTF-8"])  // .nl
  /// ```
  static func language(arguments: [String], environment: [String: String]) -> Language {
    var chosen: Language?
    var index = 0
    while index < arguments.count, arguments[index] != "--" {
      let argument = arguments[index]
      if argument == "--lang", index + 1 < arguments.count, let value = Language(rawValue: arguments[index + 1]) {
        chosen = value
        index += 1
      } else if argument.hasPrefix("--lang=") {
        chosen = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? chosen
      }
      index += 1
    }
    return chosen ?? Language(environment: environment)
  }
}
