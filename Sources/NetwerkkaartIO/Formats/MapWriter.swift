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
        diagnostic: .error(
          "unknown file extension; use \(MapFormat.extensionsText), or name the format", at: location))
    }
    guard format.isWritable else {
      throw WriteError(
        diagnostic: .error(
          "\(format.rawValue) files can be read but not written; choose another format (\(writableNames))",
          at: location))
    }
    do {
      switch format {
      case .csv: try writeFolder(map, to: path)
      case .edgeList: try save(CSVMapWriter.tiesTable(map), to: path)
      case .yaml: try save(MapDocumentWriter.yaml(map), to: path)
      case .json: try save(MapDocumentWriter.json(map), to: path)
      case .nodeLink: try save(NodeLinkWriter.json(map), to: path)
      case .graphML: try save(GraphMLWriter.document(map), to: path)
      case .gexf: try save(GEXFWriter.document(map), to: path)
      case .pajek: try save(PajekWriter.document(map), to: path)
      case .xlsx: try WorkbookWriter(sheets: WorkbookWriter.sheets(for: map)).write(to: URL(fileURLWithPath: path))
      case .ucinet: try save(DLWriter.document(map, layout: dlLayout), to: path)
      case .vna: try save(VNAWriter.document(map), to: path)
      }
    } catch let error as WriteError {
      throw error
    } catch {
      throw WriteError(
        diagnostic: .error(
          "cannot write the file: \((error as NSError).localizedDescription); check that its folder exists and is writable",
          at: location))
    }
    let lost =
      switch format {
      case .ucinet: DLWriter.losses(map, layout: dlLayout)
      case .vna: VNAWriter.losses(map)
      default: losses(map, format: format)
      }
    return lost.map { .warning($0, at: location) }
  }

  /// The names of the formats that can be written, for messages.
  public static var writableNames: String {
    MapFormat.allCases.filter(\.isWritable).map(\.rawValue).joined(separator: ", ")
  }

  /// What of `map` a file in `format` cannot hold, one sentence each.
  public static func losses(_ map: PartnershipMap, format: MapFormat) -> [String] {
    var losses: [String] = []
    switch format {
    case .edgeList:
      let described = map.actors.filter {
        $0.label != nil || $0.role != nil || $0.type != nil || !$0.attributes.isEmpty
      }
      if !described.isEmpty {
        losses.append(
          "an edge list holds ties only: the labels, roles, types and attributes of \(described.count) actors are not written; write a map folder (csv), yaml, xlsx or graphml to keep them"
        )
      }
      let tied = Set(map.ties.flatMap { [$0.source, $0.target] })
      let isolates = map.actors.filter { !tied.contains($0.id) }
      if !isolates.isEmpty {
        losses.append(
          "an edge list cannot list actors without ties: \(isolates.prefix(5).map { "\"\($0.id)\"" }.joined(separator: ", "))\(isolates.count > 5 ? " and \(isolates.count - 5) more" : "") left out"
        )
      }
      if !map.metadata.isEmpty {
        losses.append(
          "an edge list has no place for the map's metadata (\(map.metadata.entries.map(\.key).joined(separator: ", ")))"
        )
      }
    case .gexf:
      let lost = GEXFWriter.losses(map)
      if !lost.isEmpty {
        losses.append(
          "GEXF keeps only the school and an ISO date of the map's metadata; left out: \(lost.joined(separator: ", "))")
      }
    default: break
    }
    if [.graphML, .gexf, .xlsx].contains(format) {
      let texts =
        map.actors.flatMap { [$0.id.rawValue, $0.label ?? ""] + $0.attributes.values }
        + map.ties.flatMap { $0.attributes.values } + map.metadata.entries.map(\.value)
      if let bad = texts.first(where: { !XMLText.isRepresentable($0) }) {
        losses.append(
          "XML cannot hold control characters; they were dropped from \"\(bad.filter { $0.isLetter || $0 == " " })\" and any other value holding them"
        )
      }
    }
    return losses
  }

  private static func save(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
  }

  private static func writeFolder(_ map: PartnershipMap, to path: String) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
      throw WriteError(
        diagnostic: .error(
          "is a file; a CSV map is a folder (actors.csv, ties.csv, map.csv): name a folder, or a file with an extension",
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
