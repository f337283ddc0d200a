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

  @OptionGroup var pseudonyms: PseudonymOptions

  func validate() throws {
    if tieArguments.count - tieFilters.count > 1 {
      throw ValidationError(.oneTiesFile)
    }
    try MapReading.validate(filters: tieFilters)
    if map != nil && (actors != nil || ties != nil) {
      throw ValidationError(.mapOrFiles)
    }
    if map == nil && actors == nil && ties == nil {
      throw ValidationError(.nameAMap)
    }
  }

  /// Where the map is read from.
  var source: MapSource { map.map { .path($0) } ?? .files(actors: actors, ties: ties) }

  /// The paths the map is read from, as given (for messages before it is loaded).
  var sourceName: String { source.name }

  /// Every file the map is read from (a folder's own files included) and the key file, for
  /// refusing to write over them.
  var files: [String] {
    guard let map else { return [actors, ties, pseudonyms.key].compactMap { $0 } }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: map, isDirectory: &isFolder), isFolder.boolValue else {
      return [map] + [pseudonyms.key].compactMap { $0 }
    }
    return [map] + [pseudonyms.key].compactMap { $0 }
      + [MapLoader.actorsFileName, MapLoader.tiesFileName, MapLoader.metadataFileName].map {
        (map as NSString).appendingPathComponent($0)
      }
  }

  /// Reads the map as ``NetwerkkaartIO/MapLoader/load(_:)`` does, printing its warnings and
  /// notes; prints every problem and exits with status 1 when it cannot. With `--pseudonymise`
  /// the map comes back with codes for names (after the `--ties` filters, which see the
  /// original values) and no message names anyone. `withoutEgo` leaves out the focal school.
  func load(withoutEgo: Bool = false) throws -> PreparedMap {
    let request = MapLoadRequest(
      source: source, format: from, tieFilters: MapReading.filters(tieFilters), withoutEgo: withoutEgo,
      pseudonymiser: pseudonyms.pseudonymiser)
    var printer = MapReading.Printer()
    do {
      let prepared = try MapLoader.load(request)
      printer.print(prepared)
      return prepared
    } catch {
      printer.print(error)
      throw ExitCode.failure
    }
  }
}
