import NetwerkkaartCore

/// The JSON of `netwerkkaart diff --format json` (documented in `Docs/JSON.md`): snake_case
/// keys in a fixed order, exact finite numbers (counts as integers), `null` for a value a wave
/// does not have. One actor, tie or change per line.
enum DifferenceJSON {
  static func render(_ report: DifferenceReport) -> String {
    let d = report.difference
    func wave(_ source: String, _ map: PartnershipMap) -> String {
      JSONText.object([
        ("source", JSONText.quoted(source)),
        ("metadata", JSONText.object(map.metadata.entries.map { ($0.key, JSONText.quoted($0.value)) })),
      ])
    }
    func actor(_ record: ActorRecord) -> String {
      JSONText.object([
        ("id", JSONText.quoted(record.id.rawValue)), ("label", JSONText.quoted(record.displayName)),
        ("role", optional(record.role?.rawValue)), ("type", optional(record.type)),
      ])
    }
    func tie(_ tie: MergedTie) -> [(key: String, value: String)] {
      [("source", JSONText.quoted(tie.source.rawValue)), ("target", JSONText.quoted(tie.target.rawValue))]
    }
    func changes(_ list: [FieldChange]) -> String {
      "["
        + list.map {
          JSONText.object([
            ("field", JSONText.quoted($0.field)), ("before", optional($0.before)), ("after", optional($0.after)),
          ])
        }.joined(separator: ", ") + "]"
    }
    func value(_ change: ValueChange) -> String {
      JSONText.object([
        ("before", DifferenceReport.exact(change.before, integer: change.isInteger)),
        ("after", DifferenceReport.exact(change.after, integer: change.isInteger)),
        ("change", DifferenceReport.exact(change.change, integer: change.isInteger)),
      ])
    }
    func withValues(_ merged: MergedTie) -> String {
      JSONText.object(
        tie(merged) + [
          ("weight", NumberFormatting.exact(merged.weight)),
          ("values", JSONText.object(merged.attributes.map { ($0.key, JSONText.quoted($0.value)) })),
        ])
    }
    let members: [(key: String, value: String)] = [
      ("before", wave(report.beforeSource, d.before)), ("after", wave(report.afterSource, d.after)),
      ("directed", String(d.directed)), ("weighted", String(d.weighted)),
      ("matching", JSONText.object(report.matching.map { ($0.name, JSONText.quoted($0.text)) })),
      ("actors_added", JSONText.list(d.addedActors.compactMap { d.after[$0] }.map(actor))),
      ("actors_removed", JSONText.list(d.removedActors.compactMap { d.before[$0] }.map(actor))),
      (
        "actor_changes",
        JSONText.list(
          d.actorChanges.map {
            JSONText.object([("id", JSONText.quoted($0.id.rawValue)), ("changes", changes($0.changes))])
          })
      ),
      ("ties_added", JSONText.list(d.addedTies.map(withValues))),
      ("ties_removed", JSONText.list(d.removedTies.map(withValues))),
      (
        "tie_changes",
        JSONText.list(d.tieChanges.map { JSONText.object(tie($0.tie) + [("changes", changes($0.changes))]) })
      ),
      ("network", JSONText.object(d.figures.map { ($0.name, value($0)) })),
      (
        "actor_metrics",
        JSONText.list(
          d.actorMetrics.map { row in
            JSONText.object(
              [("id", JSONText.quoted(row.id.rawValue)), ("label", JSONText.quoted(report.label(row.id)))]
                + row.metrics.map { ($0.name, value($0)) })
          })
      ),
    ]
    return "{\n" + members.map { "  \(JSONText.quoted($0.key)): \($0.value)" }.joined(separator: ",\n") + "\n}\n"
  }

  private static func optional(_ text: String?) -> String { text.map(JSONText.quoted) ?? "null" }
}
