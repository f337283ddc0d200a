import NetwerkkaartCore

/// Everything `netwerkkaart validate` checks, in one pass over a map file, so that a
/// transcription's problems all come out at once:
///
/// 1. what the reader found (syntax, missing columns, bad weights, unknown roles);
/// 2. the records as a whole (duplicate ids, ties naming unknown actors);
/// 3. the codebook (`CodebookCheck`): values outside a closed list are errors;
/// 4. suspicious data (`MapInspection`, and ties listed twice or to
///    themselves, as `Network` reports them): warnings.
///
/// Steps 3 and 4 run on the records even when step 2 fails: ties listed twice and self-ties are
/// then found among the records that do fit together, so that errors and warnings come out at
/// once.
public enum MapValidator {
  /// The outcome of a validation: the map, when it could be built, and every diagnostic.
  ///
  /// ```swift
  /// let result = MapValidator.validate(path: "Examples/basisschool-de-linde")
  /// for diagnostic in result.diagnostics { print(diagnostic) }
  /// ```
  public struct Result: Sendable {
    /// The map, when it could be built.
    public var map: PartnershipMap?
    /// Every error and warning, in file order.
    public var diagnostics: [Diagnostic]
    /// The number of distinct ties (pairs, or ordered pairs when directed) once the tie records
    /// of one pair are merged, as `metrics` counts them; `nil` when no map could be built.
    public var distinctTies: Int?

    /// Whether the map has no errors (warnings are allowed).
    public var isValid: Bool { map != nil && !diagnostics.contains { $0.severity == .error } }
  }

  /// Validates the map at `path` (any readable format).
  public static func validate(
    path: String, format: MapFormat? = nil, directed: Bool = false, codebook: Codebook = .partnership
  ) -> Result {
    let (parts, files) = MapLoader.parts(path: path, format: format)
    return validate(parts, files: files, directed: directed, codebook: codebook)
  }

  /// Validates the map at `source`: a path, a pair of files, a file URL, or a single-file map
  /// held in memory (its format given or sniffed).
  public static func validate(
    _ source: MapSource, format: MapFormat? = nil, directed: Bool = false, codebook: Codebook = .partnership
  ) -> Result {
    let (parts, files) = MapLoader.parts(of: source, format: format)
    return validate(parts, files: files, directed: directed, codebook: codebook)
  }

  /// Validates an actors file and a ties file.
  public static func validate(
    actors: String?, ties: String?, directed: Bool = false, codebook: Codebook = .partnership
  ) -> Result {
    let (parts, files) = MapLoader.parts(actors: actors, ties: ties, metadata: nil)
    return validate(parts, files: files, directed: directed, codebook: codebook)
  }

  static func validate(_ parts: MapParts, files: [String?], directed: Bool, codebook: Codebook) -> Result {
    let actors = parts.actors ?? MapLoader.actorsNamed(by: parts.ties)
    let tables = parts.tables
    let locator = LoadedMap.Locator(tables: tables)
    var findings = CodebookCheck(codebook: codebook).check(actors: actors, ties: parts.ties, locate: locator.locate)
    findings += MapInspection.warnings(actors: actors, ties: parts.ties)
    do {
      // The actors of an edge list are made once, here, not again in `assemble`.
      var parts = parts
      parts.actors = actors
      let loaded = try MapLoader.assemble(parts, files: files)
      // Only the merge's warnings and count are needed, not the network itself.
      let network = Network.mergeReport(of: loaded.map, directed: directed || loaded.map.metadata.directed == true)
      let all = loaded.warnings + findings + network.diagnostics
      return Result(
        map: loaded.map, diagnostics: MapLoader.sorted(all, files: files), distinctTies: network.tieCount)
    } catch {
      let tieWarnings = tieWarnings(parts, actors: actors, directed: directed)
      return Result(map: nil, diagnostics: MapLoader.sorted(error.diagnostics + findings + tieWarnings, files: files))
    }
  }

  /// The warnings of ``NetwerkkaartCore/Network`` (ties listed twice, self-ties) for records that
  /// do not make a map: kept are the first actor of each id, the actors the ties name, and the
  /// ties with a positive weight.
  static func tieWarnings(_ parts: MapParts, actors: [ActorRecord], directed: Bool) -> [Diagnostic] {
    var known = Set<ActorID>()
    var kept = actors.filter { known.insert($0.id).inserted }
    for tie in parts.ties {
      for end in [tie.source, tie.target] where known.insert(end).inserted { kept.append(ActorRecord(id: end)) }
    }
    let ties = parts.ties.filter { $0.weight.isFinite && $0.weight > 0 }
    guard let map = try? PartnershipMap(actors: kept, ties: ties, metadata: parts.metadata) else { return [] }
    return Network(map, directed: directed || map.metadata.directed == true).diagnostics.filter {
      $0.severity == .warning
    }
  }
}
