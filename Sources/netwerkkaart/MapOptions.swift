import ArgumentParser
import NetwerkkaartCore
import NetwerkkaartIO

/// How a subcommand finds its one map and reads its ties; shared by every subcommand that
/// analyses a map. The commands that read many maps take ``MapsInput`` and ``NetworkOptions``.
struct MapOptions: ParsableArguments {
  @OptionGroup var input: MapInput

  @OptionGroup var analysis: NetworkOptions

  var directed: Bool { analysis.directed }
  var weighted: Bool { analysis.weighted }

  /// Reads the map (without its ego under `--without-ego`), printing every problem and exiting
  /// with status 1 when it cannot. The map's ``NetwerkkaartIO/PreparedMap/name`` is what
  /// reports call it.
  func loadMap() throws -> PreparedMap {
    let prepared = try input.load(withoutEgo: analysis.withoutEgo)
    analysis.noteDirected(prepared)
    return prepared
  }

  /// Builds the network to analyse, printing its warnings (merged ties, self-ties).
  func network(of map: PartnershipMap) -> Network { analysis.network(of: map) }
}
