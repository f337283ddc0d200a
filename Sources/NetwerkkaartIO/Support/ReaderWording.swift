import NetwerkkaartCore

/// What several readers say in the same words, in English and Dutch, written once.
enum ReaderWording {
  /// A file whose bytes are not UTF-8 (Pajek, UCINET DL, VNA, YAML, the XML formats).
  static let notUTF8 = Wording(
    "file is not UTF-8 text; save it as UTF-8", dutch: "bestand is geen UTF-8-tekst; bewaar het als UTF-8")

  /// A parser that failed without saying why.
  static let unknownError = Wording("unknown error", dutch: "onbekende fout")

  /// A GraphML or GEXF `<node>` without an id.
  static let nodeWithoutID = Wording(
    "<node> without an 'id'; give every node an id", dutch: "<node> zonder 'id'; geef elke node een id")

  /// A GraphML or GEXF `<edge>` without its ends.
  static let edgeWithoutEnds = Wording(
    "<edge> without 'source' and 'target'; every edge needs both",
    dutch: "<edge> zonder 'source' en 'target'; elke edge heeft beide nodig")

  /// Why a zero or negative tie strength is refused, after a semicolon.
  static let positiveStrengths = Wording(
    "netwerkkaart reads positive tie strengths", dutch: "netwerkkaart leest positieve sterktes")

  /// Why two-mode data is refused, after a semicolon.
  static let oneSetOfActors = Wording(
    "a netwerkkaart has one set of actors", dutch: "een netwerkkaart heeft één verzameling actoren")

  /// What a tie without both ends lacks, after a semicolon.
  static let tieNeedsEnds = Wording(
    "every tie needs a source and a target actor id",
    dutch: "elke relatie heeft de id van een actor als source en als target nodig")

  /// A part of a file that a netwerkkaart has no place for: `section '*Matrix' is not part of
  /// a netwerkkaart; left out`.
  static func leftOut(_ what: Wording) -> Wording {
    what
      + Wording(" is not part of a netwerkkaart; left out", dutch: " hoort niet bij een netwerkkaart; weggelaten")
  }
}
