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
      --ties FILTER compares the ties that pass the filter in each wave. See Docs/Waves.md. Example:

        netwerkkaart diff Examples/basisschool-de-linde Examples/basisschool-de-linde-golf2 --draw golf2.svg
      """
  )

  @Argument(help: ArgumentHelp("The first wave: a map folder or file.", valueName: "map-t1"))
  var before: String

  @Argument(help: ArgumentHelp("The second wave: a map folder or file.", valueName: "map-t2"))
  var after: String

  @Option(help: "Output format: table, markdown, csv or json.")
  var format: DifferenceReport.Format = .table

  @Flag(help: "Read each tie as running from source to target only (ordered pairs), in both waves.")
  var directed = false

  @Flag(help: "Use tie strengths in the metrics (distance = 1/weight, strength), in both waves.")
  var weighted = false

  @Flag(help: "Compare the extended metrics too (as metrics --extended).")
  var extended = false

  @Option(
    help: ArgumentHelp(
      "Also draw both waves with the changes marked into this file; '-' writes the SVG to standard output instead of the report.",
      valueName: "file"))
  var draw: String?

  @Option(help: "Language of the drawing's legend and tooltips: nl or en.")
  var lang: DrawingOptions.Language = .nl

  @OptionGroup var ties: TieFilterOptions

  @OptionGroup var pseudonyms: PseudonymOptions

  @Option(
    help: ArgumentHelp("The actor in the centre of the drawing (default: the actor of type 'school').", valueName: "id")
  )
  var focus: String?

  func validate() throws {
    if let draw, draw != "-", ImageFormat(fileExtension: (draw as NSString).pathExtension) == nil {
      throw ValidationError("Cannot tell the drawing's format from '\(draw)'; name the file .svg, .png, .pdf or .dot.")
    }
  }

  func run() throws {
    try OutputFile.refuseOverwriting(
      [draw].compactMap { $0 }, inputs: [before, after] + [pseudonyms.key].compactMap { $0 })
    // Read both waves before stopping, so that the problems of both are listed in one run.
    // With --pseudonymise both waves share one key, so a partner keeps its code across them.
    let first = Result {
      try MapReading.load(.path(before), format: nil, filters: ties.filters, pseudonyms: pseudonyms)
    }
    let second = Result {
      try MapReading.load(.path(after), format: nil, filters: ties.filters, pseudonyms: pseudonyms)
    }
    guard case .success(let old) = first, case .success(let new) = second else { throw ExitCode.failure }
    let (beforeName, afterName) = (
      MapReading.name(pseudonyms.name(ofSource: before), filters: ties.filters),
      MapReading.name(pseudonyms.name(ofSource: after), filters: ties.filters)
    )
    for (map, name) in [(old, beforeName), (new, afterName)] where map.metadata.directed == true && !directed {
      DiagnosticPrinter.print([
        Diagnostic(
          .note, "the file marks its ties as directed; they are compared as undirected unless you add --directed",
          at: SourceLocation(file: name))
      ])
    }
    let progress = ProgressReporter.start("shortest paths")
    let difference = MapDifference(
      before: old, after: new, directed: directed, weighted: weighted, extended: extended,
      progress: progress?.callback)
    progress?.finish()
    DiagnosticPrinter.print(difference.diagnostics)
    let report = DifferenceReport(before: beforeName, after: afterName, difference: difference)
    if let draw { try drawing(difference, to: draw) }
    if draw != "-" { try OutputFile.standardOutput(report.rendered(as: format), table: format == .table) }
  }

  /// The actor `--focus` names: with `--pseudonymise` an original id stands for its code in
  /// either wave (a code is taken as it is).
  private func focusID(_ text: String) -> ActorID {
    guard pseudonyms.pseudonymise else { return ActorID(text) }
    let session = PseudonymSession.shared
    return session.code(of: ActorID(text), inSource: after) ?? session.code(of: ActorID(text), inSource: before)
      ?? ActorID(text)
  }

  private func drawing(_ difference: MapDifference, to path: String) throws {
    let format = path == "-" ? .svg : ImageFormat(fileExtension: (path as NSString).pathExtension) ?? .svg
    do {
      let drawing = try MapDrawing(
        difference: difference, options: DrawingOptions(language: lang, focus: focus.map(focusID)))
      DiagnosticPrinter.print(drawing.warnings)
      let rendered = try drawing.rendered(format)
      DiagnosticPrinter.print(rendered.warnings.map { Diagnostic.warning("Graphviz: \($0)") })
      try OutputFile.write(rendered.data, to: path, what: "the drawing")
    } catch let error as DrawingError {
      DiagnosticPrinter.standardError("error: \(error.commandLineMessage)\n")
      throw ExitCode.failure
    } catch let error as RenderError {
      DiagnosticPrinter.standardError("error: \(error)\n")
      throw ExitCode.failure
    } catch {
      DiagnosticPrinter.standardError("\(path): error: cannot write the drawing: \(error.localizedDescription)\n")
      throw ExitCode.failure
    }
  }
}
