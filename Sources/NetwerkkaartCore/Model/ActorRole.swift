/// The positional role of an actor in a partnership network, after Gehre (in Suijs, 1999).
///
/// The raw values are the Dutch terms researchers write on the map; ``init(parsing:)``
/// also takes the English names, in any letter case.
///
/// | Dutch (raw value) | English | meaning |
/// |---|---|---|
/// | `kern` | core | takes part and has influence; sits where relations cross |
/// | `context` | context | involved now and then, consulted occasionally |
/// | `verankering` | anchoring | gives influence and legitimacy, often government or a governing body |
/// | `omkadering` | framing | supports the partnership, is involved |
public enum ActorRole: String, CaseIterable, Codable, Sendable, Comparable {
  /// Core actor. Dutch: *kern*.
  case core = "kern"
  /// Anchoring actor. Dutch: *verankering*.
  case anchoring = "verankering"
  /// Framing actor. Dutch: *omkadering*.
  case framing = "omkadering"
  /// Context actor. Dutch: *context*.
  case context = "context"

  /// The English name, used by `--lang en` and accepted as input.
  public var englishName: String {
    switch self {
    case .core: "core"
    case .anchoring: "anchoring"
    case .framing: "framing"
    case .context: "context"
    }
  }

  /// Reads a role written in Dutch or English, in any case, with surrounding spaces trimmed;
  /// the literature's compounds `kernactor`, `contextactor`, `verankeringsactor` and
  /// `omkaderingsactor` (and English `core actor`...) are read too.
  ///
  /// Returns `nil` for anything else; the empty string is *no role*, which callers
  /// handle before they get here.
  public init?(parsing text: String) {
    var key = text.trimmingASCIIWhitespace().lowercased()
    for suffix in ["sactor", "actor", " actor"] where key.hasSuffix(suffix) && key.count > suffix.count {
      key = String(key.dropLast(suffix.count))
      break
    }
    key = key.trimmingASCIIWhitespace()
    guard let role = ActorRole.allCases.first(where: { $0.rawValue == key || $0.englishName == key })
    else { return nil }
    self = role
  }

  /// Every spelling ``init(parsing:)`` accepts, Dutch first.
  public static var acceptedSpellings: [String] {
    allCases.map(\.rawValue)
      + allCases.map(\.englishName).filter { name in
        !allCases.contains { $0.rawValue == name }
      }
  }

  /// Position from the centre of a drawing: kern innermost (0), then verankering,
  /// omkadering, context (3).
  public var ringIndex: Int {
    switch self {
    case .core: 0
    case .anchoring: 1
    case .framing: 2
    case .context: 3
    }
  }

  /// Orders roles by ``ringIndex``.
  public static func < (lhs: ActorRole, rhs: ActorRole) -> Bool { lhs.ringIndex < rhs.ringIndex }
}
