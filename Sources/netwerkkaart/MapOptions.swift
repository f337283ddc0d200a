import ArgumentParser
import NetwerkkaartCore
import NetwerkkaartIO

/// How a subcommand finds its map and reads its ties; shared by every subcommand that analyses a map.
struct MapOptions: ParsableArguments {
  @OptionGroup var input: MapInput

  @Flag(help: "Read each tie as running from source to target only.")
  var directed = false

  @Flag(help: "Use tie strengths: distance = 1/weight in path metrics, strength beside degree.")
  var weighted = false

  @Flag(help: "Leave the focal school (the actor of type 'school') and its ties out: the map without the ego.")
  var withoutEgo = false

  /// What to call the map in reports.
  var sourceName: String { input.sourceName + (withoutEgo ? " [without the ego]" : "") }

  /// Reads the map, printing every problem and exiting with status 1 when it cannot.
  func loadMap() throws -> PartnershipMap {
    var map = try input.load()
    if withoutEgo {
      guard let school = map.focalSchool else {
        DiagnosticPrinter.standardError(
          "\(input.sourceName): error: --without-ego needs an actor of type 'school' to leave out; give the focal school type 'school'\n"
        )
        throw ExitCode.failure
      }
      map = map.removingActor(school)
    }
    if map.metadata.directed == true && !directed {
      DiagnosticPrinter.print([
        Diagnostic(
          .note,
          "the file marks its ties as directed; they are analysed as undirected unless you add --directed",
          at: SourceLocation(file: sourceName))
      ])
    }
    return map
  }

  /// Builds the network to analyse, printing its warnings (merged ties, self-ties).
  func network(of map: PartnershipMap) -> Network {
    let network = Network(map, directed: directed, weighted: weighted)
    DiagnosticPrinter.print(network.diagnostics)
    return network
  }
}
