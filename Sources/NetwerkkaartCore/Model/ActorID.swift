/// The identifier of an actor on a netwerkkaart, exactly as typed in the `id` column.
///
/// Ids are case-sensitive (`CLB` and `clb` are two actors); readers trim surrounding
/// spaces before they make one.
///
/// It encodes as its raw string (`"clb"`).
public struct ActorID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral, Codable
{
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  public var description: String { rawValue }

  public static func < (lhs: ActorID, rhs: ActorID) -> Bool { lhs.rawValue < rhs.rawValue }
}
