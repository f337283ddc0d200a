import Foundation
import NetwerkkaartCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A small event-driven XML reader over Foundation's `XMLParser` (libxml2): it calls back for
/// each start tag, end tag and run of text, with local names (namespace prefixes dropped), and
/// reports where a malformed document breaks.
struct XMLEvents {
  enum Event {
    case start(name: String, attributes: [String: String], line: Int, column: Int)
    case end(name: String)
    case text(String)
  }

  /// Where and why a document is not well-formed XML.
  struct Failure: Error {
    var reason: Wording
    var line: Int
    var column: Int
  }

  /// Parses `data`, handing every event to `handle`, in document order.
  static func parse(_ data: Data, _ handle: (Event) -> Void) -> Failure? {
    let bytes = Array(data)
    if let problem = XMLFailure.encodingProblem(bytes) {
      return Failure(reason: problem.message, line: problem.line, column: 0)
    }
    // From a stream, the parser takes the document in chunks: handed all of it at once,
    // libxml2 refuses a part past 10 MB ("huge input lookup", error 1) unless XML_PARSE_HUGE,
    // which Foundation does not expose; a workbook of 100 000 ties has such a part (issue 17).
    // `<?name?>` would crash the parser (XMLProcessingInstructions).
    let parser = XMLParser(stream: InputStream(data: Data(XMLProcessingInstructions.withData(bytes))))
    let collector = Collector(parser: parser)
    parser.delegate = collector
    parser.shouldProcessNamespaces = true
    let ok = parser.parse()
    for event in collector.events { handle(event) }
    guard ok else {
      let reason = parser.parserError.map { XMLFailure.describe($0) } ?? ReaderWording.unknownError
      return Failure(reason: reason, line: parser.lineNumber, column: parser.columnNumber)
    }
    return nil
  }

  private final class Collector: NSObject, XMLParserDelegate {
    weak var parser: XMLParser?
    var events: [Event] = []

    init(parser: XMLParser) { self.parser = parser }

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      // Attribute names keep their prefix (`r:id`); drop it so callers match `id` alike.
      var local: [String: String] = [:]
      for (key, value) in attributes { local[key.split(separator: ":").last.map(String.init) ?? key] = value }
      events.append(.start(name: name, attributes: local, line: parser.lineNumber, column: parser.columnNumber))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      events.append(.end(name: name))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      events.append(.text(string))
    }

    func parser(_ parser: XMLParser, foundCDATA data: Data) {
      events.append(.text(String(decoding: data, as: UTF8.self)))
    }
  }
}
