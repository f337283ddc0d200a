import Foundation
import NetwerkkaartCore

/// An aligned table for a terminal: a heading with the network figures, one line per actor
/// (id, label, role, metrics with four decimals, numbers right-aligned), and the conventions.
enum TextTableReport {
  static let maximumLabelWidth = 32

  static func render(_ report: MetricsReport) -> String {
    let figures = report.table.figures
    var out = "\(report.source)\n"
    out += "actors \(figures.actors) · ties \(figures.ties) · "
    out += "\(figures.directed ? "directed" : "undirected") · \(figures.weighted ? "weighted" : "unweighted") · "
    out += "density \(NumberFormatting.rounded(figures.density)) · components \(figures.components)\n\n"

    let columns = report.table.columns
    let header = ["id", "label", "role"] + columns.map { $0.measure.abbreviation }
    var lines = [header]
    for index in report.rows {
      let actor = report.map.actors[index]
      lines.append(
        [actor.id.rawValue, truncated(actor.label ?? ""), actor.role?.rawValue ?? "–"]
          + columns.map { $0.humanText(at: index) })
    }
    let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
    for line in lines {
      let cells = line.indices.map { column in
        let padding = String(repeating: " ", count: widths[column] - line[column].count)
        return column < 3 ? line[column] + padding : padding + line[column]
      }
      out += cells.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
    }
    out += "\n"
    for convention in report.table.conventions {
      out += "\(convention.name): \(convention.text)\n"
    }
    return out
  }

  private static func truncated(_ text: String) -> String {
    let flat = text.replacingOccurrences(of: "\n", with: " ")
    guard flat.count > maximumLabelWidth else { return flat }
    return String(flat.prefix(maximumLabelWidth - 1)) + "…"
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
