import NetwerkkaartCore

/// A 128-bit digest of what a loaded map holds: its actors, ties and metadata, in order, without
/// where in the file each came from.
///
/// Most mutants of a seed load to a map the fuzzer has already seen (a mutation in white space,
/// in a comment, in a value the reader refuses and skips, or a mutation undone by another), and
/// everything after the reader (network, metrics, analysis, reports, drawing, round trip)
/// depends only on the map. So the fuzzer runs those stages once per distinct digest. The
/// digest is the same in every process (not Swift's `Hasher`, which is seeded per process), so a
/// run with a seed and `--executions` does the same work on any machine.
///
/// Each field is fed with its length first, so that two maps whose texts only join differently
/// (`"ab" "c"` and `"a" "bc"`) differ; the two 64-bit halves are FNV-1a and a second hash with
/// another multiplier and a rotation, so that a collision needs both to collide (about one in
/// 10^38 per pair of maps; a run of 10^6 maps has about 10^12 pairs).
struct MapDigest: Hashable {
  private(set) var low: UInt64 = 0xcbf2_9ce4_8422_2325
  private(set) var high: UInt64 = 0x9e37_79b9_7f4a_7c15

  init(_ map: PartnershipMap) {
    feed(UInt64(map.actors.count))
    for actor in map.actors {
      feed(actor.id.rawValue)
      feed(optional: actor.label)
      feed(optional: actor.role?.rawValue)
      feed(optional: actor.type)
      feed(Array(actor.attributes))
    }
    feed(UInt64(map.ties.count))
    for tie in map.ties {
      feed(tie.source.rawValue)
      feed(tie.target.rawValue)
      feed(tie.weight.bitPattern)
      feed(Array(tie.attributes))
    }
    feed(map.metadata.entries)
  }

  /// The digest of what the rings layout sees of `map`: each actor's role, type and the length
  /// of its name, and each tie's ends (by actor number) and weight, with `directed` and
  /// `weighted`. Two maps that differ only in the letters of names and in attributes have the
  /// same shape; the fuzzer lays out each shape in rings once (seconds for the larger seeds)
  /// and draws its other maps with the DOT layout, which writes every name into the DOT text.
  init(shapeOf map: PartnershipMap, directed: Bool, weighted: Bool) {
    feed(UInt8(directed ? 1 : 0))
    feed(UInt8(weighted ? 1 : 0))
    feed(optional: map.metadata.directed.map { $0 ? "yes" : "no" })
    feed(UInt64(map.actors.count))
    for actor in map.actors {
      feed(optional: actor.role?.rawValue)
      feed(optional: actor.type)
      feed(UInt64(actor.displayName.count))
    }
    feed(UInt64(map.ties.count))
    for tie in map.ties {
      feed(UInt64(bitPattern: Int64(map.indexByID[tie.source] ?? -1)))
      feed(UInt64(bitPattern: Int64(map.indexByID[tie.target] ?? -1)))
      feed(tie.weight.bitPattern)
    }
  }

  private mutating func feed(_ byte: UInt8) {
    low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    high = ((high ^ UInt64(byte)) &* 0xff51_afd7_ed55_8ccd)
    high = (high << 29) | (high >> 35)
  }

  private mutating func feed(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { feed(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
  }

  private mutating func feed(_ text: String) {
    feed(UInt64(text.utf8.count))
    for byte in text.utf8 { feed(byte) }
  }

  /// A field that may be missing: a marker byte, then the text; absent and empty differ.
  private mutating func feed(optional text: String?) {
    guard let text else { return feed(UInt8(0)) }
    feed(UInt8(1))
    feed(text)
  }

  private mutating func feed(_ pairs: [(key: String, value: String)]) {
    feed(UInt64(pairs.count))
    for (key, value) in pairs {
      feed(key)
      feed(value)
    }
  }
}
