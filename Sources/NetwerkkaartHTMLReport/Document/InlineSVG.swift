import Foundation

/// A drawing's SVG document made ready to sit inside the report's HTML.
///
/// HTML5 puts an inline `<svg>` in the SVG namespace by itself, so the XML declaration, the
/// doctype, comments and the namespace declarations (`xmlns`, `xmlns:xlink`) go, together with
/// the `xlink:` attributes that would need them (Graphviz repeats each tooltip as `xlink:title`;
/// the `<title>` elements keep it). What is left names no `http://` or `https://` address and
/// still parses as XML.
///
/// Every `id` gets `prefix` in front, and so do the references to ids (`data-source`,
/// `data-target`, `href="#…"`), so that several drawings in one page keep unique ids: the actor
/// `actor-clb` of the second map becomes `m2-actor-clb`.
///
/// Only tags are rewritten, attribute by attribute; text between tags (labels, tooltips) is
/// copied unchanged, whatever it says.
struct InlineSVG {
  let markup: String

  init(_ svg: String, prefix: String) {
    var out = ""
    out.reserveCapacity(svg.utf8.count)
    var rest = Substring(svg)
    var inside = false
    while let open = rest.firstIndex(of: "<") {
      if inside { out += rest[..<open] }
      rest = rest[open...]
      if rest.hasPrefix("<!--") {
        guard let close = rest.range(of: "-->") else { break }
        rest = rest[close.upperBound...]
        continue
      }
      guard let close = Self.tagEnd(rest) else { break }
      let tag = rest[...close]
      rest = rest[rest.index(after: close)...]
      if tag.hasPrefix("<?") || tag.hasPrefix("<!") { continue }
      if tag.hasPrefix("<svg") { inside = true }
      guard inside else { continue }
      out += Self.rewritten(tag, prefix: prefix)
      if tag.hasPrefix("</svg") { break }
    }
    markup = out
  }

  /// The `>` that ends the tag starting at `text`'s first character, skipping quoted values.
  private static func tagEnd(_ text: Substring) -> Substring.Index? {
    var quote: Character?
    for index in text.indices {
      let character = text[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == ">" {
        return index
      }
    }
    return nil
  }

  /// The tag without namespace attributes, its ids and id references prefixed.
  private static func rewritten(_ tag: Substring, prefix: String) -> String {
    guard !tag.hasPrefix("</") else { return String(tag) }
    var out = ""
    var rest = tag
    // The element name.
    let nameEnd = rest.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == ">" || $0 == "/" } ?? rest.endIndex
    out += rest[..<nameEnd]
    rest = rest[nameEnd...]
    while let equals = rest.range(of: "=") {
      let before = rest[..<equals.lowerBound]
      let name = before.trimmingCharacters(in: .whitespacesAndNewlines)
      let afterEquals = rest[equals.upperBound...]
      guard let quote = afterEquals.first, quote == "\"" || quote == "'",
        let close = afterEquals.dropFirst().firstIndex(of: quote)
      else { break }
      var value = String(afterEquals[afterEquals.index(after: afterEquals.startIndex)..<close])
      rest = afterEquals[afterEquals.index(after: close)...]
      if name == "xmlns" || name.hasPrefix("xmlns:") || name.hasPrefix("xlink:") { continue }
      if name == "id" || name == "data-source" || name == "data-target" {
        value = prefix + value
      } else if name == "href", value.hasPrefix("#") {
        value = "#" + prefix + value.dropFirst()
      }
      out += " \(name)=\(quote)\(value)\(quote)"
    }
    return out + rest.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
