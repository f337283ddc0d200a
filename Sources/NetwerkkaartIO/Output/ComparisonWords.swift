import NetwerkkaartCore

/// The words of the comparison tables (`netwerkkaart compare` and the report's comparison) in
/// the language asked: ``ComparisonTableLayout`` names its titles and conventions by their
/// ``NetwerkkaartCore/Word``, written once in both languages in the word list; codebook values
/// and measure names stay as recorded in Dutch and take the codebook's English in English.
enum ComparisonWords {
  /// A column title of the comparison tables in `language`.
  static func title(_ title: ComparisonColumn.Title, in language: Language) -> String {
    switch title {
    case .word(let word): language.word(word)
    case .broker(let rank): language.word(.brokerRank, rank)
    case .value(let value): language == .nl ? value : englishValue(value)
    }
  }

  /// A column title that is a Dutch raw value (a role, a motive, a form, a numbered
  /// beweegreden: `kern`, `taak`, `hybride`, `13 professionalisering`) in English (`core`,
  /// `task`, `hybrid`, `13 professional-development`) for English readers; any other title as it
  /// is. The CSV and JSON keys keep the raw values.
  private static func englishValue(_ title: String) -> String {
    if let role = ActorRole(rawValue: title) { return role.englishName }
    let (number, rest) = title.split(separator: " ", maxSplits: 1).map(String.init).splitNumber()
    for field in [CodebookField.motive, .form, .reasons] {
      if let value = field.listedValues.first(where: { $0.value == rest }) { return number + value.english }
    }
    return title
  }

  /// The heading facts of a comparison in `language`.
  static func count(maps: Int, in language: Language) -> String {
    language == .nl
      ? (maps == 1 ? "1 kaart" : "\(maps) kaarten") : (maps == 1 ? "1 map" : "\(maps) maps")
  }

  /// `Comparison of` in `language`.
  static func comparison(in language: Language) -> String { language.word(.comparisonOf) }

  /// Whether the maps are directed, in `language`.
  static func direction(_ directed: Bool, in language: Language) -> String {
    directed ? language.word(.directed) : language.word(.undirected)
  }

  /// Whether the maps are weighted, in `language`.
  static func weighting(_ weighted: Bool, in language: Language) -> String {
    weighted
      ? language.word(.weightedDistance)
      : language.word(.unweighted)
  }
}

extension [String] {
  /// `["13", "professionalisering"]` → (`"13 "`, `"professionalisering"`); any other words
  /// → (`""`, the words joined by a space).
  fileprivate func splitNumber() -> (String, String) {
    if count == 2, Int(self[0]) != nil { return (self[0] + " ", self[1]) }
    return ("", joined(separator: " "))
  }
}
