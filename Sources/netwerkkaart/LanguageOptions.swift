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
}
