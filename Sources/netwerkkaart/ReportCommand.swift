import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartHTMLReport
import NetwerkkaartIO
import NetwerkkaartRender

/// `netwerkkaart report`: one self-contained HTML file of one or more maps.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write one self-contained HTML report of one or more maps: drawings, tables, analysis, comparison.",
    discussion: """
      Per school: the rings map (point at an actor to see its figures and light up its ties), the \
      metric table (click a column header to sort) and the analysis summary (ego network, groups, \
      school boundary, brokers, points to discuss); then a comparison table and all maps small \
      side by side. The file needs no network: open it in any browser, share it, print it (each \
      school on a new page). --from, --ties filters and --without-ego apply to every map; \
      --pseudonymise shows codes instead of names. --positions FILE (from draw --save-positions) \
      keeps its actors in place in every map, so two waves of a school line up; --save-positions \
      FILE writes every actor's place (the first map's, for an actor in several). Example:

        netwerkkaart report Examples/basisschool-de-linde Examples/secundaire-school-atheneum-zuid -o rapport.html
      """
  )

  @Argument(
    help: ArgumentHelp(
      "The maps: folders with actors.csv and ties.csv, or map files (.yaml, .json, .xlsx, .graphml, ...).",
      valueName: "map"))
  var maps: [String]

  @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write.", valueName: "file"))
  var output: String

  @OptionGroup var languageOptions: LanguageOptions
  var lang: Language { languageOptions.language }

  @Option(help: "The report's title (default: Netwerkkaarten / Network maps).")
  var title: String?

  @OptionGroup var input: MapsInput

  @OptionGroup var analysis: NetworkOptions

  @OptionGroup var threading: ThreadOptions

  @OptionGroup var placement: PositionsOptions

  func validate() throws {
    if maps.isEmpty {
      throw ValidationError(.nameMaps)
    }
    if output == "-" { throw ValidationError(.reportIsAFile) }
    try placement.validate(layout: .rings)
  }

  func run() throws {
    try OutputFile.refuseOverwriting(
      [output] + placement.outputs, inputs: maps + [input.pseudonyms.key].compactMap { $0 } + placement.inputs)
    let positions = try placement.load()
    let loaded = try loadAll()
    let progress = ProgressReporter.start("report", unit: "maps")
    var entries: [ReportMap] = []
    // Every actor's place, the first map's winning for an actor in several (--save-positions).
    var saved = ActorPositions()
    for (index, (path, map)) in loaded.enumerated() {
      progress?.update(index, of: loaded.count)
      do {
        let entry = try ReportMap(
          source: path, map: map, directed: analysis.directed, weighted: analysis.weighted,
          threads: threading.threads, language: lang, positions: positions)
        entries.append(entry)
      } catch {
        progress?.finish()
        DiagnosticPrinter.standardError("\(error.description)\n")
        throw ExitCode.failure
      }
      if let drawn = entries.last?.positions { saved = saved.merging(drawn) }
    }
    progress?.update(loaded.count, of: loaded.count)
    progress?.finish()
    for entry in entries {
      DiagnosticPrinter.print(entry.analysis.network.diagnostics + entry.warnings)
    }
    let html = HTMLReport(maps: entries, language: lang, title: title).html()
    try OutputFile.write(Data(html.utf8), to: output, what: .report)
    try placement.save(placement.savePositions == nil ? nil : saved)
    try OutputFile.line(
      "\(TerminalText.escaped(output)): "
        + (lang == .nl
          ? "rapport van \(entries.count) \(entries.count == 1 ? "kaart" : "kaarten")"
          : "report of \(entries.count) map\(entries.count == 1 ? "" : "s")"))
  }

  /// Reads every map, each named as reports call it; prints the problems of all of them and
  /// exits with status 1 when any cannot be read.
  private func loadAll() throws -> [(String, PartnershipMap)] {
    let batch = input.batch(maps, withoutEgo: analysis.withoutEgo)
    var printer = MapReading.Printer()
    for result in batch.results {
      printer.print(result)
      if case .success(let prepared) = result { analysis.noteDirected(prepared) }
    }
    guard let loaded = batch.maps else { throw ExitCode.failure }
    return loaded.map { ($0.name, $0.map) }
  }
}
