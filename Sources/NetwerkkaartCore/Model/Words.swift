import Foundation

/// The words and sentences Netwerkkaart writes for people (the drawing, the reports and tables,
/// the command line's messages): one key per phrase, one list per language (``Language/dutchWords``, ``Language/englishWords``)
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
  /// degree
  case degree
  /// in-degree
  case inDegree
  /// out-degree
  case outDegree
  /// in-strength
  case inStrength
  /// out-strength
  case outStrength
  /// degree centrality
  case degreeCentrality
  /// betweenness (normalized)
  case betweennessNormalized
  /// harmonic closeness
  case harmonicCloseness
  /// in-harmonic closeness
  case inHarmonicCloseness
  /// effective size
  case effectiveSize
  /// efficiency
  case efficiency
  /// constraint
  case constraintMeasure
  /// eigenvector centrality
  case eigenvectorCentrality
  /// core number
  case coreNumber
  /// directed
  case directed
  /// weighted
  case weighted
  /// transitivity
  case transitivity
  /// average clustering
  case averageClustering
  /// degree centralization
  case degreeCentralization
  /// betweenness centralization
  case betweennessCentralization
  /// closeness centralization
  case closenessCentralization
  /// average distance
  case averageDistance
  /// degree assortativity
  case degreeAssortativity
  /// (none)
  case noneGroup
  /// betweenness, closeness and harmonic closeness estimated from `{1}` sam…
  case estimateSentence
  /// undirected
  case undirected
  /// focal actor `{1}`: `{2}` partners, density among them `{3}`, density o…
  case focalActorSentence
  /// structural holes of `{1}`: effective size `{2}`, efficiency `{3}`, con…
  case focalHolesSentence
  /// no focal actor: give the school type 'school', or name it with --focus
  case noFocalActor
  /// n/a
  case notApplicable
  /// coordinator
  case coordinator
  /// itinerant
  case itinerant
  /// representative
  case representative
  /// gatekeeper
  case gatekeeper
  /// repr./gatekeeper
  case representativeOrGatekeeper
  /// liaison
  case liaison
  /// total
  case total
  /// diameter (largest component)
  case diameterLargestComponent
  /// assortativity by role
  case assortativityByRole
  /// Louvain communities (seed 1)
  case louvainCommunities
  /// modularity
  case modularity
  /// Whole map
  case wholeMapTitle
  /// figure
  case figure
  /// value
  case value
  /// Transitivity: 3 × triangles / connected triples; centralization: Freem…
  case wholeMapNote
  /// Communities (Louvain, seed 1)
  case communitiesTitle
  /// size
  case size
  /// Modularity `{1}`; the same seed gives the same communities.
  case communitiesNote
  /// Subgroups: the innermost k-core and the largest cliques
  case subgroupsTitle
  /// `{1}`-core
  case kCore
  /// k-core: every member tied to at least k other members (Seidman 1983);…
  case subgroupsNote
  /// Structural holes: least constrained actors
  case holesTitle
  /// contacts
  case contacts
  /// constraint
  case constraint
  /// Burt (1992), as NetworkX: low constraint and high efficiency mean cont…
  case holesNote
  /// Density within and between groups (by `{1}`)
  case groupDensityTitle
  /// Share of possible ties present; the diagonal is within the group (n/a…
  case groupDensityNote
  /// E-I index by group
  case groupEITitle
  /// (external − internal) / (external + internal) ties: −1 all within the…
  case groupEINote
  /// ties within the school
  case tiesWithinSchool
  /// ties among outside actors
  case tiesAmongOutsideActors
  /// ties crossing the boundary
  case tiesCrossingBoundary
  /// ties with an actor of unknown side
  case tiesWithUnknownSide
  /// share crossing
  case shareCrossing
  /// Inside: actors with intern = ja (or, without intern, type school or sc…
  case boundaryNote
  /// Brokers (Gould & Fernandez roles by `{1}`)
  case brokersTitle
  /// Points to discuss: role and position
  case roleCheckTitle
  /// The role check compares the role the focus group gave each actor with…
  case roleCheckExplained
  /// Two-paths a → b → c without a tie a → c that each actor b brokers, by…
  case directedBrokerNote
  ///  Coordinator: b links two members of its own group. Itinerant: b links…
  case brokerRolesExplained
  /// Open two-paths a – b – c counted once; representative and gatekeeper a…
  case undirectedBrokerNote
  /// degree `{1}`, betweenness `{2}` (medians `{3}`)
  case coreAtTheEdgeReason
  /// betweenness `{1}`, top quarter from `{2}`
  case brokerOutsideTheCoreReason
  /// only way to `{1}`: `{2}``{3}`
  case onlyBridgeReason
  /// Comparison of
  case comparisonOf
  /// weighted (distance = 1/weight)
  case weightedDistance
  /// unweighted
  case unweighted
  /// before:
  case beforeColon
  /// after:
  case afterColon
  /// changed
  case changed
  /// target
  case target
  /// weight
  case weight
  /// values
  case values
  /// field
  case field
  /// before
  case before
  /// after
  case after
  /// Actors added
  case actorsAdded
  /// Actors removed
  case actorsRemoved
  /// Actors changed
  case actorsChanged
  /// Ties added
  case tiesAdded
  /// Ties removed
  case tiesRemoved
  /// Ties changed
  case tiesChanged
  /// change
  case difference
  /// Change per actor in both waves (after − before)
  case measureChangeTitle
  /// values before and after: --format csv or json
  case measureChangeNote
  /// yes
  case yes
  /// no
  case no
  /// Network metrics
  case networkMetrics
  /// Role
  case roleTitle
  /// Conventions
  case conventions
  /// free text
  case freeText
  /// one value
  case oneValue
  /// one or more, separated by ;
  case severalValues
  /// list, other values allowed
  case openList
  /// blank netwerkkaart template
  case templateTitle
  /// valid
  case valid
  /// invalid
  case invalid
  /// The prefix of a usage error, as swift-argument-parser writes it.
  case parserError
  /// The first word of the usage line.
  case parserUsage
  /// The options placeholder of the usage line.
  case parserOptions
  /// Where the help is (`{1}`: the command and `--help`).
  case parserSeeHelp
  /// A positional argument is missing.
  case parserMissingArgument
  /// One of several arguments is missing.
  case parserMissingOneOf
  /// An unknown option close to a known one.
  case parserUnknownOptionSuggestion
  /// An unknown option.
  case parserUnknownOption
  /// An option without its value.
  case parserMissingValue
  /// A flag given a value.
  case parserUnexpectedValue
  /// One argument too many.
  case parserUnexpectedArgument
  /// Several arguments too many.
  case parserUnexpectedArguments
  /// A value outside a long list (the list follows).
  case parserInvalidValueList
  /// A value outside a short list.
  case parserInvalidValueChoices
  /// A value that does not parse, with the reason.
  case parserInvalidValueReason
  /// A value that does not parse.
  case parserInvalidValue
  /// No subcommand.
  case parserMissingSubcommand
  /// A malformed option.
  case parserInvalidOption
  /// Joins the last two quoted choices of a short list.
  case parserAnd
  /// Joins the last of three or more quoted choices.
  case parserOr
  /// `--font-size` out of range.
  case fontSizeRange
  /// `--dpi` out of range.
  case dpiRange
  /// `diff` positions without a drawing.
  case positionsNeedDraw
  /// `diff --draw` with an unknown extension.
  case drawingFormatUnknown
  /// `--threads` below 1.
  case threadsAtLeastOne
  /// A file name where only filters go.
  case notATieFilter
  /// `convert -o -` without `--to`.
  case standardOutputNeedsFormat
  /// `convert` to an unknown extension.
  case outputFormatUnknown
  /// `convert` to a format it only reads.
  case readOnlyFormat
  /// A folder or workbook asked on standard output.
  case notToStandardOutput
  /// Two ties files.
  case oneTiesFile
  /// A map and its files both given.
  case mapOrFiles
  /// No map given.
  case nameAMap
  /// `report` without maps.
  case nameMaps
  /// `report -o -`.
  case reportIsAFile
  /// `--approximate` out of range.
  case approximateRange
  /// `--delta` out of range.
  case deltaRange
  /// `--sort` with an unknown field.
  case unknownSortField
  /// `--csv-dialect excel-nl` without a file.
  case excelDialectTwoFiles
  /// The two tables `metrics` writes.
  case metricsTables
  /// The two tables `compare` writes.
  case compareTables
  /// `draw -o` with an unknown extension.
  case imageFormatUnknown
  /// `--brokers` below 0.
  case brokersAtLeastZero
  /// Positions with another layout.
  case positionsNeedRings
  /// Positions saved over the file read.
  case positionsOverwrite
  /// `--key` alone.
  case keyNeedsPseudonymise
  /// `edit -o` not .html.
  case editPageIsHTML
  /// `validate --ties` filter.
  case validateWithoutFilters
  /// `validate --pseudonymise`.
  case validateWithoutPseudonyms
  /// A saved position of an actor the map does not have.
  case positionNotInMap
  /// No actor of the positions file is in the map.
  case positionsOfAnotherMap
  /// The focal actor saved away from the centre.
  case focalActorOffCentre
  /// An actor whose role changed since its position was saved.
  case positionRoleChanged
  /// An actor saved outside its role's band.
  case positionOutsideBand
  /// A band's inner and outer radius, in inches.
  case bandBetween
  /// The outermost band's inner radius, in inches.
  case bandOutward
  /// Positions given with another layout.
  case positionsNeedRingsLayout
  /// The map's own x and y that `draw` could not use (`{1}`: the first problem).
  case storedPositionsDoNotFit
  /// No focal school for the rings.
  case noSchoolActor
  /// circo on a large map.
  case circoIsSlow
  /// Title of the comparison table: Size and density.
  case compareSize
  /// Convention under the comparison table Size and density.
  case compareSizeNote
  /// Title of the comparison table: Freeman centralization.
  case compareCentralization
  /// Convention under the comparison table Freeman centralization.
  case compareCentralizationNote
  /// Title of the comparison table: Role composition.
  case compareRoles
  /// Convention under the comparison table Role composition.
  case compareRolesNote
  /// Title of the comparison table: Ties by motive and form.
  case compareTieShares
  /// Convention under the comparison table Ties by motive and form.
  case compareTieSharesNote
  /// Title of the comparison table: Ties by beweegreden.
  case compareReasonShares
  /// Convention under the comparison table Ties by beweegreden.
  case compareReasonSharesNote
  /// Title of the comparison table: Top brokers.
  case compareBrokers
  /// Convention under the comparison table Top brokers.
  case compareBrokersNote
  /// Column of the comparison tables: map.
  case mapColumn
  /// Column of the comparison tables: internal.
  case internalSide
  /// Column of the comparison tables: external.
  case externalSide
  /// Column of the comparison tables: side unknown.
  case sideUnknown
  /// Column of the comparison tables: density w/o school.
  case densityWithoutSchool
  /// Column of the comparison tables: no role.
  case noRole
  /// Column of the comparison tables: tie records.
  case tieRecords
  /// Column of the comparison tables: motive unknown.
  case motiveUnknown
  /// Column of the comparison tables: form unknown.
  case formUnknown
  /// Column of the comparison tables: beweegreden unknown.
  case reasonUnknown
  /// Column of the comparison tables: the broker of rank `{1}`.
  case brokerRank
  /// The comment above LaTeX tables.
  case latexNeedsBooktabs
  /// A suggestion after an unknown name (`{1}`: the nearest known one).
  case didYouMean
  /// `analyse --groups` with a column no actor has.
  case groupsColumnUnknown
  /// `--focus` with an unknown id.
  case focusNotAnActor
  /// `compare` with maps that failed.
  case mapsNotAnalysed
  /// The fast layouts, after a slow one.
  case fasterLayouts
  /// dot or circo on a very large map.
  case layoutDoesNotFinish
  /// dot on a large map.
  case dotIsSlow
  /// `--size-by` with an unknown measure.
  case sizeByUnknown
  /// `convert` onto its own input.
  case wouldOverwriteInput
  /// A directed file read as undirected (`{1}`: analysed or compared).
  case fileMarksDirected
  /// How a map is used: analysed.
  case analysed
  /// How a map is used: compared.
  case compared
  /// `--without-ego` on a map without a school.
  case withoutEgoNeedsSchool
  /// Messages with pseudonymised values.
  case valuesHidden
  /// Pseudonyms without a key file.
  case codesForThisRun
  /// An iterative measure that stopped before it converged, when no convention says more.
  case didNotConverge
}

extension Language {
  /// `word` in this language, its blanks `{1}`, `{2}` … filled with `values` in order, each
  /// written as its `description` (a count as `3`; format reals before, for a decimal comma).
  public func word(_ word: Word, _ values: any CustomStringConvertible...) -> String {
    self.word(word, values: values)
  }

  /// `word` in this language, its blanks filled with `values` in order (``word(_:_:)`` for a
  /// list made elsewhere).
  public func word(_ word: Word, values: [any CustomStringConvertible]) -> String {
    let list = self == .nl ? Self.dutchWords : Self.englishWords
    var text = list[word] ?? word.rawValue
    for (index, value) in values.enumerated() {
      text = text.replacingOccurrences(of: "{\(index + 1)}", with: value.description)
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
    .degree: "graad",
    .inDegree: "ingraad",
    .outDegree: "uitgraad",
    .inStrength: "insterkte",
    .outStrength: "uitsterkte",
    .degreeCentrality: "graadcentraliteit",
    .betweennessNormalized: "betweenness (genormaliseerd)",
    .harmonicCloseness: "harmonische closeness",
    .inHarmonicCloseness: "harmonische in-closeness",
    .effectiveSize: "effectieve grootte",
    .efficiency: "efficiëntie",
    .constraintMeasure: "beperking (constraint)",
    .eigenvectorCentrality: "eigenvectorcentraliteit",
    .coreNumber: "kerngetal (k-core)",
    .directed: "gericht",
    .weighted: "gewogen",
    .transitivity: "transitiviteit",
    .averageClustering: "gemiddelde clustering",
    .degreeCentralization: "graadcentralisatie",
    .betweennessCentralization: "betweenness-centralisatie",
    .closenessCentralization: "closeness-centralisatie",
    .averageDistance: "gemiddelde afstand",
    .degreeAssortativity: "graadassortativiteit",
    .noneGroup: "(geen)",
    .estimateSentence:
      "betweenness, closeness en harmonische closeness geschat uit {1} getrokken bronnen (Brandes-Pich, Eppstein-Wang, seed {2}): elke genormaliseerde betweenness binnen {3} met kans {4}% (de grenzen voor closeness: metrics --approximate); closeness-centralisatie en afstanden weggelaten, want die vragen elke bron",
    .undirected: "ongericht",
    .focalActorSentence:
      "focusactor {1}: {2} partners, dichtheid tussen hen {3}, dichtheid van de kaart zonder hem {4}",
    .focalHolesSentence:
      "structurele gaten van {1}: effectieve grootte {2}, efficiëntie {3}, beperking {4} (Burt 1992)",
    .noFocalActor: "geen focusactor: geef de school type 'school', of noem haar met --focus",
    .notApplicable: "n.v.t.",
    .coordinator: "coördinator",
    .itinerant: "reiziger",
    .representative: "vertegenwoordiger",
    .gatekeeper: "poortwachter",
    .representativeOrGatekeeper: "vertegenw./poortwachter",
    .liaison: "verbinder",
    .total: "totaal",
    .diameterLargestComponent: "diameter (grootste component)",
    .assortativityByRole: "assortativiteit naar rol",
    .louvainCommunities: "Louvain-gemeenschappen (seed 1)",
    .modularity: "modulariteit",
    .wholeMapTitle: "Hele kaart",
    .figure: "kengetal",
    .value: "waarde",
    .wholeMapNote:
      "Transitiviteit: 3 × driehoeken / verbonden drietallen; centralisatie: Freeman (1979), 1 voor een ster; assortativiteit: Newman (2003), +1 als actoren zich aan gelijken binden; gemeenschappen: Louvain (Blondel e.a. 2008). Docs/Metrics/WholeMap.md, Communities.md.",
    .communitiesTitle: "Gemeenschappen (Louvain, seed 1)",
    .size: "grootte",
    .communitiesNote: "Modulariteit {1}; dezelfde seed geeft dezelfde gemeenschappen.",
    .subgroupsTitle: "Subgroepen: de binnenste k-kern en de grootste klieken",
    .kCore: "{1}-kern",
    .subgroupsNote:
      "k-kern: elk lid heeft relaties met minstens k andere leden (Seidman 1983); klieken: maximale groepen van 3 of meer die allemaal onderling verbonden zijn (Bron-Kerbosch), {1} in totaal.",
    .holesTitle: "Structurele gaten: de minst beperkte actoren",
    .contacts: "contacten",
    .constraint: "beperking",
    .holesNote:
      "Burt (1992), zoals NetworkX: een lage beperking en een hoge efficiëntie betekenen contacten die onderling geen relatie hebben.",
    .groupDensityTitle: "Dichtheid binnen en tussen groepen (naar {1})",
    .groupDensityNote:
      "Aandeel van de mogelijke relaties dat er is; de diagonaal is binnen de groep (n.v.t. voor een groep van één actor).",
    .groupEITitle: "E-I-index per groep",
    .groupEINote:
      "(extern − intern) / (extern + intern) relaties: −1 alles binnen de groep, +1 alles naar andere groepen.",
    .tiesWithinSchool: "relaties binnen de school",
    .tiesAmongOutsideActors: "relaties tussen externe actoren",
    .tiesCrossingBoundary: "relaties over de schoolgrens",
    .tiesWithUnknownSide: "relaties met een actor van onbekende kant",
    .shareCrossing: "aandeel over de grens",
    .boundaryNote:
      "Binnen: actoren met intern = ja (of, zonder intern, type school of schoolteam). Aandeel en E-I: relaties over de grens tegenover alle relaties tussen actoren van bekende kant, de onbekende kant geteld als een eigen groep (sterktes als de kaart gewogen is).",
    .brokersTitle: "Makelaars (rollen van Gould & Fernandez naar {1})",
    .roleCheckTitle: "Om te bespreken: rol en positie",
    .roleCheckExplained:
      "De rolcontrole vergelijkt de rol die de focusgroep elke actor gaf met zijn plaats in de kaart, en noemt de actoren waar die twee niet overeenkomen, als vragen voor de groep, niet als correcties. Kern aan de rand: kern, graad onder de mediaan en betweenness niet erboven; makelaar buiten de kern: geen kern, betweenness boven 0 en in het hoogste kwart; enige brug: geen kern, de focusactor bereikt anderen alleen via deze actor. Betweenness is ruw (overbrugde paren).",
    .directedBrokerNote:
      "Tweepaden a → b → c zonder relatie a → c die elke actor b overbrugt, naar de groepen van a, b en c.",
    .brokerRolesExplained:
      " Coördinator: b verbindt twee leden van zijn eigen groep. Reiziger: b verbindt twee leden van een andere groep. Vertegenwoordiger: b geeft een contact van zijn eigen groep door aan een andere groep. Poortwachter: b laat iemand van een andere groep binnen in zijn eigen groep. Verbinder: b verbindt twee groepen waar hij zelf niet bij hoort.",
    .undirectedBrokerNote:
      "Open tweepaden a – b – c, elk één keer geteld; vertegenwoordiger en poortwachter zijn op een ongerichte kaart één rol.",
    .coreAtTheEdgeReason: "graad {1}, betweenness {2} (medianen {3})",
    .brokerOutsideTheCoreReason: "betweenness {1}, hoogste kwart vanaf {2}",
    .onlyBridgeReason: "enige weg naar {1}: {2}{3}",
    .comparisonOf: "Vergelijking van",
    .weightedDistance: "gewogen (afstand = 1/gewicht)",
    .unweighted: "ongewogen",
    .beforeColon: "voor: ",
    .afterColon: "na: ",
    .changed: "gewijzigd",
    .target: "doel",
    .weight: "gewicht",
    .values: "waarden",
    .field: "veld",
    .before: "voor",
    .after: "na",
    .actorsAdded: "Nieuwe actoren",
    .actorsRemoved: "Verdwenen actoren",
    .actorsChanged: "Gewijzigde actoren",
    .tiesAdded: "Nieuwe relaties",
    .tiesRemoved: "Verdwenen relaties",
    .tiesChanged: "Gewijzigde relaties",
    .difference: "verschil",
    .measureChangeTitle: "Verschil per actor in beide golven (na − voor)",
    .measureChangeNote: "waarden voor en na: --format csv of json",
    .yes: "ja",
    .no: "nee",
    .networkMetrics: "Netwerkmaten",
    .roleTitle: "Rol",
    .conventions: "Afspraken",
    .freeText: "vrije tekst",
    .oneValue: "één waarde",
    .severalValues: "één of meer, gescheiden door ;",
    .openList: "lijst, andere waarden toegelaten",
    .templateTitle: "lege netwerkkaart om in te vullen",
    .valid: "geldig",
    .invalid: "ongeldig",
    .parserError: "Fout: ",
    .parserUsage: "Gebruik: ",
    .parserOptions: "[<opties>]",
    .parserSeeHelp: "  Zie '{1}' voor meer uitleg.",
    .parserMissingArgument: "Verplicht argument '{1}' ontbreekt",
    .parserMissingOneOf: "Een van deze ontbreekt: '{1}'",
    .parserUnknownOptionSuggestion: "Onbekende optie '{1}'. Bedoel je '{2}'?",
    .parserUnknownOption: "Onbekende optie '{1}'",
    .parserMissingValue: "Waarde ontbreekt voor '{1}'",
    .parserUnexpectedValue: "De optie '{1}' neemt geen waarde, maar kreeg '{2}'.",
    .parserUnexpectedArgument: "Onverwacht argument '{1}'",
    .parserUnexpectedArguments: "{1} onverwachte argumenten: '{2}'",
    .parserInvalidValueList: "De waarde '{1}' is ongeldig voor '{2}'. Kies een van deze:",
    .parserInvalidValueChoices: "De waarde '{1}' is ongeldig voor '{2}'. Kies een van {3}.",
    .parserInvalidValueReason: "De waarde '{1}' is ongeldig voor '{2}': {3}",
    .parserInvalidValue: "De waarde '{1}' is ongeldig voor '{2}'",
    .parserMissingSubcommand: "Subopdracht ontbreekt.",
    .parserInvalidOption: "Ongeldige optie: {1}",
    .parserAnd: "' en '",
    .parserOr: "' of '",
    .fontSizeRange: "--font-size {1}: kies een grootte van 6 tot 72 punten",
    .dpiRange: "--dpi {1}: kies een resolutie van 36 tot 1200",
    .positionsNeedDraw: "--positions en --save-positions horen bij --draw BESTAND; voeg het toe, of laat ze weg",
    .drawingFormatUnknown:
      "Uit '{1}' is het formaat van de tekening niet af te leiden; geef het bestand de extensie .svg, .png, .pdf of .dot.",
    .threadsAtLeastOne: "--threads moet 1 of meer zijn.",
    .notATieFilter:
      "'{1}' is geen relatiefilter; deze opdracht leest de eigen relaties van elke kaart, --ties neemt filters zoals motief=groei.",
    .standardOutputNeedsFormat: "Geef het formaat van de standaarduitvoer met --to ({1}).",
    .outputFormatUnknown: "Uit de extensie van '{1}' is het formaat niet af te leiden; gebruik {2}, of --to.",
    .readOnlyFormat: "{1} kan gelezen maar niet geschreven worden; kies een van {2}.",
    .notToStandardOutput: "{1} kan niet naar de standaarduitvoer; geef een pad met -o.",
    .oneTiesFile: "Geef één relatiebestand; andere waarden van --ties moeten filters zijn, zoals motief=groei.",
    .mapOrFiles: "Geef een kaartmap of kaartbestand, of --actors/--ties, niet beide.",
    .nameAMap: "Noem een kaart: een map met actors.csv en ties.csv, een kaartbestand, of --actors en --ties.",
    .nameMaps: "Noem minstens één kaart: een map met actors.csv en ties.csv, of een bestand.",
    .reportIsAFile: "Het rapport is een bestand; geef met -o een pad dat eindigt op .html.",
    .approximateRange: "--approximate neemt een foutgrens tussen 0 en 1, zoals 0.05.",
    .deltaRange: "--delta neemt een kans tussen 0 en 1, zoals 0.1.",
    .unknownSortField: "Onbekend sorteerveld '{1}'; kies een van {2}.",
    .excelDialectTwoFiles:
      "--csv-dialect excel-nl schrijft {1} als twee bestanden; noem het eerste met -o, bv. -o {2}.",
    .metricsTables: "de actorentabel en de kengetallen",
    .compareTables: "de kaarten en de afspraken",
    .imageFormatUnknown:
      "Uit '{1}' is het formaat niet af te leiden; geef het bestand de extensie .svg, .png, .pdf of .dot, of geef --format.",
    .brokersAtLeastZero: "--brokers neemt een aantal actoren, 0 of meer.",
    .positionsNeedRings: "--positions en --save-positions werken alleen met de ringen-layout; laat --layout {1} weg",
    .positionsOverwrite:
      "--save-positions zou het --positions-bestand '{1}' overschrijven; bewaar in een ander bestand",
    .keyNeedsPseudonymise: "--key hoort bij --pseudonymise; voeg --pseudonymise toe, of laat --key weg.",
    .editPageIsHTML:
      "De pagina is HTML: geef het uitvoerbestand de extensie .html (bijvoorbeeld kaart.html), of geef '-o -'.",
    .validateWithoutFilters:
      "validate controleert de hele kaart; filters met --ties gelden voor de opdrachten die een kaart analyseren, tekenen, vergelijken of omzetten.",
    .validateWithoutPseudonyms:
      "validate rapporteert over de oorspronkelijke bestanden, namen inbegrepen; --pseudonymise geldt voor elke andere opdracht die een kaart leest.",
    .positionNotInMap: "actor \"{1}\" staat niet in de kaart; zijn positie wordt niet gebruikt",
    .positionsOfAnotherMap:
      "geen van de {1} actoren van het positiebestand staat in de kaart; is het het bestand van een andere kaart? Bewaar de posities van deze kaart met --save-positions",
    .focalActorOffCentre:
      "de focusactor \"{1}\" staat in het midden van de ringen; zet zijn x en y op 0 (of kies een ander midden met --focus)",
    .positionRoleChanged:
      "actor \"{1}\" werd bewaard in de band {2} maar heeft nu de rol {3}; hij krijgt een nieuwe plaats in de band {3}",
    .positionOutsideBand:
      "actor \"{1}\" (rol {2}) ligt op {3} in van het midden, buiten de band {2}, die loopt {4}; verplaats hem in die band, of wis zijn rij om hem een nieuwe plaats te geven",
    .bandBetween: "van {1} tot {2} in (binnen- en buitenstraal)",
    .bandOutward: "vanaf {1} in naar buiten",
    .positionsNeedRingsLayout: "bewaarde posities gelden alleen voor de ringen-layout; {1} plaatst elke actor zelf",
    .storedPositionsDoNotFit:
      "de posities in de kaart (de x en y van haar actoren) passen niet in haar rolbanden{1}; elke actor krijgt een nieuwe plaats (geef --positions BESTAND om de plaatsen te kiezen)",
    .noSchoolActor: "geen actor van type 'school'; het midden van de ringen blijft leeg (kies er een met --focus ID)",
    .circoIsSlow: "circo plaatst {1} actoren traag (minuten boven enkele honderden); rings, neato en sfdp zijn snel",
    .compareSize: "Omvang en dichtheid",
    .compareSizeNote:
      "Intern: intern = ja, of zonder die kolom het type school of schoolteam. Relaties: verschillende paren, dubbele samengevoegd, relaties met zichzelf weggelaten. Dichtheid: 2m/(n(n-1)), gericht m/(n(n-1)); zonder school: hetzelfde onder de andere n-1 actoren (– als geen actor het type school heeft). Componenten: samenhangende delen (gericht: zwak), losse actoren tellen mee.",
    .compareCentralization: "Centralisatie (Freeman)",
    .compareCentralizationNote:
      "Freeman (1979): de som van (c_max - c_i), gedeeld door die som voor een ster van dezelfde grootte; 0 als elke actor even centraal is, 1 voor een ster. Graad telt relaties; betweenness ruw; closeness volgens Wasserman-Faust, uitgaand als de kaart gericht is; geen closeness-centralisatie op gewogen kaarten.",
    .compareRoles: "Rollen",
    .compareRolesNote: "Actoren per positionele rol (Gehre, in Suijs 1999); geen rol: de kolom rol is leeg.",
    .compareTieShares: "Relaties naar motief en vorm",
    .compareTieSharesNote:
      "Aandeel van de relatieregels (zonder relaties met zichzelf; een paar dat twee keer staat telt twee keer) per codeboekwaarde van motief en vorm, in elke schrijfwijze die het codeboek aanvaardt; onbekend: leeg of geen codeboekwaarde; – als de kaart geen relaties heeft.",
    .compareReasonShares: "Relaties naar beweegreden",
    .compareReasonSharesNote:
      "Aandeel van de relatieregels (zonder relaties met zichzelf) dat elk van de vijftien beweegredenen voor collectief leren noemt (taak 1-6, relatie 7-10, groei 11-15); een regel met meer beweegredenen telt voor elk, zodat de aandelen samen meer dan 1 kunnen zijn; onbekend: geen beweegreden. Zonder motief volgen de motiefaandelen hierboven uit de beweegredenen.",
    .compareBrokers: "Belangrijkste makelaars",
    .compareBrokersNote:
      "Hoogste betweenness, zonder de focusschool (die staat door de opzet van de kaart tussen bijna al haar partners); genormaliseerde betweenness tussen haakjes; actoren met betweenness 0 staan er niet bij.",
    .mapColumn: "kaart",
    .internalSide: "intern",
    .externalSide: "extern",
    .sideUnknown: "kant onbekend",
    .densityWithoutSchool: "dichtheid zonder school",
    .noRole: "geen rol",
    .tieRecords: "relatieregels",
    .motiveUnknown: "motief onbekend",
    .formUnknown: "vorm onbekend",
    .reasonUnknown: "beweegreden onbekend",
    .brokerRank: "makelaar {1}",
    .latexNeedsBooktabs: "% vraagt \\usepackage{booktabs} in de preambule",
    .didYouMean: " (bedoel je \"{1}\"?)",
    .groupsColumnUnknown:
      "--groups {1}: geen actor heeft die kolom{2}; gebruik role, type, intern of een kolom van de actoren",
    .focusNotAnActor: "--focus {1} is geen actor van de kaart{2}",
    .mapsNotAnalysed:
      "{1} van de {2} kaarten konden niet geanalyseerd worden ({3}); verbeter ze en voer compare opnieuw uit; er werd niets geschreven",
    .fasterLayouts: "--layout rings, neato of sfdp tekenen duizenden actoren in seconden",
    .layoutDoesNotFinish: "--layout {1} raakt niet klaar met {2} actoren (uren boven enkele duizenden); {3}",
    .dotIsSlow: "dot plaatst {1} actoren traag (minuten boven duizend); {2}",
    .sizeByUnknown: "--size-by: geen maat '{1}'; kies een van {2}",
    .wouldOverwriteInput: "zou de invoer {1} overschrijven; schrijf de omgezette kaart naar een ander pad",
    .fileMarksDirected:
      "het bestand markeert zijn relaties als gericht; ze worden als ongericht {1} tenzij je --directed toevoegt",
    .analysed: "geanalyseerd",
    .compared: "vergeleken",
    .withoutEgoNeedsSchool:
      "--without-ego vraagt een actor van type 'school' om weg te laten; geef de focusschool type 'school'",
    .valuesHidden:
      "waarden in deze meldingen zijn verborgen (--pseudonymise); voer validate uit op de kaart om ze te zien",
    .codesForThisRun:
      "zonder --key gelden de codes alleen voor deze uitvoering: een andere uitvoering, kaart of golf kan dezelfde naam een andere code geven; voeg --key BESTAND toe om ze te bewaren",
    .didNotConverge: "niet geconvergeerd",
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
    .degree: "degree",
    .inDegree: "in-degree",
    .outDegree: "out-degree",
    .inStrength: "in-strength",
    .outStrength: "out-strength",
    .degreeCentrality: "degree centrality",
    .betweennessNormalized: "betweenness (normalized)",
    .harmonicCloseness: "harmonic closeness",
    .inHarmonicCloseness: "in-harmonic closeness",
    .effectiveSize: "effective size",
    .efficiency: "efficiency",
    .constraintMeasure: "constraint",
    .eigenvectorCentrality: "eigenvector centrality",
    .coreNumber: "core number",
    .directed: "directed",
    .weighted: "weighted",
    .transitivity: "transitivity",
    .averageClustering: "average clustering",
    .degreeCentralization: "degree centralization",
    .betweennessCentralization: "betweenness centralization",
    .closenessCentralization: "closeness centralization",
    .averageDistance: "average distance",
    .degreeAssortativity: "degree assortativity",
    .noneGroup: "(none)",
    .estimateSentence:
      "betweenness, closeness and harmonic closeness estimated from {1} sampled sources (Brandes-Pich, Eppstein-Wang, seed {2}): every normalized betweenness within {3} with probability {4}% (the closeness bounds: metrics --approximate); closeness centralization and distances left out, as they need every source",
    .undirected: "undirected",
    .focalActorSentence: "focal actor {1}: {2} partners, density among them {3}, density of the map without it {4}",
    .focalHolesSentence: "structural holes of {1}: effective size {2}, efficiency {3}, constraint {4} (Burt 1992)",
    .noFocalActor: "no focal actor: give the school type 'school', or name it with --focus",
    .notApplicable: "n/a",
    .coordinator: "coordinator",
    .itinerant: "itinerant",
    .representative: "representative",
    .gatekeeper: "gatekeeper",
    .representativeOrGatekeeper: "repr./gatekeeper",
    .liaison: "liaison",
    .total: "total",
    .diameterLargestComponent: "diameter (largest component)",
    .assortativityByRole: "assortativity by role",
    .louvainCommunities: "Louvain communities (seed 1)",
    .modularity: "modularity",
    .wholeMapTitle: "Whole map",
    .figure: "figure",
    .value: "value",
    .wholeMapNote:
      "Transitivity: 3 × triangles / connected triples; centralization: Freeman (1979), 1 for a star; assortativity: Newman (2003), +1 when actors tie to alike; communities: Louvain (Blondel et al. 2008). Docs/Metrics/WholeMap.md, Communities.md.",
    .communitiesTitle: "Communities (Louvain, seed 1)",
    .size: "size",
    .communitiesNote: "Modularity {1}; the same seed gives the same communities.",
    .subgroupsTitle: "Subgroups: the innermost k-core and the largest cliques",
    .kCore: "{1}-core",
    .subgroupsNote:
      "k-core: every member tied to at least k other members (Seidman 1983); cliques: maximal groups of 3 or more all tied to each other (Bron-Kerbosch), {1} in all.",
    .holesTitle: "Structural holes: least constrained actors",
    .contacts: "contacts",
    .constraint: "constraint",
    .holesNote:
      "Burt (1992), as NetworkX: low constraint and high efficiency mean contacts who are not tied to each other.",
    .groupDensityTitle: "Density within and between groups (by {1})",
    .groupDensityNote:
      "Share of possible ties present; the diagonal is within the group (n/a for a group of one actor).",
    .groupEITitle: "E-I index by group",
    .groupEINote:
      "(external − internal) / (external + internal) ties: −1 all within the group, +1 all to other groups.",
    .tiesWithinSchool: "ties within the school",
    .tiesAmongOutsideActors: "ties among outside actors",
    .tiesCrossingBoundary: "ties crossing the boundary",
    .tiesWithUnknownSide: "ties with an actor of unknown side",
    .shareCrossing: "share crossing",
    .boundaryNote:
      "Inside: actors with intern = ja (or, without intern, type school or schoolteam). Share and E-I: crossing ties against all ties between actors of known side, the unknown side counted as a group of its own (strengths when weighted).",
    .brokersTitle: "Brokers (Gould & Fernandez roles by {1})",
    .roleCheckTitle: "Points to discuss: role and position",
    .roleCheckExplained:
      "The role check compares the role the focus group gave each actor with its place in the map, and lists the actors where the two disagree, as questions for the group, not corrections. Core at the edge: core, degree below the median and betweenness not above it; broker outside the core: not core, betweenness above 0 and in the top quarter; only bridge: not core, the focal actor reaches others only through it. Betweenness is raw (pairs brokered).",
    .directedBrokerNote:
      "Two-paths a → b → c without a tie a → c that each actor b brokers, by the groups of a, b and c.",
    .brokerRolesExplained:
      " Coordinator: b links two members of its own group. Itinerant: b links two members of another group. Representative: b passes its own group's contact on to another group. Gatekeeper: b lets someone from another group in to its own group. Liaison: b links two groups it belongs to neither of.",
    .undirectedBrokerNote:
      "Open two-paths a – b – c counted once; representative and gatekeeper are one role on undirected maps.",
    .coreAtTheEdgeReason: "degree {1}, betweenness {2} (medians {3})",
    .brokerOutsideTheCoreReason: "betweenness {1}, top quarter from {2}",
    .onlyBridgeReason: "only way to {1}: {2}{3}",
    .comparisonOf: "Comparison of",
    .weightedDistance: "weighted (distance = 1/weight)",
    .unweighted: "unweighted",
    .beforeColon: "before: ",
    .afterColon: "after: ",
    .changed: "changed",
    .target: "target",
    .weight: "weight",
    .values: "values",
    .field: "field",
    .before: "before",
    .after: "after",
    .actorsAdded: "Actors added",
    .actorsRemoved: "Actors removed",
    .actorsChanged: "Actors changed",
    .tiesAdded: "Ties added",
    .tiesRemoved: "Ties removed",
    .tiesChanged: "Ties changed",
    .difference: "change",
    .measureChangeTitle: "Change per actor in both waves (after − before)",
    .measureChangeNote: "values before and after: --format csv or json",
    .yes: "yes",
    .no: "no",
    .networkMetrics: "Network metrics",
    .roleTitle: "Role",
    .conventions: "Conventions",
    .freeText: "free text",
    .oneValue: "one value",
    .severalValues: "one or more, separated by ;",
    .openList: "list, other values allowed",
    .templateTitle: "blank netwerkkaart template",
    .valid: "valid",
    .invalid: "invalid",
    .parserError: "Error: ",
    .parserUsage: "Usage: ",
    .parserOptions: "[<options>]",
    .parserSeeHelp: "  See '{1}' for more information.",
    .parserMissingArgument: "Missing expected argument '{1}'",
    .parserMissingOneOf: "Missing one of: '{1}'",
    .parserUnknownOptionSuggestion: "Unknown option '{1}'. Did you mean '{2}'?",
    .parserUnknownOption: "Unknown option '{1}'",
    .parserMissingValue: "Missing value for '{1}'",
    .parserUnexpectedValue: "The option '{1}' does not take any value, but '{2}' was specified.",
    .parserUnexpectedArgument: "Unexpected argument '{1}'",
    .parserUnexpectedArguments: "{1} unexpected arguments: '{2}'",
    .parserInvalidValueList: "The value '{1}' is invalid for '{2}'. Please provide one of the following:",
    .parserInvalidValueChoices: "The value '{1}' is invalid for '{2}'. Please provide one of {3}.",
    .parserInvalidValueReason: "The value '{1}' is invalid for '{2}': {3}",
    .parserInvalidValue: "The value '{1}' is invalid for '{2}'",
    .parserMissingSubcommand: "Missing required subcommand.",
    .parserInvalidOption: "Invalid option: {1}",
    .parserAnd: "' and '",
    .parserOr: "' or '",
    .fontSizeRange: "--font-size {1}: give a size from 6 to 72 points",
    .dpiRange: "--dpi {1}: give a resolution from 36 to 1200",
    .positionsNeedDraw: "--positions and --save-positions go with --draw FILE; add it, or leave them out",
    .drawingFormatUnknown: "Cannot tell the drawing's format from '{1}'; name the file .svg, .png, .pdf or .dot.",
    .threadsAtLeastOne: "--threads must be 1 or more.",
    .notATieFilter:
      "'{1}' is not a tie filter; this command reads each map's own ties, --ties takes filters such as motief=groei.",
    .standardOutputNeedsFormat: "Name the format of standard output with --to ({1}).",
    .outputFormatUnknown: "Cannot tell the format of '{1}' from its extension; use {2}, or --to.",
    .readOnlyFormat: "{1} can be read but not written; choose one of {2}.",
    .notToStandardOutput: "{1} cannot go to standard output; give a path with -o.",
    .oneTiesFile: "Give one ties file; other --ties values must be filters such as motief=groei.",
    .mapOrFiles: "Give either a map folder or file, or --actors/--ties, not both.",
    .nameAMap: "Name a map: a folder with actors.csv and ties.csv, a map file, or --actors and --ties.",
    .nameMaps: "Name at least one map: a folder with actors.csv and ties.csv, or a file.",
    .reportIsAFile: "The report is a file; give a path ending in .html with -o.",
    .approximateRange: "--approximate takes an error bound between 0 and 1, such as 0.05.",
    .deltaRange: "--delta takes a probability between 0 and 1, such as 0.1.",
    .unknownSortField: "Unknown sort field '{1}'; choose one of {2}.",
    .excelDialectTwoFiles: "--csv-dialect excel-nl writes {1} as two files; name the first with -o, e.g. -o {2}.",
    .metricsTables: "the actor table and the figures",
    .compareTables: "the maps and the conventions",
    .imageFormatUnknown: "Cannot tell the format from '{1}'; name the file .svg, .png, .pdf or .dot, or give --format.",
    .brokersAtLeastZero: "--brokers takes a number of actors, 0 or more.",
    .positionsNeedRings: "--positions and --save-positions work with the rings layout only; leave out --layout {1}",
    .positionsOverwrite: "--save-positions would overwrite the --positions file '{1}'; save to another file",
    .keyNeedsPseudonymise: "--key goes with --pseudonymise; add --pseudonymise, or leave out --key.",
    .editPageIsHTML: "The page is HTML: name the output file .html (for example kaart.html), or give '-o -'.",
    .validateWithoutFilters:
      "validate checks the whole map; --ties filters apply to the commands that analyse, draw, compare or convert a map.",
    .validateWithoutPseudonyms:
      "validate reports on the original files, names included; --pseudonymise applies to every other command that reads a map.",
    .positionNotInMap: "actor \"{1}\" is not in the map; its position is not used",
    .positionsOfAnotherMap:
      "none of the {1} actors of the positions file is in the map; is it the file of another map? Save positions of this map with --save-positions",
    .focalActorOffCentre:
      "the focal actor \"{1}\" sits at the centre of the rings; set its x and y to 0 (or choose another centre with --focus)",
    .positionRoleChanged:
      "actor \"{1}\" was saved in the {2} band but has role {3} now; it is placed anew in the {3} band",
    .positionOutsideBand:
      "actor \"{1}\" (role {2}) lies {3} in from the centre, outside the {2} band, which runs {4}; move it into that band, or delete its row to have it placed anew",
    .bandBetween: "from {1} to {2} in (inner and outer radius)",
    .bandOutward: "from {1} in outward",
    .positionsNeedRingsLayout: "saved positions are used by the rings layout only; {1} places every actor itself",
    .storedPositionsDoNotFit:
      "the positions stored in the map (its actors' x and y) do not fit its role bands{1}; every actor is placed anew (give --positions FILE to choose the places)",
    .noSchoolActor: "no actor of type 'school'; the centre of the rings stays empty (choose one with --focus ID)",
    .circoIsSlow: "circo lays out {1} actors slowly (minutes above a few hundred); rings, neato or sfdp are fast",
    .compareSize: "Size and density",
    .compareSizeNote:
      "Internal: intern = ja, or without it type school or schoolteam. Ties: distinct pairs, duplicates merged, self-ties dropped. Density: 2m/(n(n-1)), directed m/(n(n-1)); w/o school: the same among the other n-1 actors (– when no actor has type school). Components: connected (directed: weakly), isolates count.",
    .compareCentralization: "Freeman centralization",
    .compareCentralizationNote:
      "Freeman (1979): the sum of (c_max - c_i) over its value for a star of the same size; 0 when every actor is equally central, 1 for a star. Degree counts ties; betweenness raw; closeness Wasserman-Faust, outward when directed.",
    .compareRoles: "Role composition",
    .compareRolesNote: "Actors per positional role (Gehre, in Suijs 1999); no role: the role column is empty.",
    .compareTieShares: "Ties by motive and form",
    .compareTieSharesNote:
      "Share of tie records (self-ties not counted; a pair recorded twice counts twice) per codebook value of motief and vorm, in any spelling the codebook accepts; unknown: empty or not a codebook value; – when the map has no ties.",
    .compareReasonShares: "Ties by beweegreden",
    .compareReasonSharesNote:
      "Share of tie records (self-ties not counted) that give each of the fifteen beweegredenen of collective learning (task 1-6, relationship 7-10, growth 11-15); a record with several counts for each, so shares may add up to more than 1; unknown: no beweegreden. Without a motief, a record's motive shares above follow from its beweegredenen.",
    .compareBrokers: "Top brokers",
    .compareBrokersNote:
      "Highest betweenness, the focal school left out (it stands between nearly all its partners by construction); normalized betweenness in brackets; actors with betweenness 0 are not listed.",
    .mapColumn: "map",
    .internalSide: "internal",
    .externalSide: "external",
    .sideUnknown: "side unknown",
    .densityWithoutSchool: "density w/o school",
    .noRole: "no role",
    .tieRecords: "tie records",
    .motiveUnknown: "motive unknown",
    .formUnknown: "form unknown",
    .reasonUnknown: "beweegreden unknown",
    .brokerRank: "broker {1}",
    .latexNeedsBooktabs: "% needs \\usepackage{booktabs} in the preamble",
    .didYouMean: " (did you mean \"{1}\"?)",
    .groupsColumnUnknown: "--groups {1}: no actor has that column{2}; use role, type, intern or an actor column",
    .focusNotAnActor: "--focus {1} is not an actor of the map{2}",
    .mapsNotAnalysed:
      "{1} of {2} maps could not be analysed ({3}); correct them and run compare again; nothing was written",
    .fasterLayouts: "--layout rings, neato or sfdp draw thousands of actors in seconds",
    .layoutDoesNotFinish: "--layout {1} does not finish on {2} actors (hours above a few thousand); {3}",
    .dotIsSlow: "dot lays out {1} actors slowly (minutes above a thousand); {2}",
    .sizeByUnknown: "--size-by: no metric '{1}'; choose one of {2}",
    .wouldOverwriteInput: "would overwrite the input {1}; write the converted map to another path",
    .fileMarksDirected: "the file marks its ties as directed; they are {1} as undirected unless you add --directed",
    .analysed: "analysed",
    .compared: "compared",
    .withoutEgoNeedsSchool:
      "--without-ego needs an actor of type 'school' to leave out; give the focal school type 'school'",
    .valuesHidden: "values in these messages are hidden (--pseudonymise); run validate on the map to see them",
    .codesForThisRun:
      "without --key the codes hold for this run only: another run, map or wave may give the same name another code; add --key FILE to keep them",
    .didNotConverge: "did not converge",
  ]
}
