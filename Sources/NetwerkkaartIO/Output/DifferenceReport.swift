import NetwerkkaartCore

/// The `netwerkkaart diff` report of two waves of a map: actors and ties that appeared or
/// disappeared, changed actors and ties, the whole-map figures and every actor's metrics before
/// and after; as aligned text, Markdown, CSV (one long table) or JSON (`Docs/JSON.md`).
public struct DifferenceReport: Sendable {
  /// The printed forms of the report; the raw value is the name a program asks for it by.
  public enum Format: String, CaseIterable, Sendable {
    /// Aligned text tables for a terminal, under a heading.
    case table
    /// Markdown: a `before → after` heading and GitHub-flavoured tables.
    case markdown
    /// One long table of every change, for a spreadsheet.
    case csv
    /// The machine-readable contract (`Docs/JSON.md`).
    case json
  }

  /// The first wave as named on the command line.
  public let beforeSource: String
  /// The second wave as named on the command line.
  public let afterSource: String
  /// The comparison of the two waves.
  public let difference: MapDifference
  /// The language of the table and Markdown forms (headings, sentences, roles, decimal commas
  /// in Dutch); CSV and JSON are the same in every language.
  public let language: Language

  /// The report of `difference`, naming the waves `before` and `after` as the user named them.
  public init(before: String, after: String, difference: MapDifference, language: Language = .en) {
    beforeSource = before
    afterSource = after
    self.difference = difference
    self.language = language
  }

  /// The report in one format, ending with a newline.
  public func rendered(as format: Format) -> String {
    switch format {
    case .table: return heading().joined(separator: "\n") + "\n\n" + tables().map { $0.text() }.joined(separator: "\n")
    case .markdown:
      return "## \(MarkdownReport.cell(beforeSource)) → \(MarkdownReport.cell(afterSource))\n\n"
        + heading().dropFirst().map { "- \(MarkdownReport.cell($0))" }.joined(separator: "\n")
        + "\n\n" + tables().map { $0.markdown() }.joined(separator: "\n")
    case .csv: return DifferenceCSV.render(self)
    case .json: return DifferenceJSON.render(self)
    }
  }

  /// How actors and ties were matched, in the report's language (the table and Markdown).
  private var matchingText: [(name: String, text: String)] {
    guard language == .nl else { return matching }
    return [
      ("actoren", "gekoppeld op id (hoofdlettergevoelig); een andere naam is een wijziging van het veld label"),
      (
        "relaties",
        (difference.directed ? "gekoppeld op geordend paar (bron, doel)" : "gekoppeld op ongeordend paar")
          + "; regels tussen één paar samengevoegd tot één relatie (gewichten opgeteld, andere waarden samengevoegd met ' / '); relaties met zichzelf weggelaten"
      ),
      ("netwerkmaten", "voor elke golf apart berekend, zoals metrics doet; verschil = na - voor"),
    ]
  }

  /// How actors and ties were matched, for every format.
  var matching: [(name: String, text: String)] {
    [
      ("actors", "matched by id (case-sensitive); a changed label is a change of the field label"),
      (
        "ties",
        (difference.directed ? "matched by ordered pair (source, target)" : "matched by unordered pair")
          + "; records between one pair merged into one tie (weights summed, other values joined with ' / '); self-ties left out"
      ),
      ("metrics", "computed on each wave on its own, as metrics does; change = after - before"),
    ]
  }

  func label(_ id: ActorID) -> String {
    (difference.after[id] ?? difference.before[id])?.displayName ?? id.rawValue
  }

  /// A value of a figure or metric: counts as integers, reals exact (CSV, JSON).
  static func exact(_ value: Double, integer: Bool) -> String {
    integer && value.isFinite && abs(value) < 1e15 ? String(Int64(value)) : NumberFormatting.exact(value)
  }

  /// For people: counts as integers, reals with four decimals, changes with a sign.
  static func human(_ value: Double, integer: Bool, signed: Bool = false) -> String {
    let text =
      integer && abs(value) < 1e15 ? String(Int64(value)) : NumberFormatting.rounded(value == 0 ? 0 : value)
    return signed && value > 0 ? "+" + text : text
  }

  /// ``human(_:integer:signed:)`` in the report's language (a decimal comma in Dutch).
  private func human(_ value: Double, integer: Bool, signed: Bool = false) -> String {
    NumberFormatting.localised(Self.human(value, integer: integer, signed: signed), in: language)
  }

  private func heading() -> [String] {
    let d = difference
    func about(_ map: PartnershipMap, _ source: String) -> String {
      let facts = [
        map.metadata.school, map.metadata.date.map { language.word(.date) + " \($0)" },
        map.metadata.wave.map { language.word(.wave) + " \($0)" },
      ]
      .compactMap { $0 }
      return source + (facts.isEmpty ? "" : " (" + facts.joined(separator: " · ") + ")")
    }
    return [
      "\(beforeSource) → \(afterSource)",
      language.word(.beforeColon) + about(d.before, beforeSource),
      language.word(.afterColon) + about(d.after, afterSource),
      language.word(.actors) + " +\(d.addedActors.count) −\(d.removedActors.count), \(d.actorChanges.count) "
        + language.word(.changed) + " · " + language.word(.ties)
        + " +\(d.addedTies.count) −\(d.removedTies.count), \(d.tieChanges.count) " + language.word(.changed)
        + " · "
        + (d.directed ? language.word(.directed) : language.word(.undirected))
        + (d.weighted ? " · " + language.word(.weighted) : ""),
    ] + matchingText.map { "\($0.name): \($0.text)" }
  }

  private func actorRows(_ ids: [ActorID], in map: PartnershipMap) -> [[String]] {
    ids.compactMap { map[$0] }.map {
      [$0.id.rawValue, $0.displayName, $0.role.map { language.name(of: $0) } ?? "–", $0.type ?? "–"]
    }
  }

  private func tieRows(_ ties: [MergedTie]) -> [[String]] {
    ties.map { tie in
      [tie.source.rawValue, tie.target.rawValue, NumberFormatting.localised(tie.weight.plainText, in: language)]
        + [Self.summary(tie).map { "\($0.key)=\($0.value)" }.joined(separator: ", ")]
    }
  }

  /// The columns that tell a tie's kind at a glance (frequency, form, motive) when the map has
  /// them, else every column; the full values are in the CSV and JSON.
  private static func summary(_ tie: MergedTie) -> [(key: String, value: String)] {
    let all = tie.attributes.map { (key: $0.key, value: $0.value) }
    let short = all.filter { column in
      [CodebookField.frequency, .form, .motive].contains { $0.isNamed(column.key) }
    }
    return short.isEmpty ? all : short
  }

  func tables() -> [ReportTable] {
    let d = difference
    let actorHeader = ["id", language.word(.label), language.word(.role), "type"]
    let tieHeader = [
      language.word(.source), language.word(.target), language.word(.weight), language.word(.values),
    ]
    let changeHeader = [language.word(.field), language.word(.before), language.word(.after)]
    let actorChangeRows = d.actorChanges.flatMap { change in
      change.changes.map {
        [
          change.id.rawValue, fieldName($0.field), shown($0.before, $0.field, .actors),
          shown($0.after, $0.field, .actors),
        ]
      }
    }
    let tieChangeRows = d.tieChanges.flatMap { change in
      change.changes.map {
        [
          change.tie.source.rawValue, change.tie.target.rawValue, fieldName($0.field),
          shown($0.before, $0.field, .ties), shown($0.after, $0.field, .ties),
        ]
      }
    }
    let figureRows = d.figures.map {
      [
        figureName($0.name), human($0.before, integer: $0.isInteger), human($0.after, integer: $0.isInteger),
        human($0.change, integer: $0.isInteger, signed: true),
      ]
    }
    let keys = (d.actorMetrics.first?.metrics.map(\.name) ?? []).map(figureName)
    let metricRows = d.actorMetrics.map { row in
      [row.id.rawValue] + row.metrics.map { human($0.change, integer: $0.isInteger, signed: true) }
    }
    return [
      ReportTable(
        language.word(.actorsAdded), header: actorHeader, rows: actorRows(d.addedActors, in: d.after),
        firstNumberColumn: 9),
      ReportTable(
        language.word(.actorsRemoved), header: actorHeader,
        rows: actorRows(d.removedActors, in: d.before), firstNumberColumn: 9),
      ReportTable(
        language.word(.actorsChanged), header: ["id"] + changeHeader, rows: actorChangeRows,
        firstNumberColumn: 9),
      ReportTable(
        language.word(.tiesAdded), header: tieHeader, rows: tieRows(d.addedTies), firstNumberColumn: 2,
        lastNumberColumn: 2),
      ReportTable(
        language.word(.tiesRemoved), header: tieHeader, rows: tieRows(d.removedTies),
        firstNumberColumn: 2, lastNumberColumn: 2),
      ReportTable(
        language.word(.tiesChanged), header: Array(tieHeader.prefix(2)) + changeHeader,
        rows: tieChangeRows, firstNumberColumn: 9),
      ReportTable(
        language.word(.map),
        header: [language.word(.figure)] + changeHeader.dropFirst() + [language.word(.difference)],
        rows: figureRows),
      ReportTable(
        language.word(.measureChangeTitle),
        header: ["id"] + keys, rows: metricRows,
        note: language.word(.measureChangeNote)),
    ]
  }

  /// A changed value as the table shows it: a role in the report's language (`kern` → `core`),
  /// in English a codebook value by its English name (`hybride` → `hybrid`), any other value as
  /// recorded; `–` for none.
  private func shown(_ value: String?, _ field: String, _ table: CodebookField.Table) -> String {
    guard let value else { return "–" }
    if CodebookField.role.isNamed(field), let role = ActorRole(parsing: value) { return language.name(of: role) }
    guard language == .en, let codebookField = Codebook.partnership.field(named: field, in: table),
      codebookField.isClosedList, let canonical = codebookField.normalised(value)
    else { return NumberFormatting.localised(value, in: language) }
    return canonical.english
  }

  /// A changed field's name: `weight` and `role` in the report's language, a column as named.
  private func fieldName(_ field: String) -> String {
    switch field {
    case "weight": language.word(.weight)
    case "role": language.word(.role)
    default: field
    }
  }

  /// A figure's or measure's key (`degree_centralization`) as the table shows it: the key in
  /// English, as before; the Dutch name in Dutch (`graadcentralisatie`).
  private func figureName(_ key: String) -> String {
    guard language == .nl else { return key }
    return MapFigure(parsing: key)?.name(in: .nl) ?? Measure(parsing: key)?.name(in: .nl) ?? key
  }
}
