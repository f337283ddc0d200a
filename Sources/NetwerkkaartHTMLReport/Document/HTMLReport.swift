import NetwerkkaartCore
import NetwerkkaartRender

/// The report of one or more netwerkkaarten as one self-contained HTML file: per school the
/// rings map (inline SVG; pointing at an actor shows its figures and lights up its ties), the
/// metric table (sortable) and the analysis summary; then a comparison table of all maps and
/// all drawings small side by side.
///
/// ```swift
/// let maps = try [ReportMap(source: "Examples/basisschool-de-linde", map: map)]
/// let html = HTMLReport(maps: maps, language: .en).html()
/// ```
///
/// Self-contained: the stylesheet and scripts are inline, fonts are the reader's system fonts,
/// the drawings are inline SVG with their namespace declarations removed (HTML5 needs none), so
/// the file names no `http://` or `https://` address and works offline. Every text from the
/// maps is escaped; the document also parses as XML. Printing leaves out the hover panel and
/// starts each school on a new page.
public struct HTMLReport: Sendable {
  /// The maps, one section each, in the order given.
  public let maps: [ReportMap]
  /// Language of the headings, table heads, legends and tooltips.
  public let language: DrawingOptions.Language
  /// The title of the document; by default "Netwerkkaarten" / "Network maps".
  public let title: String?

  /// A report of `maps` in `language` (Dutch by default), under `title` or the default title.
  public init(maps: [ReportMap], language: DrawingOptions.Language = .nl, title: String? = nil) {
    self.maps = maps
    self.language = language
    self.title = title
  }

  /// The whole document.
  public func html() -> String {
    let words = ReportWords(language: language)
    let heading = HTMLText.escaped(title ?? words.documentTitle)
    var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
    out += "<meta name=\"generator\" content=\"netwerkkaart report\"/>\n"
    out += "<title>\(heading)</title>\n"
    out += "<style>/*<![CDATA[*/\n\(ReportStyle.css)\n/*]]>*/</style>\n"
    out += "<script>//<![CDATA[\n\(ReportScript.errorCollector)\n//]]></script>\n</head>\n<body>\n"
    out += "<header>\n<h1>\(heading)</h1>\n<nav aria-label=\"\(HTMLText.escaped(words.contents))\"><ol>\n"
    for (index, entry) in maps.enumerated() {
      out += "<li><a href=\"#map-\(index + 1)\">\(HTMLText.escaped(entry.title))</a></li>\n"
    }
    out += "<li><a href=\"#comparison\">\(HTMLText.escaped(words.comparison))</a></li>\n"
    out += "<li><a href=\"#multiples\">\(HTMLText.escaped(words.smallMultiples))</a></li>\n</ol></nav>\n</header>\n"
    out += "<main>\n"
    for (index, entry) in maps.enumerated() {
      out += MapSection.html(entry, number: index + 1, words: words)
    }
    out += ComparisonSection.html(maps, words: words)
    out += SmallMultiplesSection.html(maps, words: words)
    out += "</main>\n<footer><p>\(HTMLText.escaped(words.generated))</p></footer>\n"
    out += "<script>//<![CDATA[\n\(ReportScript.main)\n//]]></script>\n</body>\n</html>\n"
    return out
  }
}
