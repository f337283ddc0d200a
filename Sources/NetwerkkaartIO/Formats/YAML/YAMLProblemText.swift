/// The YAML parser's problems in Dutch.
///
/// Yams passes on libyaml's English sentences ("did not find expected key"); the common ones are
/// put in Dutch here, by their exact text. Any other stays as the parser wrote it, in quotes.
enum YAMLProblemText {
  static let dutchProblems: [String: String] = [
    "did not find expected key": "verwachtte hier een sleutel",
    "did not find expected node content": "verwachtte hier een waarde",
    "did not find expected '-' indicator": "verwachtte hier een '-' (een item van een lijst)",
    "did not find expected ',' or ']'": "verwachtte hier ',' of ']'",
    "did not find expected ',' or '}'": "verwachtte hier ',' of '}'",
    "could not find expected ':'": "verwachtte hier ':'",
    "mapping values are not allowed in this context": "hier mag geen 'sleutel: waarde' staan",
    "found character that cannot start any token": "een teken waarmee niets kan beginnen",
    "found unexpected end of stream": "het bestand houdt onverwacht op",
    "found unknown escape character": "een onbekend escapeteken (\\)",
    "found a tab character that violates indentation": "een tab in de inspringing (gebruik spaties)",
    "found a tab character where an indentation space is expected": "een tab in de inspringing (gebruik spaties)",
    "block sequence entries are not allowed in this context": "hier mag geen item van een lijst ('- ') staan",
    "found undefined alias": "een alias (*naam) zonder anker",
    "found unexpected document indicator": "een onverwachte documentgrens (--- of ...)",
  ]

  /// `problem` in Dutch, or as the parser wrote it, in quotes, when it is not listed.
  static func dutch(_ problem: String) -> String { dutchProblems[problem] ?? "\"\(problem)\"" }
}
