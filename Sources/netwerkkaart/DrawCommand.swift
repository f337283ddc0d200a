import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import NetwerkkaartRender

extension DrawingOptions.Layout: ExpressibleByArgument {}
extension ImageFormat: ExpressibleByArgument {}

/// `netwerkkaart draw`: the map as a diagram, through Graphviz in-process.
struct DrawCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "draw",
    abstract: "Draw the map: the school in the centre, one ring per role, sectors by type, and a legend.",
    discussion: """
      The format follows the output file's extension (.svg, .png, .pdf, .dot) unless --format is \
      given; '-o -' writes to standard output (SVG unless --format says otherwise). Graphviz \
      runs inside the process; no 'dot' program is needed.
      """
  )

  @OptionGroup var mapOptions: MapOptions

  @OptionGroup var threading: ThreadOptions

  /// Worker threads for the path sweep (`--threads`); `nil` means one per core.
  var threads: Int? { threading.threads }

  @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or '-' for standard output.", valueName: "file"))
  var output: String

  @Option(help: "Image format: svg, png, pdf or dot (default: from the output file's extension).")
  var format: ImageFormat?

  @Option(help: "Layout: rings (role rings around the school), or Graphviz's dot, neato, fdp, sfdp, circo, twopi.")
  var layout: DrawingOptions.Layout = .rings

  @OptionGroup var languageOptions: LanguageOptions
  var lang: Language { languageOptions.language }

  @Option(
    name: .customLong("color-by"),
    help: ArgumentHelp("Colour actors by role, type or an actor attribute.", valueName: "attribute"))
  var colorBy: String?

  @Option(
    name: .customLong("size-by"),
    help: ArgumentHelp("Size actors by a metric, e.g. betweenness, degree or constraint.", valueName: "metric"))
  var sizeBy: String?

  @Option(help: "A title above the drawing.")
  var title: String?

  @OptionGroup var print: PrintOptions

  @Option(help: ArgumentHelp("The actor in the centre (default: the actor of type 'school').", valueName: "id"))
  var focus: String?

  @OptionGroup var placement: PositionsOptions

  func validate() throws {
    try placement.validate(layout: layout)
  }

  func run() throws {
    let format = try resolvedFormat()
    try OutputFile.refuseOverwriting(
      [output] + placement.outputs, inputs: mapOptions.input.files + placement.inputs)
    let positions = try placement.load()
    let prepared = try mapOptions.loadMap()
    let map = prepared.map
    try checkLayoutSize(actors: map.actors.count)
    let network = mapOptions.network(of: map)
    let options = DrawingOptions(
      layout: layout, language: lang, colorBy: colorBy, sizeBy: try sizeMeasure(of: network), title: title,
      focus: focus.map(prepared.actorID), paper: print.size, fontSize: print.fontSize, dpi: print.dpi,
      labels: print.labels, positions: positions)
    do {
      let drawing = try drawingKeepingStoredPositions(map: map, network: network, options: options)
      DiagnosticPrinter.print(drawing.warnings)
      let rendered = try drawing.rendered(format)
      DiagnosticPrinter.print(rendered.warnings.map { Diagnostic.warning("Graphviz: \($0)") })
      try write(rendered.data)
      try placement.save(drawing.positions)
    } catch let error as DrawingError {
      error.print()
      throw ExitCode.failure
    } catch let error as RenderError {
      DiagnosticPrinter.standardError("error: \(error)\n")
      throw ExitCode.failure
    }
  }

  /// The drawing; without `--positions`, with the positions stored in the map file (its actors'
  /// `x` and `y`, as `convert --positions` writes them) when they fit its role bands, else, with
  /// a warning, without them.
  private func drawingKeepingStoredPositions(map: PartnershipMap, network: Network, options: DrawingOptions)
    throws -> MapDrawing
  {
    let metrics = MetricsTable(network, threads: threads)
    guard options.positions == nil, layout == .rings, let stored = PositionsFile.stored(in: map) else {
      return try MapDrawing(map: map, network: network, metrics: metrics, options: options)
    }
    var keeping = options
    keeping.positions = stored
    do {
      return try MapDrawing(map: map, network: network, metrics: metrics, options: keeping)
    } catch {
      guard case .positions(let problems) = error else { throw error }
      let first = problems.first { $0.severity == .error }
      let warning = Diagnostic.warning(
        Language.en.word(.storedPositionsDoNotFit, first.map { ": \($0.message)" } ?? ""),
        dutch: Language.nl.word(.storedPositionsDoNotFit, first.map { ": \($0.message(in: .nl))" } ?? ""))
      DiagnosticPrinter.print([warning])
      return try MapDrawing(map: map, network: network, metrics: metrics, options: options)
    }
  }

  /// Actors above which Graphviz's dot and circo do not finish in reasonable time (their time
  /// grows faster than quadratically: minutes at a thousand actors, hours at several thousand).
  static let slowLayoutLimit = 5_000
  /// Actors above which dot gets a warning.
  static let slowLayoutWarning = 1_000

  /// Refuses dot and circo on maps they will not finish, and warns about dot on large ones,
  /// naming the layouts that are fast at that size.
  private func checkLayoutSize(actors: Int) throws {
    guard layout == .dot || layout == .circo else { return }
    let language = DiagnosticPrinter.language
    let faster = language.word(.fasterLayouts)
    if actors > Self.slowLayoutLimit {
      DiagnosticPrinter.standardError(
        "error: " + language.word(.layoutDoesNotFinish, layout.rawValue, actors, faster) + "\n")
      throw ExitCode.failure
    }
    if layout == .dot && actors > Self.slowLayoutWarning {
      DiagnosticPrinter.print([.warning(language.word(.dotIsSlow, actors, faster))])
    }
  }

  /// The measure `--size-by` names; any measure the network has, extended ones too.
  private func sizeMeasure(of network: Network) throws -> Measure? {
    guard let sizeBy else { return nil }
    let choices = Measure.columns(directed: network.isDirected, weighted: network.isWeighted, extended: true)
    if let measure = Measure(parsing: sizeBy), choices.contains(measure) { return measure }
    let text = DiagnosticPrinter.language.word(
      .sizeByUnknown, sizeBy, choices.map(\.rawValue).joined(separator: ", "))
    DiagnosticPrinter.standardError("error: " + text + "\n")
    throw ExitCode.failure
  }

  private func resolvedFormat() throws -> ImageFormat {
    if let format { return format }
    if output == "-" { return .svg }
    let fileExtension = (output as NSString).pathExtension
    guard let format = ImageFormat(fileExtension: fileExtension) else {
      throw ValidationError(.imageFormatUnknown, output)
    }
    return format
  }

  private func write(_ data: Data) throws {
    try OutputFile.write(data, to: output, what: .drawing)
  }
}

extension DrawingError {
  /// The message with the options named as the command line spells them (`--size-by`).
  var commandLineMessage: String {
    message(
      naming: { option in
        switch option {
        case .focus: "--focus"
        case .colorBy: "--color-by"
        case .sizeBy: "--size-by"
        case .positions: "--positions"
        }
      }, in: DiagnosticPrinter.language)
  }
}
