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

  /// Each actor as people read it: its label, with its id in brackets where two actors share
  /// the label; its id when it has no label.
  private let names: [String]

  /// The report of `analysis`, headed by `source`, listing at most `brokerCount` brokers.
  ///
  /// ```swift
  /// let report = AnalysisReport(source: "Examples/basisschool-de-linde", analysis: PartnershipAnalysis(map))
  /// print(report.rendered(as: .markdown))
  /// ```
  public init(source: String, analysis: PartnershipAnalysis, brokerCount: Int = 10) {
    self.source = source
    self.analysis = analysis
    self.brokerCount = brokerCount
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

  private func number(_ value: Double) -> String { NumberFormatting.rounded(value, decimals: 3) }

  /// A value that is a whole number in the unweighted case (a number of steps) without
  /// decimals; a weighted, fractional one as ``number(_:)``.
  private func count(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : number(value)
  }

  /// A tie count, or a summed strength when weighted: whole numbers without decimals.
  private func heading() -> [String] {
    var lines = [source]
    let metadata = map.metadata
    let about = [metadata.school, metadata.date.map { "date \($0)" }, metadata.wave.map { "wave \($0)" }]
      .compactMap { $0 }
    if !about.isEmpty { lines.append(about.joined(separator: " · ")) }
    let network = analysis.network
    if let estimate = analysis.approximation, !estimate.isExact {
      // trap-checked: delta is a probability in (0, 1), checked where the estimate is made.
      let percent = Int(((1 - estimate.delta) * 100).rounded())
      lines.append(
        "betweenness estimated from \(estimate.sampleSize) sampled sources (Brandes-Pich, seed \(estimate.seed)): every normalized value within \(estimate.epsilon) with probability \(percent)%"
      )
    }
    lines.append(
      "actors \(network.actorCount) · ties \(network.tieCount) · \(network.isDirected ? "directed" : "undirected") · "
        + "density \(number(analysis.density)) · components \(analysis.components.count)")
    if let focus = analysis.focus, let ego = analysis.ego {
      lines.append(
        "focal actor \(name(focus)): \(ego.alters.count) partners, density among them \(number(ego.density)), "
          + "density of the map without it \(number(analysis.densityWithoutFocus ?? 0))")
      let holes = analysis.holes
      lines.append(
        "structural holes of \(name(focus)): effective size \(number(holes.effectiveSize[focus])), "
          + "efficiency \(number(holes.efficiency[focus])), constraint \(number(holes.constraint[focus])) (Burt 1992)")
    } else {
      lines.append("no focal actor: give the school type 'school', or name it with --focus")
    }
    return lines
  }

  func tables() -> [ReportTable] {
    let groups = analysis.groups
    let names = (0..<groups.count).map { groups.name(of: $0) }
    let density = analysis.groupDensity
    let imageRows = (0..<groups.count).map { g in
      // n/a where no tie is possible: within a group of one actor.
      [names[g], String(groups.sizes[g])]
        + (0..<groups.count).map { h in
          density.possible[g][h] > 0 ? number(density.density[g][h]) : "n/a"
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
      ["actor", "role", "betweenness", "coordinator", "itinerant"]
      + (directed ? ["representative", "gatekeeper"] : ["repr./gatekeeper"]) + ["liaison", "total"]
    let brokerRows = brokers.map { actor in
      [name(actor), map.actors[actor].role?.rawValue ?? "–", number(analysis.betweenness.raw[actor])]
        + [brokerage.coordinator[actor], brokerage.itinerant[actor]].map(String.init)
        + (directed
          ? [brokerage.representative[actor], brokerage.gatekeeper[actor]].map(String.init)
          : [String(brokerage.representativeOrGatekeeper[actor])])
        + [brokerage.liaison[actor], brokerage.total[actor]].map(String.init)
    }
    let pointRows = analysis.roleCheck.points.map { point in
      [name(point.actor), map.actors[point.actor].role?.rawValue ?? "–", point.rule.rawValue, explanation(point)]
    }
    let holes = analysis.holes
    var wholeRows = [
      ["density", number(analysis.density)], ["components", String(analysis.components.count)],
      ["transitivity", number(analysis.clustering.transitivity)],
      ["average clustering", number(analysis.clustering.average)],
      ["degree centralization", number(analysis.centralization.degree)],
      ["betweenness centralization", number(analysis.centralization.betweenness)],
    ]
    if let closeness = analysis.centralization.closeness {
      wholeRows.append(["closeness centralization", number(closeness)])
    }
    if let distances = analysis.distances {
      wholeRows += [
        ["diameter (largest component)", count(distances.diameter)],
        ["average distance", number(distances.averageDistance)],
      ]
    }
    if let value = analysis.assortativity.degree { wholeRows.append(["degree assortativity", number(value)]) }
    if let value = analysis.assortativity.categorical { wholeRows.append(["assortativity by role", number(value)]) }
    let communities = analysis.communities
    wholeRows.append(["Louvain communities (seed 1)", String(communities.count)])
    wholeRows.append(["modularity", number(communities.modularity)])
    let wholeMap = ReportTable(
      "Whole map", header: ["figure", "value"],
      rows: wholeRows,
      note:
        "Transitivity: 3 × triangles / connected triples; centralization: Freeman (1979), 1 for a star; assortativity: Newman (2003), +1 when actors tie to alike; communities: Louvain (Blondel et al. 2008). Docs/Metrics/WholeMap.md, Communities.md."
    )
    let communityRows = (0..<communities.count).map { community in
      let members = (0..<map.actors.count).filter { communities.communityOfActor[$0] == community }
      return [String(community + 1), String(members.count), members.map(name).joined(separator: "; ")]
    }
    let communityTable = ReportTable(
      "Communities (Louvain, seed 1)", header: ["#", "size", "actors"], rows: communityRows, firstNumberColumn: 1,
      lastNumberColumn: 1,
      note: "Modularity \(number(communities.modularity)); the same seed gives the same communities.")
    let lowConstraint = (0..<map.actors.count).filter { !holes.isIsolate[$0] }
      .sorted {
        holes.constraint[$0] < holes.constraint[$1] || (holes.constraint[$0] == holes.constraint[$1] && $0 < $1)
      }
      .prefix(brokerCount)
    let holeRows = lowConstraint.map { actor in
      [
        name(actor), map.actors[actor].role?.rawValue ?? "–", String(holes.contacts[actor]),
        number(holes.effectiveSize[actor]), number(holes.efficiency[actor]), number(holes.constraint[actor]),
      ]
    }
    let cores = analysis.cores
    let innerCore = cores.actors(inCore: cores.maximum).map(name)
    let cliqueRows = analysis.cliques.cliques.prefix(brokerCount).enumerated().map { index, members in
      [String(index + 1), String(members.count), members.map(name).joined(separator: "; ")]
    }
    let subgroups = ReportTable(
      "Subgroups: the innermost k-core and the largest cliques", header: ["#", "size", "actors"],
      rows: [["\(cores.maximum)-core", String(innerCore.count), innerCore.joined(separator: "; ")]] + cliqueRows,
      firstNumberColumn: 1, lastNumberColumn: 1,
      note:
        "k-core: every member tied to at least k other members (Seidman 1983); cliques: maximal groups of 3 or more all tied to each other (Bron-Kerbosch), \(analysis.cliques.cliques.count) in all."
    )
    return [
      wholeMap,
      ReportTable(
        "Structural holes: least constrained actors",
        header: ["actor", "role", "contacts", "effective size", "efficiency", "constraint"],
        rows: holeRows, firstNumberColumn: 2,
        note:
          "Burt (1992), as NetworkX: low constraint and high efficiency mean contacts who are not tied to each other."),
      subgroups,
      communityTable,
      ReportTable(
        "Density within and between groups (by \(groupBasis))", header: ["group", "actors"] + names, rows: imageRows,
        firstNumberColumn: 1,
        note: "Share of possible ties present; the diagonal is within the group (n/a for a group of one actor)."),
      ReportTable(
        "E-I index by group", header: ["group", "E-I"], rows: eiRows + [["whole map", number(analysis.groupEI.index)]],
        note: "(external − internal) / (external + internal) ties: −1 all within the group, +1 all to other groups."),
      ReportTable(
        "School boundary", header: ["figure", "value"],
        rows: [
          ["ties within the school", String(analysis.boundaryTies.withinSchool)],
          ["ties among outside actors", String(analysis.boundaryTies.outside)],
          ["ties crossing the boundary", String(analysis.boundaryTies.crossing)],
          ["ties with an actor of unknown side", String(analysis.boundaryTies.unknown)],
          ["share crossing", number(boundary.crossingShare)], ["E-I index", number(boundary.index)],
        ],
        note:
          "Inside: actors with intern = ja (or, without intern, type school or schoolteam). Share and E-I: crossing ties against all ties between actors of known side, the unknown side counted as a group of its own (strengths when weighted)."
      ),
      ReportTable(
        "Brokers (Gould & Fernandez roles by \(groupBasis))", header: brokerHeader, rows: brokerRows,
        firstNumberColumn: 2,
        note: (directed
          ? "Two-paths a → b → c without a tie a → c that each actor b brokers, by the groups of a, b and c."
          : "Open two-paths a – b – c counted once; representative and gatekeeper are one role on undirected maps.")
          + " Coordinator: b links two members of its own group. Itinerant: b links two members of another group. Representative: b passes its own group's contact on to another group. Gatekeeper: b lets someone from another group in to its own group. Liaison: b links two groups it belongs to neither of."
      ),
      ReportTable(
        "Points to discuss: role and position", header: ["actor", "role", "rule", "why"], rows: pointRows,
        firstNumberColumn: 4,
        note:
          "The role check compares the role the focus group gave each actor with its place in the map, and lists the actors where the two disagree, as questions for the group, not corrections. kern-aan-de-rand (core at the edge): kern, degree below the median and betweenness not above it; makelaar-buiten-de-kern (broker outside the core): not kern, betweenness above 0 and in the top quarter; enige-brug (only bridge): not kern, the focal actor reaches others only through it. Betweenness is raw (pairs brokered)."
      ),
    ]
  }

  private var groupBasis: String { analysis.groupBasis.description }

  private func explanation(_ point: RoleCheck.Point) -> String {
    switch point.rule {
    case .coreAtTheEdge:
      return
        "degree \(point.degree), betweenness \(number(point.betweenness)) (medians \(number(analysis.roleCheck.medianDegree)), \(number(analysis.roleCheck.medianBetweenness)))"
    case .brokerOutsideTheCore:
      return
        "betweenness \(number(point.betweenness)), top quarter from \(number(analysis.roleCheck.topQuarterBetweenness))"
    case .onlyBridge:
      let names = point.separated.prefix(5).map(name).joined(separator: "; ")
      return "only way to \(point.separated.count): \(names)\(point.separated.count > 5 ? ", …" : "")"
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
