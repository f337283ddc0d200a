import OrderedCollections

/// A netwerkkaart as data: the actors and the tie records between them, exactly as recorded.
///
/// A map checks only what every analysis needs (unique actor ids, ties between known actors);
/// it does not decide whether ties are directed or weighted: that is a choice of the analysis,
/// made when a ``Network`` is built from the map.
///
/// ```swift
/// let map = try PartnershipMap(
///   actors: [ActorRecord(id: "school", role: .core, type: "school"),
///            ActorRecord(id: "clb", label: "CLB Kempen", role: .framing, type: "clb")],
///   ties: [TieRecord(source: "school", target: "clb", weight: 3)])
/// ```
public struct PartnershipMap: Sendable {
  /// Actors in the order they were recorded.
  public let actors: [ActorRecord]
  /// Tie records in the order they were recorded, duplicates and self-ties included; stored
  /// as columns, each record made when read (see ``TieRecords``).
  public let ties: TieRecords
  /// School, date, focus group, wave and other facts about the map.
  public var metadata: MapMetadata
  /// Position of each actor in ``actors``.
  public let indexByID: [ActorID: Int]

  /// Makes a map, checking that ids are unique, not empty, without spaces around them and free
  /// of control characters, that every tie names known actors and that its weight lies in
  /// ``TieRecord/weightRange``.
  ///
  /// - Throws: ``MapError`` listing every problem found, not only the first.
  public init(actors: [ActorRecord], ties: [TieRecord], metadata: MapMetadata = MapMetadata()) throws(MapError) {
    try self.init(actors: actors, ties: TieRecords(ties), metadata: metadata)
  }

  /// Makes a map of tie records already in columns, as the readers collect them; checks as
  /// ``init(actors:ties:metadata:)-(_,[TieRecord],_)`` does.
  ///
  /// - Throws: ``MapError`` listing every problem found, not only the first.
  public init(actors: [ActorRecord], ties: TieRecords, metadata: MapMetadata = MapMetadata()) throws(MapError) {
    var index = [ActorID: Int](minimumCapacity: actors.count)
    var problems: [Diagnostic] = []
    var hints = UnknownActorHints()
    for (position, actor) in actors.enumerated() {
      if let first = index[actor.id] {
        let firstPlace = actors[first].origin.map { " (first at \($0))" } ?? ""
        let eerst = actors[first].origin.map { " (eerst op \($0))" } ?? ""
        problems.append(
          .error(
            "duplicate actor id \"\(actor.id)\"\(firstPlace); give each actor its own id",
            dutch: "actor-id \"\(actor.id)\" komt twee keer voor\(eerst); geef elke actor een eigen id",
            at: actor.origin))
      } else {
        index[actor.id] = position
      }
      // An id must be something, with nothing around it: the table formats trim a cell, so an id
      // with spaces around it would come back as another (the readers trim ids; found by
      // fuzzing, issue 17).
      if actor.id.rawValue.isEmpty {
        problems.append(
          .error(
            "actor id is empty (or spaces only); give the actor an id",
            dutch: "actor-id is leeg (of alleen spaties); geef de actor een id", at: actor.origin))
      } else if actor.id.rawValue.hasASCIIWhitespaceAround {
        problems.append(
          .error(
            "actor id \"\(actor.id)\" has spaces or line breaks around it; remove them",
            dutch: "actor-id \"\(actor.id)\" heeft spaties of regeleinden eromheen; haal ze weg", at: actor.origin))
      }
      // A control character other than tab and line breaks is one XML 1.0 cannot hold: the
      // XML formats would write the id without it, where it could meet another id (found by
      // fuzzing, issue 17). Tabs and line breaks are kept (XML holds them). U+FEFF (a byte order
      // mark inside the id) is refused too: the YAML parser drops it, so the id met another.
      if let control = Self.unwritableCharacter(in: actor.id.rawValue) {
        problems.append(
          .error(
            "actor id holds \(Self.name(of: control).english); remove it from the id",
            dutch: "actor-id bevat \(Self.name(of: control).dutch); haal het uit de id", at: actor.origin))
      }
    }
    var reported = Set<String>()  // attribute names already reported, so that each is reported once
    for actor in actors {
      problems += Self.textProblems(
        label: actor.label, type: actor.type, attributes: actor.attributes, at: actor.origin, reported: &reported)
    }
    for tie in ties {
      problems += Self.textProblems(label: nil, attributes: tie.attributes, at: tie.origin, reported: &reported)
      for end in tie.source == tie.target ? [tie.source] : [tie.source, tie.target] where index[end] == nil {
        let hint = hints.hint(for: end, among: index)
        problems.append(
          .error(
            "tie names unknown actor \"\(end)\"; add it to the actors or correct the id\(hint.english)",
            dutch:
              "relatie noemt onbekende actor \"\(end)\"; voeg hem toe aan de actoren of verbeter de id\(hint.dutch)",
            at: tie.origin))
      }
      if !(tie.weight.isFinite && tie.weight > 0) {
        problems.append(
          .error(
            "tie weight \(tie.weight) is not a positive number; use a strength above 0",
            dutch: "gewicht \(tie.weight) van de relatie is geen positief getal; gebruik een sterkte boven 0",
            at: tie.origin))
      } else if !TieRecord.weightRange.contains(tie.weight) {
        problems.append(
          .error(
            "tie weight \(tie.weight) is outside the range netwerkkaart reads (0.000000001 to 1000000000); rescale the weights of the map into that range",
            dutch:
              "gewicht \(tie.weight) van de relatie valt buiten het bereik dat netwerkkaart leest (0.000000001 tot 1000000000); herschaal de gewichten van de kaart naar dat bereik",
            at: tie.origin))
      }
    }
    guard problems.isEmpty else { throw MapError(diagnostics: problems) }
    self.actors = actors
    self.ties = ties.droppingIDIndex()
    self.metadata = metadata
    self.indexByID = index
  }

  /// The actor with this id, if the map has one.
  public subscript(id: ActorID) -> ActorRecord? {
    indexByID[id].map { actors[$0] }
  }

  /// The map with its actors and metadata but without tie records: what a report on a network
  /// already built from the map needs (ids, labels, roles), without the records, most of a
  /// large map's memory (`netwerkkaart metrics` lets them go before the path sweep).
  package var withoutTieRecords: PartnershipMap {
    PartnershipMap(checkedActors: actors, indexByID: indexByID, metadata: metadata)
  }

  /// A map of actors already checked, and no ties.
  private init(checkedActors actors: [ActorRecord], indexByID: [ActorID: Int], metadata: MapMetadata) {
    self.actors = actors
    self.ties = []
    self.metadata = metadata
    self.indexByID = indexByID
  }
}

/// The problems that keep a map from being built, all of them.
public struct MapError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Every problem found, in input order.
  public var diagnostics: [Diagnostic]

  /// An error of these problems.
  public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// The problems, one per line, compiler style.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// "Did you mean" hints for unknown actor ids: each distinct id is looked up once, and only the
/// first ``limit`` distinct ids get a hint, so that a file full of wrong ids stays linear.
private struct UnknownActorHints {
  static let limit = 50
  private var known: [ActorID: Wording] = [:]

  mutating func hint(for id: ActorID, among index: [ActorID: Int]) -> Wording {
    if let hint = known[id] { return hint }
    guard known.count < Self.limit else { return Suggestion.hint(nil) }
    let hint = Suggestion.hint(Suggestion.nearest(to: id.rawValue, in: index.keys.map(\.rawValue)))
    known[id] = hint
    return hint
  }
}

extension String {
  /// The text with zeros before it up to `width` characters (`1B` → `001B`).
  fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

extension PartnershipMap {
  /// The first character of `text` that not every format can hold: a control character other
  /// than tab and line breaks (XML 1.0 cannot hold it, so GraphML, GEXF and xlsx would write the
  /// text without it), U+FFFE or U+FFFF (not characters), or U+FEFF (the YAML parser drops it).
  static func unwritableCharacter(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first {
      ($0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value)) || [0xFEFF, 0xFFFE, 0xFFFF].contains($0.value)
    }
  }

  /// `the control character U+0002`, `the invisible character U+FEFF`: a character that
  /// ``unwritableCharacter(in:)`` found, for a message.
  static func name(of scalar: Unicode.Scalar) -> (english: String, dutch: String) {
    let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
    return scalar.value < 0x20
      ? ("the control character \(code)", "het stuurteken \(code)")
      : ("the invisible character \(code)", "het onzichtbare teken \(code)")
  }

  /// What no file format can hold in a record's text: a NUL character (CSV readers take it for
  /// binary data), an attribute name with a character ``unwritableCharacter(in:)`` finds, and two
  /// columns of one record whose names differ only in letter case or in spaces around them (a
  /// table's header cannot tell them apart). Each would be lost or refused when the map is
  /// written and read again (found by fuzzing, issue 17); a name is reported at its first record
  /// only (`reported`). Different records may spell a column
  /// differently (`motief`, `Motief`): the readers and filters compare names without case.
  static func textProblems(
    label: String?, type: String? = nil, attributes: OrderedDictionary<String, String>, at origin: SourceLocation?,
    reported: inout Set<String>
  ) -> [Diagnostic] {
    var columns: [String: String] = [:]
    var problems: [Diagnostic] = []
    let texts = [label, type].compactMap { $0 } + attributes.keys + attributes.values
    if texts.contains(where: { $0.unicodeScalars.contains("\u{0}") }) {
      problems.append(
        .error(
          "a value holds a NUL character (binary data); remove it",
          dutch: "een waarde bevat een NUL-teken (binaire gegevens); verwijder het", at: origin))
    }
    for name in attributes.keys {
      // Like an id: the XML formats would write the name without it, where it could become a
      // built-in field's name (`strength` + U+0002; found by fuzzing, issue 17).
      if let control = Self.unwritableCharacter(in: name), control != "\u{0}", reported.insert(name).inserted {
        problems.append(
          .error(
            "attribute name \"\(name.unicodeScalars.filter { $0 != control })\" holds \(Self.name(of: control).english); remove it from the name",
            dutch:
              "kenmerknaam \"\(name.unicodeScalars.filter { $0 != control })\" bevat \(Self.name(of: control).dutch); haal het uit de naam",
            at: origin))
      }
      let folded = name.trimmingASCIIWhitespace().lowercased()
      if let first = columns[folded] {
        if first != name {
          problems.append(
            .error(
              "columns \"\(first)\" and \"\(name)\" differ only in letter case or spaces around them; give both the same name, or each its own",
              dutch:
                "kolommen \"\(first)\" en \"\(name)\" verschillen alleen in hoofdletters of spaties eromheen; geef beide dezelfde naam, of elk een eigen",
              at: origin))
        }
      } else {
        columns[folded] = name
      }
    }
    return problems
  }
}
