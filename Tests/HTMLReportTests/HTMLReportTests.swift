import Foundation
import NetwerkkaartCore
import NetwerkkaartRender
import Testing

@testable import NetwerkkaartHTMLReport

/// The report of the two hand-derived maps in `ReportTestMaps.swift`, built once.
private let reportMaps: [ReportMap] = {
  do {
    return [
      try ReportMap(source: "maps/de-linde", map: try linde()),
      try ReportMap(source: "maps/atheneum", map: try path()),
    ]
  } catch {
    Issue.record("cannot build the test maps: \(error)")
    return []
  }
}()

private func report(_ language: ReportLanguage = .nl) -> String {
  HTMLReport(maps: reportMaps, language: language).html()
}

typealias ReportLanguage = DrawingOptions.Language

@Suite struct HTMLReportTests {
  @Test func parsesAsXMLWithOneSectionPerMap() throws {
    let document = try HTMLDocument(report())
    let sections = document.all("section", class: "school")
    #expect(sections.count == 2)
    #expect(sections.map { document.elements[$0].attributes["id"] } == ["map-1", "map-2"])
    // Each section holds exactly one drawing and one metric table, with a row per actor.
    for (section, actors) in zip(sections, [6, 4]) {
      let drawings = document.all("svg").filter { document.isInside($0, section) }
      #expect(drawings.count == 1)
      let rows = document.all("tr").filter { row in
        document.isInside(row, section) && document.elements[row].attributes["data-actor"] != nil
      }
      #expect(rows.count == actors)
    }
    // Titles: the school from map.csv, else the map's own name (not the folders above it).
    let headings = document.all("h2").map { document.fullText($0) }
    #expect(headings.contains("Basisschool De Linde"))
    #expect(headings.contains("atheneum"))
  }

  @Test func escapesEveryLabel() throws {
    let html = report()
    #expect(!html.contains("R&D \"lab\" <x> C:\\tmp"))
    #expect(!html.contains("<Zuid>"))
    #expect(html.contains("R&amp;D &quot;lab&quot; &lt;x&gt; C:\\tmp"))
    // Read back by the XML parser, the table cell holds the label exactly as typed.
    let document = try HTMLDocument(html)
    let cells = document.all("td").map { document.fullText($0) }
    #expect(cells.contains("R&D \"lab\" <x> C:\\tmp"))
    #expect(cells.contains("Atheneum <Zuid>"))
    // In the actor data JSON the label cannot close the script: < and > are \u escapes.
    let data = document.all("script", class: "actor-data").map { document.fullText($0) }
    #expect(data.count == 2)
    #expect(data[0].contains(#"R\u0026D \"lab\" \u003cx\u003e C:\\tmp"#))
    let object = try JSONSerialization.jsonObject(with: Data(data[0].utf8))
    let parsed = try #require(object as? [String: [String: Any]])
    #expect(parsed.count == 6)
    let label = parsed["m1-actor-lab"]?["label"] as? String
    #expect(label == "R&D \"lab\" <x> C:\\tmp")
  }

  @Test func fetchesNothingFromOutside() throws {
    let html = report()
    #expect(!html.contains("http://"))
    #expect(!html.contains("https://"))
    #expect(!html.contains("<script src"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("@import"))
    #expect(!html.contains("xmlns"))
    // Print: each school on a new page, no hover panel.
    #expect(html.contains("@media print"))
    #expect(html.contains("section.school, section.comparison, section.multiples { break-before: page; }"))
    #expect(html.contains("nav, .actor-panel, .hint, caption { display: none; }"))
    let document = try HTMLDocument(html)
    for element in document.elements {
      #expect(element.attributes["src"] == nil, "\(element.name) has src")
      if let target = element.attributes["href"] { #expect(target.hasPrefix("#"), "\(element.name) href \(target)") }
    }
    for style in document.all("style") {
      // url( only to an anchor of the page itself.
      let css = document.fullText(style)
      let pieces = css.components(separatedBy: "url(").dropFirst()
      for piece in pieces { #expect(piece.hasPrefix("#")) }
    }
  }

  @Test func tiesNameTheActorsTheyJoin() throws {
    let document = try HTMLDocument(report())
    let ids = document.elements.compactMap { $0.attributes["id"] }
    #expect(Set(ids).count == ids.count, "ids are unique across the document")
    let ties = document.all("g", class: "tie")
    // Drawn twice (section and small multiples): 5 + 2 ties, twice.
    #expect(ties.count == 14)
    func touching(_ actor: String) -> Int {
      var count = 0
      for tie in ties {
        let attributes = document.elements[tie].attributes
        if attributes["data-source"] == actor || attributes["data-target"] == actor { count += 1 }
      }
      return count
    }
    #expect(touching("m1-actor-school") == 3)
    #expect(touching("m1-actor-lab") == 1)
    #expect(touching("m2-actor-school") == 1)
    #expect(touching("m2-actor-c") == 0)
    // Every reference names an actor group of the same drawing.
    let actorIDs = Set(document.all("g", class: "actor").compactMap { document.elements[$0].attributes["id"] })
    for tie in ties {
      let element = document.elements[tie]
      for key in ["data-source", "data-target"] {
        let target = try #require(element.attributes[key])
        #expect(actorIDs.contains(target))
        #expect(target.prefix(3) == element.attributes["id"]?.prefix(3))
      }
    }
  }

  @Test func comparisonTableHasHandDerivedFigures() throws {
    let document = try HTMLDocument(report())
    let table = try #require(document.all("table", class: "comparison-table").first)
    let rowHeaders = document.all("th").filter { document.elements[$0].attributes["scope"] == "row" }
    let rows = document.all("tr").filter { row in
      document.isInside(row, table) && rowHeaders.contains { document.elements[$0].parent == row }
    }
    var cells: [[String]] = []
    for row in rows {
      let children = document.elements.indices.filter { document.elements[$0].parent == row }
      cells.append(children.map { document.fullText($0) })
    }
    // The first table (size and density) of `compare`, hand-derived in ReportTestMaps.swift:
    // map, actors, internal, external, side unknown, ties, density, density w/o school, components.
    // De Linde: internal by type school/schoolteam (school, zoco), external clb, overheid, bedrijf,
    // zoë has no type (side unknown); without the school 2 of its 5 ties remain among 5 actors:
    // 2/10. The path map has no school metadata, so its row is named after its folder; without
    // the school, 1 tie among 3 actors: 1/3. The report is Dutch: decimal commas.
    #expect(
      cells == [
        ["Basisschool De Linde", "6", "2", "3", "1", "5", "0,333", "0,200", "1"],
        ["atheneum", "4", "1", "3", "0", "2", "0,333", "0,333", "2"],
      ])
  }

  @Test func analysisSummaryNamesTheEgoView() throws {
    let document = try HTMLDocument(report(.en))
    let summary = try #require(document.all("section", class: "summary").first)
    let text = document.fullText(summary)
    // The school's partners: zoco, gemeente, zoë (3); ties among them: none, so density 0.
    #expect(text.contains("Basisschool De Linde has 3 partners; density among them 0.000"))
    // Without the school: zoco–clb, clb–lab among 5 actors: 2 / 10 = 0.2.
    #expect(text.contains("density of the map without the school 0.200"))
  }

  static let languages: [(ReportLanguage, String, String)] = [
    (.nl, "Cijfers per actor", "graad"), (.en, "Figures per actor", "degree"),
  ]

  @Test(arguments: languages)
  func speaksTheChosenLanguage(language: ReportLanguage, heading: String, column: String) throws {
    let html = report(language)
    #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
    let document = try HTMLDocument(html)
    #expect(document.all("h3").map { document.fullText($0) }.contains(heading))
    let headers = document.all("button").map { document.fullText($0) }
    #expect(headers.contains(column))
  }

  @Test func sortableHeadersAreButtons() throws {
    let document = try HTMLDocument(report())
    let tables = document.all("table", class: "sortable")
    #expect(tables.count == 7)  // two metric tables and the five comparison tables
    for table in tables {
      let headers = document.all("th").filter {
        document.isInside($0, table) && document.elements[$0].attributes["scope"] == "col"
      }
      #expect(!headers.isEmpty)
      for header in headers {
        #expect(document.elements[header].attributes["aria-sort"] == "none")
        #expect(document.all("button").contains { document.elements[$0].parent == header })
      }
    }
  }
}
