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
      a 'wave'. --from, --ties filters, --directed, --weighted, --without-ego and \
      --pseudonymise apply to every map. \
      When a map cannot be read, every map's problems are reported and nothing is written to \
      standard output. -o FILE.csv writes the maps to FILE.csv and the conventions to \
      FILE-conventies.csv; --csv-dialect excel-nl makes them ';'-separated with decimal commas \
      for Excel in Dutch or Belgian settings. The columns are described in Docs/Compare.md. Example:

        netwerkkaart compare Examples/basisschool-de-linde Examples/secundaire-school-atheneum-zuid --format latex
      """
  )

  @Argument(
    help: ArgumentHelp(
      "The maps: folders with actors.csv and ties.csv, or files (.csv edge list, .yaml, .json, .xlsx, .graphml, .net, .dl).",
      valueName: "map"))
  var maps: [String]

  @OptionGroup var input: MapsInput

  @OptionGroup var analysis: NetworkOptions

  @Option(help: "Output format: table, csv, markdown, latex or json.")
  var format: ComparisonReport.Format = .table

  @OptionGroup var threading: ThreadOptions

  @OptionGroup var file: ReportFileOption
  @OptionGroup var csv: CSVDialectOption
  @OptionGroup var languageOptions: LanguageOptions

  /// Worker threads for the path sweep (`--threads`); `nil` means one per core.
  var threads: Int? { threading.threads }

  func validate() throws {
    try csv.validate(output: file.output, tables: .compareTables, example: "vergelijking.csv")
  }

  func run() throws {
    let batch = input.batch(maps, withoutEgo: analysis.withoutEgo)
    let complete = batch.failures.isEmpty
    var printer = MapReading.Printer()
    var entries: [ComparisonReport.Entry] = []
    var failed: [String] = []
    for (path, result) in zip(maps, batch.results) {
      printer.print(result)
      guard case .success(let prepared) = result else {
        // Its problems are printed; the other maps' are printed too.
        failed.append(input.pseudonyms.pseudonymise ? "map \(failed.count + 1)" : path)
        continue
      }
      analysis.noteDirected(prepared)
      let network = analysis.network(of: prepared.map)
      guard complete else { continue }
      // With --pseudonymise the map goes by its school's code, not by its (often telling) path.
      let progress = ProgressReporter.start("\(prepared.sourceName): shortest paths")
      let summary = try MapSummary(prepared.map, network: network, threads: threads, progress: progress?.callback)
      progress?.finish()
      entries.append(ComparisonReport.Entry(path: prepared.sourceName, map: prepared.map, summary: summary))
    }
    guard failed.isEmpty else {
      let text = DiagnosticPrinter.language.word(
        .mapsNotAnalysed, failed.count, maps.count, failed.joined(separator: ", "))
      DiagnosticPrinter.standardError("error: " + text + "\n")
      throw ExitCode.failure
    }
    let settings = input.ties.settings + analysis.settings
    let report = ComparisonReport(entries: entries, settings: settings, language: languageOptions.language)
    if let output = file.output, output.lowercased().hasSuffix(".csv") {
      // Two tables, two files: a spreadsheet opens each as one table.
      let conventions = ReportFiles.companionURL(of: URL(fileURLWithPath: output), suffix: "conventies").path
      try OutputFile.refuseOverwriting([output, conventions], inputs: maps)
      let files = report.csvFiles(csv.dialect)
      try OutputFile.write(Data(files.maps.utf8), to: output, what: .comparison)
      try OutputFile.write(Data(files.conventions.utf8), to: conventions, what: .conventions)
      return
    }
    try ReportOutput.write(
      report.rendered(as: format), to: file.output, table: format == .table, inputs: maps,
      workbook: report.writeWorkbook)
  }
}
