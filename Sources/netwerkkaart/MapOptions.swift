import ArgumentParser
import NetwerkkaartCore
import NetwerkkaartIO

/// How a subcommand finds its map and reads its ties; shared by every subcommand that analyses a map.
struct MapOptions: ParsableArguments {
  @Argument(help: "A map folder (with actors.csv and ties.csv) or a ties file (edge list).")
  var map: String?

  @Option(help: ArgumentHelp("The actors file, instead of a map folder.", valueName: "file"))
  var actors: String?

  @Option(help: ArgumentHelp("The ties file, instead of a map folder.", valueName: "file"))
  var ties: String?

  @Flag(help: "Read each tie as running from source to target only.")
  var directed = false

  @Flag(help: "Use tie strengths: distance = 1/weight in path metrics, strength beside degree.")
  var weighted = false

  func validate() throws {
    if map != nil && (actors != nil || ties != nil) {
      throw ValidationError("Give either a map folder or file, or --actors/--ties, not both.")
    }
    if map == nil && actors == nil && ties == nil {
      throw ValidationError("Name a map: a folder with actors.csv and ties.csv, a ties file, or --actors and --ties.")
    }
  }

  /// What to call the map in reports.
  var sourceName: String { map ?? [actors, ties].compactMap { $0 }.joined(separator: " + ") }

  /// Reads the map, printing every problem and exiting with status 1 when it cannot.
  func loadMap() throws -> PartnershipMap {
    do {
      if let map { return try MapLoader.load(path: map) }
      return try MapLoader.load(actors: actors, ties: ties)
    } catch {
      DiagnosticPrinter.print(error.diagnostics)
      throw ExitCode.failure
    }
  }

  /// Builds the network to analyse, printing its warnings (merged ties, self-ties).
  func network(of map: PartnershipMap) -> Network {
    let network = Network(map, directed: directed, weighted: weighted)
    DiagnosticPrinter.print(network.diagnostics)
    return network
  }
}
