import ArgumentParser
import NetwerkkaartCore
import NetwerkkaartIO

/// How a subcommand finds its one map and reads its ties; shared by every subcommand that
/// analyses a map. `compare` reads many maps with the same ``NetworkOptions`` and ``MapReading``.
struct MapOptions: ParsableArguments {
  @OptionGroup var input: MapInput

  @OptionGroup var analysis: NetworkOptions

  var directed: Bool { analysis.directed }
  var weighted: Bool { analysis.weighted }

  /// What to call the map in reports.
  var sourceName: String { analysis.sourceName(input.sourceName) }

  /// Reads the map, printing every problem and exiting with status 1 when it cannot.
  func loadMap() throws -> PartnershipMap {
    try analysis.prepared(input.load(), name: input.sourceName)
  }

  /// Builds the network to analyse, printing its warnings (merged ties, self-ties).
  func network(of map: PartnershipMap) -> Network { analysis.network(of: map) }
}
