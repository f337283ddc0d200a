import ArgumentParser
import NetwerkkaartRender

extension DrawingOptions.LabelMode: ExpressibleByArgument {}
extension PaperSize: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }
}

/// The print options of a drawing: the paper it must fit, the label size at that paper, the
/// resolution of a PNG and what the nodes say (`--size`, `--font-size`, `--dpi`, `--labels`).
struct PrintOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Paper the drawing must fit: a4, a5, letter, column (8.5 cm, one column of a two-column paper) or WxH in cm, mm or in (e.g. 16x12cm).",
      valueName: "size"))
  var size: PaperSize = .a4

  @Option(
    name: .customLong("font-size"),
    help: ArgumentHelp("Label size in points at that paper size (at least 6).", valueName: "pt"))
  var fontSize: Double = 8

  @Option(
    help: ArgumentHelp(
      "Node labels: auto (full where they fit, else short, else numbers with a key), full, short or number.",
      valueName: "mode"))
  var labels: DrawingOptions.LabelMode = .auto

  @Option(help: ArgumentHelp("Pixels per inch of a PNG.", valueName: "dpi"))
  var dpi: Double = 300

  func validate() throws {
    guard fontSize >= DrawingOptions.smallestFontSize, fontSize <= 72 else {
      throw ValidationError(.fontSizeRange, fontSize)
    }
    guard dpi >= 36, dpi <= 1200 else { throw ValidationError(.dpiRange, dpi) }
  }

}
