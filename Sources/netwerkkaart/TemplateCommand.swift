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
      DiagnosticPrinter.error(
        Wording(
          "already exists; a template is written only where nothing would be overwritten",
          dutch: "bestaat al; een sjabloon wordt alleen geschreven waar niets overschreven wordt"), at: existing)
      throw ExitCode.failure
    }
    do {
      try TranscriptionTemplate.write(to: output, language: languageOptions.language)
    } catch {
      let reason = (error as NSError).localizedDescription
      DiagnosticPrinter.error(
        Wording(
          "cannot write the template: \(reason)", dutch: "het sjabloon kan niet geschreven worden: \(reason)"),
        at: output)
      throw ExitCode.failure
    }
    try OutputFile.line(
      "\(TerminalText.escaped(output)): "
        + languageOptions.language.word(.templateTitle))
  }
}
