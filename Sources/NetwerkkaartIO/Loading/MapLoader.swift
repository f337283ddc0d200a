import Foundation
import NetwerkkaartCore
import OrderedCollections

/// Reads a netwerkkaart from disk, in any format ``MapFormat`` lists.
///
/// A CSV map is one of:
/// - a folder holding `actors.csv` and `ties.csv` (either may be missing: a folder with only
///   `ties.csv` is an edge list, one with only `actors.csv` a map without ties), and optionally
///   `map.csv` with the map's metadata as `key,value` rows;
/// - an explicit pair of files (``MapSource/files(actors:ties:metadata:)``);
/// - a lone ties file: an edge list whose actors are the ids it names, in order of appearance.
///
/// Other formats are chosen by extension (``MapFormat/detect(path:)``) or named.
///
/// Every problem in the files is collected and thrown together as a `MapError` (NetwerkkaartCore), each
/// diagnostic naming the file and line (or worksheet cell).
///
/// ```swift
/// let map = try MapLoader.load(path: "Examples/basisschool-de-linde")
/// let network = Network(map, weighted: true)
/// ```
///
/// ``read(_:format:)`` reads any ``MapSource``, bytes in memory included; ``load(_:)`` loads a
/// ``MapLoadRequest`` as the command line does (filters, without the ego, pseudonymisation).
public enum MapLoader {
  /// File names looked for inside a map folder.
  public static let actorsFileName = "actors.csv"
  /// The ties table of a map folder; a folder with only this file is an edge list.
  public static let tiesFileName = "ties.csv"
  /// The optional metadata table of a map folder (`key,value` rows: school, date, wave …).
  public static let metadataFileName = "map.csv"

  /// Reads a map in any readable format.
  public static func load(path: String, format: MapFormat? = nil) throws(MapError) -> PartnershipMap {
    try read(path: path, format: format).map
  }

  /// Reads a map in any readable format, keeping the warnings of reading it.
  public static func read(path: String, format: MapFormat? = nil) throws(MapError) -> LoadedMap {
    let (parts, files) = self.parts(path: path, format: format)
    return try assemble(parts, files: files)
  }

  /// Reads an actors file and a ties file; either may be `nil`, not both.
  public static func load(actors actorsPath: String?, ties tiesPath: String?) throws(MapError) -> PartnershipMap {
    try read(actors: actorsPath, ties: tiesPath).map
  }

  /// Reads an actors file and a ties file (and a metadata file), keeping the warnings.
  public static func read(actors actorsPath: String?, ties tiesPath: String?, metadata metadataPath: String? = nil)
    throws(MapError) -> LoadedMap
  {
    let (parts, files) = self.parts(actors: actorsPath, ties: tiesPath, metadata: metadataPath)
    return try assemble(parts, files: files)
  }

  /// What the file at `path` holds, problems included, before it is checked as a whole; and the
  /// files read, in reading order.
  static func parts(path: String, format: MapFormat?) -> (MapParts, [String?]) {
    func failure(_ message: Wording) -> (MapParts, [String?]) {
      var parts = MapParts()
      parts.diagnostics.append(.error(message, at: SourceLocation(file: path)))
      return (parts, [path])
    }
    guard let format = format ?? MapFormat.detect(path: path) else {
      return failure(MapFormat.unknownExtension)
    }
    guard format.isReadable else {
      return failure(writeOnly(format))
    }
    if format == .csv { return folderParts(path) }
    if format == .edgeList { return parts(actors: nil, ties: path, metadata: nil) }
    guard let bytes = contents(of: path) else {
      var parts = MapParts()
      parts.diagnostics.append(unreadable(path))
      return (parts, [path])
    }
    return (parts(bytes: bytes, path: path, format: format), [path])
  }

  /// Why a map in `format` (one that is not ``MapFormat/isReadable``) is not read.
  static func writeOnly(_ format: MapFormat) -> Wording {
    Wording(
      "\(format.rawValue) files can be written but not read; read the map from the file it was converted from",
      dutch:
        "\(format.rawValue)-bestanden kunnen geschreven maar niet gelezen worden; lees de kaart uit het bestand waaruit ze omgezet is"
    )
  }

  /// What the bytes of a single-file map hold, in a readable `format` other than a CSV folder;
  /// `path` names the file in messages.
  static func parts(bytes: [UInt8], path: String, format: MapFormat) -> MapParts {
    var parts = readParts(bytes: bytes, path: path, format: format)
    parts.diagnostics += AttributeNames.problems(in: parts)
    return parts
  }

  private static func readParts(bytes: [UInt8], path: String, format: MapFormat) -> MapParts {
    switch format {
    case .yaml, .json, .nodeLink: return MapDocumentReader.read(bytes, path: path)
    case .graphML: return GraphMLReader.read(bytes, path: path)
    case .pajek: return PajekReader.read(bytes, path: path)
    case .ucinet: return DLReader.read(bytes, path: path)
    case .xlsx: return WorkbookReader.read(bytes, path: path)
    case .edgeList:
      var parts = MapParts()
      var reader = TieTableReader()
      let result = CSVReader.read(bytes, path: path, streamingTo: &reader)
      parts.diagnostics += result.diagnostics
      if let document = result.document {
        parts.ties = reader.ties
        parts.diagnostics += reader.problems
        parts.remember(document)
      }
      return parts
    case .vna: return VNAReader.read(bytes, path: path)
    case .gexf: return GEXFReader.read(bytes, path: path)
    case .csv: return MapParts()
    }
  }

  static func parts(actors actorsPath: String?, ties tiesPath: String?, metadata metadataPath: String?) -> (
    MapParts, [String?]
  ) {
    var parts = MapParts()
    var actorReader = ActorTableReader()
    if let actorsPath, let document = readDocument(at: actorsPath, streamingTo: &actorReader, into: &parts.diagnostics)
    {
      parts.actors = actorReader.actors
      parts.diagnostics += actorReader.problems
      parts.remember(document)
    }
    var tieReader = TieTableReader()
    if let tiesPath, let document = readDocument(at: tiesPath, streamingTo: &tieReader, into: &parts.diagnostics) {
      parts.ties = tieReader.ties
      parts.diagnostics += tieReader.problems
      parts.remember(document)
    }
    if let metadataPath, let document = readDocument(at: metadataPath, into: &parts.diagnostics) {
      parts.metadata = MetadataTableReader.read(document, into: &parts.diagnostics)
    }
    if actorsPath == nil && tiesPath == nil {
      parts.diagnostics.append(
        .error(
          "no map given; name a map folder, a ties file, or an actors and a ties file",
          dutch: "geen kaart opgegeven; noem een kaartmap, een relatiebestand, of een actoren- en een relatiebestand"))
    }
    parts.diagnostics += AttributeNames.problems(in: parts)
    return (parts, [metadataPath, actorsPath, tiesPath])
  }

  private static func folderParts(_ path: String) -> (MapParts, [String?]) {
    var isFolder: ObjCBool = false
    var parts = MapParts()
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      parts.diagnostics.append(
        .error(
          "no such file or folder; give a map folder (with actors.csv and ties.csv) or a map file (\(MapFormat.extensionsText))",
          dutch:
            "bestand of map bestaat niet; geef een kaartmap (met actors.csv en ties.csv) of een kaartbestand (\(MapFormat.extensions.dutch))",
          at: SourceLocation(file: path)))
      return (parts, [path])
    }
    guard isFolder.boolValue else { return self.parts(actors: nil, ties: path, metadata: nil) }
    let actors = file(actorsFileName, in: path)
    let ties = file(tiesFileName, in: path)
    guard actors != nil || ties != nil else {
      parts.diagnostics.append(
        .error(
          "folder holds neither \(actorsFileName) nor \(tiesFileName); put the map's actors and ties there under these names",
          dutch:
            "map bevat noch \(actorsFileName) noch \(tiesFileName); zet de actoren en relaties van de kaart daar onder deze namen",
          at: SourceLocation(file: path)))
      return (parts, [path])
    }
    return self.parts(actors: actors, ties: ties, metadata: file(metadataFileName, in: path))
  }

  /// The path of `name` inside `folder`, if it exists.
  static func file(_ name: String, in folder: String) -> String? {
    let file = (folder as NSString).appendingPathComponent(name)
    return FileManager.default.fileExists(atPath: file) ? file : nil
  }

  /// Checks the parts as a whole (unknown actors, duplicate ids) and makes the map, or throws
  /// every error found, in reading order.
  static func assemble(_ parts: MapParts, files: [String?]) throws(MapError) -> LoadedMap {
    var parts = parts
    IDTrimming.trim(&parts)
    // Without a usable actors list (none given, or one already reported as broken), the actors
    // are the ids the ties name: a broken actors file must not make every tie an error too.
    let actors = parts.actors ?? actorsNamed(by: parts.ties)
    IDNormalization.unify(&parts.ties, actors: actors, into: &parts.diagnostics)
    let errors = parts.diagnostics.filter { $0.severity == .error }
    let warnings = parts.diagnostics.filter { $0.severity != .error }
    let map: PartnershipMap
    do {
      map = try PartnershipMap(actors: actors, ties: parts.ties, metadata: parts.metadata)
    } catch {
      throw MapError(diagnostics: sorted(errors + error.diagnostics, files: files))
    }
    guard errors.isEmpty else { throw MapError(diagnostics: sorted(errors, files: files)) }
    return LoadedMap(map: map, warnings: sorted(warnings, files: files), tables: parts.tables)
  }

  /// The actors of an edge list: every id it names, in order of first appearance.
  static func actorsNamed(by ties: TieRecords) -> [ActorRecord] {
    var seen = OrderedDictionary<ActorID, SourceLocation?>()
    for tie in ties {
      if seen[tie.source] == nil { seen[tie.source] = .some(tie.origin) }
      if seen[tie.target] == nil { seen[tie.target] = .some(tie.origin) }
    }
    return seen.map { ActorRecord(id: $0.key, origin: $0.value) }
  }

  static func readDocument(at path: String, into problems: inout [Diagnostic]) -> TableDocument? {
    guard let bytes = bytes(at: path, into: &problems) else { return nil }
    let result = CSVReader.read(bytes, path: path)
    problems += result.diagnostics
    return result.document
  }

  /// Reads the CSV file at `path`, handing its rows to `consumer` as they are parsed; the
  /// document returned has the header only (see `CSVReader.read(_:path:streamingTo:)`).
  static func readDocument(
    at path: String, streamingTo consumer: inout some TableRowConsumer, into problems: inout [Diagnostic]
  ) -> TableDocument? {
    guard let bytes = bytes(at: path, into: &problems) else { return nil }
    let result = CSVReader.read(bytes, path: path, streamingTo: &consumer)
    problems += result.diagnostics
    return result.document
  }

  /// The bytes of the file at `path`, or `nil` with the reason in `problems`.
  private static func bytes(at path: String, into problems: inout [Diagnostic]) -> [UInt8]? {
    guard let bytes = contents(of: path) else {
      problems.append(unreadable(path))
      return nil
    }
    return bytes
  }

  static func contents(of path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) }
  }

  /// Why `path` could not be read.
  static func unreadable(_ path: String) -> Diagnostic {
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
    return .error(
      exists
        ? (isFolder.boolValue ? FileWording.isFolder : FileWording.unreadable) : FileWording.missing,
      at: SourceLocation(file: path))
  }

  /// Diagnostics in reading order: by file (in the order given), then sheet, line and column.
  static func sorted(_ diagnostics: [Diagnostic], files: [String?]) -> [Diagnostic] {
    func rank(_ diagnostic: Diagnostic) -> (Int, String, Int, Int) {
      let file = files.firstIndex { $0 != nil && $0 == diagnostic.location?.file } ?? files.count
      let location = diagnostic.location
      return (file, location?.sheet ?? "", location?.line ?? 0, location?.column ?? 0)
    }
    return diagnostics.enumerated().sorted { a, b in
      let (left, right) = (rank(a.element), rank(b.element))
      return left != right ? left < right : a.offset < b.offset
    }.map(\.element)
  }
}
