extension Measure {
  /// A terminal column heading of at most 11 characters in `language`: ``abbreviation`` in
  /// English (`betw_n`), its Dutch form in Dutch (`graad_c`, `harmonisch`).
  public func abbreviation(in language: Language) -> String {
    guard language == .nl else { return abbreviation }
    switch self {
    case .degree: return "graad"
    case .outDegree: return "uit"
    case .strength: return "sterkte"
    case .inStrength: return "in_sterk"
    case .outStrength: return "uit_sterk"
    case .degreeCentrality: return "graad_c"
    case .harmonicCloseness: return "harmonisch"
    case .effectiveSize: return "eff_grootte"
    case .constraint: return "beperking"
    case .coreNumber: return "k_kern"
    default: return abbreviation
    }
  }
}
