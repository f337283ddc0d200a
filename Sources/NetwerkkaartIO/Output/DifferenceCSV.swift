import NetwerkkaartCore

/// `netwerkkaart diff --format csv`: one long table for a spreadsheet, R or pandas, one row per
/// fact with the columns `kind,actor,partner,field,before,after,change`:
///
/// | kind | actor, partner | field, before, after, change |
/// |---|---|---|
/// | `actor_added`, `actor_removed` | the actor | `role` and its value in the wave that has it |
/// | `actor_changed` | the actor | the field and both values |
/// | `tie_added`, `tie_removed` | the tie's ends | `weight` and its value |
/// | `tie_changed` | the tie's ends | the field and both values |
/// | `network` | | the figure, both values and the change |
/// | `actor_metric` | the actor | the metric, both values and the change |
///
/// Numbers are exact; an empty cell is a value the wave does not have.
enum DifferenceCSV {
  static func render(_ report: DifferenceReport) -> String {
    let d = report.difference
    var out = CSVText.row(["kind", "actor", "partner", "field", "before", "after", "change"])
    for id in d.addedActors { out += CSVText.row(["actor_added", id.rawValue, "", "role", "", role(d.after[id]), ""]) }
    for id in d.removedActors {
      out += CSVText.row(["actor_removed", id.rawValue, "", "role", role(d.before[id]), "", ""])
    }
    for change in d.actorChanges {
      for field in change.changes {
        out += CSVText.row([
          "actor_changed", change.id.rawValue, "", field.field, field.before ?? "", field.after ?? "", "",
        ])
      }
    }
    for tie in d.addedTies {
      out += CSVText.row([
        "tie_added", tie.source.rawValue, tie.target.rawValue, "weight", "", tie.weight.plainText, "",
      ])
    }
    for tie in d.removedTies {
      out += CSVText.row([
        "tie_removed", tie.source.rawValue, tie.target.rawValue, "weight", tie.weight.plainText, "", "",
      ])
    }
    for change in d.tieChanges {
      for field in change.changes {
        out += CSVText.row([
          "tie_changed", change.tie.source.rawValue, change.tie.target.rawValue, field.field, field.before ?? "",
          field.after ?? "", "",
        ])
      }
    }
    for figure in d.figures { out += CSVText.row(["network", "", ""] + values(figure)) }
    for row in d.actorMetrics {
      for metric in row.metrics { out += CSVText.row(["actor_metric", row.id.rawValue, ""] + values(metric)) }
    }
    return out
  }

  private static func role(_ actor: ActorRecord?) -> String { actor?.role?.rawValue ?? "" }

  private static func values(_ change: ValueChange) -> [String] {
    [
      change.name, DifferenceReport.exact(change.before, integer: change.isInteger),
      DifferenceReport.exact(change.after, integer: change.isInteger),
      DifferenceReport.exact(change.change, integer: change.isInteger),
    ]
  }
}
