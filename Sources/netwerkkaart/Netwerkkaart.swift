import ArgumentParser

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
}
