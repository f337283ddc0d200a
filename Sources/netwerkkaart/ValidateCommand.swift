import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

/// `netwerkkaart validate`: every problem of a map at once, before any analysis.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a map: structure, codebook values and suspicious data, all problems at once.",
    discussion: """
      Errors: unreadable files, missing columns, duplicate ids, ties naming unknown actors, bad \
      weights, and values outside the codebook (with the nearest allowed value). Warnings: actors \
      without ties, labels that differ only in case or accents, ties listed twice, self-ties, no \
      or several actors of type 'school', weights outside 1-5. See Docs/Codebook.md.
      The summary counts tie records (rows, as written) and distinct ties (pairs, after merging \
      the records of one pair, as metrics counts them). Warnings are reported even when the map \
      has errors. Exit status: 0 valid (warnings allowed), 1 invalid.
      """
  )

  @OptionGroup var input: MapInput

  @OptionGroup var languageOptions: LanguageOptions

  @Flag(help: "Treat ties as directed: a->b and b->a are then not the same tie listed twice.")
  var directed = false

  func validate() throws {
    if !input.tieFilters.isEmpty {
      throw ValidationError(.validateWithoutFilters)
    }
    if input.pseudonyms.pseudonymise {
      throw ValidationError(.validateWithoutPseudonyms)
    }
  }

  func run() throws {
    let result =
      input.map.map { MapValidator.validate(path: $0, format: input.from, directed: directed) }
      ?? MapValidator.validate(actors: input.actors, ties: input.ties, directed: directed)
    DiagnosticPrinter.print(result.diagnostics)
    let errors = result.diagnostics.filter { $0.severity == .error }.count
    let warnings = result.diagnostics.filter { $0.severity == .warning }.count
    let language = languageOptions.language
    /// `1 error`, `2 fouten`: a count and its noun in the language of the output.
    func count(_ number: Int, _ dutch: (String, String), _ english: String) -> String {
      language == .nl
        ? "\(number) \(number == 1 ? dutch.0 : dutch.1)" : "\(number) \(english)\(number == 1 ? "" : "s")"
    }
    let counts =
      count(errors, ("fout", "fouten"), "error") + ", " + count(warnings, ("waarschuwing", "waarschuwingen"), "warning")
    if let map = result.map, result.isValid {
      let records = count(map.ties.count, ("relatieregel", "relatieregels"), "tie record")
      let distinct =
        result.distinctTies.map {
          ", " + count($0, ("verschillende relatie", "verschillende relaties"), "distinct tie")
        }
        ?? ""
      let actors =
        language == .nl ? count(map.actors.count, ("actor", "actoren"), "actor") : "\(map.actors.count) actors"
      try OutputFile.line(
        "\(TerminalText.escaped(input.sourceName)): \(language.word(.valid)) (\(actors), \(records)\(distinct); \(counts))"
      )
    } else {
      try OutputFile.line(
        "\(TerminalText.escaped(input.sourceName)): \(language.word(.invalid)) (\(counts))")
      throw ExitCode.failure
    }
  }
}
