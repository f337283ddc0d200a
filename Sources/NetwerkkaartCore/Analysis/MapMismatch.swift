import Foundation

/// A map combined with a network, analysis or table that was built from another map.
///
/// Every API that takes a map together with something computed from a map (a ``Network``, a
/// ``NetworkAnalysis``, a ``MetricsTable``) checks that both list the same actor ids in the same
/// order, and throws this error instead of reading the wrong actor's values or trapping.
public struct MapMismatch: Error, Sendable, Hashable {
  /// What was combined with the map.
  public enum Part: String, Sendable, Hashable {
    /// A ``Network`` (built with ``Network/init(_:directed:weighted:)`` from another map).
    case network
    /// A ``NetworkAnalysis``.
    case analysis
    /// A ``MetricsTable``.
    case metricsTable = "metrics table"
  }

  /// What did not belong to the map.
  public let part: Part
  /// Number of actors of the map.
  public let mapActors: Int
  /// Number of actors of the network, analysis or table.
  public let otherActors: Int
  /// The first position where the ids differ, with both ids; `nil` when only the counts differ.
  public let firstDifference: Difference?

  /// Two ids at the same position.
  public struct Difference: Sendable, Hashable {
    /// The position, from 0, in both lists of actor ids.
    public let index: Int
    /// The id at ``index`` on the map.
    public let mapID: ActorID
    /// The id at ``index`` in the network, analysis or table.
    public let otherID: ActorID
  }

  /// Compares the ids of a map with those of a network, analysis or table; `nil` when they agree.
  static func between(map: [ActorID], other: [ActorID], part: Part) -> MapMismatch? {
    guard map != other else { return nil }
    let index = zip(map, other).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    return MapMismatch(
      part: part, mapActors: map.count, otherActors: other.count,
      firstDifference: index.map { Difference(index: $0, mapID: map[$0], otherID: other[$0]) })
  }
}

extension MapMismatch: LocalizedError {
  public var errorDescription: String? {
    var text = "the \(part.rawValue) was built from another map"
    if let difference = firstDifference {
      text +=
        ": actor \(difference.index + 1) is \"\(difference.mapID)\" on the map but \"\(difference.otherID)\" in the \(part.rawValue)"
    } else {
      text += ": the map has \(mapActors) actors, the \(part.rawValue) \(otherActors)"
    }
    return text + "; build the \(part.rawValue) from this map"
  }
}
