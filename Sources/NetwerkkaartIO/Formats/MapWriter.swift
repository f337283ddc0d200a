import Foundation
import NetwerkkaartCore

/// Writes a netwerkkaart in any writable ``MapFormat``, and says what the format cannot hold.
///
/// ```swift
/// let map = try MapLoader.load(path: "Examples/basisschool-de-linde")
/// let notes = try MapWriter.write(map, to: "de-linde.graphml")
/// ```
public enum MapWriter {
  /// A file that could not be written.
  public struct WriteError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The problem, at the file it concerns, with what to change.
    public var diagnostic: Diagnostic
    /// The problem, compiler style (`out.dl: error: …`).
    public var description: String { diagnostic.description }
    /// The same as ``description``.
    public var errorDescription: String? { description }
  }

  /// Writes `map` to `path` in `format` (by default the one its extension names) and returns
  /// warnings for everything of the map the format cannot hold; nothing is left out silently.
  /// `dlLayout` chooses a UCINET file's layout (full matrix or edge list).
  @discardableResult
  public static func write(
    _ map: PartnershipMap, to path: String, format: MapFormat? = nil, dlLayout: DLWriter.Layout = .fullMatrix
  ) throws(WriteError) -> [Diagnostic] {
    let location = SourceLocation(file: path)
    guard let format = format ?? MapFormat.detect(path: path) else {
      throw WriteError(
        diagnostic: .error(MapFormat.unknownExtension, at: location))
    }
    try checkWritable(format, at: location)
    if format == .ucinet, let problem = DLWriter.sizeProblem(map, layout: dlLayout) {
      throw WriteError(diagnostic: .error(problem, at: location))
    }
    do {
      switch format {
      case .csv: try writeFolder(map, to: path)
      case .xlsx: try WorkbookWriter(sheets: WorkbookWriter.sheets(for: map)).write(to: URL(fileURLWithPath: path))
      default: try save(try text(map, format: format, dlLayout: dlLayout), to: path)
      }
    } catch let error as WriteError {
      throw error
    } catch {
      throw WriteError(
        diagnostic: .error(
          Wording(
            "cannot write the file: \((error as NSError).localizedDescription); ",
            dutch: "het bestand kan niet geschreven worden: \((error as NSError).localizedDescription); ")
            + FileWording.checkFolder, at: location))
    }
    let lost =
      switch format {
      case .ucinet: DLWriter.losses(map, layout: dlLayout)
      case .vna: VNAWriter.losses(map)
      default: losses(map, format: format)
      }
    return lost.map { .warning($0, at: location) }
  }

  /// Refuses a format that cannot be written.
  static func checkWritable(_ format: MapFormat, at location: SourceLocation) throws(WriteError) {
    guard format.isWritable else {
      throw WriteError(
        diagnostic: .error(
          "\(format.rawValue) files can be read but not written; choose another format (\(writableNames))",
          dutch:
            "\(format.rawValue)-bestanden kunnen gelezen maar niet geschreven worden; kies een ander formaat (\(writableNames))",
          at: location))
    }
  }

  /// The text of a single-file map in a text `format` (not `csv` or `xlsx`); UCINET DL in `dlLayout`.
  static func text(_ map: PartnershipMap, format: MapFormat, dlLayout: DLWriter.Layout = .fullMatrix) throws
    -> String
  {
    switch format {
    case .edgeList: CSVMapWriter.tiesTable(map)
    case .yaml: try MapDocumentWriter.yaml(map)
    case .json: MapDocumentWriter.json(map)
    case .nodeLink: NodeLinkWriter.json(map)
    case .graphML: GraphMLWriter.document(map)
    case .gexf: GEXFWriter.document(map)
    case .pajek: PajekWriter.document(map)
    case .ucinet: DLWriter.document(map, layout: dlLayout)
    case .vna: VNAWriter.document(map)
    case .csv, .xlsx: ""
    }
  }

  /// The names of the writable formats, for messages.
  public static var writableNames: String {
    MapFormat.allCases.filter(\.isWritable).map(\.rawValue).joined(separator: ", ")
  }

  /// What of `map` a file in `format` cannot hold, one sentence each.
  public static func losses(_ map: PartnershipMap, format: MapFormat) -> [Wording] {
    var losses: [Wording] = []
    switch format {
    case .edgeList:
      let described = map.actors.filter {
        $0.label != nil || $0.role != nil || $0.type != nil || !$0.attributes.isEmpty
      }
      if !described.isEmpty {
        losses.append(
          Wording("an edge list holds ties only: ", dutch: "een lijst van relaties (edgelist) bevat alleen relaties: ")
            + LossWording.actorDetails(described.count)
            + Wording(
              "; write a map folder (csv), yaml, xlsx or graphml to keep them",
              dutch: "; schrijf een kaartmap (csv), yaml, xlsx of graphml om ze te bewaren"))
      }
      let tied = Set(map.ties.flatMap { [$0.source, $0.target] })
      let isolates = map.actors.filter { !tied.contains($0.id) }
      if !isolates.isEmpty {
        let names = isolates.prefix(5).map { "\"\($0.id)\"" }.joined(separator: ", ")
        let more = isolates.count - 5
        losses.append(
          Wording(
            "an edge list cannot list actors without ties: \(names)\(more > 0 ? " and \(more) more" : "") left out",
            dutch:
              "een lijst van relaties kan geen actoren zonder relaties noemen: \(names)\(more > 0 ? " en nog \(more)" : "") weggelaten"
          ))
      }
      if !map.metadata.isEmpty {
        losses.append(
          LossWording.noPlaceForMetadata(
            in: Wording("an edge list", dutch: "een lijst van relaties"), keys: map.metadata.entries.map(\.key)))
      }
    case .gexf:
      let lost = GEXFWriter.losses(map)
      if !lost.isEmpty {
        losses.append(
          Wording(
            "GEXF keeps only the school and an ISO date of the map's metadata; left out: \(lost.joined(separator: ", "))",
            dutch:
              "GEXF bewaart van de metadata van de kaart alleen de school en een ISO-datum; weggelaten: \(lost.joined(separator: ", "))"
          ))
      }
    default: break
    }
    if [.graphML, .gexf, .xlsx].contains(format) {
      let texts =
        map.actors.flatMap { [$0.id.rawValue, $0.label ?? ""] + $0.attributes.values }
        + map.ties.flatMap { $0.attributes.values } + map.metadata.entries.map(\.value)
      if let bad = texts.first(where: { !XMLText.isRepresentable($0) }) {
        let shown = bad.filter { $0.isLetter || $0 == " " }
        losses.append(
          Wording(
            "XML cannot hold control characters; they were dropped from \"\(shown)\" and any other value holding them",
            dutch:
              "XML kan geen stuurtekens bevatten; ze zijn weggelaten uit \"\(shown)\" en uit elke andere waarde die ze bevat"
          ))
      }
    }
    return losses
  }

  private static func save(_ text: String, to path: String) throws {
    try AtomicFile.write(Data(text.utf8), to: path)
  }

  private static func writeFolder(_ map: PartnershipMap, to path: String) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
      throw WriteError(
        diagnostic: .error(
          "is a file; a CSV map is a folder (actors.csv, ties.csv, map.csv): name a folder, or a file with an extension",
          dutch:
            "is een bestand; een CSV-kaart is een map (actors.csv, ties.csv, map.csv): noem een map, of een bestand met een extensie",
          at: SourceLocation(file: path)))
    }
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let folder = URL(fileURLWithPath: path)
    try save(CSVMapWriter.actorsTable(map), to: folder.appendingPathComponent(MapLoader.actorsFileName).path)
    try save(CSVMapWriter.tiesTable(map), to: folder.appendingPathComponent(MapLoader.tiesFileName).path)
    let metadataPath = folder.appendingPathComponent(MapLoader.metadataFileName).path
    if !map.metadata.isEmpty {
      try save(CSVMapWriter.metadataTable(map.metadata), to: metadataPath)
    } else if FileManager.default.fileExists(atPath: metadataPath) {
      // A stale map.csv from an earlier conversion would otherwise join this map.
      try FileManager.default.removeItem(atPath: metadataPath)
    }
  }
}
