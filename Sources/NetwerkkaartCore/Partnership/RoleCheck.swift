/// Points to discuss with the focus group: actors whose assigned role (kern, verankering,
/// omkadering, context) and structural position disagree. These are questions, not corrections:
/// a focus group may call a partner *kern* for its influence, which a map of ties cannot show.
///
/// The rules, stated as the report states them:
///
/// 1. **Kern at the edge.** A *kern* actor whose degree is below the median of all actors and
///    whose betweenness is not above the median: the literature places core actors where
///    relations cross, this one has fewer ties than half of the actors and brokers no more than
///    a typical actor (on a sparse map the median betweenness is often 0: a kern actor that
///    brokers nothing).
/// 2. **Broker outside the core.** An actor with another role, or none, whose betweenness is
///    above zero and among the highest quarter of all actors: it sits where relations cross, as
///    a core actor does.
/// 3. **Only bridge.** An actor with another role than *kern*, or none, through which alone the
///    focal actor reaches other actors (``CutActors``): everything beyond it depends on it.
///
/// Medians and quarters are taken over all actors of the map (ties counted, not weighted, for
/// degree; raw betweenness as computed for the map). The focal actor is never a point, by any
/// rule. Maps of fewer than 3 actors give no points.
///
/// Reference: the role definitions of Gehre (in Suijs, 1999); the measures are Freeman's (1979)
/// degree and betweenness and Hopcroft & Tarjan's (1973) articulation points.
public struct RoleCheck: Sendable {
  /// The three rules, with their Dutch keys as raw values (as in the JSON report).
  public enum Rule: String, Sendable, Hashable, CaseIterable {
    /// Rule 1, kern at the edge. Dutch: *kern aan de rand*.
    case coreAtTheEdge = "kern-aan-de-rand"
    /// Rule 2, broker outside the core. Dutch: *makelaar buiten de kern*.
    case brokerOutsideTheCore = "makelaar-buiten-de-kern"
    /// Rule 3, only bridge. Dutch: *enige brug*.
    case onlyBridge = "enige-brug"
  }

  /// One point to discuss.
  public struct Point: Sendable, Hashable {
    /// Index of the actor the point is about.
    public var actor: Int
    /// The rule that found it.
    public var rule: Rule
    /// The figures behind the point, for the report.
    public var degree: Int
    /// Raw betweenness of the actor (as computed for the map).
    public var betweenness: Double
    /// Actors reached only through this one (rule 3).
    public var separated: [Int]
  }

  /// The points in actor order, an actor with several rules once per rule; empty for maps of
  /// fewer than 3 actors.
  public let points: [Point]
  /// The medians and the top-quarter threshold used.
  public let medianDegree: Double
  /// The median raw betweenness of all actors (rule 1).
  public let medianBetweenness: Double
  /// The 75th percentile of raw betweenness (rule 2).
  public let topQuarterBetweenness: Double

  /// Checks every actor but `focus` against the three rules.
  ///
  /// - Parameters:
  ///   - roles: the recorded role of each actor, `nil` where none.
  ///   - degree: the ``Degree`` of the map's network.
  ///   - betweenness: its ``Betweenness``.
  ///   - cutActors: the actors that cut others off from the focal actor (rule 3); `nil` skips rule 3.
  ///   - focus: the focal actor's index, never a point; `nil` when the map has none.
  public init(
    roles: [ActorRole?], degree: Degree, betweenness: Betweenness, cutActors: CutActors?, focus: Int?
  ) {
    let n = roles.count
    let degrees = degree.degree.map(Double.init)
    medianDegree = Self.median(degrees)
    medianBetweenness = Self.median(betweenness.raw)
    topQuarterBetweenness = Self.quantile(betweenness.raw, 0.75)
    var points: [Point] = []
    guard n >= 3 else {
      self.points = []
      return
    }
    for actor in 0..<n where actor != focus {
      let isCore = roles[actor] == .core
      let point = { (rule: Rule, separated: [Int]) in
        Point(
          actor: actor, rule: rule, degree: degree.degree[actor], betweenness: betweenness.raw[actor],
          separated: separated)
      }
      if isCore && degrees[actor] < medianDegree && betweenness.raw[actor] <= medianBetweenness {
        points.append(point(.coreAtTheEdge, []))
      }
      if !isCore && betweenness.raw[actor] > 0 && betweenness.raw[actor] >= topQuarterBetweenness {
        points.append(point(.brokerOutsideTheCore, []))
      }
      if !isCore, let cutActors, cutActors.cutOff[actor] > 0 {
        points.append(point(.onlyBridge, cutActors.separated[actor]))
      }
    }
    self.points = points
  }

  static func median(_ values: [Double]) -> Double { quantile(values, 0.5) }

  /// The q-quantile by linear interpolation between order statistics (type 7 of Hyndman & Fan,
  /// 1996, the default of R and NumPy); 0 for no values.
  static func quantile(_ values: [Double], _ q: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let position = q * Double(sorted.count - 1)
    // trap-checked: q is in 0...1 and the count finite, so position is a valid index.
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    return sorted[lower] + (position - Double(lower)) * (sorted[upper] - sorted[lower])
  }
}
