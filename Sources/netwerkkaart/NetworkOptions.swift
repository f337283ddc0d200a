import ArgumentParser
import NetwerkkaartCore

/// How a map's ties are analysed: direction, weights, and whether the focal school is left out.
/// Shared by every command that analyses maps, one (``MapOptions``) or many (`compare`).
struct NetworkOptions: ParsableArguments {
  @Flag(help: "Read each tie as running from source to target only.")
  var directed = false

  @Flag(help: "Use tie strengths: distance = 1/weight in path metrics, strength beside degree.")
  var weighted = false

  @Flag(help: "Leave the focal school (the actor of type 'school') and its ties out: the map without the ego.")
  var withoutEgo = false

  /// `name` as reports show it, marked when the ego is left out.
  func sourceName(_ name: String) -> String { name + (withoutEgo ? " [without the ego]" : "") }

  /// The settings in words, for a report heading.
  var settings: [String] { withoutEgo ? ["without the ego (the actor of type 'school' left out)"] : [] }

  /// The map as analysed: without its focal school under `--without-ego` (an error when it has
  /// none), with a note when the file marks its ties as directed but `--directed` is not given.
  /// `name` is the map as reports name it.
  func prepared(_ map: PartnershipMap, name: String) throws -> PartnershipMap {
    var map = map
    if withoutEgo {
      guard let school = map.focalSchool else {
        DiagnosticPrinter.standardError(
          "\(name): error: --without-ego needs an actor of type 'school' to leave out; give the focal school type 'school'\n"
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
          at: SourceLocation(file: sourceName(name)))
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
