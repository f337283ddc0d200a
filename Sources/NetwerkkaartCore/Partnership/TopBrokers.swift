/// The actors that most often stand between two others: the highest betweenness, the focal
/// school left out.
///
/// ```
/// brokers = the `count` actors v ≠ school with the largest C_B(v) > 0
/// ```
/// - Why betweenness: it counts the shortest paths between pairs of other actors that pass
///   through v (``Betweenness``), the classic measure of a broker or *brugfiguur* (Freeman 1977),
///   and its normalized form is comparable between maps of different size. Gould & Fernandez's
///   brokerage counts (``Brokerage``) need a grouping and count only two-step paths.
/// - Why without the school: a netwerkkaart is drawn around its school, which is tied to
///   nearly everyone and so almost always tops the list; leaving it out shows which partners or
///   team members link the others, the question a comparison of schools asks.
/// - Order: betweenness descending, equal values in the map's actor order. Actors with
///   betweenness 0 broker nothing and are not listed, so the list can be shorter than `count`
///   (empty for n < 3, a complete map, or a star around the school).
/// - Direction and weights: as the ``Betweenness`` given (ordered pairs when directed; distance
///   1/weight when weighted).
///
/// Example: the path school – a – b – c: a has 2 (pairs school–b, school–c), b has 2 (school–c,
/// a–c); the list is a, b (equal, actor order), c has 0 and is left out.
public struct TopBrokers: Sendable, Hashable {
  /// One listed actor.
  public struct Entry: Sendable, Hashable {
    /// The broker's actor id.
    public let id: ActorID
    /// The label, or the id without one.
    public let label: String
    /// Raw betweenness (``Betweenness/raw``).
    public let betweenness: Double
    /// Normalized betweenness (``Betweenness/normalized``).
    public let normalized: Double
  }

  /// The brokers, most central first.
  public let entries: [Entry]

  /// The `count` top brokers of `map` by `betweenness` (computed on the map's network), leaving
  /// out the actor at index `excluded`.
  public init(_ map: PartnershipMap, betweenness: Betweenness, excluding excluded: Int?, count: Int) {
    let candidates = map.actors.indices.filter { $0 != excluded && betweenness.raw[$0] > 0 }
    let ranked = candidates.sorted { a, b in
      betweenness.raw[a] != betweenness.raw[b] ? betweenness.raw[a] > betweenness.raw[b] : a < b
    }
    entries = ranked.prefix(max(count, 0)).map { index in
      Entry(
        id: map.actors[index].id, label: map.actors[index].displayName, betweenness: betweenness.raw[index],
        normalized: betweenness.normalized[index])
    }
  }
}
