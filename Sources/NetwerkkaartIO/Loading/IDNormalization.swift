import NetwerkkaartCore

/// Actor ids that differ only in how their accents are encoded.
///
/// Unicode writes `é` in two ways: composed, one character U+00E9 (NFC, as Windows and most
/// programs type it), or decomposed, `e` followed by the combining accent U+0301 (NFD, as
/// macOS file names and some exports hold it). Swift compares text by what it means, so
/// `"Café"` and `"Cafe\u{301}"` are one actor id to the map; but files keep the bytes, and a
/// tie written with the other bytes than its actor dangles in NetworkX or igraph (issue 17).
///
/// The readers therefore take such ids as **one actor, with a warning**: every tie end is
/// written as the actor is spelled in the actors list (or, for an edge list, where the id is
/// first met), so that what is written back is consistent. Two actors in one list whose ids
/// differ only this way remain an error (`duplicate actor id`). Labels and other values are
/// kept exactly as written.
enum IDNormalization {
  /// Rewrites the tie ends of `ties` to the spelling of their actor in `actors`, adding one
  /// warning for each id written in another form (at the first tie that writes it so).
  static func unify(_ ties: inout TieRecords, actors: [ActorRecord], into problems: inout [Diagnostic]) {
    // The position of each id's actor, not the actor itself: a dictionary of records took 112
    // bytes a slot, 5.5 MB for 20,000 actors, the peak of reading a large edge list.
    var spelling = [ActorID: Int](minimumCapacity: actors.count)
    for (position, actor) in actors.enumerated() where spelling[actor.id] == nil { spelling[actor.id] = position }
    var warned = Set<[Unicode.Scalar]>()
    /// The actor's spelling of `end`, or `nil` when `end` is spelled so already.
    func unified(_ end: ActorID, at origin: SourceLocation?) -> ActorID? {
      guard let position = spelling[end],
        !actors[position].id.rawValue.unicodeScalars.elementsEqual(end.rawValue.unicodeScalars)
      else { return nil }
      let actor = actors[position]
      if warned.insert(Array(end.rawValue.unicodeScalars)).inserted {
        let there = actor.origin.map { "at \($0)" } ?? "in the actor list"
        let daar = actor.origin.map { "op \($0)" } ?? "in de actorenlijst"
        let (here, written) = (form(end.rawValue), form(actor.id.rawValue))
        problems.append(
          .warning(
            "actor id \"\(end)\" is written here \(here.english) and \(there) \(written.english); read as one actor, written everywhere as \(there)",
            dutch:
              "actor-id \"\(end)\" staat hier \(here.dutch) en \(daar) \(written.dutch); gelezen als één actor, overal geschreven zoals \(daar)",
            at: origin))
      }
      return actor.id
    }
    // The ties written in another form are found first and only they are rewritten: writing to
    // the array in the same loop would copy it whole (the caller still holds it), even when no
    // tie changes, since the optimizer makes the array unique before the loop.
    var rewrites: [(position: Int, source: ActorID?, target: ActorID?)] = []
    for (position, tie) in ties.enumerated() {
      let source = unified(tie.source, at: tie.origin)
      let target = unified(tie.target, at: tie.origin)
      if source != nil || target != nil { rewrites.append((position, source, target)) }
    }
    guard !rewrites.isEmpty else { return }
    for rewrite in rewrites {
      if let source = rewrite.source { ties[rewrite.position].source = source }
      if let target = rewrite.target { ties[rewrite.position].target = target }
    }
  }

  /// `with a decomposed accent (U+0301)` or `with composed accents`: the form of `text`, for a
  /// message.
  static func form(_ text: String) -> Wording {
    guard let accent = text.unicodeScalars.first(where: { $0.properties.canonicalCombiningClass.rawValue > 0 }) else {
      return Wording("with composed accents", dutch: "met samengestelde accenten")
    }
    let hex = String(accent.value, radix: 16, uppercase: true)
    let code = "U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)"
    return Wording("with a decomposed accent (\(code))", dutch: "met een los accentteken (\(code))")
  }
}
