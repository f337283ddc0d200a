import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An SVG file parsed with an XML parser (so the test also proves it is well-formed), reduced
/// to its `<g>` groups: id, classes, title and texts.
public struct SVGDocument: Sendable {
  public struct Group: Sendable {
    public var id: String
    public var classes: [String]
    public var title = ""
    public var texts: [String] = []
    /// A tie's `data-source` and `data-target`: the ids of the actor groups it joins.
    public var source: String?
    public var target: String?
  }

  /// The SVG did not parse as XML.
  public struct NotWellFormed: Error, CustomStringConvertible {
    public let description: String
  }

  public let groups: [Group]
  /// Every `<text>` of the document.
  public let texts: [String]

  public init(_ svg: String) throws {
    let delegate = Collector()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = delegate
    parser.shouldResolveExternalEntities = false
    guard parser.parse() else {
      throw NotWellFormed(description: "SVG is not well-formed XML: \(String(describing: parser.parserError))")
    }
    groups = delegate.groups
    texts = delegate.allTexts
  }

  private final class Collector: NSObject, XMLParserDelegate {
    var groups: [Group] = []
    var allTexts: [String] = []
    private var stack: [Int?] = []
    private var text: String?
    private var inTitle = false

    func parser(
      _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      switch element {
      case "g":
        if let id = attributes["id"], let classes = attributes["class"] {
          groups.append(
            Group(
              id: id, classes: classes.split(separator: " ").map(String.init), source: attributes["data-source"],
              target: attributes["data-target"]))
          stack.append(groups.count - 1)
        } else {
          stack.append(nil)
        }
      case "title", "text":
        text = ""
        inTitle = element == "title"
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
      switch element {
      case "g": stack.removeLast()
      case "title", "text":
        let value = text ?? ""
        text = nil
        let owner = stack.last(where: { $0 != nil }) ?? nil
        if inTitle {
          if let owner, groups[owner].title.isEmpty { groups[owner].title = value }
        } else {
          allTexts.append(value)
          if let owner { groups[owner].texts.append(value) }
        }
      default: break
      }
    }
  }
}
