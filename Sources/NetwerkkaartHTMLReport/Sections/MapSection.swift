import NetwerkkaartIO

/// One school's part of the report: heading, the map's figures, the rings drawing with its
/// actor panel, the metric table and the analysis summary. Starts a new page in print.
enum MapSection {
  static func html(_ entry: ReportMap, number: Int, words: ReportWords) -> String {
    let prefix = "m\(number)-"
    let figures = entry.metrics.figures
    var out = "<section class=\"school\" id=\"map-\(number)\" aria-labelledby=\"map-\(number)-title\">\n"
    out += "<h2 id=\"map-\(number)-title\">\(HTMLText.escaped(entry.title))</h2>\n"
    var about = ["\(words.source): \(entry.name)"]
    if let date = entry.map.metadata.date { about.append("\(words.date) \(date)") }
    if let wave = entry.map.metadata.wave { about.append("\(words.wave) \(wave)") }
    out += "<p class=\"meta\">\(HTMLText.escaped(about.joined(separator: " · ")))</p>\n"
    let numbers = [
      "\(words.actors) \(figures.actors)", "\(words.ties) \(figures.ties)",
      "\(words.density) \(NumberFormatting.localised(NumberFormatting.rounded(figures.density), in: words.language))",
      "\(words.components) \(figures.components)",
    ]
    out += "<p class=\"figures\">\(HTMLText.escaped(numbers.joined(separator: " · ")))</p>\n"
    out += "<div class=\"drawing\">\n<figure class=\"map\" data-map=\"\(prefix)\">"
    out += InlineSVG(entry.svg, prefix: prefix).markup
    out += "</figure>\n<aside class=\"actor-panel\" aria-live=\"polite\">"
    out += "<p class=\"hint\">\(HTMLText.escaped(words.hint))</p><div class=\"panel-body\"></div></aside>\n</div>\n"
    out += "<script type=\"application/json\" class=\"actor-data\">\(actorData(entry, prefix: prefix, words: words))"
    out += "</script>\n"
    out += MetricTableSection.html(entry, prefix: prefix, words: words)
    out += AnalysisSummarySection.html(entry, words: words)
    return out + "</section>\n"
  }

  /// `{"m1-actor-clb": {"label": …, "id": …, "role": …, "type": …, "figures": [[title, value], …]}, …}`:
  /// what the panel shows when an actor is pointed at, every value a string.
  static func actorData(_ entry: ReportMap, prefix: String, words: ReportWords) -> String {
    let columns = entry.metrics.columns
    let actors = entry.map.actors.indices.map { index in
      let actor = entry.map.actors[index]
      let figures = columns.map { column in
        "[" + HTMLText.jsonString(column.measure.name(in: words.language)) + ","
          + HTMLText.jsonString(MetricTableSection.cell(column, at: index).text) + "]"
      }
      let fields = [
        ("label", HTMLText.jsonString(actor.displayName)), ("id", HTMLText.jsonString(actor.id.rawValue)),
        ("role", HTMLText.jsonString(words.role(actor.role))), ("type", HTMLText.jsonString(actor.type ?? "")),
        ("figures", "[" + figures.joined(separator: ",") + "]"),
      ]
      return HTMLText.jsonString(prefix + entry.actorIDs[index]) + ":{"
        + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
    return "{" + actors.joined(separator: ",\n") + "}"
  }
}
