/// The language of everything Netwerkkaart writes for people: titles, legends, sentences.
///
/// Raw values are the ISO 639-1 codes used by the command line's `--lang`.
public enum Language: String, CaseIterable, Sendable, Codable, Hashable {
  /// Dutch, the language of the focus groups and the codebook.
  case nl
  /// English.
  case en

  /// A role as legends and reports name it: `kern` / `core`, `geen rol` / `no role`.
  public func name(of role: ActorRole?) -> String {
    switch (role, self) {
    case (nil, .nl): "geen rol"
    case (nil, .en): "no role"
    case (let role?, .nl): role.rawValue
    case (let role?, .en): role.englishName
    }
  }
}
