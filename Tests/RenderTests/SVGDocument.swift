import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An SVG file parsed with an XML parser (so the test also proves it is well-formed), reduced
/// to its `<g>` groups: id, classes, title and texts.
struct SVGDocument {
  struct Group {
    var id: String
    var classes: [String]
    var title = ""
    var texts: [String] = []
    /// A tie's `data-source` and `data-target`: the ids of the actor groups it joins.
    var source: String?
    var target: String?
  }

  let groups: [Group]
  /// Every `<text>` of the document.
  let texts: [String]

  init(_ svg: String) throws {
    let delegate = Collector()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = delegate
    parser.shouldResolveExternalEntities = false
    try #require(parser.parse(), "SVG is not well-formed XML: \(String(describing: parser.parserError))")
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
