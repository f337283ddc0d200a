import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

extension AnalysisReport.Format: ExpressibleByArgument {}

/// `netwerkkaart analyse`: one readable report of a school's partnership network.
struct AnalyseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyse",
    abstract: "Report a school's partnership network: ego view, groups, school boundary, brokers, role check.",
    discussion: """
      Groups are the actors' roles by default (--groups type, --groups intern, or any actor \
      column). The focal actor is the actor of type 'school' unless --focus names another. \
      Filter the ties with --ties, e.g. --ties motief=groei. Every measure and rule is described \
      in Docs/Metrics/.
      """,
    aliases: ["analyze"]
  )

  @OptionGroup var mapOptions: MapOptions

  @OptionGroup var threading: ThreadOptions

  @OptionGroup var languageOptions: LanguageOptions

  /// Worker threads for the path sweep (`--threads`); `nil` means one per core.
  var threads: Int? { threading.threads }

  @Option(help: "Output format.")
  var format: AnalysisReport.Format = .table

  @OptionGroup var file: ReportFileOption

  @Option(help: ArgumentHelp("Group the actors by role, type, intern or an actor column.", valueName: "basis"))
  var groups: String = "role"

  @Option(help: ArgumentHelp("The focal actor (default: the actor of type 'school').", valueName: "id"))
  var focus: String?

  @Option(help: ArgumentHelp("How many brokers to list.", valueName: "n"))
  var brokers: Int = 10

  @Option(
    help: ArgumentHelp(
      "Estimate betweenness, closeness and harmonic closeness from sampled sources (large networks), as metrics --approximate.",
      valueName: "epsilon"))
  var approximate: Double?

  @Option(help: "Seed of the --approximate sample (default 1).")
  var seed: UInt64 = 1

  func validate() throws {
    if brokers < 0 { throw ValidationError(.brokersAtLeastZero) }
    if let approximate, !(approximate > 0 && approximate < 1) {
      throw ValidationError(.approximateRange)
    }
  }

  func run() throws {
    let prepared = try mapOptions.loadMap()
    let map = prepared.map
    let basis = ActorPartition.Basis(parsing: groups)
    if case .attribute(let column) = basis,
      !map.actors.contains(where: { actor in actor.attributes.keys.contains { $0.lowercased() == column.lowercased() } }
      )
    {
      let columns = ["role", "type", "intern"] + Set(map.actors.flatMap(\.attributes.keys)).sorted()
      let hint =
        Suggestion.nearest(to: column, in: columns).map { DiagnosticPrinter.language.word(.didYouMean, $0) } ?? ""
      DiagnosticPrinter.standardError(
        "error: " + DiagnosticPrinter.language.word(.groupsColumnUnknown, column, hint) + "\n")
      throw ExitCode.failure
    }
    let focusID = focus.map(prepared.actorID)
    if let focus, let focusID, map.indexByID[focusID] == nil {
      let hint =
        Suggestion.nearest(to: focus, in: map.actors.map(\.id.rawValue)).map {
          DiagnosticPrinter.language.word(.didYouMean, $0)
        } ?? ""
      DiagnosticPrinter.standardError("error: " + DiagnosticPrinter.language.word(.focusNotAnActor, focus, hint) + "\n")
      throw ExitCode.failure
    }
    if let note = ProgressReporter.pathEstimate(
      actors: map.actors.count, ties: map.ties.count, approximate: approximate != nil)
    {
      DiagnosticPrinter.standardError(note.text(in: DiagnosticPrinter.language))
    }
    let progress = ProgressReporter.start("shortest paths")
    let analysis = PartnershipAnalysis(
      map, directed: mapOptions.directed, weighted: mapOptions.weighted, focus: focusID,
      groups: basis, threads: threads,
      approximation: approximate.map { MetricsTable.Approximation(epsilon: $0, seed: seed) },
      progress: progress?.callback)
    progress?.finish()
    DiagnosticPrinter.print(analysis.network.diagnostics)
    let report = AnalysisReport(
      source: prepared.name, analysis: analysis, brokerCount: brokers, language: languageOptions.language)
    if format == .json {
      // Only the JSON report lists eigenvector centrality and PageRank.
      DiagnosticPrinter.unconverged(report.unconverged, conventions: report.unconvergedConventions)
    }
    try ReportOutput.write(
      report.rendered(as: format), to: file.output, table: format == .table, inputs: mapOptions.input.files,
      workbook: report.writeWorkbook)
  }
}
