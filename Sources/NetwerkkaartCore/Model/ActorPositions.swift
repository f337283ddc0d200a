/// Where actors sit in a rings drawing, by id: what `draw --save-positions` writes and
/// `draw --positions` keeps, so that the next wave of a school's map is drawn with every actor it
/// shares with the first wave in the same place.
///
/// Positions are in inches, the rings layout's own unit, with the focal actor at (0, 0) and `y`
/// growing upward (Graphviz's convention): an actor at (1.5, 0) sits 1.5 in right of the school,
/// one at (0, −2) 2 in below it. Besides the point, an entry may say which band (``Entry/ring``)
/// and which sector (``Entry/sector``, the actor's type) it sat in when it was saved; both are
/// for people reading the file, and for noticing an actor whose role changed since.
///
/// ```swift
/// var positions = ActorPositions()
/// positions.set(ActorID("clb"), x: 1.2, y: 0.4, ring: "kern", sector: "clb")
/// positions[ActorID("clb")]  // (x: 1.2, y: 0.4)
/// ```
///
/// The value is plain data: NetwerkkaartIO reads and writes it as a CSV file
/// (`PositionsFile`), NetwerkkaartRender checks it against a map and lays out around it
/// (`RingLayout`).
public struct ActorPositions: Sendable, Hashable {
  /// One actor's saved place.
  public struct Entry: Sendable, Hashable {
    /// The actor.
    public var id: ActorID
    /// Horizontal distance from the focal actor in inches, growing to the right.
    public var x: Double
    /// Vertical distance from the focal actor in inches, growing upward.
    public var y: Double
    /// The band the actor sat in: a role's raw value (`kern`, `verankering`, `omkadering`,
    /// `context`), ``ActorPositions/focusRing`` for the focal actor, the empty string for an
    /// actor without a role; `nil` when not known (a file without a `ring` column).
    public var ring: String?
    /// The actor's type (its sector) when saved, `nil` if it had none.
    public var sector: String?
    /// Where the entry was read (`pos.csv:7`), for messages; `nil` when made in code.
    public var location: SourceLocation?

    /// An entry for `id` at (`x`, `y`) inches.
    public init(
      id: ActorID, x: Double, y: Double, ring: String? = nil, sector: String? = nil, location: SourceLocation? = nil
    ) {
      self.id = id
      self.x = x
      self.y = y
      self.ring = ring
      self.sector = sector
      self.location = location
    }

    /// The distance from the focal actor, in inches.
    public var radius: Double { (x * x + y * y).squareRoot() }
  }

  /// The ``Entry/ring`` of the focal actor.
  public static let focusRing = "focus"

  /// The entries, in the order they were added (a file's order); one per id.
  public private(set) var entries: [Entry]
  private var indexByID: [ActorID: Int]

  /// Positions from `entries`; of entries with the same id, the first is kept.
  public init(_ entries: [Entry] = []) {
    self.entries = []
    self.indexByID = [:]
    for entry in entries where indexByID[entry.id] == nil {
      indexByID[entry.id] = self.entries.count
      self.entries.append(entry)
    }
  }

  /// The entry of `id`, if it has one.
  public func entry(for id: ActorID) -> Entry? { indexByID[id].map { entries[$0] } }

  /// The position (`x`, `y`) of `id` in inches, if it has one.
  public subscript(id: ActorID) -> (x: Double, y: Double)? {
    entry(for: id).map { ($0.x, $0.y) }
  }

  /// Sets the place of `id`, replacing the one it had (which keeps its place in ``entries``).
  public mutating func set(
    _ id: ActorID, x: Double, y: Double, ring: String? = nil, sector: String? = nil, location: SourceLocation? = nil
  ) {
    let entry = Entry(id: id, x: x, y: y, ring: ring, sector: sector, location: location)
    if let index = indexByID[id] {
      entries[index] = entry
    } else {
      indexByID[id] = entries.count
      entries.append(entry)
    }
  }

  /// These positions and, after them, those of `other` for ids these do not have: how the
  /// places of several waves are gathered into one file, the earlier wave winning.
  public func merging(_ other: ActorPositions) -> ActorPositions {
    ActorPositions(entries + other.entries)
  }

  /// The number of actors placed.
  public var count: Int { entries.count }

  /// Whether no actor is placed.
  public var isEmpty: Bool { entries.isEmpty }

  /// Two values are equal when they place the same ids at the same points with the same rings
  /// and sectors, in the same order; where they were read does not count.
  public static func == (lhs: ActorPositions, rhs: ActorPositions) -> Bool {
    lhs.entries.map(\.comparable) == rhs.entries.map(\.comparable)
  }

  /// Hashes what `==` compares.
  public func hash(into hasher: inout Hasher) {
    for entry in entries { hasher.combine(entry.comparable) }
  }
}

extension ActorPositions.Entry {
  fileprivate var comparable: ActorPositions.Entry {
    var copy = self
    copy.location = nil
    return copy
  }
}
