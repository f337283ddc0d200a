/// The identifier of an actor on a netwerkkaart, exactly as typed in the `id` column.
///
/// Ids are case-sensitive (`CLB` and `clb` are two actors); readers trim surrounding
/// spaces before they make one.
///
/// It encodes as its raw string (`"clb"`).
public struct ActorID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral, Codable
{
  /// The id as typed.
  public let rawValue: String

  /// The id `rawValue`, exactly as given.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// The id `rawValue`, exactly as given.
  public init(_ rawValue: String) { self.rawValue = rawValue }
  /// The id written as a literal: `let id: ActorID = "clb"`.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The id as typed.
  public var description: String { rawValue }

  /// Orders ids by their text (code points), for stable listings.
  public static func < (lhs: ActorID, rhs: ActorID) -> Bool { lhs.rawValue < rhs.rawValue }
}
