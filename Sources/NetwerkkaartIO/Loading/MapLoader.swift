import Foundation
import NetwerkkaartCore
import OrderedCollections

/// Reads a netwerkkaart from disk.
///
/// A map is one of:
/// - a folder holding `actors.csv` and `ties.csv` (either may be missing: a folder with only
///   `ties.csv` is an edge list, one with only `actors.csv` a map without ties);
/// - an explicit pair of files (`--actors FILE --ties FILE`);
/// - a lone ties file: an edge list whose actors are the ids it names, in order of appearance.
///
/// Every problem in the files is collected and thrown together as a ``NetwerkkaartCore/MapError``, each
/// diagnostic naming the file and physical line.
///
/// ```swift
/// let map = try MapLoader.load(path: "Examples/basisschool-de-linde")
/// let network = Network(map, weighted: true)
/// ```
public enum MapLoader {
  /// File names looked for inside a map folder.
  public static let actorsFileName = "actors.csv"
  public static let tiesFileName = "ties.csv"

  /// Reads a map folder or a lone ties file.
  public static func load(path: String) throws(MapError) -> PartnershipMap {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw MapError(diagnostics: [
        .error(
          "no such file or folder; give a map folder (with actors.csv and ties.csv) or a ties file",
          at: SourceLocation(file: path))
      ])
    }
    guard isFolder.boolValue else { return try load(actors: nil, ties: path) }
    let actors = (path as NSString).appendingPathComponent(actorsFileName)
    let ties = (path as NSString).appendingPathComponent(tiesFileName)
    let hasActors = FileManager.default.fileExists(atPath: actors)
    let hasTies = FileManager.default.fileExists(atPath: ties)
    guard hasActors || hasTies else {
      throw MapError(diagnostics: [
        .error(
          "folder holds neither \(actorsFileName) nor \(tiesFileName); put the map's actors and ties there under these names",
          at: SourceLocation(file: path))
      ])
    }
    return try load(actors: hasActors ? actors : nil, ties: hasTies ? ties : nil)
  }

  /// Reads an actors file and a ties file; either may be `nil`, not both.
  public static func load(actors actorsPath: String?, ties tiesPath: String?) throws(MapError) -> PartnershipMap {
    var problems: [Diagnostic] = []
    var actors: [ActorRecord]?
    var ties: [TieRecord] = []
    if let actorsPath, let document = readDocument(at: actorsPath, into: &problems) {
      actors = ActorTableReader.read(document, into: &problems)
    }
    if let tiesPath {
      if let document = readDocument(at: tiesPath, into: &problems) {
        ties = TieTableReader.read(document, into: &problems)
      }
    }
    // Without a usable actors file (none given, or one already reported as broken), the actors
    // are the ids the ties name: a broken actors file must not make every tie an error too.
    let knownActors = actors ?? actorsNamed(by: ties)
    if actorsPath == nil && tiesPath == nil {
      problems.append(.error("no map given; name a map folder, a ties file, or --actors and --ties"))
    }
    let map: PartnershipMap
    do {
      map = try PartnershipMap(actors: knownActors, ties: ties)
    } catch {
      throw MapError(diagnostics: sorted(problems + error.diagnostics, files: [actorsPath, tiesPath]))
    }
    guard problems.isEmpty else { throw MapError(diagnostics: sorted(problems, files: [actorsPath, tiesPath])) }
    return map
  }

  /// The actors of an edge list: every id it names, in order of first appearance.
  static func actorsNamed(by ties: [TieRecord]) -> [ActorRecord] {
    var seen = OrderedDictionary<ActorID, SourceLocation?>()
    for tie in ties {
      if seen[tie.source] == nil { seen[tie.source] = .some(tie.origin) }
      if seen[tie.target] == nil { seen[tie.target] = .some(tie.origin) }
    }
    return seen.map { ActorRecord(id: $0.key, origin: $0.value) }
  }

  static func readDocument(at path: String, into problems: inout [Diagnostic]) -> CSVDocument? {
    guard let data = FileManager.default.contents(atPath: path) else {
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      problems.append(
        .error(
          exists
            ? (isFolder.boolValue ? "is a folder, not a file" : "cannot be read; check its permissions")
            : "no such file", at: SourceLocation(file: path)))
      return nil
    }
    let result = CSVReader.read([UInt8](data), path: path)
    problems += result.diagnostics
    return result.document
  }

  /// Diagnostics in reading order: by file (in the order given), then line.
  static func sorted(_ diagnostics: [Diagnostic], files: [String?]) -> [Diagnostic] {
    func rank(_ diagnostic: Diagnostic) -> (Int, Int) {
      let file = files.firstIndex { $0 != nil && $0 == diagnostic.location?.file } ?? files.count
      return (file, diagnostic.location?.line ?? 0)
    }
    return diagnostics.enumerated().sorted { a, b in
      let (left, right) = (rank(a.element), rank(b.element))
      return left != right ? left < right : a.offset < b.offset
    }.map(\.element)
  }
}
