import NetwerkkaartCore

/// The words of the comparison tables (`netwerkkaart compare` and the report's comparison) in
/// Dutch: ``ComparisonTableLayout`` writes its titles and conventions in English, and these
/// tables give each its Dutch form. A title without an entry stays as written (codebook values,
/// measure names).
enum ComparisonWords {
  /// A title of the comparison tables (as ``ComparisonTableLayout`` writes it, in English) in
  /// `language`; codebook values and measure names stay as they are.
  static func title(_ english: String, in language: Language) -> String {
    guard language == .nl else { return englishValue(english) }
    if english.hasPrefix("broker ") { return "makelaar " + english.dropFirst("broker ".count) }
    let dutch: [String: String] = [
      "map": "kaart", "wave": "golf", "Size and density": "Omvang en dichtheid", "actors": "actoren",
      "internal": "intern", "external": "extern", "side unknown": "kant onbekend", "ties": "relaties",
      "density": "dichtheid", "density w/o school": "dichtheid zonder school", "components": "componenten",
      "Freeman centralization": "Centralisatie (Freeman)", "degree": "graad", "Role composition": "Rollen",
      "no role": "geen rol", "Ties by motive and form": "Relaties naar motief en vorm",
      "tie records": "relatieregels", "motive unknown": "motief onbekend", "form unknown": "vorm onbekend",
      "Top brokers": "Belangrijkste makelaars", "Ties by beweegreden": "Relaties naar beweegreden",
      "beweegreden unknown": "beweegreden onbekend",
    ]
    return dutch[english] ?? english
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

  /// The convention under a comparison table (`table` is its English title) in `language`.
  static func note(_ english: String, table: String, in language: Language) -> String {
    guard language == .nl else { return english }
    let dutch: [String: String] = [
      "Size and density":
        "Intern: intern = ja, of zonder die kolom het type school of schoolteam. Relaties: verschillende paren, dubbele samengevoegd, relaties met zichzelf weggelaten. Dichtheid: 2m/(n(n-1)), gericht m/(n(n-1)); zonder school: hetzelfde onder de andere n-1 actoren (– als geen actor het type school heeft). Componenten: samenhangende delen (gericht: zwak), losse actoren tellen mee.",
      "Freeman centralization":
        "Freeman (1979): de som van (c_max - c_i), gedeeld door die som voor een ster van dezelfde grootte; 0 als elke actor even centraal is, 1 voor een ster. Graad telt relaties; betweenness ruw; closeness volgens Wasserman-Faust, uitgaand als de kaart gericht is; geen closeness-centralisatie op gewogen kaarten.",
      "Role composition": "Actoren per positionele rol (Gehre, in Suijs 1999); geen rol: de kolom rol is leeg.",
      "Ties by motive and form":
        "Aandeel van de relatieregels (zonder relaties met zichzelf; een paar dat twee keer staat telt twee keer) per codeboekwaarde van motief en vorm, in elke schrijfwijze die het codeboek aanvaardt; onbekend: leeg of geen codeboekwaarde; – als de kaart geen relaties heeft.",
      "Ties by beweegreden":
        "Aandeel van de relatieregels (zonder relaties met zichzelf) dat elk van de vijftien beweegredenen voor collectief leren noemt (taak 1-6, relatie 7-10, groei 11-15); een regel met meer beweegredenen telt voor elk, zodat de aandelen samen meer dan 1 kunnen zijn; onbekend: geen beweegreden. Zonder motief volgen de motiefaandelen hierboven uit de beweegredenen.",
      "Top brokers":
        "Hoogste betweenness, zonder de focusschool (die staat door de opzet van de kaart tussen bijna al haar partners); genormaliseerde betweenness tussen haakjes; actoren met betweenness 0 staan er niet bij.",
    ]
    return dutch[table] ?? english
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
