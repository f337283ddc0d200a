/// All maps drawn small side by side, each linking to its own section: the drawings at one
/// glance, for seeing how the schools' networks differ in shape.
enum SmallMultiplesSection {
  static func html(_ maps: [ReportMap], words: ReportWords) -> String {
    var out = "<section class=\"multiples\" id=\"multiples\">\n<h2>\(HTMLText.escaped(words.smallMultiples))</h2>\n"
    out += "<div class=\"multiples-grid\">\n"
    for (index, entry) in maps.enumerated() {
      let number = index + 1
      out += "<figure class=\"multiple\">"
      out += InlineSVG(entry.svg, prefix: "s\(number)-").markup
      out += "<figcaption><a href=\"#map-\(number)\">\(HTMLText.escaped(entry.title))</a></figcaption></figure>\n"
    }
    return out + "</div>\n</section>\n"
  }
}
