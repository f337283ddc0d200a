import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import NetwerkkaartRender

/// The report's words in Dutch (the default) or English; Dutch domain terms follow
/// `Docs/Glossary.md`.
struct ReportWords {
  let language: DrawingOptions.Language

  private func pick(_ dutch: String, _ english: String) -> String { language == .nl ? dutch : english }

  var documentTitle: String { pick("Netwerkkaarten", "Network maps") }
  var contents: String { pick("Inhoud", "Contents") }
  var map: String { pick("Kaart", "Map") }
  var source: String { pick("bron", "source") }
  var date: String { pick("datum", "date") }
  var wave: String { pick("golf", "wave") }
  var hint: String {
    pick(
      "Wijs een actor aan of kies hem met Tab: zijn relaties lichten op, zijn cijfers staan hier.",
      "Point at an actor or reach it with Tab: its ties light up and its figures show here.")
  }
  var metricTable: String { pick("Cijfers per actor", "Figures per actor") }
  var sortHint: String {
    pick("Klik op een kolomkop (of Enter) om te sorteren.", "Click a column header (or press Enter) to sort.")
  }
  var summary: String { pick("Samenvatting van de analyse", "Analysis summary") }
  var egoView: String { pick("De school en haar partners (egonetwerk)", "The school and its partners (ego network)") }
  var groupStructure: String { pick("Groepen (per rol)", "Groups (by role)") }
  var boundary: String { pick("Schoolgrens", "School boundary") }
  var brokers: String { pick("Makelaars", "Brokers") }
  var roleCheck: String { pick("Om te bespreken met de focusgroep", "To discuss with the focus group") }
  var noPoints: String {
    pick("Geen: rollen en posities in het netwerk spreken elkaar niet tegen.", "None: roles and positions agree.")
  }
  var noBrokers: String { pick("Geen actor verbindt actoren die onderling niet verbonden zijn.", "No actor brokers.") }
  var noFocus: String {
    pick(
      "Geen focusschool: geef de school het type 'school'.", "No focal school: give the school the type 'school'.")
  }
  var comparison: String { pick("Vergelijking van de kaarten", "Comparison of the maps") }
  var smallMultiples: String { pick("Alle kaarten naast elkaar", "All maps side by side") }
  var generated: String { pick("Gemaakt met netwerkkaart", "Made with netwerkkaart") }

  // Columns and figures.
  var id: String { "id" }
  var label: String { pick("naam", "label") }
  var role: String { pick("rol", "role") }
  var type: String { "type" }
  var actors: String { pick("actoren", "actors") }
  var ties: String { pick("relaties", "ties") }
  var density: String { pick("dichtheid", "density") }
  var components: String { pick("componenten", "components") }
  var group: String { pick("groep", "group") }
  var eiIndex: String { pick("E-I-index", "E-I index") }
  var wholeMap: String { pick("hele kaart", "whole map") }
  var rule: String { pick("regel", "rule") }
  var why: String { pick("waarom", "why") }
  var brokerage: String { pick("makelaarsrollen", "brokerage roles") }

  func role(_ role: ActorRole?) -> String { language.name(of: role) }

  func rule(_ rule: RoleCheck.Rule) -> String {
    switch rule {
    case .coreAtTheEdge: pick("kern aan de rand", "core at the edge")
    case .brokerOutsideTheCore: pick("makelaar buiten de kern", "broker outside the core")
    case .onlyBridge: pick("enige brug", "only bridge")
    }
  }

  func egoSentence(focus: String, partners: Int, densityAmong: String, densityWithout: String) -> String {
    pick(
      "\(focus) heeft \(partners) partners; dichtheid tussen die partners \(densityAmong); dichtheid van de kaart zonder de school \(densityWithout).",
      "\(focus) has \(partners) partners; density among them \(densityAmong); density of the map without the school \(densityWithout)."
    )
  }

  func holesSentence(effectiveSize: String, efficiency: String, constraint: String) -> String {
    pick(
      "Structurele gaten (Burt 1992): effectieve grootte \(effectiveSize), efficiëntie \(efficiency), beperking (constraint) \(constraint).",
      "Structural holes (Burt 1992): effective size \(effectiveSize), efficiency \(efficiency), constraint \(constraint)."
    )
  }

  func boundarySentence(within: Int, outside: Int, crossing: Int, ei: String) -> String {
    pick(
      "\(within) relaties binnen de school, \(outside) tussen externe actoren, \(crossing) over de schoolgrens; E-I-index \(ei) (−1: alles binnen, +1: alles over de grens).",
      "\(within) ties within the school, \(outside) among outside actors, \(crossing) crossing the boundary; E-I index \(ei) (−1: all within, +1: all crossing)."
    )
  }

  var densityNote: String {
    pick(
      "Aandeel van de mogelijke relaties dat er is; de diagonaal is binnen de groep.",
      "Share of possible ties present; the diagonal is within the group.")
  }

  var brokerNote: String {
    pick(
      "Gould & Fernandez: open tweepaden a – b – c die b overbrugt, naar de rollen van a, b en c.",
      "Gould & Fernandez: open two-paths a – b – c that b brokers, by the roles of a, b and c.")
  }

  var roleCheckNote: String {
    pick(
      "Vragen, geen correcties: een focusgroep kan een partner kern noemen om zijn invloed, wat een kaart van relaties niet toont.",
      "Questions, not corrections: a focus group may call a partner kern for its influence, which a map of ties cannot show."
    )
  }

  func explanation(_ point: RoleCheck.Point, check: RoleCheck, names: (Int) -> String) -> String {
    let number = { (value: Double) in NumberFormatting.rounded(value, decimals: 3) }
    switch point.rule {
    case .coreAtTheEdge:
      return pick(
        "graad \(point.degree), betweenness \(number(point.betweenness)) (medianen \(number(check.medianDegree)) en \(number(check.medianBetweenness)))",
        "degree \(point.degree), betweenness \(number(point.betweenness)) (medians \(number(check.medianDegree)) and \(number(check.medianBetweenness)))"
      )
    case .brokerOutsideTheCore:
      return pick(
        "betweenness \(number(point.betweenness)), bij het hoogste kwart (vanaf \(number(check.topQuarterBetweenness)))",
        "betweenness \(number(point.betweenness)), in the top quarter (from \(number(check.topQuarterBetweenness)))")
    case .onlyBridge:
      let shown = point.separated.prefix(5).map(names).joined(separator: ", ")
      let more = point.separated.count > 5 ? ", …" : ""
      return pick(
        "de school bereikt \(point.separated.count) actoren alleen via deze: \(shown)\(more)",
        "the school reaches \(point.separated.count) actors only through it: \(shown)\(more)")
    }
  }
}
