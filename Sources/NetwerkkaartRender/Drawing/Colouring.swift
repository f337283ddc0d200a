import NetwerkkaartCore

/// Node colours for `--color-by`: by role (the default, `nil`), by `type`, or by any free actor
/// attribute, categories in order of first appearance.
struct Colouring {
  /// The attribute coloured by; `nil` for roles.
  let attribute: String?
  /// Category values and their colours, in legend order.
  let categories: [(value: String, colour: String)]
  private let colourOfValue: [String: String]

  static let emptyValue = "–"

  init(map: PartnershipMap, attribute: String?) throws(DrawingError) {
    guard let attribute, !CodebookField.role.isNamed(attribute) else {
      self.attribute = nil
      categories = []
      colourOfValue = [:]
      return
    }
    let isType = CodebookField.actorType.isNamed(attribute)
    let names = Set(map.actors.flatMap { $0.attributes.keys })
    guard isType || names.contains(attribute) else {
      throw .unknownColorAttribute(attribute, choices: ["role", "type"] + names.sorted())
    }
    var categories: [(String, String)] = []
    var colours: [String: String] = [:]
    for actor in map.actors {
      let value = Self.value(of: actor, attribute: attribute, isType: isType) ?? Self.emptyValue
      guard colours[value] == nil else { continue }
      let colour =
        value == Self.emptyValue
        ? "#FFFFFF" : DrawingStyle.categories[colours.count % DrawingStyle.categories.count]
      colours[value] = colour
      categories.append((value, colour))
    }
    self.attribute = isType ? "type" : attribute
    self.categories = categories
    colourOfValue = colours
  }

  /// The fill colour of an actor, or `nil` when colouring by role.
  func colour(of actor: ActorRecord) -> String? {
    guard let attribute else { return nil }
    let value = Self.value(of: actor, attribute: attribute, isType: attribute == "type") ?? Self.emptyValue
    return colourOfValue[value]
  }

  private static func value(of actor: ActorRecord, attribute: String, isType: Bool) -> String? {
    isType ? actor.type : actor.attributes[attribute]
  }
}
