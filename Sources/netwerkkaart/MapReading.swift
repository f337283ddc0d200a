import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

/// Reading a map the way every command does, for one map (``MapInput``) or many (`compare`):
/// the reader's warnings and every problem go to standard error, compiler-style, and a map
/// that cannot be read ends in ``ArgumentParser/ExitCode/failure`` after all its problems were
/// printed.
enum MapReading {
  /// Where a map is read from.
  enum Source {
    /// A map folder or a file in any readable format.
    case path(String)
    /// `--actors` and `--ties` files.
    case files(actors: String?, ties: String?)

    /// The paths as given: `kaart`, or `actors.csv + ties.csv`.
    var paths: String {
      switch self {
      case .path(let path): path
      case .files(let actors, let ties): [actors, ties].compactMap { $0 }.joined(separator: " + ")
      }
    }
  }

  /// Whether a `--ties` value is a filter: it holds `=`, `<` or `>` and is not an existing file.
  static func isFilter(_ value: String) -> Bool {
    value.contains { "=<>".contains($0) } && !FileManager.default.fileExists(atPath: value)
  }

  /// Checks `--ties` filters before any map is read, as a usage error.
  static func validate(filters: [String]) throws {
    for filter in filters {
      do {
        _ = try TieFilter(parsing: filter)
      } catch {
        throw ValidationError(error.description)
      }
    }
  }

  /// `name` with the filters, as reports name the map: `kaart [ties: motief=groei]`.
  static func name(_ name: String, filters: [String]) -> String {
    filters.isEmpty ? name : "\(name) [ties: \(filters.joined(separator: ", "))]"
  }

  /// Reads the map at `source` in `format` (from the extension when `nil`) and keeps the ties
  /// that pass every filter; with `--pseudonymise` the map comes back with codes for names (after
  /// the filters, which see the original values) and no message names anyone.
  static func load(_ source: Source, format: MapFormat?, filters: [String], pseudonyms: PseudonymOptions) throws
    -> PartnershipMap
  {
    let loaded: LoadedMap
    do throws(MapError) {
      switch source {
      case .path(let path): loaded = try MapLoader.read(path: path, format: format)
      case .files(let actors, let ties): loaded = try MapLoader.read(actors: actors, ties: ties)
      }
    } catch {
      pseudonyms.printUnread(error.diagnostics)
      throw ExitCode.failure
    }
    var map = loaded.map
    if !filters.isEmpty {
      do {
        map = try map.keepingTies(matching: filters.map { text throws(FilterError) in try TieFilter(parsing: text) })
      } catch {
        pseudonyms.printUnread(loaded.warnings)
        let name = name(pseudonyms.name(ofSource: source.paths), filters: filters)
        DiagnosticPrinter.standardError("\(name): error: \(error.description)\n")
        throw ExitCode.failure
      }
    }
    return try pseudonyms.apply(to: map, warnings: loaded.warnings, source: source.paths)
  }
}
