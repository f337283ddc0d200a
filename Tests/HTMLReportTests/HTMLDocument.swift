import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The report parsed with an XML parser (which also proves that every text was escaped and
/// every element closed), reduced to its elements: name, attributes, own text, and the index of
/// the enclosing element.
struct HTMLDocument {
  struct Element {
    var name: String
    var attributes: [String: String]
    var text = ""
    var parent: Int?

    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
  }

  let elements: [Element]

  init(_ html: String) throws {
    let delegate = Collector()
    let parser = XMLParser(data: Data(html.utf8))
    parser.delegate = delegate
    parser.shouldResolveExternalEntities = false
    try #require(parser.parse(), "the report is not well-formed: \(String(describing: parser.parserError))")
    elements = delegate.elements
  }

  func all(_ name: String, class className: String? = nil) -> [Int] {
    elements.indices.filter { index in
      elements[index].name == name && (className.map { elements[index].classes.contains($0) } ?? true)
    }
  }

  /// Whether `index` lies inside `ancestor`.
  func isInside(_ index: Int, _ ancestor: Int) -> Bool {
    var current = elements[index].parent
    while let parent = current {
      if parent == ancestor { return true }
      current = elements[parent].parent
    }
    return false
  }

  /// The text of the element and everything inside it.
  func fullText(_ index: Int) -> String {
    var text = elements[index].text
    for child in elements.indices where elements[child].parent == index { text += fullText(child) }
    return text
  }

  private final class Collector: NSObject, XMLParserDelegate {
    var elements: [Element] = []
    private var stack: [Int] = []

    func parser(
      _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      elements.append(Element(name: element, attributes: attributes, parent: stack.last))
      stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
      stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if let last = stack.last { elements[last].text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
      if let last = stack.last { elements[last].text += String(decoding: block, as: UTF8.self) }
    }
  }
}
