import Foundation

/// The words and sentences Netwerkkaart writes for people in the drawing and the HTML report:
/// one key per phrase, one list per language (``Language/dutchWords``, ``Language/englishWords``)
/// in this one file, so that a phrase added in one language and forgotten in the other fails a
/// test (`WordListTests`) instead of printing a blank. Dutch terms follow `Docs/Glossary.md`
/// (*golf*, *relaties*, *makelaar*).
///
/// A phrase with blanks numbers them `{1}`, `{2}` … in both languages; ``Language/word(_:_:)``
/// fills them in.
///
/// ```swift
/// Language.nl.word(.legendTies)              // "Relaties (motief)"
/// Language.en.word(.sizeIs, "betweenness")   // "size = betweenness"
/// ```
public enum Word: String, CaseIterable, Sendable {
  /// Network maps
  case documentTitle
  /// Contents
  case contents
  /// Map
  case map
  /// source
  case source
  /// date
  case date
  /// wave
  case wave
  /// Point at an actor or reach it with Tab: its ties light up and its f…
  case hint
  /// Figures per actor
  case metricTable
  /// Click a column header (or press Enter) to sort.
  case sortHint
  /// Analysis summary
  case summary
  /// The school and its partners (ego network)
  case egoView
  /// Groups (by role)
  case groupStructure
  /// School boundary
  case boundary
  /// Brokers
  case brokers
  /// To discuss with the focus group
  case roleCheck
  /// None: roles and positions agree.
  case noPoints
  /// No actor brokers.
  case noBrokers
  /// No focal school: give the school the type 'school'.
  case noFocus
  /// Comparison of the maps
  case comparison
  /// All maps side by side
  case smallMultiples
  /// Made with netwerkkaart
  case generated
  /// label
  case label
  /// role
  case role
  /// actors
  case actors
  /// ties
  case ties
  /// density
  case density
  /// components
  case components
  /// group
  case group
  /// E-I index
  case eiIndex
  /// whole map
  case wholeMap
  /// rule
  case rule
  /// why
  case why
  /// brokerage roles
  case brokerage
  /// Share of possible ties present; the diagonal is within the group.
  case densityNote
  /// Gould & Fernandez: open two-paths a – b – c that b brokers, by the…
  case brokerNote
  /// Questions, not corrections: a focus group may call a partner kern f…
  case roleCheckNote
  /// core at the edge
  case ruleCoreAtTheEdge
  /// broker outside the core
  case ruleBrokerOutsideTheCore
  /// only bridge
  case ruleOnlyBridge
  /// `{1}` has `{2}` partners; density among them `{3}`; density of the map wi…
  case egoSentence
  /// Structural holes (Burt 1992): effective size `{1}`, efficiency `{2}`, c…
  case holesSentence
  /// `{1}` ties within the school, `{2}` among outside actors, `{3}` crossing…
  case boundarySentence
  /// degree `{1}`, betweenness `{2}` (medians `{3}` and `{4}`)
  case explainCoreAtTheEdge
  /// betweenness `{1}`, in the top quarter (from `{2}`)
  case explainBrokerOutsideTheCore
  /// the school reaches `{1}` actors only through it: `{2}`
  case explainOnlyBridge
  /// Roles
  case legendRoles
  /// Ties (motive)
  case legendTies
  /// focal school
  case focalSchool
  /// informal or occasional
  case looseTies
  /// inside the school (internal)
  case insideSchool
  /// width = strength
  case widthIsStrength
  /// strength
  case strength
  /// no motive
  case noMotive
  /// Change
  case change
  /// new
  case added
  /// gone
  case removed
  /// size = `{1}`
  case sizeIs
}

extension Language {
  /// `word` in this language, its blanks `{1}`, `{2}` … filled with `values` in order.
  public func word(_ word: Word, _ values: String...) -> String {
    let list = self == .nl ? Self.dutchWords : Self.englishWords
    var text = list[word] ?? word.rawValue
    for (index, value) in values.enumerated() {
      text = text.replacingOccurrences(of: "{\(index + 1)}", with: value)
    }
    return text
  }

  /// Every ``Word`` in Dutch.
  public static let dutchWords: [Word: String] = [
    .documentTitle: "Netwerkkaarten",
    .contents: "Inhoud",
    .map: "Kaart",
    .source: "bron",
    .date: "datum",
    .wave: "golf",
    .hint: "Wijs een actor aan of kies hem met Tab: zijn relaties lichten op, zijn cijfers staan hier.",
    .metricTable: "Cijfers per actor",
    .sortHint: "Klik op een kolomkop (of Enter) om te sorteren.",
    .summary: "Samenvatting van de analyse",
    .egoView: "De school en haar partners (egonetwerk)",
    .groupStructure: "Groepen (per rol)",
    .boundary: "Schoolgrens",
    .brokers: "Makelaars",
    .roleCheck: "Om te bespreken met de focusgroep",
    .noPoints: "Geen: rollen en posities in het netwerk spreken elkaar niet tegen.",
    .noBrokers: "Geen actor verbindt actoren die onderling niet verbonden zijn.",
    .noFocus: "Geen focusschool: geef de school het type 'school'.",
    .comparison: "Vergelijking van de kaarten",
    .smallMultiples: "Alle kaarten naast elkaar",
    .generated: "Gemaakt met netwerkkaart",
    .label: "naam",
    .role: "rol",
    .actors: "actoren",
    .ties: "relaties",
    .density: "dichtheid",
    .components: "componenten",
    .group: "groep",
    .eiIndex: "E-I-index",
    .wholeMap: "hele kaart",
    .rule: "regel",
    .why: "waarom",
    .brokerage: "makelaarsrollen",
    .densityNote: "Aandeel van de mogelijke relaties dat er is; de diagonaal is binnen de groep.",
    .brokerNote: "Gould & Fernandez: open tweepaden a – b – c die b overbrugt, naar de rollen van a, b en c.",
    .roleCheckNote:
      "Vragen, geen correcties: een focusgroep kan een partner kern noemen om zijn invloed, wat een kaart van relaties niet toont.",
    .ruleCoreAtTheEdge: "kern aan de rand",
    .ruleBrokerOutsideTheCore: "makelaar buiten de kern",
    .ruleOnlyBridge: "enige brug",
    .egoSentence:
      "{1} heeft {2} partners; dichtheid tussen die partners {3}; dichtheid van de kaart zonder de school {4}.",
    .holesSentence:
      "Structurele gaten (Burt 1992): effectieve grootte {1}, efficiëntie {2}, beperking {3}.",
    .boundarySentence:
      "{1} relaties binnen de school, {2} tussen externe actoren, {3} over de schoolgrens; E-I-index {4} (−1: alles binnen, +1: alles over de grens).",
    .explainCoreAtTheEdge: "graad {1}, betweenness {2} (medianen {3} en {4})",
    .explainBrokerOutsideTheCore: "betweenness {1}, bij het hoogste kwart (vanaf {2})",
    .explainOnlyBridge: "de school bereikt {1} actoren alleen via deze: {2}",
    .legendRoles: "Rollen",
    .legendTies: "Relaties (motief)",
    .focalSchool: "focusschool",
    .looseTies: "informeel of occasioneel",
    .insideSchool: "binnen de school (intern)",
    .widthIsStrength: "dikte = sterkte",
    .strength: "sterkte",
    .noMotive: "geen motief",
    .change: "Verandering",
    .added: "nieuw",
    .removed: "verdwenen",
    .sizeIs: "grootte = {1}",
  ]

  /// Every ``Word`` in English.
  public static let englishWords: [Word: String] = [
    .documentTitle: "Network maps",
    .contents: "Contents",
    .map: "Map",
    .source: "source",
    .date: "date",
    .wave: "wave",
    .hint: "Point at an actor or reach it with Tab: its ties light up and its figures show here.",
    .metricTable: "Figures per actor",
    .sortHint: "Click a column header (or press Enter) to sort.",
    .summary: "Analysis summary",
    .egoView: "The school and its partners (ego network)",
    .groupStructure: "Groups (by role)",
    .boundary: "School boundary",
    .brokers: "Brokers",
    .roleCheck: "To discuss with the focus group",
    .noPoints: "None: roles and positions agree.",
    .noBrokers: "No actor brokers.",
    .noFocus: "No focal school: give the school the type 'school'.",
    .comparison: "Comparison of the maps",
    .smallMultiples: "All maps side by side",
    .generated: "Made with netwerkkaart",
    .label: "label",
    .role: "role",
    .actors: "actors",
    .ties: "ties",
    .density: "density",
    .components: "components",
    .group: "group",
    .eiIndex: "E-I index",
    .wholeMap: "whole map",
    .rule: "rule",
    .why: "why",
    .brokerage: "brokerage roles",
    .densityNote: "Share of possible ties present; the diagonal is within the group.",
    .brokerNote: "Gould & Fernandez: open two-paths a – b – c that b brokers, by the roles of a, b and c.",
    .roleCheckNote:
      "Questions, not corrections: a focus group may call a partner core for its influence, which a map of ties cannot show.",
    .ruleCoreAtTheEdge: "core at the edge",
    .ruleBrokerOutsideTheCore: "broker outside the core",
    .ruleOnlyBridge: "only bridge",
    .egoSentence: "{1} has {2} partners; density among them {3}; density of the map without the school {4}.",
    .holesSentence: "Structural holes (Burt 1992): effective size {1}, efficiency {2}, constraint {3}.",
    .boundarySentence:
      "{1} ties within the school, {2} among outside actors, {3} crossing the boundary; E-I index {4} (−1: all within, +1: all crossing).",
    .explainCoreAtTheEdge: "degree {1}, betweenness {2} (medians {3} and {4})",
    .explainBrokerOutsideTheCore: "betweenness {1}, in the top quarter (from {2})",
    .explainOnlyBridge: "the school reaches {1} actors only through it: {2}",
    .legendRoles: "Roles",
    .legendTies: "Ties (motive)",
    .focalSchool: "focal school",
    .looseTies: "informal or occasional",
    .insideSchool: "inside the school (internal)",
    .widthIsStrength: "width = strength",
    .strength: "strength",
    .noMotive: "no motive",
    .change: "Change",
    .added: "new",
    .removed: "gone",
    .sizeIs: "size = {1}",
  ]
}
