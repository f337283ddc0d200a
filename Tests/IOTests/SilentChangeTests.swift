import Foundation
import NetwerkkaartCore
import Testing

@testable import NetwerkkaartIO

/// The silent changes issue 17 found: each small file below was read (or written back) with
/// data changed and no word said. Each is now read correctly, or refused or warned about with
/// its file and line. The files are in Tests/Fixtures/silent-changes; the expected messages
/// are written out by hand.
@Suite struct SilentChangeTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/silent-changes").path

  func messages(_ path: String, _ severity: Diagnostic.Severity) -> [String] {
    MapValidator.validate(path: path).diagnostics.filter { $0.severity == severity }.map {
      $0.description.replacingOccurrences(of: Self.folder + "/", with: "")
    }
  }

  /// A text cell pointing past the workbook's shared strings was left out, and a row of such
  /// cells with it: now each cell is an error at its cell.
  @Test func sharedStringOutOfRangeIsRefusedAtItsCell() throws {
    let strings = ["id", "source", "target", "weight", "directie", "clb", "ouderraad"]
    let actors = """
      <row r="1"><c r="A1" t="s"><v>0</v></c></row>
      <row r="2"><c r="A2" t="s"><v>4</v></c></row>
      <row r="3"><c r="A3" t="s"><v>5</v></c></row>
      <row r="4"><c r="A4" t="s"><v>6</v></c></row>
      """
    let ties = """
      <row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="s"><v>3</v></c></row>
      <row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2"><v>2</v></c></row>
      <row r="3"><c r="A3" t="s"><v>57</v></c><c r="B3" t="s"><v>7</v></c><c r="C3"><v>1</v></c></row>
      """
    let path = try WorkbookReaderTests.workbook([("actors", actors), ("ties", ties)], strings: strings)
    let errors = MapValidator.validate(path: path).diagnostics.filter { $0.severity == .error }.map {
      $0.description.replacingOccurrences(of: path, with: "book.xlsx")
    }
    let what =
      "which the workbook does not hold (its list xl/sharedStrings.xml has 7 strings, numbered from 0); the cell's text is unknown: open the file in a spreadsheet program and save it again"
    #expect(
      errors == [
        "book.xlsx:ties!A3: error: cell refers to shared string \"57\", \(what)",
        "book.xlsx:ties!B3: error: cell refers to shared string \"7\", \(what)",
      ])
    #expect(throws: MapError.self) { try MapLoader.load(path: path) }
  }

  /// `Caf&eacute;` in a GraphML file without a DTD: the text after the entity was lost. It is
  /// refused at its line, and no map is made.
  @Test func undeclaredEntityInGraphMLIsRefused() throws {
    let path = Self.folder + "/undeclared-entity.graphml"
    let errors = messages(path, .error)
    #expect(errors.count == 1)
    #expect(
      errors.first?.hasPrefix(
        "undeclared-entity.graphml:5:") == true, "\(errors)")
    #expect(
      errors.first?.hasSuffix(
        "error: not well-formed XML: an entity (&name;) that the document does not declare (write & as &amp;); fix the file or export it again"
      ) == true, "\(errors)")
    #expect(throws: MapError.self) { try MapLoader.load(path: path) }
  }

  /// A fifth row under a 4 × 4 matrix was ignored; now the data going on is an error at the
  /// first value too many.
  @Test func valuesAfterTheLastDLMatrixAreRefused() throws {
    #expect(
      messages(Self.folder + "/matrix-extra-row.dl", .error) == [
        "matrix-extra-row.dl:9: error: the data go on after the last matrix (nm=1, each 4 rows of 4 values) with '0'; remove the extra values, or correct n= or nm="
      ])
    // The same file without the extra row is read: 4 actors, 4 ties of the symmetric matrix.
    let text = try String(contentsOfFile: Self.folder + "/matrix-extra-row.dl", encoding: .utf8)
    let complete = text.replacingOccurrences(of: "0 1 1 0\n", with: "")
    let map = try MapLoader.read(.data(Data(complete.utf8), format: .ucinet)).map
    #expect(map.actors.map(\.id.rawValue) == ["directie", "clb", "ouderraad", "scholengemeenschap"])
    #expect(map.ties.map(\.weight) == [2, 1, 3, 1])
  }

  /// `Café` composed (U+00E9) on line 2 and decomposed (e + U+0301) on line 4 of an edge list:
  /// one actor to Swift, but written back in both forms (a dangling tie in NetworkX). Now one
  /// actor with a warning, written in the first form everywhere.
  @Test func composedAndDecomposedIdsAreOneActorWrittenOneWay() throws {
    let path = Self.folder + "/accents-edgelist.csv"
    #expect(
      messages(path, .warning).contains(
        "accents-edgelist.csv:4: warning: actor id \"Café De Hoek\" is written here with a decomposed accent (U+0301) and at accents-edgelist.csv:2 with composed accents; read as one actor, written everywhere as at accents-edgelist.csv:2"
      ))
    let map = try MapLoader.load(path: path)
    let composed = Array("Caf\u{E9} De Hoek".unicodeScalars)
    #expect(map.actors.count == 4)
    #expect(map.ties.filter { Array($0.source.rawValue.unicodeScalars) == composed }.count == 2)
    for format in [MapFormat.graphML, .nodeLink, .edgeList, .yaml] {
      let text = try #require(String(data: MapWriter.data(map, format: format).data, encoding: .utf8))
      #expect(!text.unicodeScalars.contains("\u{301}"), "\(format.rawValue) writes the decomposed form")
    }
  }

  /// In an actors list the actor's own spelling wins: ties naming it in the other form are
  /// written as the list spells it.
  @Test func actorListSpellingWins() throws {
    let decomposed = "Cafe\u{301}"
    let actors = "id,label\n\(decomposed),Café De Hoek\nclb,CLB\n"
    let ties = "source,target\nCaf\u{E9},clb\n"
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accents-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(actors.utf8).write(to: folder.appendingPathComponent("actors.csv"))
    try Data(ties.utf8).write(to: folder.appendingPathComponent("ties.csv"))
    let loaded = try MapLoader.read(path: folder.path)
    #expect(
      loaded.warnings.map(\.description) == [
        "\(folder.path)/ties.csv:2: warning: actor id \"Café\" is written here with composed accents and at \(folder.path)/actors.csv:2 with a decomposed accent (U+0301); read as one actor, written everywhere as at \(folder.path)/actors.csv:2"
      ])
    #expect(Array(loaded.map.ties[0].source.rawValue.unicodeScalars) == Array(decomposed.unicodeScalars))
  }

  /// A map folder saying `directed,false` came back from GraphML and node-link JSON saying
  /// nothing; now it says `false` again. A map that says nothing still says nothing.
  @Test func directedFalseSurvivesGraphMLAndNodeLink() throws {
    let map = try MapLoader.load(path: Self.folder + "/undirected")
    #expect(map.metadata.directed == false)
    var silent = map
    silent.metadata.directed = nil
    for format in [MapFormat.graphML, .nodeLink] {
      let back = try MapLoader.read(.data(MapWriter.data(map, format: format).data, format: format)).map
      #expect(back.metadata.directed == false, "\(format.rawValue)")
      #expect(back.metadata.school == "Basisschool De Linde")
      let silentBack = try MapLoader.read(.data(MapWriter.data(silent, format: format).data, format: format)).map
      #expect(silentBack.metadata.directed == nil, "\(format.rawValue)")
    }
    let graphML = try #require(String(data: MapWriter.data(map, format: .graphML).data, encoding: .utf8))
    #expect(graphML.contains("<graph id=\"G\" edgedefault=\"undirected\">"))
  }

  /// `edgedefault="Directed"` (not a GraphML value) was read as undirected without a word.
  @Test func unknownEdgeDefaultIsWarnedAbout() throws {
    #expect(
      messages(Self.folder + "/edgedefault-capital.graphml", .warning).contains(
        "edgedefault-capital.graphml:4:39: warning: edgedefault=\"Directed\" is neither \"directed\" nor \"undirected\"; the edges are read as undirected unless marked directed"
      ))
  }
}
