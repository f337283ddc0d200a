import NetwerkkaartCore

/// The pseudonymisation of a run of loads: one `PseudonymKey` (NetwerkkaartCore) for every map,
/// optionally kept in a key file (``PseudonymKeyFile``), and the name each map goes by.
///
/// A value the caller owns: put it in a ``MapLoadRequest``, take the state after the map from
/// ``PreparedMap/pseudonymiser`` and pass that on to the next map, or let ``MapBatch`` do so.
/// Nothing is shared between values, so two runs in one process never mix their keys.
///
/// ```swift
/// let request = MapLoadRequest(source: .path("kaart"), pseudonymiser: Pseudonymiser(keyFile: "sleutel.csv"))
/// let shared = try MapLoader.load(request)
/// shared.sourceName  // "school-1"
/// ```
///
/// The key file is read when the first map is coded and written back whenever a map adds names.
public struct Pseudonymiser: Sendable {
  /// The key file that keeps codes the same across runs; `nil` keeps the key in memory only.
  public var keyFile: String?
  /// The key so far: `nil` until the first map is coded (then read from ``keyFile``), unless given.
  public private(set) var key: PseudonymKey?
  /// How many maps were coded with this key.
  public private(set) var mapCount = 0
  private var nameBySource: [String: String] = [:]

  /// A pseudonymiser starting from `key` (by default: the one stored in `keyFile`, or an empty one).
  public init(key: PseudonymKey? = nil, keyFile: String? = nil) {
    self.key = key
    self.keyFile = keyFile
  }

  /// The name the map read from `source` (a ``MapSource/name``) goes by: its school's code and
  /// wave, `#2` added when another map of the run has it; `nil` before the map is coded.
  public func name(ofSource source: String) -> String? { nameBySource[source] }

  /// What coding one map gives.
  struct Outcome {
    var map: PartnershipMap
    var codeByID: [ActorID: ActorID]
    var name: String
    var diagnostics: [Diagnostic]
  }

  /// `map` with codes for names, the key extended (and saved to ``keyFile``); the `warnings` of
  /// reading it redacted, followed by notes on what was left out and saved.
  mutating func code(_ map: PartnershipMap, warnings: [Diagnostic], source: String) throws(MapLoadError) -> Outcome {
    let result = try coded(map)
    var diagnostics = warnings.map(result.redacting) + result.notes
    if let keyFile, !result.newEntries.isEmpty {
      let added = result.newEntries.count
      diagnostics.append(
        Diagnostic(
          .note,
          Wording(
            "\(added) new name\(added == 1 ? "" : "s") added to the key (\(result.key.entries.count) in all)",
            dutch:
              "\(added) \(added == 1 ? "nieuwe naam" : "nieuwe namen") toegevoegd aan de sleutel (\(result.key.entries.count) in totaal)"
          ), at: SourceLocation(file: keyFile)))
    }
    key = result.key
    mapCount += 1
    let school = result.map.metadata.school ?? result.map.focalSchool?.rawValue ?? "kaart"
    let base = school + (result.map.metadata.wave.map { " (wave \($0))" } ?? "")
    let taken = Set(nameBySource.filter { $0.key != source }.values)
    var name = base
    var number = 2
    while taken.contains(name) {
      name = "\(base) #\(number)"
      number += 1
    }
    nameBySource[source] = name
    return Outcome(map: result.map, codeByID: result.codeByID, name: name, diagnostics: diagnostics)
  }

  /// `map` coded with the key of this run. With a key file, the file is locked for the whole
  /// read–extend–write (``PseudonymKeyFile/locked(_:_:)``) and read afresh under the lock, so
  /// that runs sharing the key at the same time never give one name two codes or one code two
  /// names; the file holds everything earlier maps of this run added.
  private mutating func coded(_ map: PartnershipMap) throws(MapLoadError) -> Pseudonymisation {
    guard let keyFile else { return Pseudonymisation(map, key: key ?? PseudonymKey()) }
    let given = key
    do {
      return try PseudonymKeyFile.locked(keyFile) { () throws(PseudonymKeyFile.KeyFileError) -> Pseudonymisation in
        // The stored key holds what earlier maps of this run added; a key given in code is used
        // until the file has one.
        let stored = try PseudonymKeyFile.read(path: keyFile)
        let result = Pseudonymisation(map, key: stored.entries.isEmpty ? given ?? stored : stored)
        if !result.newEntries.isEmpty { try PseudonymKeyFile.write(result.key, to: keyFile) }
        return result
      }
    } catch let error as PseudonymKeyFile.KeyFileError {
      throw MapLoadError(
        .pseudonymKey,
        diagnostics: error.diagnostics + [
          Diagnostic(
            .note,
            Wording(
              "the key file was left as it is; correct it and run again",
              dutch: "het sleutelbestand is gelaten zoals het was; verbeter het en voer opnieuw uit"),
            at: SourceLocation(file: keyFile))
        ], pseudonymiser: self)
    } catch {
      throw MapLoadError(
        .pseudonymKey, diagnostics: [.error("\(error.localizedDescription)", at: SourceLocation(file: keyFile))],
        pseudonymiser: self)
    }
  }

  /// `diagnostics` of a map that could not be read, with quoted values other than codebook
  /// words hidden: the map's names are not known yet, and quoted values hold them.
  public static func redactingUnread(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.map { diagnostic in
      diagnostic.rewording { message in
        Pseudonymisation.hidingQuotedText(in: message) { Pseudonymisation.codebookWords.contains($0.lowercased()) }
      }
    }
  }
}
