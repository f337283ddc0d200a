import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

extension MetricsReport.Format: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}

/// `netwerkkaart metrics`: degree, betweenness, closeness, harmonic closeness and density.
struct MetricsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "metrics",
    abstract: "Degree, betweenness, closeness and harmonic closeness per actor; density and components of the map.",
    discussion: """
      Ties between the same pair are merged (weights summed) and self-ties dropped, each with a \
      warning on standard error. Conventions are printed with every format; see Docs/Metrics.
      """
  )

  @OptionGroup var mapOptions: MapOptions

  @Option(help: "Output format: table, csv, json or markdown.")
  var format: MetricsReport.Format = .table

  @Option(
    name: [.short, .customLong("output")],
    help: ArgumentHelp(
      "Write to a file instead of standard output. FILE.xlsx: a workbook with the sheets actoren and kengetallen (numbers as numbers). FILE.csv: the actor table, and the figures in FILE-kengetallen.csv.",
      valueName: "file"))
  var output: String?

  @OptionGroup var csv: CSVDialectOption

  @Option(
    help: ArgumentHelp(
      "Order rows by a metric (descending) or by id, label, role; 'input' keeps file order. Default: betweenness for table and markdown, input for csv and json.",
      valueName: "field"))
  var sort: String?

  @OptionGroup var threading: ThreadOptions

  @OptionGroup var languageOptions: LanguageOptions

  /// Worker threads for the path sweep (`--threads`); `nil` means one per core.
  var threads: Int? { threading.threads }

  @Option(
    help: ArgumentHelp(
      "Estimate betweenness, closeness and harmonic closeness from sampled sources: with probability 1 - delta every normalized betweenness and harmonic closeness within EPSILON of the exact one, every mean distance (1/closeness) within EPSILON times the diameter (see Docs/Metrics/ApproximateCloseness.md).",
      valueName: "epsilon"))
  var approximate: Double?

  @Option(help: "The probability that --approximate misses its bound (default 0.1).")
  var delta: Double = 0.1

  @Option(help: "Seed of the --approximate sample (default 1); the same seed gives the same sample.")
  var seed: UInt64 = 1

  @Flag(
    help:
      "Add per actor Burt's effective size, efficiency and constraint, eigenvector centrality, PageRank, k-core number and clustering; for the map transitivity, average clustering, Freeman centralization, diameter, average distance and degree assortativity."
  )
  var extended = false

  func validate() throws {
    try csv.validate(output: output, tables: .metricsTables, example: "metrics.csv")
    if let approximate, !(approximate > 0 && approximate < 1) {
      throw ValidationError(.approximateRange)
    }
    if !(delta > 0 && delta < 1) { throw ValidationError(.deltaRange) }
    if let sort, MetricsReport.Order(parsing: sort, columns: columnKeys) == nil {
      let choices = ["input"] + MetricsReport.Order.actorFields + columnKeys.map(\.rawValue)
      throw ValidationError(.unknownSortField, sort, choices.joined(separator: ", "))
    }
  }

  /// The metric columns this run will have.
  private var columnKeys: [Measure] {
    Measure.columns(
      directed: mapOptions.directed, weighted: mapOptions.weighted, approximate: approximate != nil,
      extended: extended)
  }

  func run() throws {
    var prepared = try mapOptions.loadMap()
    // The metrics read the network's rows only, and the report the map's actors: the tie records
    // and their grouping into ties go before the sweep (Docs/Performance.md, "Loading").
    let network = mapOptions.network(of: prepared.map).withoutTieGrouping
    prepared.map = prepared.map.withoutTieRecords
    let map = prepared.map
    if let note = ProgressReporter.pathEstimate(
      actors: network.actorCount, ties: network.tieCount, approximate: approximate != nil)
    {
      DiagnosticPrinter.standardError(note.text(in: DiagnosticPrinter.language))
    }
    let progress = ProgressReporter.start("shortest paths")
    let approximation = approximate.map { MetricsTable.Approximation(epsilon: $0, delta: delta, seed: seed) }
    let table = MetricsTable(
      network, threads: threads, approximation: approximation, extended: extended, progress: progress?.callback)
    progress?.finish()
    DiagnosticPrinter.unconverged(table.unconverged, conventions: table.conventions(in: DiagnosticPrinter.language))
    let spreadsheet = [".csv", ".xlsx"].contains { output?.lowercased().hasSuffix($0) ?? false }
    let readable = (format == .table || format == .markdown) && !spreadsheet
    let field = sort ?? (readable ? Measure.betweenness.rawValue : "input")
    let order = MetricsReport.Order(parsing: field, columns: columnKeys) ?? .input
    let report = try MetricsReport(source: prepared.name, map: map, table: table, order: order)
    guard let output else {
      guard format == .table else {
        // In pieces: a large map's JSON is never held whole.
        return try report.write(as: format, in: languageOptions.language) { piece in
          try OutputFile.standardOutput(Data(piece.utf8))
        }
      }
      try OutputFile.standardOutput(report.rendered(as: format, in: languageOptions.language), table: true)
      return
    }
    try OutputFile.refuseOverwriting([output], inputs: mapOptions.input.files)
    try ReportFiles.write(report, to: output, format: format, dialect: csv.dialect, language: languageOptions.language)
  }
}
