import NetwerkkaartCore

/// The JSON contract of `netwerkkaart metrics --format json` (documented in `Docs/JSON.md`):
///
/// ```json
/// {"network": {"source", "actors", "ties", "directed", "weighted", "density", "components",
///              "not_converged": [measure] (only when some measure did not converge),
///              "conventions": {name: text}},
///  "actors": [{"id", "label", "role", "type", <metric columns>}]}
/// ```
/// `label` falls back to the id; `role` is the Dutch value or null; `type` a string or null.
/// Numbers are finite, written with the fewest digits that read back exactly. Keys keep this
/// order; one actor per line keeps large files diffable and fast to write.
enum JSONReport {
  static func render(_ report: MetricsReport) -> String {
    var text = ""
    write(report) { text += $0 }
    return text
  }

  /// Hands the report to `sink` in pieces of about ``pieceSize`` bytes, in order: a large map's
  /// report (5.7 MB on the benchmark's 20,000 actors) is never held whole.
  static func write<Failure: Error>(_ report: MetricsReport, to sink: (String) throws(Failure) -> Void)
    throws(Failure)
  {
    var out = "{\n  \"network\": {\n"
    out += "    \"source\": \(JSONText.quoted(report.source)),\n"
    for (name, value) in report.figureRows {
      out += "    \(JSONText.quoted(name)): \(value),\n"
    }
    // The iterative measures whose values are not the measure (see MetricsTable.unconverged).
    if !report.table.unconverged.isEmpty {
      let names = report.table.unconverged.map { JSONText.quoted($0.rawValue) }
      out += "    \"not_converged\": [\(names.joined(separator: ", "))],\n"
    }
    out += "    \"conventions\": {\n"
    out += report.table.conventions.map { "      \(JSONText.quoted($0.name)): \(JSONText.quoted($0.text))" }
      .joined(separator: ",\n")
    out += "\n    }\n  },\n  \"actors\": ["
    let columns = report.table.columns
    var first = true
    for index in report.rows {
      let actor = report.map.actors[index]
      out += first ? "\n    {" : ",\n    {"
      first = false
      out += "\"id\": \(JSONText.quoted(actor.id.rawValue)), \"label\": \(JSONText.quoted(actor.displayName)), "
      out += "\"role\": \(actor.role.map { JSONText.quoted($0.rawValue) } ?? "null"), "
      out += "\"type\": \(actor.type.map(JSONText.quoted) ?? "null")"
      for column in columns {
        out += ", \"\(column.key)\": \(column.exactText(at: index))"
      }
      out += "}"
      if out.utf8.count >= pieceSize {
        try sink(out)
        out = ""
      }
    }
    out += report.rows.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
    try sink(out)
  }

  /// The size of the pieces ``write(_:to:)`` hands on: large enough for few writes.
  static let pieceSize = 1 << 16
}
