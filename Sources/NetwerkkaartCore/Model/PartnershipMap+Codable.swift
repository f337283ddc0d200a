/// A map is a value: two maps are equal when their actors, tie records and metadata are, in the
/// same order (the index by id follows from the actors).
extension PartnershipMap: Hashable {
  /// Whether the two maps hold the same actors, ties and metadata, in the same order.
  public static func == (lhs: PartnershipMap, rhs: PartnershipMap) -> Bool {
    lhs.actors == rhs.actors && lhs.ties == rhs.ties && lhs.metadata == rhs.metadata
  }

  /// Hashes the actors, ties and metadata.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(actors)
    hasher.combine(ties)
    hasher.combine(metadata)
  }
}

/// A map encodes as its `actors`, `ties` and `metadata`; decoding checks it as
/// ``init(actors:ties:metadata:)-(_,[TieRecord],_)`` does, so that a decoded map is as valid as a loaded one.
///
/// ```swift
/// let data = try JSONEncoder().encode(map)
/// let copy = try JSONDecoder().decode(PartnershipMap.self, from: data)   // copy == map
/// ```
///
/// This is Swift's own encoding of the model (attributes keep their order), meant for caches and
/// for passing maps between processes; the documented file formats are written by
/// `NetwerkkaartIO`'s `MapWriter`.
extension PartnershipMap: Codable {
  private enum CodingKeys: String, CodingKey {
    case actors, ties, metadata
  }

  /// Decodes a map and checks it.
  ///
  /// - Throws: `DecodingError.dataCorrupted` with the ``MapError`` (every problem) as its
  ///   underlying error when the records do not form a valid map.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let actors = try container.decode([ActorRecord].self, forKey: .actors)
    let ties = try container.decode([TieRecord].self, forKey: .ties)
    let metadata = try container.decodeIfPresent(MapMetadata.self, forKey: .metadata) ?? MapMetadata()
    do {
      try self.init(actors: actors, ties: ties, metadata: metadata)
    } catch {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
    }
  }

  /// Encodes the actors, ties and metadata.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(actors, forKey: .actors)
    try container.encode(ties, forKey: .ties)
    try container.encode(metadata, forKey: .metadata)
  }
}
