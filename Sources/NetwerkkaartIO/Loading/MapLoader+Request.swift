import Foundation
import NetwerkkaartCore

extension MapLoader {
  /// Loads and prepares the map `request` describes: read, filtered, coded, without its ego.
  ///
  /// Nothing is printed: the reader's warnings and the notes of pseudonymisation come back in
  /// ``PreparedMap/diagnostics``; a failure throws every diagnostic of the attempt.
  ///
  /// - Throws: ``MapLoadError``, whose ``MapLoadError/reason-swift.property`` names the step
  ///   that failed.
  public static func load(_ request: MapLoadRequest) throws(MapLoadError) -> PreparedMap {
    let source = request.source.name
    var pseudonymiser = request.pseudonymiser
    let hidesValues = pseudonymiser != nil
    let loaded: LoadedMap
    do throws(MapError) {
      loaded = try read(request.source, format: request.format)
    } catch {
      throw MapLoadError(
        .unreadable, diagnostics: hidesValues ? Pseudonymiser.redactingUnread(error.diagnostics) : error.diagnostics,
        valuesHidden: hidesValues, pseudonymiser: pseudonymiser)
    }
    var map = loaded.map
    if !request.tieFilters.isEmpty {
      do {
        map = try map.keepingTies(matching: request.tieFilters)
      } catch {
        let shown = hidesValues ? pseudonymiser?.name(ofSource: source) ?? "kaart" : source
        let warnings = hidesValues ? Pseudonymiser.redactingUnread(loaded.warnings) : loaded.warnings
        throw MapLoadError(
          .tieFilter,
          diagnostics: warnings + [
            .error(error.description, dutch: error.dutch, at: SourceLocation(file: request.marked(shown)))
          ],
          valuesHidden: hidesValues, pseudonymiser: pseudonymiser)
      }
    }
    var prepared = PreparedMap(
      map: map, source: request.source, sourceName: source, name: source, diagnostics: loaded.warnings,
      codeByID: [:], removedEgo: nil, pseudonymiser: nil)
    if var coding = pseudonymiser {
      let outcome = try coding.code(map, warnings: loaded.warnings, source: source)
      pseudonymiser = coding
      prepared.map = outcome.map
      prepared.codeByID = outcome.codeByID
      prepared.sourceName = outcome.name
      prepared.diagnostics = outcome.diagnostics
    }
    prepared.pseudonymiser = pseudonymiser
    prepared.name = request.marked(prepared.sourceName)
    if request.withoutEgo {
      guard let school = prepared.map.focalSchool else {
        throw MapLoadError(
          .noFocalSchool,
          diagnostics: prepared.diagnostics + [
            .error(
              "no actor of type 'school' to leave out as the ego; give the focal school type 'school'",
              dutch: "geen actor van type 'school' om als ego weg te laten; geef de focusschool type 'school'",
              at: SourceLocation(file: prepared.name))
          ], pseudonymiser: pseudonymiser)
      }
      prepared.map = prepared.map.removingActor(school)
      prepared.removedEgo = school
      prepared.name += " [without the ego]"
    }
    return prepared
  }

  /// Reads the map at `source` in `format` (by default from the path's extension, or sniffed
  /// from bytes), keeping the warnings of reading it.
  ///
  /// ```swift
  /// let loaded = try MapLoader.read(.text("source,target\nschool,clb\n", format: .edgeList))
  /// loaded.map.ties.count  // 1
  /// ```
  public static func read(_ source: MapSource, format: MapFormat? = nil) throws(MapError) -> LoadedMap {
    let (parts, files) = self.parts(of: source, format: format)
    return try assemble(parts, files: files)
  }

  /// What `source` holds, problems included, and the files read in reading order.
  static func parts(of source: MapSource, format: MapFormat?) -> (MapParts, [String?]) {
    switch source {
    case .path(let path):
      return parts(path: path, format: format)
    case .files(let actors, let ties, let metadata):
      return parts(actors: actors, ties: ties, metadata: metadata)
    case .url(let url):
      guard url.isFileURL else {
        var parts = MapParts()
        parts.diagnostics.append(
          .error(
            "only file URLs are read; download the map and read its bytes",
            dutch: "alleen bestands-URL's worden gelezen; download de kaart en lees haar bytes",
            at: SourceLocation(file: source.name)))
        return (parts, [source.name])
      }
      return parts(path: url.path, format: format)
    case .data(let data, let given, let name):
      return (parts(data: [UInt8](data), name: name, format: format ?? given), [name])
    }
  }

  /// What the bytes of a single-file map hold; `name` stands for the file in messages.
  private static func parts(data bytes: [UInt8], name: String, format: MapFormat?) -> MapParts {
    func failure(_ message: Wording) -> MapParts {
      var parts = MapParts()
      parts.diagnostics.append(.error(message, at: SourceLocation(file: name)))
      return parts
    }
    guard let format = format ?? MapFormat.sniff(bytes) else {
      return failure(
        Wording("cannot tell the format of the data; ", dutch: "het formaat van de gegevens is niet te herkennen; ")
          + MapFormat.naming + Wording(" (\(MapFormat.names))", dutch: " (\(MapFormat.names))"))
    }
    switch format {
    case .csv:
      return failure(
        Wording(
          "a CSV map is a folder of files; in memory, give the ties as an edge list (edgelist) or the map in another format",
          dutch:
            "een CSV-kaart is een map met bestanden; geef in het geheugen de relaties als lijst (edgelist) of de kaart in een ander formaat"
        ))
    default:
      return parts(bytes: bytes, path: name, format: format)
    }
  }
}
