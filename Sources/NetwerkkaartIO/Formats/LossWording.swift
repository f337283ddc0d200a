import NetwerkkaartCore

/// What the writers say, in English and Dutch, about what a format cannot hold: the sentences
/// several formats share, written once.
enum LossWording {
  /// `the labels, roles, types and attributes of 3 actors are not written`.
  static func actorDetails(_ count: Int) -> Wording {
    Wording(
      "the labels, roles, types and attributes of \(count) actors are not written",
      dutch: "de labels, rollen, types en attributen van \(count) actoren worden niet geschreven")
  }

  /// `VNA has no place for the map's metadata (school, date)`.
  static func noPlaceForMetadata(in format: Wording, keys: [String]) -> Wording {
    let list = keys.joined(separator: ", ")
    return format
      + Wording(
        " has no place for the map's metadata (\(list))",
        dutch: " heeft geen plaats voor de metadata van de kaart (\(list))")
  }

  /// How to keep the direction of a map that a format cannot mark as directed.
  static let keepDirection = Wording(
    "keep the direction in graphml, gexf or net", dutch: "bewaar de richting in graphml, gexf of net")

  /// `VNA values cannot hold quotes or line breaks; they were replaced by ' and spaces`.
  static func quotesReplaced(in what: Wording) -> Wording {
    what
      + Wording(
        " cannot hold quotes or line breaks; they were replaced by ' and spaces",
        dutch: " kunnen geen aanhalingstekens of regeleinden bevatten; die zijn vervangen door ' en spaties")
  }
}
