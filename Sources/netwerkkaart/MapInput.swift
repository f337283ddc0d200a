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

  @Option(help: ArgumentHelp("The ties file, instead of a map folder.", valueName: "file"))
  var ties: String?

  @Option(help: ArgumentHelp("The map's format, when its extension does not say.", valueName: "format"))
  var from: MapFormat?

  func validate() throws {
    if map != nil && (actors != nil || ties != nil) {
      throw ValidationError("Give either a map folder or file, or --actors/--ties, not both.")
    }
    if map == nil && actors == nil && ties == nil {
      throw ValidationError("Name a map: a folder with actors.csv and ties.csv, a map file, or --actors and --ties.")
    }
  }

  /// What to call the map in reports.
  var sourceName: String { map ?? [actors, ties].compactMap { $0 }.joined(separator: " + ") }

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
    do throws(MapError) {
      let loaded: LoadedMap
      if let map {
        loaded = try MapLoader.read(path: map, format: from)
      } else {
        loaded = try MapLoader.read(actors: actors, ties: ties)
      }
      DiagnosticPrinter.print(loaded.warnings)
      return loaded.map
    } catch {
      DiagnosticPrinter.print(error.diagnostics)
      throw ExitCode.failure
    }
  }
}
