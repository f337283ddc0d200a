import NetwerkkaartCore

/// Many maps loaded the same way, as a study of several schools or waves needs: every map and
/// every diagnostic, in the order given, with one pseudonymisation key for all.
///
/// Every map is read, also after one fails, so that all problems come out in one run. Maps
/// that are pseudonymised share one ``Pseudonymiser``: each request's pseudonymiser is replaced
/// by the one the map before left (the first request's starts it), so a partner keeps its code
/// across schools and waves.
///
/// ```swift
/// let waves = MapBatch(
///   loading: [.path("golf1"), .path("golf2")], pseudonymiser: Pseudonymiser(keyFile: "sleutel.csv"))
/// guard let maps = waves.maps else { print(waves.diagnostics); return }
/// ```
public struct MapBatch: Sendable {
  /// Each request's outcome, in the order given.
  public let results: [Result<PreparedMap, MapLoadError>]
  /// The pseudonymiser after the last map (with every map's names in its key); `nil` when the
  /// maps keep their names.
  public let pseudonymiser: Pseudonymiser?

  /// Loads every request in order (see the type's description for the shared key).
  public init(loading requests: [MapLoadRequest]) {
    var pseudonymiser = requests.lazy.compactMap(\.pseudonymiser).first
    var results: [Result<PreparedMap, MapLoadError>] = []
    for var request in requests {
      if request.pseudonymiser != nil { request.pseudonymiser = pseudonymiser }
      do {
        let prepared = try MapLoader.load(request)
        pseudonymiser = prepared.pseudonymiser ?? pseudonymiser
        results.append(.success(prepared))
      } catch {
        pseudonymiser = error.pseudonymiser ?? pseudonymiser
        results.append(.failure(error))
      }
    }
    self.results = results
    self.pseudonymiser = pseudonymiser
  }

  /// Loads each of `sources` with the same settings, as ``MapLoadRequest`` describes them.
  public init(
    loading sources: [MapSource], format: MapFormat? = nil, tieFilters: [TieFilter] = [], withoutEgo: Bool = false,
    pseudonymiser: Pseudonymiser? = nil
  ) {
    self.init(
      loading: sources.map {
        MapLoadRequest(
          source: $0, format: format, tieFilters: tieFilters, withoutEgo: withoutEgo, pseudonymiser: pseudonymiser)
      })
  }

  /// Every map, when all could be loaded; `nil` when any failed.
  public var maps: [PreparedMap]? {
    var maps: [PreparedMap] = []
    for result in results {
      guard case .success(let map) = result else { return nil }
      maps.append(map)
    }
    return maps
  }

  /// The failures, in order.
  public var failures: [MapLoadError] {
    results.compactMap {
      guard case .failure(let error) = $0 else { return nil }
      return error
    }
  }

  /// Every diagnostic of every map, in order: warnings and notes of the maps that loaded, and
  /// the problems of those that did not.
  public var diagnostics: [Diagnostic] {
    results.flatMap { result in
      switch result {
      case .success(let map): map.diagnostics
      case .failure(let error): error.diagnostics
      }
    }
  }
}
