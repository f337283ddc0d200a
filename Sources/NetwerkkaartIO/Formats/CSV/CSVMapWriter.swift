import NetwerkkaartCore

/// Writes a map as CSV text: the actors table (`id,label,role,type` and every free attribute),
/// the ties table (`source,target,weight` and every free attribute) and the metadata table
/// (`key,value`), comma-delimited UTF-8 with a header row, as `MapLoader` reads them back.
enum CSVMapWriter {
  static func actorsTable(_ map: PartnershipMap) -> String {
    let extra = AttributeColumns(map).actorTable
    var out = CSVText.row(["id", "label", "role", "type"] + extra.map(\.name))
    for actor in map.actors {
      out += CSVText.row(
        [actor.id.rawValue, actor.label ?? "", actor.role?.rawValue ?? "", actor.type ?? ""]
          + extra.map { $0.value(in: actor.attributes) ?? "" })
    }
    return out
  }

  static func tiesTable(_ map: PartnershipMap) -> String {
    let extra = AttributeColumns(map).tieTable
    var out = CSVText.row(["source", "target", "weight"] + extra.map(\.name))
    for tie in map.ties {
      out += CSVText.row(
        [tie.source.rawValue, tie.target.rawValue, weightText(tie.weight)]
          + extra.map { $0.value(in: tie.attributes) ?? "" })
    }
    return out
  }

  static func metadataTable(_ metadata: MapMetadata) -> String {
    metadata.entries.reduce(CSVText.row(["key", "value"])) { $0 + CSVText.row([$1.key, $1.value]) }
  }

  /// `3` for whole numbers, else the shortest text that reads back as the same number.
  static func weightText(_ weight: Double) -> String { weight.plainText }
}
