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
/// Steps 3 and 4 run on the records even when step 2 fails.
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
      let loaded = try MapLoader.assemble(parts, files: files)
      let network = Network(loaded.map, directed: directed || loaded.map.metadata.directed == true)
      let all = loaded.warnings + findings + network.diagnostics
      return Result(map: loaded.map, diagnostics: MapLoader.sorted(all, files: files))
    } catch {
      return Result(map: nil, diagnostics: MapLoader.sorted(error.diagnostics + findings, files: files))
    }
  }
}
