import ArgumentParser

/// `netwerkkaart`: social network analysis of school partnerships.
@main
struct Netwerkkaart: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "netwerkkaart",
    abstract: "Social network analysis of school partnerships (netwerkkaarten).",
    discussion: """
      A netwerkkaart is a folder with actors.csv (id, label, role, type, ...) and ties.csv \
      (source, target, weight, ...), or a lone ties file. Roles: kern, context, verankering, \
      omkadering (English: core, context, anchoring, framing).
      """,
    version: "0.1.0",
    subcommands: [MetricsCommand.self, DrawCommand.self]
  )
}
