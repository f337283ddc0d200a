import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import NetwerkkaartRender

extension DifferenceReport.Format: ExpressibleByArgument {}

/// `netwerkkaart diff`: what changed between two waves of a school's map.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Compare two waves of a map: actors and ties added and removed, changed roles and ties, metric changes.",
    discussion: """
      Actors match by id, ties by the pair of actors they connect (ordered with --directed), after \
      merging ties listed twice as the metrics do. Metrics are computed on each wave on its own; \
      the change is after - before. --draw writes the two waves as one rings drawing: new actors \
      and ties marked, lost ones faint and dashed (any format draw writes: .svg, .png, .pdf, .dot). \
      --ties FILTER compares the ties that pass the filter in each wave; --from, --without-ego and \
      --pseudonymise apply to both waves. --positions FILE keeps the actors of a positions file \
      (draw --save-positions) in their places, so the drawing lines up with the waves' own. See \
      Docs/Waves.md. Example:

        netwerkkaart diff Examples/basisschool-de-linde Examples/basisschool-de-linde-golf2 --draw golf2.svg
      """
  )

  @Argument(help: ArgumentHelp("The first wave: a map folder or file.", valueName: "map-t1"))
  var before: String

  @Argument(help: ArgumentHelp("The second wave: a map folder or file.", valueName: "map-t2"))
  var after: String

  @Option(help: "Output format: table, markdown, csv or json.")
  var format: DifferenceReport.Format = .table

  @OptionGroup var input: MapsInput

  @OptionGroup var analysis: NetworkOptions

  @OptionGroup var threading: ThreadOptions

  @Flag(help: "Compare the extended metrics too (as metrics --extended).")
  var extended = false

  @Option(
    help: ArgumentHelp(
      "Also draw both waves with the changes marked into this file; '-' writes the SVG to standard output instead of the report.",
      valueName: "file"))
  var draw: String?

  @OptionGroup var languageOptions: LanguageOptions
  var lang: Language { languageOptions.language }

  @Option(
    help: ArgumentHelp("The actor in the centre of the drawing (default: the actor of type 'school').", valueName: "id")
  )
  var focus: String?

  @OptionGroup var placement: PositionsOptions

  func validate() throws {
    if placement.isUsed && draw == nil {
      throw ValidationError(.positionsNeedDraw)
    }
    try placement.validate(layout: .rings)
    if let draw, draw != "-", ImageFormat(fileExtension: (draw as NSString).pathExtension) == nil {
      throw ValidationError(.drawingFormatUnknown, draw)
    }
  }

  func run() throws {
    try OutputFile.refuseOverwriting(
      [draw].compactMap { $0 } + placement.outputs,
      inputs: [before, after] + [input.pseudonyms.key].compactMap { $0 } + placement.inputs)
    let positions = try placement.load()
    // Read both waves before stopping, so that the problems of both are listed in one run.
    // With --pseudonymise both waves share one key, so a partner keeps its code across them.
    let batch = input.batch([before, after], withoutEgo: analysis.withoutEgo)
    var printer = MapReading.Printer()
    batch.results.forEach { printer.print($0) }
    guard let waves = batch.maps, waves.count == 2 else { throw ExitCode.failure }
    let (old, new) = (waves[0], waves[1])
    for wave in waves { analysis.noteDirected(wave, analysed: .compared) }
    let progress = ProgressReporter.start("shortest paths")
    let difference = MapDifference(
      before: old.map, after: new.map, directed: analysis.directed, weighted: analysis.weighted, extended: extended,
      threads: threading.threads, progress: progress?.callback)
    progress?.finish()
    DiagnosticPrinter.print(difference.diagnostics)
    let report = DifferenceReport(before: old.name, after: new.name, difference: difference, language: lang)
    if let draw {
      // With --pseudonymise an original id stands for its code in either wave.
      let focusID = focus.map { new.codeByID[ActorID($0)] ?? old.actorID($0) }
      try drawing(difference, focus: focusID, positions: positions, to: draw)
    }
    if draw != "-" { try OutputFile.standardOutput(report.rendered(as: format), table: format == .table) }
  }

  private func drawing(_ difference: MapDifference, focus: ActorID?, positions: ActorPositions?, to path: String) throws
  {
    let format = path == "-" ? .svg : ImageFormat(fileExtension: (path as NSString).pathExtension) ?? .svg
    do {
      let drawing = try MapDrawing(
        difference: difference, options: DrawingOptions(language: lang, focus: focus, positions: positions))
      DiagnosticPrinter.print(drawing.warnings)
      let rendered = try drawing.rendered(format)
      DiagnosticPrinter.print(rendered.warnings.map { Diagnostic.warning("Graphviz: \($0)") })
      try OutputFile.write(rendered.data, to: path, what: .drawing)
      try placement.save(drawing.positions)
    } catch let error as DrawingError {
      error.print()
      throw ExitCode.failure
    } catch let error as RenderError {
      DiagnosticPrinter.standardError("error: \(error)\n")
      throw ExitCode.failure
    } catch {
      DiagnosticPrinter.error(
        Wording(
          "cannot write the drawing: \(error.localizedDescription)",
          dutch: "de tekening kan niet geschreven worden: \(error.localizedDescription)"), at: path)
      throw ExitCode.failure
    }
  }
}
