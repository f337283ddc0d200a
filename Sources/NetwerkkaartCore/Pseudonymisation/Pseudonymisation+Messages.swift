/// What a pseudonymised run may say: notes on what was left out, and messages about the
/// original files with their names replaced or hidden.
extension Pseudonymisation {
  /// Notes for the user about what was left out, naming columns, never values.
  public var notes: [Diagnostic] {
    var notes: [Diagnostic] = []
    let freeText = leftOut.filter { !$0.outsideCodebook }
    if !freeText.isEmpty {
      let columns = freeText.map { "\($0.table) column \($0.column) (\($0.values) value\($0.values == 1 ? "" : "s"))" }
      let kolommen = freeText.map {
        "kolom \($0.column) van \($0.table) (\($0.values) waarde\($0.values == 1 ? "" : "n"))"
      }
      notes.append(
        Diagnostic(
          .note,
          Wording(
            "--pseudonymise left out free text, which may hold names: \(columns.joined(separator: ", "))",
            dutch: "--pseudonymise liet vrije tekst weg, die namen kan bevatten: \(kolommen.joined(separator: ", "))")))
    }
    for column in leftOut where column.outsideCodebook {
      notes.append(
        Diagnostic(
          .note,
          Wording(
            "--pseudonymise left out \(column.values) value\(column.values == 1 ? "" : "s") of \(column.table) column \(column.column) that the codebook does not list",
            dutch:
              "--pseudonymise liet \(column.values) waarde\(column.values == 1 ? "" : "n") van kolom \(column.column) van \(column.table) weg die het codeboek niet kent"
          )))
    }
    if sharedNames > 0 {
      notes.append(
        Diagnostic(
          .note,
          Wording(
            "\(sharedNames) actor\(sharedNames == 1 ? " shares its" : "s share their") name with an earlier actor of the map; each got its own code",
            dutch:
              "\(sharedNames) \(sharedNames == 1 ? "actor deelt zijn" : "actoren delen hun") naam met een eerdere actor van de kaart; elk kreeg een eigen code"
          )))
    }
    return notes
  }

  /// `diagnostic` with every original id, label and school name replaced by its code and every
  /// other quoted text that is not a code or a codebook word hidden as `"…"`: messages about
  /// the original files (a reader's warnings) then name no one.
  public func redacting(_ diagnostic: Diagnostic) -> Diagnostic {
    diagnostic.rewording { message in
      Self.hidingQuotedText(in: Self.replacingNames(in: message, codes: codeByName, lengths: nameLengths)) { text in
        key.contains(code: text) || vocabulary.contains(text.lowercased())
      }
    }
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
  static func vocabulary(of map: PartnershipMap) -> Set<String> {
    var words = codebookWords
    for actor in map.actors {
      if let type = actor.type { words.insert(type.lowercased()) }
      words.formUnion(actor.attributes.keys.map { $0.lowercased() })
    }
    for tie in map.ties { words.formUnion(tie.attributes.keys.map { $0.lowercased() }) }
    return words
  }
}
