/// Finishes Graphviz's SVG for people and for CSS/JavaScript.
///
/// - Each node's and edge's `<title>` holds its Graphviz name (`a3`, `a0--a3`); browsers show the
///   title on hover, so it gets the actor's label, role, type and metrics instead.
/// - Groups get classes: actors `node actor role-kern`, ring guides `ring` (so that the only
///   `node` groups are actors), ties `edge tie motive-taak`, the legend `legend`.
///
/// - Groups may get further attributes after their class (a tie's `data-source` and
///   `data-target`), values escaped for XML.
///
/// One pass over the UTF-8 bytes; the text between the markers is copied unchanged.
enum SVGFinishing {
  static func finish(
    _ svg: String, titles: [String: String], classes: [String: String], attributes: [String: [String: String]] = [:]
  ) -> String {
    let bytes = Array(svg.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + titles.count * 96)
    let groupOpen = Array("<g id=\"".utf8)
    let classOpen = Array(" class=\"".utf8)
    let titleOpen = Array("<title>".utf8)
    let titleClose = Array("</title>".utf8)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "<") {
        if starts(bytes, at: index, with: groupOpen),
          let idEnd = bytes[(index + groupOpen.count)...].firstIndex(of: quote)
        {
          let id = unescape(bytes[(index + groupOpen.count)..<idEnd])
          let afterID = idEnd + 1
          if let replacement = classes[id], starts(bytes, at: afterID, with: classOpen),
            let classEnd = bytes[(afterID + classOpen.count)...].firstIndex(of: quote)
          {
            out += bytes[index..<(afterID + classOpen.count)]
            out += Array(DOTText.xml(replacement).utf8)
            out.append(quote)
            for (name, value) in (attributes[id] ?? [:]).sorted(by: { $0.key < $1.key }) {
              out += Array(" \(name)=\"\(DOTText.xml(value))\"".utf8)
            }
            index = classEnd + 1
            continue
          }
        } else if starts(bytes, at: index, with: titleOpen),
          let end = find(titleClose, in: bytes, from: index + titleOpen.count)
        {
          let name = unescape(bytes[(index + titleOpen.count)..<end])
          if let title = titles[name] {
            out += titleOpen
            out += Array(DOTText.xml(title).utf8)
            index = end
            continue
          }
        }
      }
      out.append(bytes[index])
      index += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static let quote = UInt8(ascii: "\"")

  private static func starts(_ bytes: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
    index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
  }

  private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index + needle.count <= bytes.count {
      if bytes[index] == needle[0] && starts(bytes, at: index, with: needle) { return index }
      index += 1
    }
    return nil
  }

  /// Graphviz writes `-` as `&#45;` and `>` as `&gt;` in ids and titles.
  private static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
    guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index...].starts(with: hyphenEntity) {
        out.append(UInt8(ascii: "-"))
        index += hyphenEntity.count
      } else if bytes[index...].starts(with: greaterEntity) {
        out.append(UInt8(ascii: ">"))
        index += greaterEntity.count
      } else {
        out.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static let hyphenEntity = Array("&#45;".utf8)
  private static let greaterEntity = Array("&gt;".utf8)
}
