import Foundation

/// Finishes Graphviz's SVG for people and for CSS/JavaScript.
///
/// - Each node's and edge's `<title>` holds its Graphviz name (`a3`, `a0--a3`); browsers show the
///   title on hover, so it gets the actor's label, role, type and metrics instead.
/// - Groups get classes: actors `node actor role-kern`, ring guides `ring` (so that the only
///   `node` groups are actors), ties `edge tie motive-taak`.
enum SVGFinishing {
  static func finish(_ svg: String, titles: [String: String], classes: [String: String]) -> String {
    var out = ""
    out.reserveCapacity(svg.utf8.count + titles.count * 64)
    var rest = svg[...]
    while let open = rest.range(of: "<g id=\""), let quote = rest[open.upperBound...].firstIndex(of: "\"") {
      let id = unescape(String(rest[open.upperBound..<quote]))
      out += rest[..<quote]
      rest = rest[quote...]
      if let replacement = classes[id], let classStart = rest.range(of: "class=\""),
        let classEnd = rest[classStart.upperBound...].firstIndex(of: "\""),
        !rest[..<classStart.lowerBound].contains(">")
      {
        out += rest[..<classStart.upperBound] + DOTText.xml(replacement)
        rest = rest[classEnd...]
      }
    }
    out += rest
    return replaceTitles(in: out, with: titles)
  }

  static func replaceTitles(in svg: String, with titles: [String: String]) -> String {
    var out = ""
    out.reserveCapacity(svg.utf8.count + titles.count * 64)
    var rest = svg[...]
    while let open = rest.range(of: "<title>"), let close = rest[open.upperBound...].range(of: "</title>") {
      out += rest[..<open.upperBound]
      let name = unescape(String(rest[open.upperBound..<close.lowerBound]))
      out += titles[name].map(DOTText.xml) ?? String(rest[open.upperBound..<close.lowerBound])
      out += "</title>"
      rest = rest[close.upperBound...]
    }
    out += rest
    return out
  }

  /// Graphviz writes `-` as `&#45;` and `>` as `&gt;` in titles.
  private static func unescape(_ text: String) -> String {
    text.replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&gt;", with: ">")
  }
}
