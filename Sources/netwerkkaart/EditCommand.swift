import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartRender

/// `netwerkkaart edit`: the rings drawing as one HTML page in which actors are placed by hand,
/// with a button that downloads the positions file for `draw --positions`.
struct EditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit",
    abstract: "Write an HTML page in which you drag the actors of the rings drawing and download their positions.",
    discussion: """
      The page is one self-contained file: open it in a browser (no server, no internet needed), \
      drag actors within their ring or move them with Tab and the arrow keys, and press the \
      button to download the positions file (CSV: id,x,y,ring,sector). Draw with those positions: \
      'netwerkkaart draw MAP --positions posities.csv -o kaart.svg'. Give the same --size, \
      --font-size, --labels and --focus as for draw, so that the page starts from the same layout. \
      To go on editing, give the downloaded file back: 'netwerkkaart edit MAP --positions \
      posities.csv -o kaart.html' starts from the places draw keeps.
      """
  )

  @OptionGroup var mapOptions: MapOptions

  @Option(
    name: .shortAndLong, help: ArgumentHelp("The HTML page to write, or '-' for standard output.", valueName: "file"))
  var output: String

  @OptionGroup var languageOptions: LanguageOptions

  @Option(help: "A title above the drawing.")
  var title: String?

  @OptionGroup var print: PrintOptions

  @Option(help: ArgumentHelp("The actor in the centre (default: the actor of type 'school').", valueName: "id"))
  var focus: String?

  @OptionGroup var placement: PositionsInput

  func validate() throws {
    let fileExtension = (output as NSString).pathExtension.lowercased()
    guard output == "-" || fileExtension == "html" || fileExtension == "htm" else {
      throw ValidationError(.editPageIsHTML)
    }
  }

  func run() throws {
    try OutputFile.refuseOverwriting([output], inputs: mapOptions.input.files + placement.inputs)
    let positions = try placement.load()
    let prepared = try mapOptions.loadMap()
    let network = mapOptions.network(of: prepared.map)
    let options = DrawingOptions(
      language: languageOptions.language, title: title, focus: focus.map(prepared.actorID), paper: print.size,
      fontSize: print.fontSize, labels: print.labels, positions: positions)
    do {
      let page = try EditorPage(map: prepared.map, network: network, options: options)
      DiagnosticPrinter.print(page.warnings)
      try OutputFile.write(Data(page.html().utf8), to: output, what: .page)
    } catch let error as DrawingError {
      error.print()
      throw ExitCode.failure
    }
  }
}
