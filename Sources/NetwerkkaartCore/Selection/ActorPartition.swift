/// A division of the actors into groups: by role, by type, inside or outside the school, or by
/// any actor attribute. Group-level measures (densities between groups, the E-I index,
/// brokerage roles) take one.
///
/// Actors without a value form the group `nil` (shown as "(none)"); it is a group like any
/// other, so that every actor belongs to exactly one group and no tie is left out.
public struct ActorPartition: Sendable, Hashable {
  /// The group names, in order of first appearance among the actors (roles in ring order).
  public let groups: [String?]
  /// The group of each actor, as an index into ``groups``.
  public let groupOfActor: [Int]

  /// Groups actors by their value; `values[i]` is actor i's value (`nil` or empty: no value).
  public init(values: [String?]) {
    var groups: [String?] = []
    var index: [String?: Int] = [:]
    var groupOfActor: [Int] = []
    groupOfActor.reserveCapacity(values.count)
    for value in values {
      let key: String? = (value?.isEmpty ?? true) ? nil : value
      if let known = index[key] {
        groupOfActor.append(known)
      } else {
        index[key] = groups.count
        groupOfActor.append(groups.count)
        groups.append(key)
      }
    }
    self.groups = groups
    self.groupOfActor = groupOfActor
  }

  private init(groups: [String?], groupOfActor: [Int]) {
    self.groups = groups
    self.groupOfActor = groupOfActor
  }

  /// What a partition is made from.
  public enum Basis: Sendable, Hashable, CustomStringConvertible {
    /// The positional role (kern, verankering, omkadering, context), in ring order.
    case role
    /// The actor type (`school`, `clb` …).
    case type
    /// Inside the school or not: the `intern` attribute (`ja`/`yes`/`true`/`1` inside,
    /// `nee`/`no`/`false`/`0` outside); when it is missing or unreadable, the type decides
    /// (`school` and `schoolteam` inside, any other type outside, no type unknown).
    case schoolBoundary
    /// Any free actor attribute.
    case attribute(String)

    public var description: String {
      switch self {
      case .role: "role"
      case .type: "type"
      case .schoolBoundary: "intern"
      case .attribute(let name): name
      }
    }

    /// Reads `role`/`rol`, `type`, `intern`, or an attribute name.
    public init(parsing text: String) {
      switch text.trimmingASCIIWhitespace().lowercased() {
      case "role", "rol": self = .role
      case "type": self = .type
      case "intern", "internal", "boundary", "grens": self = .schoolBoundary
      default: self = .attribute(text.trimmingASCIIWhitespace())
      }
    }
  }

  /// The partition of `map`'s actors on `basis`.
  public init(_ map: PartnershipMap, by basis: Basis) {
    switch basis {
    case .role:
      // Ring order, so that image matrices read from the centre outward.
      let order = ActorRole.allCases.map(\.rawValue)
      let values = map.actors.map { $0.role?.rawValue }
      let present = order.filter { role in values.contains(role) }
      var groups: [String?] = present
      if values.contains(where: { $0 == nil }) { groups.append(nil) }
      let index = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })
      self.init(groups: groups, groupOfActor: values.map { index[$0] ?? 0 })
    case .type:
      self.init(values: map.actors.map(\.type))
    case .schoolBoundary:
      self.init(values: map.actors.map { Self.boundary(of: $0) })
    case .attribute(let name):
      self.init(
        values: map.actors.map { actor in
          actor.attributes.first { $0.key.lowercased() == name.lowercased() }?.value.trimmingASCIIWhitespace()
        })
    }
  }

  /// The group of ``Basis/schoolBoundary`` that holds the school and its own team: `intern`.
  public static let insideGroup = "intern"
  /// The group of ``Basis/schoolBoundary`` that holds the external partners: `extern`.
  public static let outsideGroup = "extern"

  /// ``insideGroup`` when the actor belongs to the school, ``outsideGroup`` when not, `nil` when
  /// unknown.
  /// The `intern` column is read as the codebook reads it (its aliases, `ja`/`nee` in any spelling
  /// the codebook accepts), so that `validate`, pseudonymisation and the partition agree.
  static func boundary(of actor: ActorRecord) -> String? {
    switch actor.codebookValue(of: .insideSchool) {
    case .yes?: return insideGroup
    case .no?: return outsideGroup
    default:
      guard let type = actor.type else { return nil }
      let value = CodebookField.actorType.normalised(type)
      return value == .school || value == .schoolTeam ? insideGroup : outsideGroup
    }
  }

  /// Number of groups.
  public var count: Int { groups.count }

  /// Number of actors in each group.
  public var sizes: [Int] {
    var sizes = [Int](repeating: 0, count: groups.count)
    for group in groupOfActor { sizes[group] += 1 }
    return sizes
  }

  /// A group's name for reports: the value, or `(none)`.
  public func name(of group: Int) -> String { groups[group] ?? "(none)" }
}
