import NetwerkkaartCore

/// Actor ids without the spaces, tabs and line breaks around them, in every reader.
///
/// The table readers (CSV, xlsx) and YAML trim a cell or plain scalar, while the DL, Pajek and
/// VNA readers took a quoted label as written: `5 " bib "` was an actor `" bib "` that a CSV
/// folder wrote back as `bib`, and an id of spaces only came back empty (found by fuzzing,
/// issue 17). One rule therefore holds for every format, applied where the map is assembled:
/// an id is trimmed of ASCII whitespace at both ends (Unicode spaces such as U+00A0 are kept, as
/// the table readers keep them), and one that is empty after trimming is an error
/// (``PartnershipMap`` refuses empty ids). Ids that meet after trimming (`"bib"` and `"bib "`)
/// are one id twice, reported as a duplicate by the map.
enum IDTrimming {
  /// Trims the ids of `parts`' actors and tie ends in place; touches only records that change.
  static func trim(_ parts: inout MapParts) {
    if let actors = parts.actors {
      let positions = actors.indices.filter { needsTrimming(actors[$0].id) }
      if !positions.isEmpty {
        var trimmed = actors
        parts.actors = nil  // so that `trimmed` is the array's only owner
        for position in positions {
          trimmed[position].id = ActorID(trimmed[position].id.rawValue.trimmingASCIIWhitespace())
        }
        parts.actors = trimmed
      }
    }
    // Found first and rewritten after, so that a map whose ids are all clean is not copied.
    let positions = parts.ties.indices.filter {
      needsTrimming(parts.ties[$0].source) || needsTrimming(parts.ties[$0].target)
    }
    for position in positions {
      parts.ties[position].source = ActorID(parts.ties[position].source.rawValue.trimmingASCIIWhitespace())
      parts.ties[position].target = ActorID(parts.ties[position].target.rawValue.trimmingASCIIWhitespace())
    }
  }

  /// Whether `id` starts or ends with a space, tab or line break.
  static func needsTrimming(_ id: ActorID) -> Bool { id.rawValue.hasASCIIWhitespaceAround }
}
