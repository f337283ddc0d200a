import ArgumentParser
import NetwerkkaartCore
import NetwerkkaartIO

/// How the commands that read several maps (`compare`, `diff`, `report`) read them: the maps'
/// format, the tie filters and pseudonymisation, the same for every map. The maps themselves are
/// each command's arguments; `--without-ego` is in ``NetworkOptions``.
struct MapsInput: ParsableArguments {
  @Option(help: ArgumentHelp("The maps' format, when their extensions do not say.", valueName: "format"))
  var from: MapFormat?

  @OptionGroup var ties: TieFilterOptions

  @OptionGroup var pseudonyms: PseudonymOptions

  /// Loads every map at `paths` as ``NetwerkkaartIO/MapBatch`` does, nothing printed yet.
  func batch(_ paths: [String], withoutEgo: Bool) -> MapBatch {
    MapBatch(
      loading: paths.map { .path($0) }, format: from, tieFilters: MapReading.filters(ties.filters),
      withoutEgo: withoutEgo, pseudonymiser: pseudonyms.pseudonymiser)
  }
}
