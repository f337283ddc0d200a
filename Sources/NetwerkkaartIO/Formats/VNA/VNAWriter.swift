import NetwerkkaartCore

/// Writes a map as a NetDraw VNA file, which ``VNAReader``, NetDraw and Gephi read.
///
/// `*Node data` with `ID`, `label`, `role`, `type` and the actor attributes (isolates
/// included), then `*Tie data` with `from`, `to`, `strength` and the tie attributes, one line per
/// tie record. Every value is quoted; VNA has no escapes, so a `"` inside a value becomes `'`
/// and a line break a space. VNA has no place for the map's metadata (see ``losses(_:)``).
enum VNAWriter {
  static func document(_ map: PartnershipMap) -> String {
    let columns = AttributeColumns(map)
    var out = "*Node data\n" + line(["ID", "label", "role", "type"] + columns.actors)
    for actor in map.actors {
      let fields = [actor.id.rawValue, actor.label ?? "", actor.role?.rawValue ?? "", actor.type ?? ""]
      out += line(fields + columns.actors.map { actor.attributes[$0] ?? "" })
    }
    out += "*Tie data\n" + line(["from", "to", "strength"] + columns.ties)
    for tie in map.ties {
      let fields = [tie.source.rawValue, tie.target.rawValue, NumberFormatting.exact(tie.weight)]
      out += line(fields + columns.ties.map { tie.attributes[$0] ?? "" })
    }
    return out
  }

  static func line(_ fields: [String]) -> String {
    fields.map { "\"" + String($0.map { $0 == "\"" ? "'" : $0.isNewline ? " " : $0 }) + "\"" }.joined(separator: " ")
      + "\n"
  }

  /// What of `map` a VNA file leaves out, one sentence each.
  static func losses(_ map: PartnershipMap) -> [String] {
    var losses: [String] = []
    if !map.metadata.isEmpty {
      losses.append(
        "VNA has no place for the map's metadata (\(map.metadata.entries.map(\.key).joined(separator: ", ")))")
    }
    let texts =
      map.actors.flatMap { [$0.id.rawValue, $0.label ?? ""] + $0.attributes.values }
      + map.ties.flatMap { $0.attributes.values }
    if texts.contains(where: { $0.contains { $0 == "\"" || $0.isNewline } }) {
      losses.append("VNA values cannot hold quotes or line breaks; they were replaced by ' and spaces")
    }
    return losses
  }
}
