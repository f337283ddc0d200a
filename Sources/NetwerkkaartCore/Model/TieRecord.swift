import OrderedCollections

/// One tie of a netwerkkaart as recorded: a relation between two actors with its strength
/// and whatever the research asks about it (frequency, form, motive...).
///
/// Records are kept as given. When several records connect the same pair they stay separate
/// here (they may be layers of a multiplex map); ``Network`` merges them for analysis.
public struct TieRecord: Hashable, Sendable, Codable {
  /// The actor the tie starts from (on an undirected map, one of its two ends).
  public var source: ActorID
  /// The actor the tie goes to (on an undirected map, the other end).
  public var target: ActorID
  /// Tie strength, a positive finite number; 1 when the file leaves it empty.
  public var weight: Double
  /// Every other column of the tie, in file order, values exactly as typed.
  public var attributes: OrderedDictionary<String, String> {
    get { storedAttributes?.values ?? [:] }
    set { storedAttributes = newValue.isEmpty ? nil : Attributes(newValue) }
  }
  /// Where the tie was read from, for diagnostics; `nil` when built in code.
  public var origin: SourceLocation?

  /// The attributes, or `nil` for none: most ties of a large map have none, and a reference
  /// takes 8 bytes of the record where an empty dictionary takes 24 (a record is 64 bytes;
  /// Docs/Performance.md, "Loading"). ``TieRecords`` keeps the box as it is.
  private(set) var storedAttributes: Attributes?

  /// A tie's attributes, never changed once made (a change makes a new box).
  final class Attributes: Sendable {
    let values: OrderedDictionary<String, String>
    init(_ values: OrderedDictionary<String, String>) { self.values = values }
  }

  /// The tie strengths a map may hold: from 10⁻⁹ to 10⁹, both included.
  ///
  /// Partnership maps weigh ties 1 to 5; the range is far wider, and bounded so that what a
  /// map holds every command can process: weights summed over merged ties, distances taken
  /// as 1/weight and summed over paths, and the numbers of a drawing all stay finite and
  /// exact to well below a thousandth. ``PartnershipMap/init(actors:ties:metadata:)-(_,[TieRecord],_)`` refuses
  /// a weight outside it.
  public static let weightRange: ClosedRange<Double> = 1e-9...1e9

  /// A tie record between `source` and `target`; weight 1 unless given.
  public init(
    source: ActorID, target: ActorID, weight: Double = 1,
    attributes: OrderedDictionary<String, String> = [:], origin: SourceLocation? = nil
  ) {
    self.source = source
    self.target = target
    self.weight = weight
    self.storedAttributes = attributes.isEmpty ? nil : Attributes(attributes)
    self.origin = origin
  }

  /// A record with its attributes already boxed, as ``TieRecords`` keeps them.
  init(
    source: ActorID, target: ActorID, weight: Double, storedAttributes: Attributes?, origin: SourceLocation?
  ) {
    self.source = source
    self.target = target
    self.weight = weight
    self.storedAttributes = storedAttributes
    self.origin = origin
  }

  /// Records are equal when their ends, weights, attributes and origins are.
  public static func == (lhs: TieRecord, rhs: TieRecord) -> Bool {
    lhs.source == rhs.source && lhs.target == rhs.target && lhs.weight == rhs.weight
      && lhs.attributes == rhs.attributes && lhs.origin == rhs.origin
  }

  /// Hashes the ends, weight, attributes and origin.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(source)
    hasher.combine(target)
    hasher.combine(weight)
    hasher.combine(attributes)
    hasher.combine(origin)
  }

  /// The record as it is encoded: its five fields under their names, as when they were all
  /// stored.
  private struct Coded: Codable {
    var source: ActorID
    var target: ActorID
    var weight: Double
    var attributes: OrderedDictionary<String, String>
    var origin: SourceLocation?
  }

  /// Decodes `source`, `target`, `weight`, `attributes` and the optional `origin`.
  public init(from decoder: any Decoder) throws {
    let coded = try Coded(from: decoder)
    self.init(
      source: coded.source, target: coded.target, weight: coded.weight, attributes: coded.attributes,
      origin: coded.origin)
  }

  /// Encodes `source`, `target`, `weight`, `attributes`, and `origin` when present.
  public func encode(to encoder: any Encoder) throws {
    try Coded(source: source, target: target, weight: weight, attributes: attributes, origin: origin)
      .encode(to: encoder)
  }
}
