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
  private let codeByName: [String: String]
  /// The lengths (in characters) of the names of ``codeByName``, longest first.
  private let nameLengths: [Int]
  /// Texts that stay in messages although an id equals them: codebook values and column names
  /// (an actor with id `clb` must not turn every "clb" of a message into its code).
  private let vocabulary: Set<String>

  /// A column (or metadata key) that pseudonymisation left out.
  public struct LeftOutColumn: Hashable, Sendable {
    /// `actors`, `ties` or `map` (the metadata).
    public var table: String
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

extension Pseudonymisation {
  /// Notes for the user about what was left out, naming columns, never values.
  public var notes: [Diagnostic] {
    var notes: [Diagnostic] = []
    let freeText = leftOut.filter { !$0.outsideCodebook }
    if !freeText.isEmpty {
      let columns = freeText.map { "\($0.table) column \($0.column) (\($0.values) values)" }
      notes.append(
        Diagnostic(
          .note,
          "--pseudonymise left out free text, which may hold names: \(columns.joined(separator: ", "))"))
    }
    for column in leftOut where column.outsideCodebook {
      notes.append(
        Diagnostic(
          .note,
          "--pseudonymise left out \(column.values) value\(column.values == 1 ? "" : "s") of \(column.table) column \(column.column) that the codebook does not list"
        ))
    }
    if sharedNames > 0 {
      notes.append(
        Diagnostic(
          .note,
          "\(sharedNames) actor\(sharedNames == 1 ? " shares its" : "s share their") name with an earlier actor of the map; each got its own code"
        ))
    }
    return notes
  }

  /// `diagnostic` with every original id, label and school name replaced by its code and every
  /// other quoted text that is not a code or a codebook word hidden as `"…"`: messages about
  /// the original files (a reader's warnings) then name no one.
  public func redacting(_ diagnostic: Diagnostic) -> Diagnostic {
    let message = Self.replacingNames(in: diagnostic.message, codes: codeByName, lengths: nameLengths)
    var redacted = diagnostic
    redacted.message = Self.hidingQuotedText(in: message) { text in
      key.contains(code: text) || vocabulary.contains(text.lowercased())
    }
    return redacted
  }

  /// Every quoted text of `message` (between `"` or `'`) that `keep` refuses replaced by `…`.
  public static func hidingQuotedText(in message: String, keeping keep: (String) -> Bool) -> String {
    var result = ""
    var rest = Substring(message)
    while let open = rest.firstIndex(where: { $0 == "\"" || $0 == "'" }) {
      let quote = rest[open]
      let afterOpen = rest.index(after: open)
      // An apostrophe inside a word ("focus group's") is not a quote.
      if quote == "'", open > rest.startIndex, rest[rest.index(before: open)].isLetter {
        result += rest[...open]
        rest = rest[afterOpen...]
        continue
      }
      guard let close = rest[afterOpen...].firstIndex(of: quote) else { break }
      let inner = String(rest[afterOpen..<close])
      result += rest[..<open] + String(quote) + (keep(inner) ? inner : "…") + String(quote)
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  /// `text` with every name of `codes` (lower case → code) that stands alone (no letter or
  /// digit right before or after it, no word and apostrophe before it), in any letter case, replaced by its code; the longest
  /// name wins where several start at one place. One pass, so a code is never replaced again.
  static func replacingNames(in text: String, codes: [String: String], lengths: [Int]) -> String {
    let characters = Array(text)
    let lowered = characters.map { $0.lowercased() }
    func isWordCharacter(_ position: Int) -> Bool {
      characters[position].isLetter || characters[position].isNumber
    }
    /// Whether a name may start at `position`: not inside a word, nor right after an
    /// apostrophe that ends a word (the `s` of `group's`).
    func startsWord(_ position: Int) -> Bool {
      guard position > 0 else { return true }
      if isWordCharacter(position - 1) { return false }
      let apostrophe = characters[position - 1] == "'" || characters[position - 1] == "\u{2019}"
      return !(apostrophe && position > 1 && isWordCharacter(position - 2))
    }
    var result = ""
    var index = 0
    outer: while index < characters.count {
      if startsWord(index) {
        for length in lengths where index + length <= characters.count {
          let end = index + length
          guard end == characters.count || !isWordCharacter(end),
            let code = codes[lowered[index..<end].joined()]
          else { continue }
          result += code
          index = end
          continue outer
        }
      }
      result.append(characters[index])
      index += 1
    }
    return result
  }

  /// The words of the codebook, which are no names: field names and their aliases, listed
  /// values and their English glosses, the roles; all in lower case.
  public static let codebookWords: Set<String> = {
    var words: Set<String> = []
    for field in Codebook.partnership.fields {
      words.insert(field.name)
      words.formUnion(field.aliases)
      for value in field.listedValues {
        words.insert(value.value.lowercased())
        words.insert(value.english.lowercased())
      }
    }
    for role in ActorRole.allCases { words.formUnion([role.rawValue, role.englishName.lowercased()]) }
    return words
  }()

  /// The words messages about `map` use that are no names: ``codebookWords``, the map's types
  /// and its column names, all in lower case.
  private static func vocabulary(of map: PartnershipMap) -> Set<String> {
    var words = codebookWords
    for actor in map.actors {
      if let type = actor.type { words.insert(type.lowercased()) }
      words.formUnion(actor.attributes.keys.map { $0.lowercased() })
    }
    for tie in map.ties { words.formUnion(tie.attributes.keys.map { $0.lowercased() }) }
    return words
  }
}

/// Keeps the closed codebook values of records and counts what it leaves out, per column.
private struct LeftOutCounter {
  private(set) var columns: [Pseudonymisation.LeftOutColumn] = []
  private var position: [String: Int] = [:]
  private let check = CodebookCheck()

  /// The attributes of one record that are closed codebook fields with a listed value.
  mutating func closedValues(of attributes: OrderedDictionary<String, String>, table: CodebookField.Table)
    -> OrderedDictionary<String, String>
  {
    var kept: OrderedDictionary<String, String> = [:]
    for (column, value) in attributes {
      guard let field = check.codebook.field(named: column, in: table), field.isClosedList else {
        count(table: table.rawValue, column: column, value: value, outsideCodebook: false)
        continue
      }
      if check.check(value, of: field, owner: "", at: nil).isEmpty {
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
    self.ties = ties
    self.metadata = metadata
    self.indexByID = Dictionary(actors.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
  }
}
