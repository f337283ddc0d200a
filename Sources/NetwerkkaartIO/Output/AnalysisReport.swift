import Foundation
import NetwerkkaartCore

/// The `netwerkkaart analyse` report of one map: the map and its school, the ego view, groups
/// (densities and E-I index), the school boundary, brokers, and the role check; as an aligned
/// text, Markdown for a paper, or JSON (snake_case keys, exact numbers, `Docs/JSON.md`).
public struct AnalysisReport: Sendable {
  /// The printed forms of the report; the raw value is the name a program asks for it by.
  public enum Format: String, CaseIterable, Sendable {
    /// Aligned text tables for a terminal, under a heading of figures.
    case table
    /// Markdown: a `##` heading, the figures as a list, GitHub-flavoured tables.
    case markdown
    /// The machine-readable contract (`Docs/JSON.md`).
    case json
  }

  /// Where the map came from, as the user named it; the report's first line.
  public let source: String
  /// The analysis the report prints.
  public let analysis: PartnershipAnalysis
  /// How many brokers to list.
  public let brokerCount: Int
  /// The language of the table and Markdown forms (headings, sentences, role names, decimal
  /// commas in Dutch); the JSON is the same in every language.
  public let language: Language

  /// Each actor as people read it: its label, with its id in brackets where two actors share
  /// the label; its id when it has no label.
  private let names: [String]

  /// The report of `analysis`, headed by `source`, listing at most `brokerCount` brokers.
  ///
  /// ```swift
  /// let report = AnalysisReport(source: "Examples/basisschool-de-linde", analysis: PartnershipAnalysis(map))
  /// print(report.rendered(as: .markdown))
  /// ```
  public init(source: String, analysis: PartnershipAnalysis, brokerCount: Int = 10, language: Language = .en) {
    self.source = source
    self.analysis = analysis
    self.brokerCount = brokerCount
    self.language = language
    let labels = analysis.map.actors.map { $0.label?.trimmingCharacters(in: .whitespaces) ?? "" }
    var counts: [String: Int] = [:]
    for label in labels where !label.isEmpty { counts[label, default: 0] += 1 }
    self.names = zip(analysis.map.actors, labels).map { actor, label in
      label.isEmpty ? actor.id.rawValue : counts[label, default: 0] > 1 ? "\(label) (\(actor.id.rawValue))" : label
    }
  }

  /// The iterative measures of the JSON report's `actor_measures` (eigenvector centrality,
  /// PageRank) whose power iteration did not converge; their values are the last step's. The JSON
  /// report lists them under `not_converged` and `analyse --format json` warns of each.
  public var unconverged: [Measure] {
    MetricsTable.unconverged(analysis.analysis, columns: [.eigenvector, .pagerank])
  }

  /// The sentence saying why, for each measure of ``unconverged``.
  public var unconvergedConventions: [Convention] {
    unconverged.map { Convention.notConverged($0, analysis: analysis.analysis) }
  }

  /// The report in one format.
  public func rendered(as format: Format) -> String {
    switch format {
    case .table:
      return heading().joined(separator: "\n") + "\n\n" + tables().map { $0.text() }.joined(separator: "\n")
    case .markdown:
      return "## " + MarkdownReport.cell(source) + "\n\n"
        + heading().dropFirst().map { "- \(MarkdownReport.cell($0))" }.joined(separator: "\n") + "\n\n"
        + tables().map { $0.markdown() }.joined(separator: "\n")
    case .json:
      return json()
    }
  }

  private var map: PartnershipMap { analysis.map }

  /// The actor's id, as the JSON names actors.
  private func id(_ actor: Int) -> String { map.actors[actor].id.rawValue }

  /// The actor's label (with its id where labels repeat), as the text and Markdown name actors.
  private func name(_ actor: Int) -> String { names[actor] }

  /// A real for people: three decimals, a decimal comma in Dutch.
  private func number(_ value: Double) -> String {
    NumberFormatting.localised(NumberFormatting.rounded(value, decimals: 3), in: language)
  }

  /// `dutch` or `english`, as the report's language asks.
  private func pick(_ dutch: String, _ english: String) -> String { language.pick(dutch, english) }

  /// A role as the report's language names it; `–` for none.
  private func role(_ actor: Int) -> String { map.actors[actor].role.map { language.name(of: $0) } ?? "–" }

  /// A group's name for people: a role in the report's language when the groups are roles,
  /// `(geen)`/`(none)` for the actors without a value, else the value as recorded.
  private func groupName(_ group: Int) -> String {
    guard let value = analysis.groups.groups[group] else { return pick("(geen)", "(none)") }
    guard analysis.groupBasis == .role, let role = ActorRole(rawValue: value) else { return value }
    return language.name(of: role)
  }

  /// A value that is a whole number in the unweighted case (a number of steps) without
  /// decimals; a weighted, fractional one as ``number(_:)``.
  private func count(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : number(value)
  }

  /// A tie count, or a summed strength when weighted: whole numbers without decimals.
  private func heading() -> [String] {
    var lines = [source]
    let metadata = map.metadata
    let about = [
      metadata.school, metadata.date.map { pick("datum", "date") + " \($0)" },
      metadata.wave.map { pick("golf", "wave") + " \($0)" },
    ]
    .compactMap { $0 }
    if !about.isEmpty { lines.append(about.joined(separator: " · ")) }
    let network = analysis.network
    if let estimate = analysis.approximation, !estimate.isExact {
      // trap-checked: delta is a probability in (0, 1), checked where the estimate is made.
      let percent = Int(((1 - estimate.delta) * 100).rounded())
      let epsilon = NumberFormatting.localised("\(estimate.epsilon)", in: language)
      lines.append(
        pick(
          "betweenness, closeness en harmonische closeness geschat uit \(estimate.sampleSize) getrokken bronnen (Brandes-Pich, Eppstein-Wang, seed \(estimate.seed)): elke genormaliseerde betweenness binnen \(epsilon) met kans \(percent)% (de grenzen voor closeness: metrics --approximate); closeness-centralisatie en afstanden weggelaten, want die vragen elke bron",
          "betweenness, closeness and harmonic closeness estimated from \(estimate.sampleSize) sampled sources (Brandes-Pich, Eppstein-Wang, seed \(estimate.seed)): every normalized betweenness within \(epsilon) with probability \(percent)% (the closeness bounds: metrics --approximate); closeness centralization and distances left out, as they need every source"
        ))
    }
    lines.append(
      pick("actoren", "actors") + " \(network.actorCount) · " + pick("relaties", "ties") + " \(network.tieCount) · "
        + (network.isDirected ? pick("gericht", "directed") : pick("ongericht", "undirected")) + " · "
        + pick("dichtheid", "density") + " \(number(analysis.density)) · " + pick("componenten", "components")
        + " \(analysis.components.count)")
    if let focus = analysis.focus, let ego = analysis.ego {
      let (alters, among) = (ego.alters.count, number(ego.density))
      let without = number(analysis.densityWithoutFocus ?? 0)
      lines.append(
        pick(
          "focusactor \(name(focus)): \(alters) partners, dichtheid tussen hen \(among), dichtheid van de kaart zonder hem \(without)",
          "focal actor \(name(focus)): \(alters) partners, density among them \(among), density of the map without it \(without)"
        ))
      let holes = analysis.holes
      let (size, efficiency, constraint) = (
        number(holes.effectiveSize[focus]), number(holes.efficiency[focus]), number(holes.constraint[focus])
      )
      lines.append(
        pick(
          "structurele gaten van \(name(focus)): effectieve grootte \(size), efficiëntie \(efficiency), beperking \(constraint) (Burt 1992)",
          "structural holes of \(name(focus)): effective size \(size), efficiency \(efficiency), constraint \(constraint) (Burt 1992)"
        ))
    } else {
      lines.append(
        pick(
          "geen focusactor: geef de school type 'school', of noem haar met --focus",
          "no focal actor: give the school type 'school', or name it with --focus"))
    }
    return lines
  }

  func tables() -> [ReportTable] {
    let groups = analysis.groups
    let names = (0..<groups.count).map(groupName)
    let density = analysis.groupDensity
    let imageRows = (0..<groups.count).map { g in
      // n/a where no tie is possible: within a group of one actor.
      [names[g], String(groups.sizes[g])]
        + (0..<groups.count).map { h in
          density.possible[g][h] > 0 ? number(density.density[g][h]) : pick("n.v.t.", "n/a")
        }
    }
    let eiRows = (0..<groups.count).map { g in [names[g], number(analysis.groupEI.groupIndex[g])] }
    let boundary = analysis.boundaryEI
    let brokers = (0..<map.actors.count).filter { analysis.brokerage.total[$0] > 0 }
      .sorted {
        analysis.betweenness.raw[$0] > analysis.betweenness.raw[$1]
          || (analysis.betweenness.raw[$0] == analysis.betweenness.raw[$1] && $0 < $1)
      }
      .prefix(brokerCount)
    let brokerage = analysis.brokerage
    let directed = analysis.network.isDirected
    let brokerHeader =
      ["actor", pick("rol", "role"), "betweenness", pick("coördinator", "coordinator"), pick("reiziger", "itinerant")]
      + (directed
        ? [pick("vertegenwoordiger", "representative"), pick("poortwachter", "gatekeeper")]
        : [pick("vertegenw./poortwachter", "repr./gatekeeper")]) + [
        pick("verbinder", "liaison"), pick("totaal", "total"),
      ]
    let brokerRows = brokers.map { actor in
      [name(actor), role(actor), number(analysis.betweenness.raw[actor])]
        + [brokerage.coordinator[actor], brokerage.itinerant[actor]].map(String.init)
        + (directed
          ? [brokerage.representative[actor], brokerage.gatekeeper[actor]].map(String.init)
          : [String(brokerage.representativeOrGatekeeper[actor])])
        + [brokerage.liaison[actor], brokerage.total[actor]].map(String.init)
    }
    let pointRows = analysis.roleCheck.points.map { point in
      [name(point.actor), role(point.actor), ruleName(point.rule), explanation(point)]
    }
    let holes = analysis.holes
    func figure(_ figure: MapFigure) -> String { figure.name(in: language) }
    var wholeRows = [
      [figure(.density), number(analysis.density)], [figure(.components), String(analysis.components.count)],
      [figure(.transitivity), number(analysis.clustering.transitivity)],
      [figure(.averageClustering), number(analysis.clustering.average)],
      [figure(.degreeCentralization), number(analysis.centralization.degree)],
      [figure(.betweennessCentralization), number(analysis.centralization.betweenness)],
    ]
    if let closeness = analysis.centralization.closeness {
      wholeRows.append([figure(.closenessCentralization), number(closeness)])
    }
    if let distances = analysis.distances {
      wholeRows += [
        [pick("diameter (grootste component)", "diameter (largest component)"), count(distances.diameter)],
        [figure(.averageDistance), number(distances.averageDistance)],
      ]
    }
    if let value = analysis.assortativity.degree { wholeRows.append([figure(.degreeAssortativity), number(value)]) }
    if let value = analysis.assortativity.categorical {
      wholeRows.append([pick("assortativiteit naar rol", "assortativity by role"), number(value)])
    }
    let communities = analysis.communities
    wholeRows.append([
      pick("Louvain-gemeenschappen (seed 1)", "Louvain communities (seed 1)"), String(communities.count),
    ])
    wholeRows.append([pick("modulariteit", "modularity"), number(communities.modularity)])
    let wholeMap = ReportTable(
      pick("Hele kaart", "Whole map"), header: [pick("kengetal", "figure"), pick("waarde", "value")],
      rows: wholeRows,
      note: pick(
        "Transitiviteit: 3 × driehoeken / verbonden drietallen; centralisatie: Freeman (1979), 1 voor een ster; assortativiteit: Newman (2003), +1 als actoren zich aan gelijken binden; gemeenschappen: Louvain (Blondel e.a. 2008). Docs/Metrics/WholeMap.md, Communities.md.",
        "Transitivity: 3 × triangles / connected triples; centralization: Freeman (1979), 1 for a star; assortativity: Newman (2003), +1 when actors tie to alike; communities: Louvain (Blondel et al. 2008). Docs/Metrics/WholeMap.md, Communities.md."
      )
    )
    let communityRows = (0..<communities.count).map { community in
      let members = (0..<map.actors.count).filter { communities.communityOfActor[$0] == community }
      return [String(community + 1), String(members.count), members.map(name).joined(separator: "; ")]
    }
    let communityTable = ReportTable(
      pick("Gemeenschappen (Louvain, seed 1)", "Communities (Louvain, seed 1)"),
      header: ["#", pick("grootte", "size"), pick("actoren", "actors")], rows: communityRows, firstNumberColumn: 1,
      lastNumberColumn: 1,
      note: pick(
        "Modulariteit \(number(communities.modularity)); dezelfde seed geeft dezelfde gemeenschappen.",
        "Modularity \(number(communities.modularity)); the same seed gives the same communities."))
    let lowConstraint = (0..<map.actors.count).filter { !holes.isIsolate[$0] }
      .sorted {
        holes.constraint[$0] < holes.constraint[$1] || (holes.constraint[$0] == holes.constraint[$1] && $0 < $1)
      }
      .prefix(brokerCount)
    let holeRows = lowConstraint.map { actor in
      [
        name(actor), role(actor), String(holes.contacts[actor]),
        number(holes.effectiveSize[actor]), number(holes.efficiency[actor]), number(holes.constraint[actor]),
      ]
    }
    let cores = analysis.cores
    let innerCore = cores.actors(inCore: cores.maximum).map(name)
    let cliqueRows = analysis.cliques.cliques.prefix(brokerCount).enumerated().map { index, members in
      [String(index + 1), String(members.count), members.map(name).joined(separator: "; ")]
    }
    let cliqueCount = analysis.cliques.cliques.count
    let subgroups = ReportTable(
      pick(
        "Subgroepen: de binnenste k-kern en de grootste klieken",
        "Subgroups: the innermost k-core and the largest cliques"),
      header: ["#", pick("grootte", "size"), pick("actoren", "actors")],
      rows: [
        [
          pick("\(cores.maximum)-kern", "\(cores.maximum)-core"), String(innerCore.count),
          innerCore.joined(separator: "; "),
        ]
      ] + cliqueRows,
      firstNumberColumn: 1, lastNumberColumn: 1,
      note: pick(
        "k-kern: elk lid heeft relaties met minstens k andere leden (Seidman 1983); klieken: maximale groepen van 3 of meer die allemaal onderling verbonden zijn (Bron-Kerbosch), \(cliqueCount) in totaal.",
        "k-core: every member tied to at least k other members (Seidman 1983); cliques: maximal groups of 3 or more all tied to each other (Bron-Kerbosch), \(cliqueCount) in all."
      )
    )
    return [
      wholeMap,
      ReportTable(
        pick("Structurele gaten: de minst beperkte actoren", "Structural holes: least constrained actors"),
        header: [
          "actor", pick("rol", "role"), pick("contacten", "contacts"), pick("effectieve grootte", "effective size"),
          pick("efficiëntie", "efficiency"), pick("beperking", "constraint"),
        ],
        rows: holeRows, firstNumberColumn: 2,
        note: pick(
          "Burt (1992), zoals NetworkX: een lage beperking en een hoge efficiëntie betekenen contacten die onderling geen relatie hebben.",
          "Burt (1992), as NetworkX: low constraint and high efficiency mean contacts who are not tied to each other.")),
      subgroups,
      communityTable,
      ReportTable(
        pick(
          "Dichtheid binnen en tussen groepen (naar \(groupBasis))",
          "Density within and between groups (by \(groupBasis))"),
        header: [pick("groep", "group"), pick("actoren", "actors")] + names, rows: imageRows,
        firstNumberColumn: 1,
        note: pick(
          "Aandeel van de mogelijke relaties dat er is; de diagonaal is binnen de groep (n.v.t. voor een groep van één actor).",
          "Share of possible ties present; the diagonal is within the group (n/a for a group of one actor).")),
      ReportTable(
        pick("E-I-index per groep", "E-I index by group"), header: [pick("groep", "group"), "E-I"],
        rows: eiRows + [[pick("hele kaart", "whole map"), number(analysis.groupEI.index)]],
        note: pick(
          "(extern − intern) / (extern + intern) relaties: −1 alles binnen de groep, +1 alles naar andere groepen.",
          "(external − internal) / (external + internal) ties: −1 all within the group, +1 all to other groups.")),
      ReportTable(
        pick("Schoolgrens", "School boundary"), header: [pick("kengetal", "figure"), pick("waarde", "value")],
        rows: [
          [pick("relaties binnen de school", "ties within the school"), String(analysis.boundaryTies.withinSchool)],
          [
            pick("relaties tussen externe actoren", "ties among outside actors"), String(analysis.boundaryTies.outside),
          ],
          [pick("relaties over de schoolgrens", "ties crossing the boundary"), String(analysis.boundaryTies.crossing)],
          [
            pick("relaties met een actor van onbekende kant", "ties with an actor of unknown side"),
            String(analysis.boundaryTies.unknown),
          ],
          [pick("aandeel over de grens", "share crossing"), number(boundary.crossingShare)],
          [pick("E-I-index", "E-I index"), number(boundary.index)],
        ],
        note: pick(
          "Binnen: actoren met intern = ja (of, zonder intern, type school of schoolteam). Aandeel en E-I: relaties over de grens tegenover alle relaties tussen actoren van bekende kant, de onbekende kant geteld als een eigen groep (sterktes als de kaart gewogen is).",
          "Inside: actors with intern = ja (or, without intern, type school or schoolteam). Share and E-I: crossing ties against all ties between actors of known side, the unknown side counted as a group of its own (strengths when weighted)."
        )
      ),
      ReportTable(
        pick(
          "Makelaars (rollen van Gould & Fernandez naar \(groupBasis))",
          "Brokers (Gould & Fernandez roles by \(groupBasis))"),
        header: brokerHeader, rows: brokerRows,
        firstNumberColumn: 2,
        note: brokerNote(directed: directed)
      ),
      ReportTable(
        pick("Om te bespreken: rol en positie", "Points to discuss: role and position"),
        header: ["actor", pick("rol", "role"), pick("regel", "rule"), pick("waarom", "why")], rows: pointRows,
        firstNumberColumn: 4,
        note: pick(
          "De rolcontrole vergelijkt de rol die de focusgroep elke actor gaf met zijn plaats in de kaart, en noemt de actoren waar die twee niet overeenkomen, als vragen voor de groep, niet als correcties. Kern aan de rand: kern, graad onder de mediaan en betweenness niet erboven; makelaar buiten de kern: geen kern, betweenness boven 0 en in het hoogste kwart; enige brug: geen kern, de focusactor bereikt anderen alleen via deze actor. Betweenness is ruw (overbrugde paren).",
          "The role check compares the role the focus group gave each actor with its place in the map, and lists the actors where the two disagree, as questions for the group, not corrections. Core at the edge: core, degree below the median and betweenness not above it; broker outside the core: not core, betweenness above 0 and in the top quarter; only bridge: not core, the focal actor reaches others only through it. Betweenness is raw (pairs brokered)."
        )
      ),
    ]
  }

  /// What the brokerage counts mean, in one sentence per role.
  private func brokerNote(directed: Bool) -> String {
    directed
      ? pick(
        "Tweepaden a → b → c zonder relatie a → c die elke actor b overbrugt, naar de groepen van a, b en c.",
        "Two-paths a → b → c without a tie a → c that each actor b brokers, by the groups of a, b and c.")
        + pick(
          " Coördinator: b verbindt twee leden van zijn eigen groep. Reiziger: b verbindt twee leden van een andere groep. Vertegenwoordiger: b geeft een contact van zijn eigen groep door aan een andere groep. Poortwachter: b laat iemand van een andere groep binnen in zijn eigen groep. Verbinder: b verbindt twee groepen waar hij zelf niet bij hoort.",
          " Coordinator: b links two members of its own group. Itinerant: b links two members of another group. Representative: b passes its own group's contact on to another group. Gatekeeper: b lets someone from another group in to its own group. Liaison: b links two groups it belongs to neither of."
        )
      : pick(
        "Open tweepaden a – b – c, elk één keer geteld; vertegenwoordiger en poortwachter zijn op een ongerichte kaart één rol.",
        "Open two-paths a – b – c counted once; representative and gatekeeper are one role on undirected maps.")
        + pick(
          " Coördinator: b verbindt twee leden van zijn eigen groep. Reiziger: b verbindt twee leden van een andere groep. Vertegenwoordiger: b geeft een contact van zijn eigen groep door aan een andere groep. Poortwachter: b laat iemand van een andere groep binnen in zijn eigen groep. Verbinder: b verbindt twee groepen waar hij zelf niet bij hoort.",
          " Coordinator: b links two members of its own group. Itinerant: b links two members of another group. Representative: b passes its own group's contact on to another group. Gatekeeper: b lets someone from another group in to its own group. Liaison: b links two groups it belongs to neither of."
        )
  }

  /// The grouping as people read it: `rol`/`role`, `type`, `intern`, or the column's name.
  private var groupBasis: String {
    analysis.groupBasis == .role ? pick("rol", "role") : analysis.groupBasis.description
  }

  /// A rule of the role check in the report's language (`makelaar buiten de kern`, `broker
  /// outside the core`); the JSON keeps its raw value.
  private func ruleName(_ rule: RoleCheck.Rule) -> String {
    switch rule {
    case .coreAtTheEdge: pick("kern aan de rand", "core at the edge")
    case .brokerOutsideTheCore: pick("makelaar buiten de kern", "broker outside the core")
    case .onlyBridge: pick("enige brug", "only bridge")
    }
  }

  private func explanation(_ point: RoleCheck.Point) -> String {
    switch point.rule {
    case .coreAtTheEdge:
      let medians = "\(number(analysis.roleCheck.medianDegree)), \(number(analysis.roleCheck.medianBetweenness))"
      return pick(
        "graad \(point.degree), betweenness \(number(point.betweenness)) (medianen \(medians))",
        "degree \(point.degree), betweenness \(number(point.betweenness)) (medians \(medians))")
    case .brokerOutsideTheCore:
      let from = number(analysis.roleCheck.topQuarterBetweenness)
      return pick(
        "betweenness \(number(point.betweenness)), hoogste kwart vanaf \(from)",
        "betweenness \(number(point.betweenness)), top quarter from \(from)")
    case .onlyBridge:
      let names = point.separated.prefix(5).map(name).joined(separator: "; ")
      let more = point.separated.count > 5 ? ", …" : ""
      return pick(
        "enige weg naar \(point.separated.count): \(names)\(more)",
        "only way to \(point.separated.count): \(names)\(more)")
    }
  }

  private func json() -> String {
    let a = analysis
    let groups = a.groups
    func list(_ values: [Double]) -> String { "[" + values.map(NumberFormatting.exact).joined(separator: ", ") + "]" }
    func strings(_ values: [String]) -> String { "[" + values.map(JSONText.quoted).joined(separator: ", ") + "]" }
    var members: [(key: String, value: String)] = [
      ("source", JSONText.quoted(source)),
      ("metadata", JSONText.object(map.metadata.entries.map { ($0.key, JSONText.quoted($0.value)) })),
      ("actors", String(a.network.actorCount)), ("ties", String(a.network.tieCount)),
      ("directed", String(a.network.isDirected)), ("density", NumberFormatting.exact(a.density)),
      ("components", String(a.components.count)),
      ("transitivity", NumberFormatting.exact(a.clustering.transitivity)),
      ("average_clustering", NumberFormatting.exact(a.clustering.average)),
      ("degree_centralization", NumberFormatting.exact(a.centralization.degree)),
      ("betweenness_centralization", NumberFormatting.exact(a.centralization.betweenness)),
    ]
    if let closeness = a.centralization.closeness {
      members.append(("closeness_centralization", NumberFormatting.exact(closeness)))
    }
    if let distances = a.distances {
      members += [
        ("diameter", NumberFormatting.exact(distances.diameter)),
        ("average_distance", NumberFormatting.exact(distances.averageDistance)),
      ]
    }
    if let value = a.assortativity.degree { members.append(("degree_assortativity", NumberFormatting.exact(value))) }
    if let value = a.assortativity.categorical { members.append(("role_assortativity", NumberFormatting.exact(value))) }
    members += [
      ("communities", String(a.communities.count)), ("modularity", NumberFormatting.exact(a.communities.modularity)),
    ]
    if let estimate = a.approximation, !estimate.isExact {
      members.append(
        (
          "betweenness_estimated",
          JSONText.object([
            ("sample_size", String(estimate.sampleSize)), ("epsilon", NumberFormatting.exact(estimate.epsilon)),
            ("delta", NumberFormatting.exact(estimate.delta)), ("seed", String(estimate.seed)),
          ])
        ))
    }
    if let focus = a.focus, let ego = a.ego {
      members.append(
        (
          "ego",
          JSONText.object([
            ("id", JSONText.quoted(id(focus))), ("size", String(ego.alters.count)),
            ("density_among_alters", NumberFormatting.exact(ego.density)),
            ("density_without_ego", NumberFormatting.exact(a.densityWithoutFocus ?? 0)),
            ("effective_size", NumberFormatting.exact(a.holes.effectiveSize[focus])),
            ("efficiency", NumberFormatting.exact(a.holes.efficiency[focus])),
            ("constraint", NumberFormatting.exact(a.holes.constraint[focus])),
          ])
        ))
    }
    members.append(
      (
        "groups",
        JSONText.object([
          ("names", strings((0..<groups.count).map { groups.name(of: $0) })),
          ("sizes", "[" + groups.sizes.map(String.init).joined(separator: ", ") + "]"),
          ("density", "[" + a.groupDensity.density.map(list).joined(separator: ", ") + "]"),
          ("ei_index", list(a.groupEI.groupIndex)),
          ("ei_index_whole_map", NumberFormatting.exact(a.groupEI.index)),
        ])
      ))
    members.append(
      (
        "school_boundary",
        JSONText.object([
          ("ties_within_school", String(a.boundaryTies.withinSchool)),
          ("ties_among_outside_actors", String(a.boundaryTies.outside)),
          ("crossing_ties", String(a.boundaryTies.crossing)),
          ("ties_with_unknown_side", String(a.boundaryTies.unknown)),
          ("crossing_share", NumberFormatting.exact(a.boundaryEI.crossingShare)),
          ("ei_index", NumberFormatting.exact(a.boundaryEI.index)),
        ])
      ))
    let actors = (0..<map.actors.count).map { actor in
      var fields: [(key: String, value: String)] = [
        ("id", JSONText.quoted(id(actor))), ("group", JSONText.quoted(groups.name(of: groups.groupOfActor[actor]))),
        (Measure.degree.rawValue, String(a.degree.degree[actor])),
        (Measure.betweenness.rawValue, NumberFormatting.exact(a.betweenness.raw[actor])),
        (Measure.betweennessNormalized.rawValue, NumberFormatting.exact(a.betweenness.normalized[actor])),
        ("ei_index", NumberFormatting.exact(a.groupEI.actorIndex[actor])),
        ("coordinator", String(a.brokerage.coordinator[actor])), ("itinerant", String(a.brokerage.itinerant[actor])),
      ]
      if a.network.isDirected {
        fields += [
          ("representative", String(a.brokerage.representative[actor])),
          ("gatekeeper", String(a.brokerage.gatekeeper[actor])),
        ]
      } else {
        fields.append(("representative_gatekeeper", String(a.brokerage.representativeOrGatekeeper[actor])))
      }
      fields += [
        ("liaison", String(a.brokerage.liaison[actor])), ("brokerage_total", String(a.brokerage.total[actor])),
        ("cut_off", String(a.cutActors?.cutOff[actor] ?? 0)),
        ("effective_size", NumberFormatting.exact(a.holes.effectiveSize[actor])),
        ("efficiency", NumberFormatting.exact(a.holes.efficiency[actor])),
        ("constraint", NumberFormatting.exact(a.holes.constraint[actor])),
        ("clustering", NumberFormatting.exact(a.clustering.local[actor])),
        ("eigenvector", NumberFormatting.exact(a.eigenvector.centrality[actor])),
        ("pagerank", NumberFormatting.exact(a.pageRank.score[actor])),
        ("core_number", String(a.cores.coreNumber[actor])),
        ("community", String(a.communities.communityOfActor[actor] + 1)),
      ]
      return JSONText.object(fields)
    }
    members.append(("actor_measures", JSONText.list(actors)))
    if !unconverged.isEmpty { members.append(("not_converged", strings(unconverged.map(\.rawValue)))) }
    members.append(
      (
        "subgroups",
        JSONText.object([
          ("k_max", String(a.cores.maximum)),
          ("innermost_core", strings(a.cores.actors(inCore: a.cores.maximum).map(id))),
          ("cliques", "[" + a.cliques.cliques.map { strings($0.map(id)) }.joined(separator: ", ") + "]"),
        ])
      ))
    let points = a.roleCheck.points.map { point in
      JSONText.object([
        ("id", JSONText.quoted(id(point.actor))),
        (
          "role",
          map.actors[point.actor].role.map { JSONText.quoted($0.rawValue) } ?? "null"
        ),
        ("rule", JSONText.quoted(point.rule.rawValue)), ("separated", strings(point.separated.map(id))),
      ])
    }
    members.append(("role_check", JSONText.list(points)))
    return "{\n" + members.map { "  \(JSONText.quoted($0.key)): \($0.value)" }.joined(separator: ",\n") + "\n}\n"
  }
}
