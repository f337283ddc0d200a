import NetwerkkaartCore

/// What the XML parser's error numbers mean, in words for the person who fixes the file, in
/// English and Dutch.
///
/// Foundation's `XMLParser` reports libxml2's error numbers (`xmlParserErrors`, the same as
/// `XMLParser.ErrorCode`) and often no text; "XML parser error 76" tells nobody that a closing
/// tag does not match its opening tag. The common ones are named here; the rest fall back to a
/// plain sentence with the number.
enum XMLErrorText {
  static let reasons: [Int: Wording] = [
    1: Wording(
      "the XML parser stopped (a very large file or a very long text; split the map or export it again)",
      dutch:
        "de XML-parser is gestopt (een heel groot bestand of een heel lange tekst; splits de kaart of exporteer ze opnieuw)"
    ),
    2: Wording(
      "the file is too large for the memory available", dutch: "het bestand is te groot voor het beschikbare geheugen"),
    3: Wording("the file does not start as an XML document", dutch: "het bestand begint niet als een XML-document"),
    4: Wording("the document is empty", dutch: "het document is leeg"),
    5: Wording(
      "the document ends early (a tag is not closed)",
      dutch: "het document houdt te vroeg op (een tag is niet gesloten)"),
    6: Wording(
      "a character reference (&#x…;) is not a valid character",
      dutch: "een tekenverwijzing (&#x…;) is geen geldig teken"),
    7: Wording(
      "a character reference (&#…;) is not a valid character", dutch: "een tekenverwijzing (&#…;) is geen geldig teken"),
    8: Wording("a character reference is not a valid character", dutch: "een tekenverwijzing is geen geldig teken"),
    9: Wording(
      "a character that XML does not allow (a control character?)",
      dutch: "een teken dat XML niet toelaat (een stuurteken?)"),
    23: Wording(
      "an entity reference (&name;) misses its ';' (write & as &amp;)",
      dutch: "een entiteitsverwijzing (&naam;) mist haar ';' (schrijf & als &amp;)"),
    22: Wording(
      "a '&' that starts no entity (write & as &amp;)",
      dutch: "een '&' waarmee geen entiteit begint (schrijf & als &amp;)"),
    26: undeclaredEntity,
    27: undeclaredEntity,
    31: Wording(
      "the file declares an encoding the parser does not know; save it as UTF-8",
      dutch: "het bestand geeft een codering op die de parser niet kent; bewaar het als UTF-8"),
    32: Wording(
      "the file declares an encoding the parser does not support; save it as UTF-8",
      dutch: "het bestand geeft een codering op die de parser niet ondersteunt; bewaar het als UTF-8"),
    34: Wording("a quoted value is not closed", dutch: "een waarde tussen aanhalingstekens is niet gesloten"),
    38: Wording(
      "a '<' inside an attribute value (write it as &lt;)",
      dutch: "een '<' in de waarde van een attribuut (schrijf &lt;)"),
    39: Wording(
      "an attribute value does not start with a quote",
      dutch: "de waarde van een attribuut begint niet met een aanhalingsteken"),
    40: Wording("an attribute value is not closed", dutch: "de waarde van een attribuut is niet gesloten"),
    41: Wording("an attribute has no value", dutch: "een attribuut heeft geen waarde"),
    42: Wording("an attribute is given twice in one tag", dutch: "een attribuut staat twee keer in één tag"),
    45: Wording("a comment is not closed (-->)", dutch: "een commentaar is niet gesloten (-->)"),
    63: Wording("a CDATA section is not closed (]]>)", dutch: "een CDATA-sectie is niet gesloten (]]>)"),
    65: Wording("a space is missing", dutch: "er ontbreekt een spatie"),
    68: Wording(
      "a tag name is missing or starts with a character that is not allowed",
      dutch: "de naam van een tag ontbreekt of begint met een teken dat niet mag"),
    73: Wording("a tag is not closed with '>'", dutch: "een tag is niet gesloten met '>'"),
    76: Wording(
      "a closing tag does not match its opening tag", dutch: "een sluittag past niet bij zijn openingstag"),
    77: Wording("a tag is not finished", dutch: "een tag is niet af"),
    81: Wording(
      "the file is not in the encoding it declares; save it as UTF-8",
      dutch: "het bestand staat niet in de codering die het opgeeft; bewaar het als UTF-8"),
    85: Wording("the tags are not nested properly", dutch: "de tags zijn niet goed genest"),
    86: Wording(
      "there is text after the end of the document", dutch: "er staat tekst na het einde van het document"),
    89: Wording(
      "an entity refers to itself (an entity loop)", dutch: "een entiteit verwijst naar zichzelf (een entiteitslus)"),
    104: entityBomb,
    111: entityBomb,
  ]

  private static let undeclaredEntity = Wording(
    "an entity (&name;) that the document does not declare (write & as &amp;)",
    dutch: "een entiteit (&naam;) die het document niet declareert (schrijf & als &amp;)")

  private static let entityBomb = Wording(
    "the entities expand to too much text (an entity bomb?)",
    dutch: "de entiteiten groeien uit tot te veel tekst (een entiteitsbom?)")

  /// The reason for error number `code`.
  static func reason(code: Int) -> Wording {
    reasons[code]
      ?? Wording(
        "the XML is not well-formed (parser error \(code))", dutch: "de XML is niet welgevormd (parserfout \(code))")
  }
}
