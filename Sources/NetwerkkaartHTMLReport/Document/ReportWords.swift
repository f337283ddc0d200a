import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import NetwerkkaartRender

/// The report's words in Dutch or English, from the one word list of each language
/// (``NetwerkkaartCore/Word``); Dutch domain terms follow `Docs/Glossary.md`.
struct ReportWords {
  let language: DrawingOptions.Language

  var documentTitle: String { language.word(.documentTitle) }
  var contents: String { language.word(.contents) }
  var map: String { language.word(.map) }
  var source: String { language.word(.source) }
  var date: String { language.word(.date) }
  var wave: String { language.word(.wave) }
  var hint: String { language.word(.hint) }
  var metricTable: String { language.word(.metricTable) }
  var sortHint: String { language.word(.sortHint) }
  var summary: String { language.word(.summary) }
  var egoView: String { language.word(.egoView) }
  var groupStructure: String { language.word(.groupStructure) }
  var boundary: String { language.word(.boundary) }
  var brokers: String { language.word(.brokers) }
  var roleCheck: String { language.word(.roleCheck) }
  var noPoints: String { language.word(.noPoints) }
  var noBrokers: String { language.word(.noBrokers) }
  var noFocus: String { language.word(.noFocus) }
  var comparison: String { language.word(.comparison) }
  var smallMultiples: String { language.word(.smallMultiples) }
  var generated: String { language.word(.generated) }

  // Columns and figures.
  var id: String { "id" }
  var label: String { language.word(.label) }
  var role: String { language.word(.role) }
  var type: String { "type" }
  var actors: String { language.word(.actors) }
  var ties: String { language.word(.ties) }
  var density: String { language.word(.density) }
  var components: String { language.word(.components) }
  var group: String { language.word(.group) }
  var eiIndex: String { language.word(.eiIndex) }
  var wholeMap: String { language.word(.wholeMap) }
  var rule: String { language.word(.rule) }
  var why: String { language.word(.why) }
  var brokerage: String { language.word(.brokerage) }

  func role(_ role: ActorRole?) -> String { language.name(of: role) }

  func rule(_ rule: RoleCheck.Rule) -> String {
    switch rule {
    case .coreAtTheEdge: language.word(.ruleCoreAtTheEdge)
    case .brokerOutsideTheCore: language.word(.ruleBrokerOutsideTheCore)
    case .onlyBridge: language.word(.ruleOnlyBridge)
    }
  }

  func egoSentence(focus: String, partners: Int, densityAmong: String, densityWithout: String) -> String {
    language.word(.egoSentence, focus, String(partners), densityAmong, densityWithout)
  }

  func holesSentence(effectiveSize: String, efficiency: String, constraint: String) -> String {
    language.word(.holesSentence, effectiveSize, efficiency, constraint)
  }

  func boundarySentence(within: Int, outside: Int, crossing: Int, ei: String) -> String {
    language.word(.boundarySentence, String(within), String(outside), String(crossing), ei)
  }

  var densityNote: String { language.word(.densityNote) }

  var brokerNote: String { language.word(.brokerNote) }

  var roleCheckNote: String { language.word(.roleCheckNote) }

  func explanation(_ point: RoleCheck.Point, check: RoleCheck, names: (Int) -> String) -> String {
    let number = { (value: Double) in
      NumberFormatting.localised(NumberFormatting.rounded(value, decimals: 3), in: language)
    }
    switch point.rule {
    case .coreAtTheEdge:
      return language.word(
        .explainCoreAtTheEdge, String(point.degree), number(point.betweenness), number(check.medianDegree),
        number(check.medianBetweenness))
    case .brokerOutsideTheCore:
      return language.word(
        .explainBrokerOutsideTheCore, number(point.betweenness), number(check.topQuarterBetweenness))
    case .onlyBridge:
      let shown = point.separated.prefix(5).map(names).joined(separator: ", ")
      let more = point.separated.count > 5 ? ", …" : ""
      return language.word(.explainOnlyBridge, String(point.separated.count), shown + more)
    }
  }
}
