import Foundation
import NetwerkkaartCore

/// Comma-separated output for spreadsheets: one row per actor (`id,label,role,type` and the
/// metric columns, exact numbers), then a blank line and the network figures and conventions
/// as `figure,value` rows. Values are quoted when they hold a comma, quote, line break or
/// surrounding spaces (RFC 4180).
enum CSVReport {
  static func render(_ report: MetricsReport) -> String {
    let columns = report.table.columns
    var out = (["id", "label", "role", "type"] + columns.map(\.key)).map(field).joined(separator: ",") + "\n"
    for index in report.rows {
      let actor = report.map.actors[index]
      var cells = [actor.id.rawValue, actor.displayName, actor.role?.rawValue ?? "", actor.type ?? ""].map(field)
      cells += columns.map { $0.exactText(at: index) }
      out += cells.joined(separator: ",") + "\n"
    }
    out += "\nfigure,value\n"
    out += "source,\(field(report.source))\n"
    for (name, value) in report.figureRows { out += "\(name),\(value)\n" }
    for convention in report.table.conventions {
      out += "\(field("convention: " + convention.name)),\(field(convention.text))\n"
    }
    return out
  }

  static func field(_ text: String) -> String { CSVText.field(text) }
}
