import NetwerkkaartCore

/// What to load and how to prepare it, in one value: the source, its format, the tie filters,
/// whether the focal school is left out, and whether names become codes.
///
/// The steps run in this order, each on the result of the one before:
/// 1. read the source (``MapLoader/read(_:format:)``);
/// 2. keep the ties that pass every filter in ``tieFilters`` (the filters see the original values);
/// 3. with a ``pseudonymiser``, replace names by codes (``Pseudonymiser``);
/// 4. with ``withoutEgo``, leave out the focal school (the actor of type `school`) and its ties.
///
/// ```swift
/// var request = MapLoadRequest(source: .path("Examples/basisschool-de-linde"))
/// request.tieFilters = [try TieFilter(parsing: "motief=groei")]
/// request.withoutEgo = true
/// let prepared = try MapLoader.load(request)
/// prepared.name  // "Examples/basisschool-de-linde [ties: motief=groei] [without the ego]"
/// ```
///
/// Load many maps with one key through ``MapBatch``.
public struct MapLoadRequest: Sendable {
  /// Where the map is read from.
  public var source: MapSource
  /// The format; `nil` takes it from the path's extension, or sniffs bytes in memory.
  public var format: MapFormat?
  /// Only ties that pass every filter are kept; empty keeps every tie.
  public var tieFilters: [TieFilter]
  /// Whether the focal school (the actor of type `school`) and its ties are left out: the map
  /// without the ego. A map without such an actor then fails with
  /// ``MapLoadError/Reason-swift.enum/noFocalSchool``.
  public var withoutEgo: Bool
  /// Replaces names by codes as the map is loaded; `nil` keeps the names. The state after the
  /// map (its key extended) comes back in ``PreparedMap/pseudonymiser``.
  public var pseudonymiser: Pseudonymiser?

  /// A request; by default every tie, the ego kept, names kept.
  public init(
    source: MapSource, format: MapFormat? = nil, tieFilters: [TieFilter] = [], withoutEgo: Bool = false,
    pseudonymiser: Pseudonymiser? = nil
  ) {
    self.source = source
    self.format = format
    self.tieFilters = tieFilters
    self.withoutEgo = withoutEgo
    self.pseudonymiser = pseudonymiser
  }

  /// This request for another source, with the same settings.
  public func reading(_ source: MapSource) -> MapLoadRequest {
    var request = self
    request.source = source
    return request
  }

  /// `name` marked with the filters, as reports name a filtered map: `kaart [ties: motief=groei]`.
  func marked(_ name: String) -> String {
    tieFilters.isEmpty ? name : "\(name) [ties: \(tieFilters.map(\.description).joined(separator: ", "))]"
  }
}
