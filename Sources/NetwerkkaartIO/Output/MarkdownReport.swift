import Foundation
import NetwerkkaartCore

/// A Markdown table for a paper draft: the network figures, the actor table with full metric
/// names (four decimals), and the conventions as a note under it.
enum MarkdownReport {
  static func render(_ report: MetricsReport) -> String {
    let figures = report.table.figures
    var out = "### Network metrics: \(cell(report.source))\n\n"
    out += "| Actors | Ties | Directed | Weighted | Density | Components |\n"
    out += "|---:|---:|:---:|:---:|---:|---:|\n"
    out += "| \(figures.actors) | \(figures.ties) | \(figures.directed ? "yes" : "no") | "
    out +=
      "\(figures.weighted ? "yes" : "no") | \(NumberFormatting.rounded(figures.density)) | \(figures.components) |\n\n"

    let columns = report.table.columns
    out += "| Actor | Role | " + columns.map { $0.measure.title(in: .en) }.joined(separator: " | ") + " |\n"
    out += "|---|---|" + String(repeating: "---:|", count: columns.count) + "\n"
    for index in report.rows {
      let actor = report.map.actors[index]
      let values = columns.map { $0.humanText(at: index) }
      out +=
        "| \(cell(actor.displayName)) | \(actor.role?.rawValue ?? "") | " + values.joined(separator: " | ") + " |\n"
    }
    out += "\n*Conventions.* "
    out += report.table.conventions.map { "\($0.name): \(cell($0.text))" }.joined(separator: "; ") + ".\n"
    return out
  }

  /// Text safe inside a table cell: HTML and Markdown markup escaped (a label
  /// `<img src=x onerror=…>` or `[x](javascript:…)` is shown, not rendered), line breaks as
  /// spaces.
  static func cell(_ text: String) -> String {
    text.map { cellReplacements[$0] ?? String($0) }.joined()
  }

  /// HTML's special characters as entities, Markdown's as backslash escapes, line breaks as spaces.
  private static let cellReplacements: [Character: String] = {
    var replacements: [Character: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"]
    for markup in "|\\`*_[]~" { replacements[markup] = "\\" + String(markup) }
    for lineBreak in ["\r\n", "\n", "\r"] as [Character] { replacements[lineBreak] = " " }
    return replacements
  }()

}
