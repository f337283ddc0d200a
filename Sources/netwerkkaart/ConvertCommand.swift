import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

extension DLWriter.Layout: ExpressibleByArgument {}

/// `netwerkkaart convert`: a map from one format into another, nothing left out silently.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert a map between formats (CSV, YAML, JSON, xlsx, GraphML, GEXF, Pajek, node-link, UCINET DL).",
    discussion: """
      The formats follow from the extensions: a folder (CSV: actors.csv, ties.csv, map.csv), .csv \
      (edge list), .yaml/.yml, .json, .node-link.json, .xlsx, .graphml, .gexf, .net (Pajek), .dl \
      (UCINET; --dl-format chooses full matrix or one line per tie), .vna (NetDraw). Whatever the \
      output format cannot hold is reported as a warning. The \
      input is never overwritten. --positions FILE stores a drawing's positions in the map (each \
      actor's x and y); draw uses positions stored in a map unless --positions is given. Examples:

        netwerkkaart convert Examples/basisschool-de-linde -o de-linde.graphml
        netwerkkaart convert kaart.xlsx -o kaart.yaml
        netwerkkaart convert kaart.yaml --to node-link -o -
      """
  )

  @OptionGroup var input: MapInput

  @OptionGroup var languageOptions: LanguageOptions

  @Option(
    name: .shortAndLong, help: ArgumentHelp("The file or folder to write; - for standard output.", valueName: "path"))
  var output: String

  @Option(help: ArgumentHelp("The output format, when the extension does not say.", valueName: "format"))
  var to: MapFormat?

  @Option(
    help: ArgumentHelp(
      "Layout of a UCINET .dl file: fullmatrix (one n x n matrix per relation, up to 5000 actors) or edgelist1 (one line per tie, any size).",
      valueName: "layout"))
  var dlFormat: DLWriter.Layout = .fullMatrix

  @Option(
    help: ArgumentHelp(
      "Store the places of this positions file (from draw --save-positions) in the map: as x and y of each actor (GraphML keys, GEXF viz:position, YAML fields, CSV columns).",
      valueName: "file"))
  var positions: String?

  func validate() throws {
    guard let format = to ?? (output == "-" ? nil : MapFormat.detect(path: output)) else {
      throw output == "-"
        ? ValidationError(.standardOutputNeedsFormat, MapWriter.writableNames)
        : ValidationError(.outputFormatUnknown, output, MapFormat.extensions.text(in: DiagnosticPrinter.language))
    }
    guard format.isWritable else {
      throw ValidationError(.readOnlyFormat, format.rawValue, MapWriter.writableNames)
    }
    if output == "-" && (format == .csv || format == .xlsx) {
      throw ValidationError(.notToStandardOutput, format.rawValue)
    }
  }

  func run() throws {
    let format = to ?? MapFormat.detect(path: output) ?? .csv
    if let clash = overwrittenInput(format: format) {
      DiagnosticPrinter.print([
        .error(
          Language.en.word(.wouldOverwriteInput, clash), dutch: Language.nl.word(.wouldOverwriteInput, clash),
          at: SourceLocation(file: output))
      ])
      throw ExitCode.failure
    }
    var map = try input.load().map
    if let positions {
      let read = PositionsFile.read(contentsOf: positions)
      guard let loaded = read.positions else {
        DiagnosticPrinter.print(read.diagnostics)
        throw ExitCode.failure
      }
      let stored = PositionsFile.storing(loaded, in: map)
      DiagnosticPrinter.print(read.diagnostics + stored.diagnostics)
      if stored.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
      map = stored.map
    }
    if output == "-" {
      let temporary = FileManager.default.temporaryDirectory
        .appendingPathComponent("netwerkkaart-\(ProcessInfo.processInfo.processIdentifier).\(format.rawValue)")
      defer { try? FileManager.default.removeItem(at: temporary) }
      let notes = try write(map, to: temporary.path, format: format)
      try OutputFile.standardOutput((try? Data(contentsOf: temporary)) ?? Data())
      DiagnosticPrinter.print(
        notes.map { note in
          var shown = note
          shown.location = SourceLocation(file: "-")
          return shown
        })
      return
    }
    let notes = try write(map, to: output, format: format)
    DiagnosticPrinter.print(notes)
    try OutputFile.line(
      "\(TerminalText.escaped(output)): \(map.actors.count) \(languageOptions.language.word(.actors)), "
        + "\(map.ties.count) \(languageOptions.language.word(.ties)) (\(format.rawValue))")
  }

  private func write(_ map: PartnershipMap, to path: String, format: MapFormat) throws -> [Diagnostic] {
    do {
      return try MapWriter.write(map, to: path, format: format, dlLayout: dlFormat)
    } catch {
      DiagnosticPrinter.print([error.diagnostic.namingFormat(with: "--to")])
      throw ExitCode.failure
    }
  }

  /// The input file the output would replace, if any: the output path itself, or for a CSV
  /// folder one of the files written into it.
  private func overwrittenInput(format: MapFormat) -> String? {
    guard output != "-" else { return nil }
    var written = [output]
    if format == .csv {
      written += [MapLoader.actorsFileName, MapLoader.tiesFileName, MapLoader.metadataFileName].map {
        (output as NSString).appendingPathComponent($0)
      }
    }
    let inputs = Set((input.files + [positions].compactMap { $0 }).map(Self.canonical))
    return written.first { inputs.contains(Self.canonical($0)) }
  }

  private static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
