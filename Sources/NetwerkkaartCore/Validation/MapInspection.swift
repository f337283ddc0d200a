import Foundation

/// Warnings about data that is valid but suspicious, the kind a transcription slip produces:
///
/// - an actor without ties (an isolate; fine when the focus group meant it);
/// - two actors whose labels differ only in letter case, accents or spacing (`CLB Kempen` and
///   `clb kempen`, `Zoë` and `Zoe`): probably one actor entered twice;
/// - no actor of type `school`, or more than one (the map is about one focal school);
/// - a weight outside the codebook's 1–5 scale.
///
/// Ties listed twice and self-ties are reported by ``Network`` when it merges or drops them.
public enum MapInspection {
  /// The suggested tie-strength scale of the codebook.
  public static let weightScale: ClosedRange<Double> = 1...5

  /// The warnings for `map`, in the order of the list above; empty when nothing looks suspicious.
  ///
  /// ```swift
  /// for warning in MapInspection.warnings(map) { print(warning) }
  /// ```
  public static func warnings(_ map: PartnershipMap) -> [Diagnostic] {
    warnings(actors: map.actors, ties: map.ties)
  }

  /// The warnings for these records; they need not form a valid map.
  public static func warnings(actors: [ActorRecord], ties: some Collection<TieRecord>) -> [Diagnostic] {
    isolates(actors, ties) + similarLabels(actors) + focalSchools(actors) + weightsOffScale(ties)
  }

  static func isolates(_ actors: [ActorRecord], _ ties: some Collection<TieRecord>) -> [Diagnostic] {
    var tied = Set<ActorID>()
    for tie in ties where tie.source != tie.target {
      tied.insert(tie.source)
      tied.insert(tie.target)
    }
    return actors.filter { !tied.contains($0.id) }.map { actor in
      .warning(
        "actor \"\(actor.id)\" has no ties; add its ties, or keep it if the focus group named it without any",
        dutch:
          "actor \"\(actor.id)\" heeft geen relaties; voeg ze toe, of laat de actor staan als de focusgroep hem zonder relaties noemde",
        at: actor.origin)
    }
  }

  static func similarLabels(_ actors: [ActorRecord]) -> [Diagnostic] {
    // Positions, not records: a dictionary of records takes 112 bytes a slot (5.5 MB for the
    // 20,000 actors of a large edge list, the peak of `validate`).
    var firstByKey = [String: Int](minimumCapacity: actors.count)
    var warnings: [Diagnostic] = []
    for (position, actor) in actors.enumerated() {
      let key = folded(actor.displayName)
      guard !key.isEmpty else { continue }
      if let firstPosition = firstByKey[key] {
        let first = actors[firstPosition]
        let place = first.origin.map { " (at \($0))" } ?? ""
        let plaats = first.origin.map { " (op \($0))" } ?? ""
        warnings.append(
          .warning(
            "actor \"\(actor.id)\" is labelled \"\(actor.displayName)\", which differs from actor \"\(first.id)\"\(place) labelled \"\(first.displayName)\" only in letter case, accents or spaces; if they are one actor, merge them",
            dutch:
              "actor \"\(actor.id)\" heet \"\(actor.displayName)\", wat van actor \"\(first.id)\"\(plaats) met naam \"\(first.displayName)\" alleen verschilt in hoofdletters, accenten of spaties; voeg ze samen als het één actor is",
            at: actor.origin))
      } else {
        firstByKey[key] = position
      }
    }
    return warnings
  }

  /// Lower case, without accents, with runs of spaces made one.
  static func folded(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
      .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }

  static func focalSchools(_ actors: [ActorRecord]) -> [Diagnostic] {
    let schools = actors.filter(\.isSchool)
    if actors.isEmpty || schools.count == 1 { return [] }
    if schools.isEmpty {
      return [
        .warning(
          "no actor has type 'school'; give the focal school type 'school' so that analyses can find it",
          dutch: "geen actor heeft type 'school'; geef de focusschool type 'school', zodat de analyses haar vinden",
          at: actors.first?.origin.map { SourceLocation(file: $0.file) })
      ]
    }
    let ids = schools.map { "\"\($0.id)\"" }.joined(separator: ", ")
    return [
      .warning(
        "\(schools.count) actors have type 'school' (\(ids)); a netwerkkaart has one focal school, so give the others type 'andere-school'",
        dutch:
          "\(schools.count) actoren hebben type 'school' (\(ids)); een netwerkkaart heeft één focusschool, geef de andere type 'andere-school'",
        at: schools[1].origin)
    ]
  }

  static func weightsOffScale(_ ties: some Collection<TieRecord>) -> [Diagnostic] {
    ties.filter { !weightScale.contains($0.weight) }.map { tie in
      .warning(
        "weight \(tie.weight.plainText) of the tie \"\(tie.source)\" - \"\(tie.target)\" is outside the codebook's 1-5 scale; fine if the map uses another scale",
        dutch:
          "gewicht \(tie.weight.plainText) van de relatie \"\(tie.source)\" - \"\(tie.target)\" valt buiten de schaal 1-5 van het codeboek; goed als de kaart een andere schaal gebruikt",
        at: tie.origin)
    }
  }
}
