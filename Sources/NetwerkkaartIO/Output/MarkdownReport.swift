import Foundation
import NetwerkkaartCore

/// A Markdown table for a paper draft: the network figures, the actor table with full metric
/// names (four decimals), and the conventions as a note under it; in the language asked
/// (Dutch: Dutch headings, decimal commas).
enum MarkdownReport {
  static func render(_ report: MetricsReport, in language: Language) -> String {
    let figures = report.table.figures
    let yes = language.word(.yes)
    let no = language.word(.no)
    func title(_ figure: MapFigure) -> String {
      let name = figure.name(in: language)
      return name.prefix(1).uppercased() + name.dropFirst()
    }
    let density = NumberFormatting.localised(NumberFormatting.rounded(figures.density), in: language)
    var out = "### \(language.word(.networkMetrics)): \(cell(report.source))\n\n"
    out +=
      "| "
      + [MapFigure.actors, .ties, .directed, .weighted, .density, .components].map(title)
      .joined(separator: " | ") + " |\n"
    out += "|---:|---:|:---:|:---:|---:|---:|\n"
    out += "| \(figures.actors) | \(figures.ties) | \(figures.directed ? yes : no) | "
    out += "\(figures.weighted ? yes : no) | \(density) | \(figures.components) |\n\n"

    let columns = report.table.columns
    out +=
      "| Actor | \(language.word(.roleTitle)) | "
      + columns.map { $0.measure.title(in: language) }.joined(separator: " | ") + " |\n"
    out += "|---|---|" + String(repeating: "---:|", count: columns.count) + "\n"
    for index in report.rows {
      let actor = report.map.actors[index]
      let values = columns.map { NumberFormatting.localised($0.humanText(at: index), in: language) }
      let role = actor.role.map { language.name(of: $0) } ?? ""
      out += "| \(cell(actor.displayName)) | \(role) | " + values.joined(separator: " | ") + " |\n"
    }
    out += "\n*\(language.word(.conventions)).* "
    out +=
      report.table.conventions(in: language).map {
        "\($0.heading(in: language)): \(cell(NumberFormatting.localised($0.text, in: language)))"
      }.joined(separator: "; ") + ".\n"
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
