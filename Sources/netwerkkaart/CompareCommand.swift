import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

extension ComparisonReport.Format: ExpressibleByArgument {}

/// `netwerkkaart compare`: one row per map, for a study of several schools or waves.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract:
      "Compare maps: one row per school (or wave) with size, density, centralization, roles, motives and brokers.",
    discussion: """
      Each map is a folder or a file in any readable format. A row is labelled with the map's \
      'school' (map.csv) or else its folder or file name; a wave column appears when a map has \
      a 'wave'. --ties filters, --directed, --weighted and --without-ego apply to every map. \
      When a map cannot be read, every map's problems are reported and nothing is written to \
      standard output. The columns are described in Docs/Compare.md. Example:

        netwerkkaart compare Examples/basisschool-de-linde Examples/secundaire-school-atheneum-zuid --format latex
      """
  )

  @Argument(
    help: ArgumentHelp(
      "The maps: folders with actors.csv and ties.csv, or files (.csv edge list, .yaml, .json, .xlsx, .graphml, .net, .dl).",
      valueName: "map"))
  var maps: [String]

  @OptionGroup var ties: TieFilterOptions

  @Option(help: ArgumentHelp("The maps' format, when their extensions do not say.", valueName: "format"))
  var from: MapFormat?

  @OptionGroup var analysis: NetworkOptions

  @OptionGroup var pseudonyms: PseudonymOptions

  @Option(help: "Output format: table, csv, markdown, latex or json.")
  var format: ComparisonReport.Format = .table

  @Option(help: "Worker threads for the path metrics (default: one per core).")
  var threads: Int?

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads must be 1 or more.") }
  }

  func run() throws {
    var entries: [ComparisonReport.Entry] = []
    var failed: [String] = []
    for path in maps {
      do {
        let read = try MapReading.load(.path(path), format: from, filters: ties.filters, pseudonyms: pseudonyms)
        // With --pseudonymise the map goes by its school's code, not by its (often telling) path.
        let shown = pseudonyms.name(ofSource: path)
        let name = MapReading.name(shown, filters: ties.filters)
        let map = try analysis.prepared(read, name: name)
        let progress = ProgressReporter.start("\(shown): shortest paths")
        let summary = try MapSummary(
          map, network: analysis.network(of: map), threads: threads, progress: progress?.callback)
        progress?.finish()
        entries.append(ComparisonReport.Entry(path: shown, map: map, summary: summary))
      } catch let error as ExitCode where error == .failure {
        // Its problems are printed; read the other maps to report theirs too.
        failed.append(pseudonyms.pseudonymise ? "map \(failed.count + 1)" : path)
      }
    }
    guard failed.isEmpty else {
      DiagnosticPrinter.standardError(
        "error: \(failed.count) of \(maps.count) maps could not be analysed (\(failed.joined(separator: ", "))); "
          + "correct them and run compare again; nothing was written\n")
      throw ExitCode.failure
    }
    let settings = ties.settings + analysis.settings
    let report = ComparisonReport(entries: entries, settings: settings)
    try OutputFile.standardOutput(report.rendered(as: format), table: format == .table)
  }
}
