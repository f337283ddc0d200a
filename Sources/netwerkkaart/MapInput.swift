import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

extension MapFormat: ExpressibleByArgument {}

/// Where a subcommand reads its map: a map folder or file in any format, or `--actors` and
/// `--ties` files.
struct MapInput: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "The map: a folder with actors.csv and ties.csv, or a file (.csv edge list, .yaml, .json, .xlsx, .graphml, .net, .dl).",
      valueName: "map"))
  var map: String?

  @Option(help: ArgumentHelp("The actors file, instead of a map folder.", valueName: "file"))
  var actors: String?

  @Option(
    name: .customLong("ties"),
    help: ArgumentHelp(
      "The ties file, instead of a map folder; or, repeatable, a filter on the ties to analyse: motief=groei, vorm!=online, weight>=3.",
      valueName: "file|filter"))
  var tieArguments: [String] = []

  /// The ties file: the one `--ties` value that is not a filter.
  var ties: String? { tieArguments.first { !MapReading.isFilter($0) } }

  /// The tie filters among the `--ties` values: a value with `=`, `<` or `>` that is not an
  /// existing file.
  var tieFilters: [String] { tieArguments.filter(MapReading.isFilter) }

  @Option(help: ArgumentHelp("The map's format, when its extension does not say.", valueName: "format"))
  var from: MapFormat?

  func validate() throws {
    if tieArguments.count - tieFilters.count > 1 {
      throw ValidationError("Give one ties file; other --ties values must be filters such as motief=groei.")
    }
    try MapReading.validate(filters: tieFilters)
    if map != nil && (actors != nil || ties != nil) {
      throw ValidationError("Give either a map folder or file, or --actors/--ties, not both.")
    }
    if map == nil && actors == nil && ties == nil {
      throw ValidationError("Name a map: a folder with actors.csv and ties.csv, a map file, or --actors and --ties.")
    }
  }

  /// What to call the map in reports.
  var sourceName: String {
    MapReading.name(map ?? [actors, ties].compactMap { $0 }.joined(separator: " + "), filters: tieFilters)
  }

  /// Every file the map is read from (a folder's own files included), for refusing to write
  /// over them.
  var files: [String] {
    guard let map else { return [actors, ties].compactMap { $0 } }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: map, isDirectory: &isFolder), isFolder.boolValue else { return [map] }
    return [map]
      + [MapLoader.actorsFileName, MapLoader.tiesFileName, MapLoader.metadataFileName].map {
        (map as NSString).appendingPathComponent($0)
      }
  }

  /// Reads the map, printing the reader's warnings; prints every problem and exits with
  /// status 1 when it cannot.
  func load() throws -> PartnershipMap {
    try MapReading.load(
      map.map { .path($0) } ?? .files(actors: actors, ties: ties), format: from, filters: tieFilters, name: sourceName)
  }
}
