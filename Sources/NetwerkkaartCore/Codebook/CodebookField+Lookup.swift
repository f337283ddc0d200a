/// The one way to read a recorded text as a codebook value.
///
/// Rules, the same for every caller (drawing, comparison, filters, validation,
/// pseudonymisation, the school boundary):
/// - letter case and surrounding spaces do not count (` Weekly ` is `weekly`);
/// - the Dutch value, its English gloss and its synonyms are one value (`weekly` and
///   `wekelijks` are both ``CodebookValue/value`` `wekelijks`; `true` and `1` are `ja`);
/// - an empty text is *not recorded*: no value, but allowed;
/// - in a field that allows several values (`middelen`), the parts between `;` or `,` are read
///   one by one.
///
/// ```swift
/// CodebookField.frequency.normalised(" Weekly ")?.value    // "wekelijks"
/// CodebookField.frequency.normalised("occasioneel")       // nil: a value of `opvolging`
/// CodebookField.frequency.accepts("")                     // true: not recorded
/// CodebookField.actorResources.accepts("kennis; relations") // true
/// ```
extension CodebookField {
  /// The listed value that `text` spells, whatever the spelling; `nil` when `text` is empty, not
  /// a listed value, or (in a field of several values) more than one value.
  public func normalised(_ text: String) -> CodebookValue? {
    let folded = CodebookValue.folded(text)
    guard !folded.isEmpty else { return nil }
    return listedValues.first { $0.matches(folded: folded) }
  }

  /// The listed values of each part of `text` (split at `;` and `,`, empty parts dropped), in
  /// order; `nil` for a part that is no listed value. For fields of one value, use
  /// ``normalised(_:)``.
  public func normalisedParts(_ text: String) -> [(text: String, value: CodebookValue?)] {
    Self.parts(of: text).map { ($0, normalised($0)) }
  }

  /// Whether `text` is allowed in this field, as `validate` judges it: empty (not recorded) is
  /// always allowed; a closed list allows its values, a field of several values a list of them;
  /// an open list and free text allow anything.
  public func accepts(_ text: String) -> Bool {
    switch values {
    case .text, .open: return true
    case .closed: return CodebookValue.folded(text).isEmpty || normalised(text) != nil
    case .several: return normalisedParts(text).allSatisfy { $0.value != nil }
    }
  }

  /// `text` with every listed value written canonically (its Dutch ``CodebookValue/value``), as
  /// waves are compared: `Face-to-face` and `in person` both give `face-to-face`. A field of
  /// several values gives its parts joined with `; `. A text that is no listed value comes back
  /// trimmed, as typed.
  public func canonical(_ text: String) -> String {
    if case .several = values {
      return normalisedParts(text).map { $0.value?.value ?? $0.text }.joined(separator: "; ")
    }
    return normalised(text)?.value ?? text.trimmingASCIIWhitespace()
  }

  /// The non-empty parts of a text of several values, split at `;` and `,`, trimmed.
  static func parts(of text: String) -> [String] {
    text.split(whereSeparator: { $0 == ";" || $0 == "," }).map { String($0).trimmingASCIIWhitespace() }
      .filter { !$0.isEmpty }
  }
}

extension TieRecord {
  /// The text of the column that records `field` (its name or an alias, any letter case), as
  /// typed; `nil` when the tie has no such column. The first such column counts.
  public func text(of field: CodebookField) -> String? {
    attributes.first { field.isNamed($0.key) }?.value
  }

  /// The codebook value the tie records for `field`, whatever the spelling; `nil` when it records
  /// none or a text outside the codebook. For ``CodebookField/motive`` a tie without a `motief`
  /// value has the one dimension of its ``reasons`` (`nil` when they span several).
  ///
  /// ```swift
  /// tie.codebookValue(of: .motive) == .growth
  /// ```
  public func codebookValue(of field: CodebookField) -> CodebookValue? {
    if field == .motive { return derivedMotive }
    return text(of: field).flatMap(field.normalised)
  }
}

extension ActorRecord {
  /// The text the actor records for `field`, as typed: ``type`` for ``CodebookField/actorType``,
  /// the role's Dutch word for ``CodebookField/role``, else the column that records the field (its
  /// name or an alias, any letter case); `nil` when there is none.
  public func text(of field: CodebookField) -> String? {
    if field.table == .actors && field.isNamed(CodebookField.actorType.name) { return type }
    if field.table == .actors && field.isNamed(CodebookField.role.name) { return role?.rawValue }
    return attributes.first { field.isNamed($0.key) }?.value
  }

  /// The codebook value the actor records for `field`, whatever the spelling; `nil` when it
  /// records none or a text outside the codebook.
  ///
  /// ```swift
  /// actor.codebookValue(of: .insideSchool) == .yes
  /// ```
  public func codebookValue(of field: CodebookField) -> CodebookValue? {
    text(of: field).flatMap(field.normalised)
  }

  /// Whether the actor's ``type`` is ``CodebookValue/school`` (in any spelling the codebook
  /// accepts): the focal school of its map.
  public var isSchool: Bool { codebookValue(of: .actorType) == .school }
}
