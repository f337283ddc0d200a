import OrderedCollections

/// What a netwerkkaart says about itself: which school, when the focus group met, who took part,
/// which measurement wave. Everything is optional and kept as typed.
///
/// In a CSV map folder the metadata is the optional `map.csv` (`key,value` rows); in YAML and
/// JSON it is the document's top-level keys; in a workbook the `map` (or `kaart`) sheet; in
/// GraphML the graph's `<data>`.
public struct MapMetadata: Hashable, Sendable, Codable {
  /// The focal school's name.
  public var school: String?
  /// Date of the focus group, as written; ISO 8601 (`2026-03-14`) is recommended.
  public var date: String?
  /// Who drew up the map, free text.
  public var focusGroup: String?
  /// Measurement wave (`1`, `2` …) when a school is mapped more than once.
  public var wave: String?
  /// Free notes.
  public var notes: String?
  /// Whether the ties have a direction (from source to target), when the file says so: GraphML's
  /// `edgedefault="directed"`, Pajek's `*Arcs`, an asymmetric UCINET matrix, or `directed: true`.
  /// `nil` when the file does not say; analyses then treat ties as undirected.
  public var directed: Bool?
  /// Every other key, in file order.
  public var extra: OrderedDictionary<String, String>

  /// Metadata with these entries; all optional.
  public init(
    school: String? = nil, date: String? = nil, focusGroup: String? = nil, wave: String? = nil,
    notes: String? = nil, directed: Bool? = nil, extra: OrderedDictionary<String, String> = [:]
  ) {
    self.school = school
    self.date = date
    self.focusGroup = focusGroup
    self.wave = wave
    self.notes = notes
    self.directed = directed
    self.extra = extra
  }

  /// The known keys with the Dutch aliases that are read too, in the order files list them.
  public static let knownKeys: [(key: String, aliases: [String])] = [
    ("school", []), ("date", ["datum"]), ("focus_group", ["focusgroep", "focus group"]),
    ("wave", ["golf", "meting"]), ("notes", ["notities", "opmerkingen"]), ("directed", ["gericht"]),
  ]

  /// Every entry as key-value text, known keys first under their English names, then ``extra``;
  /// `directed` as `true`/`false`. This is what every writer stores.
  public var entries: [(key: String, value: String)] {
    var list: [(String, String)] = []
    for (key, value) in [
      ("school", school), ("date", date), ("focus_group", focusGroup), ("wave", wave), ("notes", notes),
    ] {
      if let value { list.append((key, value)) }
    }
    if let directed { list.append(("directed", directed ? "true" : "false")) }
    return list + extra.map { ($0.key, $0.value) }
  }

  /// Whether nothing is recorded.
  public var isEmpty: Bool { entries.isEmpty }

  /// Sets the entry `key` (a known key or alias, any letter case, or a free key).
  ///
  /// - Returns: a problem to report when the value cannot be read (only `directed`, which must
  ///   be `true`/`false`, `ja`/`nee`, `yes`/`no` or `1`/`0`: ``CodebookValue/yes`` and
  ///   ``CodebookValue/no`` in any spelling), else `nil`.
  @discardableResult
  public mutating func set(_ key: String, to value: String) -> Wording? {
    let folded = key.trimmingASCIIWhitespace().lowercased()
    let canonical = Self.knownKeys.first { $0.key == folded || $0.aliases.contains(folded) }?.key
    switch canonical {
    case "school": school = value
    case "date": date = value
    case "focus_group": focusGroup = value
    case "wave": wave = value
    case "notes": notes = value
    case "directed":
      // The yes/no words of the codebook's `intern` field, read the same way.
      if CodebookValue.yes.matches(value) {
        directed = true
      } else if CodebookValue.no.matches(value) {
        directed = false
      } else if value.trimmingASCIIWhitespace().isEmpty {
        directed = nil
      } else {
        return Wording(
          "'directed' must be true or false (ja/nee), not \"\(value)\"",
          dutch: "'directed' moet true of false (ja/nee) zijn, niet \"\(value)\"")
      }
    default: extra[key] = value
    }
    return nil
  }
}
