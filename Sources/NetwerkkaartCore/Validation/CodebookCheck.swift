/// Checks the known fields of a map's actors and ties against a ``Codebook``.
///
/// - A value outside a closed list is an error that names the allowed values and, when one is
///   near, the likely intended one.
/// - In a field that allows several values (`middelen`), each part between `;` or `,` is
///   checked.
/// - In an open list (`type`), a value that is a near miss of a listed one is a warning; any
///   other value is fine.
/// - Empty values are always allowed (not recorded); unknown columns are not checked.
/// - A tie whose `motief` is none of the dimensions of its `beweegreden` codes gets a warning.
///
/// Values are read by ``CodebookField/normalised(_:)``: without regard to letter case and
/// surrounding spaces, with the English gloss and the synonyms of each value (`hybrid` for
/// `hybride`).
public struct CodebookCheck: Sendable {
  /// The codebook the records are checked against.
  public var codebook: Codebook

  /// A check against `codebook`.
  public init(codebook: Codebook = .partnership) { self.codebook = codebook }

  /// All problems of the map, in record order. `locate` refines a record's location for an
  /// attribute (a column of a table file, a key of a YAML file); by default the record's own
  /// location is used.
  public func check(
    _ map: PartnershipMap,
    locate: (SourceLocation?, String) -> SourceLocation? = { origin, _ in origin }
  ) -> [Diagnostic] {
    check(actors: map.actors, ties: map.ties, locate: locate)
  }

  /// All problems of these records; they need not form a valid map (a file with unknown actor
  /// ids is still checked field by field).
  public func check(
    actors: [ActorRecord], ties: some Collection<TieRecord>,
    locate: (SourceLocation?, String) -> SourceLocation? = { origin, _ in origin }
  ) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    for actor in actors {
      if let type = actor.type, let field = codebook.field(named: "type", in: .actors) {
        problems += check(type, of: field, owner: "actor \"\(actor.id)\"", at: locate(actor.origin, "type"))
      }
      for (key, value) in actor.attributes {
        guard let field = codebook.field(named: key, in: .actors) else { continue }
        problems += check(value, of: field, owner: "actor \"\(actor.id)\"", at: locate(actor.origin, key))
      }
    }
    for tie in ties {
      for (key, value) in tie.attributes {
        guard let field = codebook.field(named: key, in: .ties) else { continue }
        problems += check(
          value, of: field, owner: "the tie \"\(tie.source)\" - \"\(tie.target)\"", at: locate(tie.origin, key))
      }
      problems += motiveContradiction(tie, locate: locate)
    }
    return problems
  }

  /// A warning when the tie's recorded `motief` is none of the dimensions of its beweegredenen.
  private func motiveContradiction(_ tie: TieRecord, locate: (SourceLocation?, String) -> SourceLocation?)
    -> [Diagnostic]
  {
    let reasons = tie.reasons
    guard let motive = tie.text(of: .motive).flatMap(CodebookField.motive.normalised), !reasons.isEmpty,
      !reasons.contains(where: { $0.dimension == motive })
    else { return [] }
    let column = tie.attributes.keys.first { CodebookField.motive.isNamed($0) } ?? CodebookField.motive.name
    let listed = reasons.map { "\($0.number) \($0.value.value) (\($0.dimension.value))" }.joined(separator: ", ")
    return [
      .warning(
        "motief \"\(motive.value)\" of the tie \"\(tie.source)\" - \"\(tie.target)\" contradicts its beweegreden \(listed); correct one of them, or leave motief empty to take it from the beweegredenen",
        dutch:
          "motief \"\(motive.value)\" van de relatie \"\(tie.source)\" - \"\(tie.target)\" spreekt haar beweegreden \(listed) tegen; verbeter een van beide, of laat motief leeg om het uit de beweegredenen af te leiden",
        at: locate(tie.origin, column))
    ]
  }

  /// The problems of one value of `field`.
  public func check(_ value: String, of field: CodebookField, owner: String, at location: SourceLocation?)
    -> [Diagnostic]
  {
    let text = value.trimmingASCIIWhitespace()
    guard !text.isEmpty else { return [] }
    switch field.values {
    case .text:
      return []
    case .closed:
      return field.accepts(text) ? [] : [unknown(text, field: field, owner: owner, at: location)]
    case .several:
      return field.normalisedParts(text).filter { $0.value == nil }
        .map { unknown($0.text, field: field, owner: owner, at: location, several: true) }
    case .open:
      guard field.normalised(text) == nil,
        let near = Suggestion.nearest(to: text, in: field.listedValues.map(\.value))
      else { return [] }
      return [
        .warning(
          "\(field.name) \"\(text)\" of \(owner) is not in the codebook but close to \"\(near)\"; correct it if that was meant (other values are allowed)",
          dutch:
            "\(field.name) \"\(text)\" van \(Self.dutch(owner)) staat niet in het codeboek maar lijkt op \"\(near)\"; verbeter het als dat bedoeld was (andere waarden zijn toegelaten)",
          at: location)
      ]
    }
  }

  private func unknown(
    _ text: String, field: CodebookField, owner: String, at location: SourceLocation?, several: Bool = false
  ) -> Diagnostic {
    let values = field.listedValues
    let allowed = values.map(\.value).joined(separator: ", ")
    let hint = Suggestion.hint(
      Suggestion.nearest(to: text, in: values.flatMap(\.spellings)).map { near in field.normalised(near)?.value ?? near
      })
    let how = several ? "use one or more of \(allowed), separated by ';'" : "use one of \(allowed)"
    let hoe = several ? "gebruik een of meer van \(allowed), gescheiden door ';'" : "gebruik een van \(allowed)"
    return .error(
      "unknown value \"\(text)\" for '\(field.name)' of \(owner); \(how), or leave it empty\(hint.english)",
      dutch:
        "onbekende waarde \"\(text)\" voor '\(field.name)' van \(Self.dutch(owner)); \(hoe), of laat het leeg\(hint.dutch)",
      at: location)
  }

  /// The owner of a value (`actor "x"`, `the tie "a" - "b"`) in Dutch.
  private static func dutch(_ owner: String) -> String {
    owner.hasPrefix("the tie ") ? "de relatie " + owner.dropFirst("the tie ".count) : owner
  }
}
