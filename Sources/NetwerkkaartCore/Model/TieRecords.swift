/// The tie records of a map, stored as columns: each ``TieRecord`` is made when it is read.
///
/// A large map has many records and most of them alike: the same few thousand actor ids, weight
/// 1, no attributes, the same file. An array of ``TieRecord`` values (64 bytes each) kept all of
/// that once per record; these columns keep per record only what differs:
///
/// - the two ends as 32-bit positions in a table of the distinct ids, each id stored once;
/// - the line the record was read from (32 bits), the file and column once for all records;
/// - a weight, an attribute list or another kind of origin only from the first record that
///   needs one (until then every weight is 1, and no record has attributes).
///
/// An edge list of 100,000 ties thus takes 12 bytes per record beside its id table, where the
/// array took 64 (Docs/Performance.md, "Loading"). Reading a record gives back exactly what was
/// appended, id spellings included (ids are told apart by their bytes here, so `Café` written
/// in two Unicode forms stays two spellings).
///
/// It is a random-access collection of ``TieRecord``: index it, loop over it, `map` and
/// `filter` it as an array; readers fill it with ``append(_:)``; a record can be replaced
/// through the subscript.
///
/// ```swift
/// var ties: TieRecords = [TieRecord(source: "school", target: "clb", weight: 3)]
/// ties.append(TieRecord(source: "clb", target: "school"))
/// ties[1].weight        // 1
/// ties.map(\.source)    // ["school", "clb"]
/// ```
///
/// - Complexity: reading a record is O(1); appending is O(1) amortised, except that the first
///   record with a weight other than 1, with attributes or with an origin in another file or
///   column fills that column for the records before it, once.
public struct TieRecords: RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral, Sendable {
  /// The distinct ids the records name, in order of first use: the ends point into it.
  private var ids: [ActorID] = []
  /// The position of each id in ``ids``, by its exact bytes; rebuilt when needed after
  /// ``droppingIDIndex()``.
  private var idPositions: [ExactID: UInt32] = [:]
  /// Each record's source, target: positions in ``ids``.
  private var sources: [UInt32] = []
  private var targets: [UInt32] = []
  /// Each record's weight; empty while every weight is 1.
  private var weights: [Double] = []
  /// Each record's attributes (`nil` for none); empty while no record has any.
  private var attributes: [TieRecord.Attributes?] = []
  /// The origin shared by the records, its line left out: the first origin with a line.
  private var place: SourceLocation?
  /// Each record's line in ``place``; ``otherOrigin`` for a record whose origin is another,
  /// ``noOrigin`` for a record without one (made in code).
  private var lines: [Int32] = []
  /// Each record's origin when it is not ``place`` at a line (`nil` for a record that is, or
  /// that has no origin); empty while every record is one of those.
  private var otherOrigins: [SourceLocation?] = []
  /// The line of a record whose origin is in ``otherOrigins``. A location's line is at least
  /// −`Int32.max`, so it is never this.
  private static let otherOrigin = Int32.min
  /// The line of a record without an origin, so that such records need no ``otherOrigins``
  /// column. A record whose origin has this line (−`Int32.max`, a clamped negative line) is kept
  /// in ``otherOrigins``.
  private static let noOrigin = -Int32.max

  /// No records.
  public init() {}

  /// The records `elements`, in order.
  public init(_ elements: some Sequence<TieRecord>) {
    reserveCapacity(elements.underestimatedCount)
    for tie in elements { append(tie) }
  }

  /// The records of the literal: `let ties: TieRecords = [TieRecord(source: "a", target: "b")]`.
  public init(arrayLiteral elements: TieRecord...) { self.init(elements) }

  /// The first record's position, 0.
  public var startIndex: Int { 0 }
  /// One past the last record's position: the number of records.
  public var endIndex: Int { sources.count }

  /// The record at `position` (`0 ..< count`), made from the columns; setting it replaces the
  /// record.
  public subscript(position: Int) -> TieRecord {
    get {
      TieRecord(
        source: ids[Int(sources[position])], target: ids[Int(targets[position])],
        weight: weights.isEmpty ? 1 : weights[position],
        storedAttributes: attributes.isEmpty ? nil : attributes[position], origin: origin(at: position))
    }
    set {
      sources[position] = idPosition(of: newValue.source)
      targets[position] = idPosition(of: newValue.target)
      setWeight(newValue.weight, at: position)
      setAttributes(newValue.storedAttributes, at: position)
      setOrigin(newValue.origin, at: position)
    }
  }

  /// Appends `tie` as the last record.
  public mutating func append(_ tie: TieRecord) {
    sources.append(idPosition(of: tie.source))
    targets.append(idPosition(of: tie.target))
    lines.append(Self.otherOrigin)
    if !weights.isEmpty { weights.append(1) }
    if !attributes.isEmpty { attributes.append(nil) }
    if !otherOrigins.isEmpty { otherOrigins.append(nil) }
    let position = sources.count - 1
    setWeight(tie.weight, at: position)
    setAttributes(tie.storedAttributes, at: position)
    setOrigin(tie.origin, at: position)
  }

  /// Appends the records `ties`, in order.
  public mutating func append(contentsOf ties: some Sequence<TieRecord>) {
    for tie in ties { append(tie) }
  }

  /// Makes room for `capacity` records in the columns every record uses.
  public mutating func reserveCapacity(_ capacity: Int) {
    sources.reserveCapacity(capacity)
    targets.reserveCapacity(capacity)
    lines.reserveCapacity(capacity)
  }

  /// The bytes the per-record columns take (their capacity), beside the table of distinct ids:
  /// 12 per record for an unweighted list without attributes read from one file or made in code.
  package var recordBytes: Int {
    sources.capacity * 4 + targets.capacity * 4 + lines.capacity * 4 + weights.capacity * 8
      + attributes.capacity * MemoryLayout<TieRecord.Attributes?>.stride
      + otherOrigins.capacity * MemoryLayout<SourceLocation?>.stride
  }

  /// The number of distinct ids (by their bytes) the records name: each is stored once.
  package var distinctIDCount: Int { ids.count }

  /// The records without the index that appending looks ids up in (about 32 bytes per distinct
  /// id): what a map keeps, since it has an index of its own. Appending later rebuilds it.
  package func droppingIDIndex() -> TieRecords {
    var copy = self
    copy.idPositions = [:]
    return copy
  }

  /// The position of `id` in ``ids``, added when new.
  private mutating func idPosition(of id: ActorID) -> UInt32 {
    if idPositions.count != ids.count {
      idPositions = Dictionary(
        ids.enumerated().map { (ExactID(text: $1.rawValue), UInt32($0)) }, uniquingKeysWith: { first, _ in first })
    }
    let key = ExactID(text: id.rawValue)
    if let position = idPositions[key] { return position }
    let position = UInt32(ids.count)
    ids.append(id)
    idPositions[key] = position
    return position
  }

  private mutating func setWeight(_ weight: Double, at position: Int) {
    if weights.isEmpty {
      guard weight != 1 else { return }
      weights = [Double](repeating: 1, count: sources.count)
      weights.reserveCapacity(sources.capacity)
    }
    weights[position] = weight
  }

  private mutating func setAttributes(_ box: TieRecord.Attributes?, at position: Int) {
    if attributes.isEmpty {
      guard box != nil else { return }
      attributes = [TieRecord.Attributes?](repeating: nil, count: sources.count)
      attributes.reserveCapacity(sources.capacity)
    }
    attributes[position] = box
  }

  private mutating func setOrigin(_ origin: SourceLocation?, at position: Int) {
    if place == nil, var first = origin, first.line != nil {
      first.line = nil
      place = first
    }
    guard let origin else {
      lines[position] = Self.noOrigin
      if !otherOrigins.isEmpty { otherOrigins[position] = nil }
      return
    }
    if let line = origin.line, let place, Self.isAtLine(origin, of: place), Int32(clamping: line) > Self.noOrigin {
      lines[position] = Int32(clamping: line)
      if !otherOrigins.isEmpty { otherOrigins[position] = nil }
      return
    }
    lines[position] = Self.otherOrigin
    if otherOrigins.isEmpty {
      otherOrigins = [SourceLocation?](repeating: nil, count: sources.count)
      otherOrigins.reserveCapacity(sources.capacity)
    }
    otherOrigins[position] = origin
  }

  /// Whether `origin` is `place` (which has no line) at some line.
  private static func isAtLine(_ origin: SourceLocation, of place: SourceLocation) -> Bool {
    var lineless = origin
    lineless.line = nil
    return lineless == place
  }

  private func origin(at position: Int) -> SourceLocation? {
    let line = lines[position]
    if line == Self.noOrigin { return nil }
    guard line != Self.otherOrigin, var origin = place else { return otherOrigins[position] }
    origin.line = Int(line)
    return origin
  }

  /// An id told apart from others by its exact bytes, not by canonical equivalence as
  /// `String` (and ``ActorID``) compare, so that every spelling is kept as written.
  private struct ExactID: Hashable, Sendable {
    let text: String
    static func == (lhs: ExactID, rhs: ExactID) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }
    func hash(into hasher: inout Hasher) {
      for byte in text.utf8 { hasher.combine(byte) }
    }
  }
}

/// Two record lists are equal when they hold equal records in the same order, however they
/// are stored.
extension TieRecords: Hashable {
  /// Whether both hold equal records in the same order.
  public static func == (lhs: TieRecords, rhs: TieRecords) -> Bool { lhs.elementsEqual(rhs) }

  /// Hashes the number of records and each record.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for tie in self { hasher.combine(tie) }
  }
}

/// The records encode as an array of ``TieRecord``, as when a map kept them in one.
extension TieRecords: Codable {
  /// Decodes an array of tie records.
  public init(from decoder: any Decoder) throws {
    self.init(try [TieRecord](from: decoder))
  }

  /// Encodes the records as an array.
  public func encode(to encoder: any Encoder) throws {
    try Array(self).encode(to: encoder)
  }
}
