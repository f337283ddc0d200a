import OrderedCollections

/// A map made fit for sharing: every name of a person or organisation replaced by a code from a
/// ``PseudonymKey``, free text left out, the codebook's closed values kept.
///
/// What counts as a name, and what happens to it:
///
/// | field | treatment |
/// |---|---|
/// | actor id and label | one code per actor; the code becomes the id, the label is left empty |
/// | metadata `school` | the code of that name (the focal school's code when they agree) |
/// | metadata `focus_group`, `notes` and free keys | left out (people's names, free text) |
/// | metadata `date`, `wave`, `directed` | kept |
/// | actor `role`, `type` | kept, so the focal school (type `school`) is still found |
/// | closed codebook columns (`intern`, `middelen`, `frequentie`, `vorm`, `motief` …) | kept when the value is in the codebook; a value outside it is left out |
/// | tie `weight` | kept |
/// | free text (`doel`, `functie`) and every column the codebook does not know | left out |
///
/// An actor's *name* is its label, or its id when it has none. The key holds names, not
/// persons: two maps that both label an actor `Directeur` give it the same code, as they gave it
/// the same label. When two actors of one map have the same name, the later ones are keyed as
/// `name [id]` so that each keeps its own code.
///
/// Codes are the actor's type followed by a number (`school-1`, `clb-2`, `schoolteam-7`,
/// `actor-3` without a type): a reader of a shared table or drawing sees what kind of partner
/// an actor is, which the kept `type` column says anyway, without learning who it is. A code
/// stays the same once given, even if the actor's type changes in a later wave.
///
/// The function is pure: the same map and key give the same result. Without a stored key the
/// codes follow the order of the actors, so they are stable for one map but may differ between
/// maps and runs.
///
/// ```swift
/// let shared = Pseudonymisation(map, key: PseudonymKey())
/// shared.map.actors.map(\.id)      // ["school-1", "schoolteam-1", …]
/// shared.key.entries.first?.name   // "Vrije Basisschool De Linde"
/// ```
public struct Pseudonymisation: Sendable {
  /// The map with codes for names and without free text.
  public let map: PartnershipMap
  /// The key given, extended by the names this map added.
  public let key: PseudonymKey
  /// The entries this map added to the key, in the order they were given.
  public let newEntries: [PseudonymKey.Entry]
  /// The code of each original actor id.
  public let codeByID: [ActorID: ActorID]
  /// What was left out, one entry per column.
  public let leftOut: [LeftOutColumn]
  /// Actors whose name another actor of the map has too; they are keyed as `name [id]`.
  public let sharedNames: Int
  /// Each original id, label and school name that ``redacting(_:)`` replaces, in lower case,
  /// with its code; ids that are codebook words or types are left out (see ``vocabulary``).
  let codeByName: [String: String]
  /// The lengths (in characters) of the names of ``codeByName``, longest first.
  let nameLengths: [Int]
  /// Texts that stay in messages although an id equals them: codebook values and column names
  /// (an actor with id `clb` must not turn every "clb" of a message into its code).
  let vocabulary: Set<String>

  /// A column (or metadata key) that pseudonymisation left out.
  public struct LeftOutColumn: Hashable, Sendable {
    /// `actors`, `ties` or `map` (the metadata).
    public var table: String
    /// The column's name as written in the file (`opmerking`).
    public var column: String
    /// How many non-empty values were left out.
    public var values: Int
    /// Whether the column is a closed codebook field whose values outside the codebook were
    /// left out (its listed values are kept); otherwise the whole column is free text.
    public var outsideCodebook: Bool
  }

  /// Pseudonymises `map` with `key`, adding a code for every name the key does not know yet.
  public init(_ map: PartnershipMap, key: PseudonymKey) {
    var key = key
    let known = key.entries.count
    var seenNames: Set<String> = []
    var shared = 0
    var codeByID: [ActorID: ActorID] = [:]
    var replacements: [String: String] = [:]
    var leftOut = LeftOutCounter()
    var actors: [ActorRecord] = []
    for actor in map.actors {
      var name = actor.displayName.trimmingASCIIWhitespace().isEmpty ? actor.id.rawValue : actor.displayName
      if seenNames.contains(PseudonymKey.comparable(name)) { shared += 1 }
      // Each addition makes the name longer, so this ends; `name [id]` may be another's label.
      while !seenNames.insert(PseudonymKey.comparable(name)).inserted { name += " [\(actor.id.rawValue)]" }
      let code = ActorID(key.code(for: name, prefix: PseudonymKey.prefix(forType: actor.type)))
      codeByID[actor.id] = code
      replacements[actor.id.rawValue] = code.rawValue
      if let label = actor.label { replacements[label] = code.rawValue }
      actors.append(
        ActorRecord(
          id: code, role: actor.role, type: actor.type,
          attributes: leftOut.closedValues(of: actor.attributes, table: .actors), origin: actor.origin))
    }
    let ties = map.ties.map { tie in
      TieRecord(
        source: codeByID[tie.source] ?? tie.source, target: codeByID[tie.target] ?? tie.target, weight: tie.weight,
        attributes: leftOut.closedValues(of: tie.attributes, table: .ties), origin: tie.origin)
    }
    var metadata = MapMetadata(date: map.metadata.date, wave: map.metadata.wave, directed: map.metadata.directed)
    if let school = map.metadata.school, !school.trimmingASCIIWhitespace().isEmpty {
      let code = key.code(for: school, prefix: PseudonymKey.prefix(forType: "school"))
      metadata.school = code
      replacements[school] = code
    }
    for (name, value) in [("focus_group", map.metadata.focusGroup), ("notes", map.metadata.notes)] {
      if let value { leftOut.count(table: "map", column: name, value: value, outsideCodebook: false) }
    }
    for (name, value) in map.metadata.extra {
      leftOut.count(table: "map", column: name, value: value, outsideCodebook: false)
    }
    self.map = PartnershipMap(pseudonymisedActors: actors, ties: ties, metadata: metadata)
    self.key = key
    self.newEntries = Array(key.entries[known...])
    self.codeByID = codeByID
    self.leftOut = leftOut.columns
    self.sharedNames = shared
    let vocabulary = Self.vocabulary(of: map)
    var codeByName: [String: String] = [:]
    for (original, code) in replacements {
      let name = original.lowercased()
      guard !name.trimmingASCIIWhitespace().isEmpty, !vocabulary.contains(name) else { continue }
      codeByName[name] = code
    }
    self.codeByName = codeByName
    self.nameLengths = Set(codeByName.keys.map(\.count)).sorted(by: >)
    self.vocabulary = vocabulary
  }
}

/// Keeps the closed codebook values of records and counts what it leaves out, per column.
private struct LeftOutCounter {
  private(set) var columns: [Pseudonymisation.LeftOutColumn] = []
  private var position: [String: Int] = [:]
  private let codebook = Codebook.partnership

  /// The attributes of one record that are closed codebook fields with a listed value.
  mutating func closedValues(of attributes: OrderedDictionary<String, String>, table: CodebookField.Table)
    -> OrderedDictionary<String, String>
  {
    var kept: OrderedDictionary<String, String> = [:]
    for (column, value) in attributes {
      guard let field = codebook.field(named: column, in: table), field.isClosedList else {
        count(table: table.rawValue, column: column, value: value, outsideCodebook: false)
        continue
      }
      if field.accepts(value) {
        kept[column] = value
      } else {
        kept[column] = ""
        count(table: table.rawValue, column: column, value: value, outsideCodebook: true)
      }
    }
    return kept
  }

  mutating func count(table: String, column: String, value: String, outsideCodebook: Bool) {
    let id = "\(table)\u{0}\(column)\u{0}\(outsideCodebook)"
    let index =
      position[id]
      ?? {
        columns.append(.init(table: table, column: column, values: 0, outsideCodebook: outsideCodebook))
        position[id] = columns.count - 1
        return columns.count - 1
      }()
    if !value.trimmingASCIIWhitespace().isEmpty { columns[index].values += 1 }
  }
}

extension PartnershipMap {
  /// A map of records that are valid by construction: a valid map's records with every id
  /// replaced through a one-to-one mapping. Every actor has its own name and a key gives
  /// different names different codes, so the ids stay unique and every tie still names known
  /// actors; weights are unchanged.
  fileprivate init(pseudonymisedActors actors: [ActorRecord], ties: [TieRecord], metadata: MapMetadata) {
    self.actors = actors
    self.ties = TieRecords(ties).droppingIDIndex()
    self.metadata = metadata
    self.indexByID = Dictionary(actors.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
  }
}
