import NetwerkkaartCore
import OrderedCollections

/// The free attribute names of a map's actors and of its ties, each in order of first use:
/// the extra columns of a table, the keys of GraphML and GEXF.
struct AttributeColumns: Sendable {
  var actors: [String]
  var ties: [String]

  init(_ map: PartnershipMap) {
    var actorKeys = OrderedSet<String>()
    for actor in map.actors { actorKeys.append(contentsOf: actor.attributes.keys) }
    var tieKeys = OrderedSet<String>()
    for tie in map.ties { tieKeys.append(contentsOf: tie.attributes.keys) }
    actors = Array(actorKeys)
    ties = Array(tieKeys)
  }
}

/// The value type a typed format (GraphML, GEXF, node-link JSON) declares for an attribute:
/// the narrowest type that every value of the attribute reads back as exactly, so that
/// writing a value typed and reading it back as text gives the same text (`03` stays a string,
/// `2.50` too).
enum AttributeType: String, Sendable {
  case boolean
  case long
  case double
  case string

  /// The type of the attribute with these (non-empty) values.
  static func infer<S: Sequence>(_ values: S) -> AttributeType where S.Element == String {
    var candidates: Set<AttributeType> = [.boolean, .long, .double]
    var sawValue = false
    for value in values {
      sawValue = true
      if value != "true" && value != "false" { candidates.remove(.boolean) }
      if Int64(value).map({ String($0) }) != value { candidates.remove(.long) }
      if Double(value).map({ $0.isFinite ? "\($0)" : "" }) != value { candidates.remove(.double) }
      if candidates.isEmpty { return .string }
    }
    guard sawValue else { return .string }
    for type in [AttributeType.boolean, .long, .double] where candidates.contains(type) { return type }
    return .string
  }

  /// A weight as text: `3.0`, `2.5` (Swift's shortest round-trip form, as NetworkX writes it).
  static func weightText(_ weight: Double) -> String { "\(weight)" }
}

extension PartnershipMap {
  /// The values of actor attribute `key`, for typing.
  func actorValues(_ key: String) -> [String] { actors.compactMap { $0.attributes[key] } }
  /// The values of tie attribute `key`, for typing.
  func tieValues(_ key: String) -> [String] { ties.compactMap { $0.attributes[key] } }
}
