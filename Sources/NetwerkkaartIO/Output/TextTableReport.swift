import Foundation
import NetwerkkaartCore

/// An aligned table for a terminal: a heading with the network figures, one line per actor
/// (id, label, role, metrics with four decimals, numbers right-aligned), and the conventions;
/// in the language asked (Dutch: Dutch headings, decimal commas).
enum TextTableReport {
  static let maximumLabelWidth = 32

  static func render(_ report: MetricsReport, in language: Language) -> String {
    let figures = report.table.figures
    func number(_ value: Double) -> String { NumberFormatting.localised(NumberFormatting.rounded(value), in: language) }
    var out = "\(report.source)\n"
    out +=
      "\(MapFigure.actors.name(in: language)) \(figures.actors) · \(MapFigure.ties.name(in: language)) \(figures.ties) · "
    out += "\(ComparisonWords.direction(figures.directed, in: language)) · "
    out += "\(figures.weighted ? MapFigure.weighted.name(in: language) : language.word(.unweighted)) · "
    out += "\(MapFigure.density.name(in: language)) \(number(figures.density)) · "
    out += "\(MapFigure.components.name(in: language)) \(figures.components)\n\n"

    let columns = report.table.columns
    let header =
      ["id", language.word(.label), language.word(.role)]
      + columns.map { $0.measure.abbreviation(in: language) }
    var lines = [header]
    for index in report.rows {
      let actor = report.map.actors[index]
      lines.append(
        [actor.id.rawValue, truncated(actor.label ?? ""), actor.role.map { language.name(of: $0) } ?? "–"]
          + columns.map { NumberFormatting.localised($0.humanText(at: index), in: language) })
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
    for convention in report.table.conventions(in: language) {
      out += "\(convention.heading(in: language)): \(NumberFormatting.localised(convention.text, in: language))\n"
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
