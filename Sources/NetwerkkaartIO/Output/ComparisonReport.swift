import Foundation
import NetwerkkaartCore

/// The `netwerkkaart compare` report: one row per map (a school, or one wave of a school) with
/// the figures of `MapSummary`, as an aligned text, CSV, Markdown, LaTeX (`booktabs`) or JSON
/// (snake_case keys, exact numbers, null where a figure is undefined; `Docs/JSON.md`).
///
/// The text, Markdown and LaTeX formats split the columns into five tables of the same rows
/// (``tables()``): size and density, centralization, roles, ties by motive and form, brokers.
/// Another renderer (an HTML report) can show those same tables; CSV puts every column in one
/// row per map.
///
/// ```swift
/// let entry = ComparisonReport.Entry(path: "Examples/basisschool-de-linde", map: map,
///                                    summary: MapSummary(map, network: Network(map)))
/// print(ComparisonReport(entries: [entry]).rendered(as: .markdown))
/// ```
public struct ComparisonReport: Sendable {
  /// The printed forms of the report; the raw value is the name a program asks for it by.
  public enum Format: String, CaseIterable, Sendable {
    /// Aligned tables for a terminal.
    case table
    /// One row per map, every column, exact numbers.
    case csv
    /// GitHub-flavoured Markdown tables for a report.
    case markdown
    /// `booktabs` tables for a paper.
    case latex
    /// The machine-readable contract (`Docs/JSON.md`).
    case json
  }

  /// One map of the comparison.
  public struct Entry: Sendable {
    /// The row label: the map's `school` metadata, else the folder or file name.
    public let label: String
    /// The map's `wave` metadata, if any.
    public let wave: String?
    /// The map as named on the command line.
    public let source: String
    /// The figures of the map.
    public let summary: MapSummary

    /// An entry with a label of your own.
    public init(label: String, wave: String?, source: String, summary: MapSummary) {
      self.label = label
      self.wave = wave
      self.source = source
      self.summary = summary
    }

    /// An entry labelled by the map's `school` metadata or, without it, the last component of
    /// `path` (`Examples/basisschool-de-linde` → `basisschool-de-linde`, `.` → the current
    /// folder's name, `kaart.xlsx` stays `kaart.xlsx`).
    public init(path: String, map: PartnershipMap, summary: MapSummary) {
      let school = map.metadata.school?.trimmingCharacters(in: .whitespacesAndNewlines)
      let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
      self.init(
        label: school.flatMap { $0.isEmpty ? nil : $0 } ?? (name.isEmpty ? path : name),
        wave: map.metadata.wave, source: path, summary: summary)
    }
  }

  /// The maps, one row each, in the order given.
  public let entries: [Entry]
  /// How many brokers each row lists (columns broker 1 … n).
  public let brokerCount: Int
  /// The analysis settings in words, for the heading (`--ties motief=taak`, `without the ego`).
  public let settings: [String]

  /// The language of the tables' titles, conventions and numbers (decimal comma in Dutch); CSV
  /// and JSON do not change with it.
  public let language: Language

  /// A comparison of `entries`, each row listing `brokerCount` brokers; `settings` describe how
  /// the maps were analysed, in words for the heading; titles and human numbers in `language`.
  public init(entries: [Entry], brokerCount: Int = 3, settings: [String] = [], language: Language = .en) {
    self.entries = entries
    self.brokerCount = brokerCount
    self.settings = settings
    self.language = language
  }

  /// The report in one format.
  public func rendered(as format: Format) -> String {
    switch format {
    case .table:
      return heading() + "\n\n" + tables().map { $0.text() }.joined(separator: "\n")
    case .markdown:
      return "## \(ComparisonWords.comparison(in: language)) \(mapCount)\n\n"
        + headingFacts().map { "- \(MarkdownReport.cell($0))" }.joined(separator: "\n") + "\n\n"
        + tables().map { $0.markdown() }.joined(separator: "\n")
    case .latex:
      return "% netwerkkaart compare: \(LaTeXText.escaped(headingFacts().joined(separator: "; ")))\n"
        + language.word(.latexNeedsBooktabs) + "\n\n" + tables().map { $0.latex() }.joined(separator: "\n")
    case .csv:
      return csv()
    case .json:
      return json()
    }
  }

  /// Whether any map has a `wave`: then every table has a wave column after the label.
  var hasWaves: Bool { entries.contains { $0.wave != nil } }

  private var mapCount: String { ComparisonWords.count(maps: entries.count, in: language) }

  private func headingFacts() -> [String] {
    let first = entries.first?.summary
    return [
      ComparisonWords.direction(first?.directed ?? false, in: language),
      ComparisonWords.weighting(first?.weighted ?? false, in: language),
    ] + settings
  }

  private func heading() -> String {
    "\(ComparisonWords.comparison(in: language)) \(mapCount) · " + headingFacts().joined(separator: " · ")
  }

  /// The comparison as five tables with one row per map, in the order given: the label (and
  /// the wave, when any map has one) first, then the section's columns, numbers rounded to
  /// three decimals, `–` where a figure is undefined.
  public func tables() -> [ReportTable] {
    let lead: [ComparisonColumn.Title] = hasWaves ? [.word(.mapColumn), .word(.wave)] : [.word(.mapColumn)]
    return sections.map { section in
      let rows = entries.map { entry in
        (hasWaves ? [entry.label, entry.wave ?? "–"] : [entry.label])
          + section.columns.map { NumberFormatting.localised($0.human(entry.summary), in: language) }
      }
      return ReportTable(
        language.word(section.title),
        header: (lead + section.columns.map(\.title)).map { ComparisonWords.title($0, in: language) }, rows: rows,
        firstNumberColumn: section.numbers ? lead.count : lead.count + section.columns.count,
        note: language.word(section.note))
    }
  }

  /// The tables' sections, the conditional column of actors of unknown side only when a map has one.
  var sections: [ComparisonTableLayout] {
    ComparisonTableLayout.all(
      brokerCount: brokerCount, unknownSide: entries.contains { $0.summary.sides.unknownCount > 0 },
      reasons: recordsReasons)
  }

  /// Whether a map records a beweegreden: only then do the outputs show their shares.
  var recordsReasons: Bool {
    entries.contains { $0.summary.reasons.isRecorded }
  }
}
