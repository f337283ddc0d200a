import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartRender

extension DrawingOptions.Layout: ExpressibleByArgument {}
extension DrawingOptions.Language: ExpressibleByArgument {}
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

  @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or '-' for standard output.", valueName: "file"))
  var output: String

  @Option(help: "Image format: svg, png, pdf or dot (default: from the output file's extension).")
  var format: ImageFormat?

  @Option(help: "Layout: rings (role rings around the school), or Graphviz's dot, neato, fdp, sfdp, circo, twopi.")
  var layout: DrawingOptions.Layout = .rings

  @Option(help: "Language of the legend and tooltips: nl or en.")
  var lang: DrawingOptions.Language = .nl

  @Option(
    name: .customLong("color-by"),
    help: ArgumentHelp("Colour actors by role, type or an actor attribute.", valueName: "attribute"))
  var colorBy: String?

  @Option(
    name: .customLong("size-by"),
    help: ArgumentHelp("Size actors by a metric, e.g. betweenness or degree.", valueName: "metric"))
  var sizeBy: String?

  @Option(help: "A title above the drawing.")
  var title: String?

  @OptionGroup var print: PrintOptions

  @Option(help: ArgumentHelp("The actor in the centre (default: the actor of type 'school').", valueName: "id"))
  var focus: String?

  func run() throws {
    let format = try resolvedFormat()
    let map = try mapOptions.loadMap()
    let network = mapOptions.network(of: map)
    let options = DrawingOptions(
      layout: layout, language: lang, colorBy: colorBy, sizeBy: sizeBy, title: title,
      focus: focus.map { mapOptions.input.actorID($0) }, paper: print.size, fontSize: print.fontSize, dpi: print.dpi,
      labels: print.labels)
    do {
      let drawing = try MapDrawing(map: map, network: network, options: options)
      DiagnosticPrinter.print(drawing.warnings)
      let rendered = try drawing.rendered(format)
      DiagnosticPrinter.print(rendered.warnings.map { Diagnostic.warning("Graphviz: \($0)") })
      try write(rendered.data)
    } catch let error as DrawingError {
      DiagnosticPrinter.standardError("error: \(error)\n")
      throw ExitCode.failure
    } catch let error as RenderError {
      DiagnosticPrinter.standardError("error: \(error)\n")
      throw ExitCode.failure
    }
  }

  private func resolvedFormat() throws -> ImageFormat {
    if let format { return format }
    if output == "-" { return .svg }
    let fileExtension = (output as NSString).pathExtension
    guard let format = ImageFormat(fileExtension: fileExtension) else {
      throw ValidationError(
        "Cannot tell the format from '\(output)'; name the file .svg, .png, .pdf or .dot, or give --format.")
    }
    return format
  }

  private func write(_ data: Data) throws {
    if output == "-" {
      FileHandle.standardOutput.write(data)
      return
    }
    do {
      try data.write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      DiagnosticPrinter.standardError("\(output): error: cannot write the drawing: \(error.localizedDescription)\n")
      throw ExitCode.failure
    }
  }
}
