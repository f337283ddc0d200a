import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

/// `netwerkkaart template`: a blank map to transcribe a focus group into.
struct TemplateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Write a blank transcription template: a workbook (.xlsx) or a CSV map folder.",
    discussion: """
      The workbook has the sheets actors, ties and map with the codebook's columns, drop-down \
      lists for the fixed vocabularies, and a codebook sheet to look values up. A path without \
      .xlsx becomes a folder with actors.csv, ties.csv and map.csv. --lang nl writes Dutch headers \
      (bron, naar, gewicht, rol ...), --lang en English ones (source, target, weight, role ...); \
      every reader reads both. Existing files are not overwritten.
      """
  )

  @Option(name: .shortAndLong, help: ArgumentHelp("The workbook (.xlsx) or folder to write.", valueName: "path"))
  var output: String

  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let targets =
      output.lowercased().hasSuffix(".xlsx")
      ? [output]
      : [MapLoader.actorsFileName, MapLoader.tiesFileName, MapLoader.metadataFileName].map {
        (output as NSString).appendingPathComponent($0)
      }
    if let existing = targets.first(where: { FileManager.default.fileExists(atPath: $0) }) {
      DiagnosticPrinter.standardError(
        "\(existing): error: already exists; a template is written only where nothing would be overwritten\n")
      throw ExitCode.failure
    }
    do {
      try TranscriptionTemplate.write(to: output, language: languageOptions.language)
    } catch {
      DiagnosticPrinter.standardError(
        "\(output): error: cannot write the template: \((error as NSError).localizedDescription)\n")
      throw ExitCode.failure
    }
    try OutputFile.line(
      "\(TerminalText.escaped(output)): "
        + languageOptions.language.word(.templateTitle))
  }
}
