import NetwerkkaartCore

/// A map loaded as a ``MapLoadRequest`` asked: filtered, coded, without its ego, with what
/// reading and preparing it had to say.
public struct PreparedMap: Sendable {
  /// The map, ready to analyse.
  public var map: PartnershipMap
  /// Where it was read from.
  public var source: MapSource
  /// What reports may call the source: its path as given, or when pseudonymised its school's
  /// code and wave (`school-1 (wave 2)`), since folder names often hold the school's name.
  public var sourceName: String
  /// ``sourceName`` with the request's marks: `kaart [ties: motief=groei] [without the ego]`.
  public var name: String
  /// The reader's warnings (redacted when pseudonymised) and the notes of pseudonymisation, in
  /// order. Errors are thrown as ``MapLoadError`` instead.
  public var diagnostics: [Diagnostic]
  /// The code each original actor id got; empty when the names were kept.
  public var codeByID: [ActorID: ActorID]
  /// The focal school that was left out, if the request asked for it.
  public var removedEgo: ActorID?
  /// The request's pseudonymiser after this map (its key extended): pass it on to the next
  /// map so that a partner keeps its code (``MapBatch`` does).
  public var pseudonymiser: Pseudonymiser?

  /// The actor a user names by `text`: its code when the map was pseudonymised and `text` is an
  /// original id, else `text` itself (a code is taken as it is).
  public func actorID(_ text: String) -> ActorID {
    codeByID[ActorID(text)] ?? ActorID(text)
  }
}
