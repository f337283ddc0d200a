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

  /// A role as the report's language names it; `–` for none.
  private func role(_ actor: Int) -> String { map.actors[actor].role.map { language.name(of: $0) } ?? "–" }

  /// A group's name for people: a role in the report's language when the groups are roles,
  /// `(geen)`/`(none)` for the actors without a value, else the value as recorded.
  private func groupName(_ group: Int) -> String {
    guard let value = analysis.groups.groups[group] else { return language.word(.noneGroup) }
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
      metadata.school, metadata.date.map { language.word(.date) + " \($0)" },
      metadata.wave.map { language.word(.wave) + " \($0)" },
    ]
    .compactMap { $0 }
    if !about.isEmpty { lines.append(about.joined(separator: " · ")) }
    let network = analysis.network
    if let estimate = analysis.approximation, !estimate.isExact {
      // trap-checked: delta is a probability in (0, 1), checked where the estimate is made.
      let percent = Int(((1 - estimate.delta) * 100).rounded())
      let epsilon = NumberFormatting.localised("\(estimate.epsilon)", in: language)
      lines.append(
        language.word(.estimateSentence, estimate.sampleSize, estimate.seed, epsilon, percent))
    }
    lines.append(
      language.word(.actors) + " \(network.actorCount) · " + language.word(.ties) + " \(network.tieCount) · "
        + (network.isDirected ? language.word(.directed) : language.word(.undirected)) + " · "
        + language.word(.density) + " \(number(analysis.density)) · " + language.word(.components)
        + " \(analysis.components.count)")
    if let focus = analysis.focus, let ego = analysis.ego {
      let (alters, among) = (ego.alters.count, number(ego.density))
      let without = number(analysis.densityWithoutFocus ?? 0)
      lines.append(
        language.word(.focalActorSentence, name(focus), alters, among, without))
      let holes = analysis.holes
      let (size, efficiency, constraint) = (
        number(holes.effectiveSize[focus]), number(holes.efficiency[focus]), number(holes.constraint[focus])
      )
      lines.append(
        language.word(.focalHolesSentence, name(focus), size, efficiency, constraint))
    } else {
      lines.append(
        language.word(.noFocalActor))
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
          density.possible[g][h] > 0 ? number(density.density[g][h]) : language.word(.notApplicable)
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
      ["actor", language.word(.role), "betweenness", language.word(.coordinator), language.word(.itinerant)]
      + (directed
        ? [language.word(.representative), language.word(.gatekeeper)]
        : [language.word(.representativeOrGatekeeper)]) + [
        language.word(.liaison), language.word(.total),
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
        [language.word(.diameterLargestComponent), count(distances.diameter)],
        [figure(.averageDistance), number(distances.averageDistance)],
      ]
    }
    if let value = analysis.assortativity.degree { wholeRows.append([figure(.degreeAssortativity), number(value)]) }
    if let value = analysis.assortativity.categorical {
      wholeRows.append([language.word(.assortativityByRole), number(value)])
    }
    let communities = analysis.communities
    wholeRows.append([
      language.word(.louvainCommunities), String(communities.count),
    ])
    wholeRows.append([language.word(.modularity), number(communities.modularity)])
    let wholeMap = ReportTable(
      language.word(.wholeMapTitle), header: [language.word(.figure), language.word(.value)],
      rows: wholeRows,
      note: language.word(.wholeMapNote)
    )
    let communityRows = (0..<communities.count).map { community in
      let members = (0..<map.actors.count).filter { communities.communityOfActor[$0] == community }
      return [String(community + 1), String(members.count), members.map(name).joined(separator: "; ")]
    }
    let communityTable = ReportTable(
      language.word(.communitiesTitle),
      header: ["#", language.word(.size), language.word(.actors)], rows: communityRows, firstNumberColumn: 1,
      lastNumberColumn: 1,
      note: language.word(.communitiesNote, number(communities.modularity)))
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
      language.word(.subgroupsTitle),
      header: ["#", language.word(.size), language.word(.actors)],
      rows: [
        [
          language.word(.kCore, cores.maximum), String(innerCore.count),
          innerCore.joined(separator: "; "),
        ]
      ] + cliqueRows,
      firstNumberColumn: 1, lastNumberColumn: 1,
      note: language.word(.subgroupsNote, cliqueCount)
    )
    return [
      wholeMap,
      ReportTable(
        language.word(.holesTitle),
        header: [
          "actor", language.word(.role), language.word(.contacts), language.word(.effectiveSize),
          language.word(.efficiency), language.word(.constraint),
        ],
        rows: holeRows, firstNumberColumn: 2,
        note: language.word(.holesNote)),
      subgroups,
      communityTable,
      ReportTable(
        language.word(.groupDensityTitle, groupBasis),
        header: [language.word(.group), language.word(.actors)] + names, rows: imageRows,
        firstNumberColumn: 1,
        note: language.word(.groupDensityNote)),
      ReportTable(
        language.word(.groupEITitle), header: [language.word(.group), "E-I"],
        rows: eiRows + [[language.word(.wholeMap), number(analysis.groupEI.index)]],
        note: language.word(.groupEINote)),
      ReportTable(
        language.word(.boundary), header: [language.word(.figure), language.word(.value)],
        rows: [
          [language.word(.tiesWithinSchool), String(analysis.boundaryTies.withinSchool)],
          [
            language.word(.tiesAmongOutsideActors), String(analysis.boundaryTies.outside),
          ],
          [language.word(.tiesCrossingBoundary), String(analysis.boundaryTies.crossing)],
          [
            language.word(.tiesWithUnknownSide),
            String(analysis.boundaryTies.unknown),
          ],
          [language.word(.shareCrossing), number(boundary.crossingShare)],
          [language.word(.eiIndex), number(boundary.index)],
        ],
        note: language.word(.boundaryNote)
      ),
      ReportTable(
        language.word(.brokersTitle, groupBasis),
        header: brokerHeader, rows: brokerRows,
        firstNumberColumn: 2,
        note: brokerNote(directed: directed)
      ),
      ReportTable(
        language.word(.roleCheckTitle),
        header: ["actor", language.word(.role), language.word(.rule), language.word(.why)], rows: pointRows,
        firstNumberColumn: 4,
        note: language.word(.roleCheckExplained)
      ),
    ]
  }

  /// What the brokerage counts mean, in one sentence per role.
  private func brokerNote(directed: Bool) -> String {
    directed
      ? language.word(.directedBrokerNote)
        + language.word(.brokerRolesExplained)
      : language.word(.undirectedBrokerNote)
        + language.word(.brokerRolesExplained)
  }

  /// The grouping as people read it: `rol`/`role`, `type`, `intern`, or the column's name.
  private var groupBasis: String {
    analysis.groupBasis == .role ? language.word(.role) : analysis.groupBasis.description
  }

  /// A rule of the role check in the report's language (`makelaar buiten de kern`, `broker
  /// outside the core`); the JSON keeps its raw value.
  private func ruleName(_ rule: RoleCheck.Rule) -> String {
    switch rule {
    case .coreAtTheEdge: language.word(.ruleCoreAtTheEdge)
    case .brokerOutsideTheCore: language.word(.ruleBrokerOutsideTheCore)
    case .onlyBridge: language.word(.ruleOnlyBridge)
    }
  }

  private func explanation(_ point: RoleCheck.Point) -> String {
    switch point.rule {
    case .coreAtTheEdge:
      let medians = "\(number(analysis.roleCheck.medianDegree)), \(number(analysis.roleCheck.medianBetweenness))"
      return language.word(.coreAtTheEdgeReason, point.degree, number(point.betweenness), medians)
    case .brokerOutsideTheCore:
      let from = number(analysis.roleCheck.topQuarterBetweenness)
      return language.word(.brokerOutsideTheCoreReason, number(point.betweenness), from)
    case .onlyBridge:
      let names = point.separated.prefix(5).map(name).joined(separator: "; ")
      let more = point.separated.count > 5 ? ", …" : ""
      return language.word(.onlyBridgeReason, point.separated.count, names, more)
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
