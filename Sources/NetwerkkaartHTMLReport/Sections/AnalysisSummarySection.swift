import NetwerkkaartCore
import NetwerkkaartIO

/// The points of ``PartnershipAnalysis`` a researcher takes to the focus group: the school's
/// ego network, the groups by role (densities and E-I index), the school boundary, the brokers
/// and the role check, in the report's language.
enum AnalysisSummarySection {
  /// How many brokers to list.
  static let brokerCount = 5

  static func html(_ entry: ReportMap, words: ReportWords) -> String {
    let analysis = entry.analysis
    var out = "<section class=\"summary\">\n<h3>\(HTMLText.escaped(words.summary))</h3>\n"
    out += "<h4>\(HTMLText.escaped(words.egoView))</h4>\n" + egoView(analysis, words: words)
    out += "<h4>\(HTMLText.escaped(words.groupStructure))</h4>\n" + groups(analysis, words: words)
    out += "<h4>\(HTMLText.escaped(words.boundary))</h4>\n"
    out += paragraph(
      words.boundarySentence(
        within: analysis.boundaryTies.withinSchool, outside: analysis.boundaryTies.outside,
        crossing: analysis.boundaryTies.crossing, ei: number(analysis.boundaryEI.index, words)))
    out += "<h4>\(HTMLText.escaped(words.brokers))</h4>\n" + brokers(analysis, words: words)
    out += "<h4>\(HTMLText.escaped(words.roleCheck))</h4>\n" + roleCheck(analysis, words: words)
    return out + "</section>\n"
  }

  /// Three decimals, with a decimal comma in a Dutch report.
  private static func number(_ value: Double, _ words: ReportWords) -> String {
    NumberFormatting.localised(NumberFormatting.rounded(value, decimals: 3), in: words.language)
  }

  private static func paragraph(_ text: String) -> String { "<p>\(HTMLText.escaped(text))</p>\n" }

  private static func egoView(_ analysis: PartnershipAnalysis, words: ReportWords) -> String {
    guard let focus = analysis.focus, let ego = analysis.ego else { return paragraph(words.noFocus) }
    let holes = analysis.holes
    return paragraph(
      words.egoSentence(
        focus: analysis.map.actors[focus].displayName, partners: ego.alters.count,
        densityAmong: number(ego.density, words),
        densityWithout: number(analysis.densityWithoutFocus ?? 0, words)))
      + paragraph(
        words.holesSentence(
          effectiveSize: number(holes.effectiveSize[focus], words), efficiency: number(holes.efficiency[focus], words),
          constraint: number(holes.constraint[focus], words)))
  }

  private static func groupName(_ partition: ActorPartition, _ group: Int, words: ReportWords) -> String {
    words.role(partition.groups[group].flatMap { ActorRole(parsing: $0) })
  }

  private static func groups(_ analysis: PartnershipAnalysis, words: ReportWords) -> String {
    let partition = analysis.groups
    let names = (0..<partition.count).map { groupName(partition, $0, words: words) }
    let rows = (0..<partition.count).map { g in
      [HTMLTable.Cell.text(names[g]), .integer(partition.sizes[g])]
        + (0..<partition.count).map { h in HTMLTable.Cell.number(analysis.groupDensity.density[g][h], decimals: 3) }
        + [.number(analysis.groupEI.groupIndex[g], decimals: 3)]
    }
    let table = HTMLTable(
      caption: nil, header: [words.group, words.actors] + names + [words.eiIndex], rows: rows,
      note: words.densityNote + " \(words.eiIndex) \(words.wholeMap): \(number(analysis.groupEI.index, words)).",
      language: words.language)
    return table.html()
  }

  private static func brokers(_ analysis: PartnershipAnalysis, words: ReportWords) -> String {
    let map = analysis.map
    let brokerage = analysis.brokerage
    let raw = analysis.betweenness.raw
    let chosen = map.actors.indices.filter { brokerage.total[$0] > 0 }
      .sorted { raw[$0] != raw[$1] ? raw[$0] > raw[$1] : $0 < $1 }
      .prefix(brokerCount)
    guard !chosen.isEmpty else { return paragraph(words.noBrokers) }
    let rows = chosen.map { actor in
      [
        HTMLTable.Cell.text(map.actors[actor].displayName), .text(words.role(map.actors[actor].role)),
        .number(raw[actor], decimals: 3), .integer(brokerage.total[actor]),
      ]
    }
    return HTMLTable(
      caption: nil, header: [words.label, words.role, Measure.betweenness.name(in: words.language), words.brokerage],
      rows: rows,
      note: words.brokerNote, language: words.language
    ).html()
  }

  private static func roleCheck(_ analysis: PartnershipAnalysis, words: ReportWords) -> String {
    let map = analysis.map
    let check = analysis.roleCheck
    guard !check.points.isEmpty else { return paragraph(words.noPoints) + paragraph(words.roleCheckNote) }
    let rows = check.points.map { point in
      [
        HTMLTable.Cell.text(map.actors[point.actor].displayName), .text(words.role(map.actors[point.actor].role)),
        .text(words.rule(point.rule)),
        .text(words.explanation(point, check: check, names: { map.actors[$0].displayName })),
      ]
    }
    return HTMLTable(
      caption: nil, header: [words.label, words.role, words.rule, words.why], rows: rows, note: words.roleCheckNote,
      language: words.language
    ).html()
  }
}
