/// What the XML parser's error numbers mean, in words for the person who fixes the file.
///
/// Foundation's `XMLParser` reports libxml2's error numbers (`xmlParserErrors`, the same as
/// `XMLParser.ErrorCode`) and often no text; "XML parser error 76" tells nobody that a closing
/// tag does not match its opening tag. The common ones are named here; the rest fall back to a
/// plain sentence with the number.
enum XMLErrorText {
  static let reasons: [Int: String] = [
    1: "the XML parser stopped (a very large file or a very long text; split the map or export it again)",
    2: "the file is too large for the memory available",
    3: "the file does not start as an XML document",
    4: "the document is empty",
    5: "the document ends early (a tag is not closed)",
    6: "a character reference (&#x…;) is not a valid character",
    7: "a character reference (&#…;) is not a valid character",
    8: "a character reference is not a valid character",
    9: "a character that XML does not allow (a control character?)",
    23: "an entity reference (&name;) misses its ';' (write & as &amp;)",
    22: "a '&' that starts no entity (write & as &amp;)",
    26: "an entity (&name;) that the document does not declare (write & as &amp;)",
    27: "an entity (&name;) that the document does not declare (write & as &amp;)",
    31: "the file declares an encoding the parser does not know; save it as UTF-8",
    32: "the file declares an encoding the parser does not support; save it as UTF-8",
    34: "a quoted value is not closed",
    38: "a '<' inside an attribute value (write it as &lt;)",
    39: "an attribute value does not start with a quote",
    40: "an attribute value is not closed",
    41: "an attribute has no value",
    42: "an attribute is given twice in one tag",
    45: "a comment is not closed (-->)",
    63: "a CDATA section is not closed (]]>)",
    65: "a space is missing",
    68: "a tag name is missing or starts with a character that is not allowed",
    73: "a tag is not closed with '>'",
    76: "a closing tag does not match its opening tag",
    77: "a tag is not finished",
    81: "the file is not in the encoding it declares; save it as UTF-8",
    85: "the tags are not nested properly",
    86: "there is text after the end of the document",
    89: "an entity refers to itself (an entity loop)",
    104: "the entities expand to too much text (an entity bomb?)",
    111: "the entities expand to too much text (an entity bomb?)",
  ]

  /// The reason for error number `code`.
  static func reason(code: Int) -> String {
    reasons[code] ?? "the XML is not well-formed (parser error \(code))"
  }
}
