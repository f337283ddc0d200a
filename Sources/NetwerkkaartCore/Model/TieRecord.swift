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
  public var attributes: OrderedDictionary<String, String>
  /// Where the tie was read from, for diagnostics; `nil` when built in code.
  public var origin: SourceLocation?

  /// The tie strengths a map may hold: from 10⁻⁹ to 10⁹, both included.
  ///
  /// Partnership maps weigh ties 1 to 5; the range is far wider, and bounded so that what a
  /// map holds every command can process: weights summed over merged ties, distances taken
  /// as 1/weight and summed over paths, and the numbers of a drawing all stay finite and
  /// exact to well below a thousandth. ``PartnershipMap/init(actors:ties:metadata:)`` refuses
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
    self.attributes = attributes
    self.origin = origin
  }
}
