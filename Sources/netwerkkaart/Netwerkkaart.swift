import ArgumentParser
import Foundation
import NetwerkkaartCore

/// `netwerkkaart`: social network analysis of school partnerships.
@main
struct Netwerkkaart: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "netwerkkaart",
    abstract: "Social network analysis of school partnerships (netwerkkaarten).",
    discussion: """
      A netwerkkaart is a folder with actors.csv (id, label, role, type, ...), ties.csv \
      (source, target, weight, ...) and optionally map.csv (school, date, ...); or one file: an \
      edge list, YAML, JSON, an Excel workbook, GraphML, Pajek or UCINET DL. Roles: kern, \
      context, verankering, omkadering (English: core, context, anchoring, framing). Start with \
      'netwerkkaart template -o kaart.xlsx', check with 'netwerkkaart validate kaart.xlsx'.
      """,
    version: "0.1.0",
    subcommands: [
      MetricsCommand.self, AnalyseCommand.self, CompareCommand.self, DiffCommand.self, ReportCommand.self,
      DrawCommand.self, EditCommand.self, ValidateCommand.self, ConvertCommand.self, TemplateCommand.self,
    ]
  )
  /// Parses the command line and runs the command. The language of the messages is chosen
  /// first, from a `--lang` among the arguments or else the environment, so that usage errors
  /// (a missing map, an unknown option) speak it too (``ParserMessages``); they still exit
  /// with 64, and English ones read exactly as the parser writes them.
  static func main() {
    MemoryReturn.configure()
    let arguments = Array(CommandLine.arguments.dropFirst())
    let language = LanguageOptions.language(arguments: arguments, environment: ProcessInfo.processInfo.environment)
    DiagnosticPrinter.language = language
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let text = fullMessage(for: error)
      // Help, version and quiet exits are the parser's own.
      guard language != .en, code != .success, !text.isEmpty else { exit(withError: error) }
      DiagnosticPrinter.standardError(ParserMessages.translated(text, to: language) + "\n")
      Foundation.exit(code.rawValue)
    }
  }
}
