import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartIO

/// Attributes that a map could not carry through another format: a name that another reader
/// takes for a built-in field, no name at all, or a built-in field given twice. The long
/// fuzzing run of issue 17 found each as a round trip that did not read back (a VNA tie column
/// `to`: JSON wrote it beside `target` and read it back as the target; a nameless node-link
/// attribute: the CSV folder had a column without a name). The expected messages are written
/// out by hand.
@Suite struct AttributeNameTests {
  /// The errors of validating `text`, saved as `name` in a fresh folder, with the folder left out.
  func errors(_ text: String, as name: String, language: Language = .en) throws -> [String] {
    let folder = try TemporaryFolder()
    let path = folder.url.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return MapValidator.validate(path: path).diagnostics.filter { $0.severity == .error }.map {
      $0.description(in: language).replacingOccurrences(of: folder.url.path + "/", with: "")
    }
  }

  @Test func edgeListColumnNamedLikeTheTarget() throws {
    let text = "source,target,to\nschool,clb,gemeente\nschool,pbd,\n"
    #expect(
      try errors(text, as: "ties.csv") == [
        "ties.csv:2: error: tie attribute \"to\" has a name that means the tie's target ('target', 'to', 'naar'), which the tie has already; rename the column or field (e.g. \"to-2\") or delete it"
      ])
    #expect(
      try errors(text, as: "ties.csv", language: .nl) == [
        "ties.csv:2: error: relatiekenmerk \"to\" heeft een naam die het doel van de relatie betekent ('target', 'to', 'naar'), en die heeft de relatie al; geef de kolom of het veld een andere naam (bv. \"to-2\") of verwijder ze"
      ])
  }

  @Test func vnaNodeColumnNamedLikeTheLabel() throws {
    let text = "*Node data\nID label Naam\nschool \"De Linde\" x\n"
    #expect(
      try errors(text, as: "kaart.vna") == [
        "kaart.vna:3: error: actor attribute \"Naam\" has a name that means the actor's label ('label', 'naam', 'name'), which the actor has already; rename the column or field (e.g. \"Naam-2\") or delete it"
      ])
  }

  @Test func vnaHeaderWithoutNameOrWithARepeatedName() throws {
    #expect(
      try errors("*Node data\n\"ID\" \"\" \"role\"\na b kern\n", as: "kaart.vna") == [
        "kaart.vna:2: error: column 2 has no name in the header row; name it or delete the column"
      ])
    #expect(
      try errors("*Tie data\nfrom to strength Strength\na b 1 2\n", as: "kaart.vna") == [
        "kaart.vna:2: error: column 4 \"Strength\" repeats the name of column 3; give each column its own name"
      ])
  }

  @Test func nodeLinkAttributeWithoutName() throws {
    let text = """
      {"directed": false, "multigraph": false, "graph": {},
       "nodes": [{"id": "a", "": "lebala"}, {"id": "b"}],
       "links": [{"source": "a", "target": "b"}]}
      """
    #expect(
      try errors(text, as: "kaart.node-link.json") == [
        "kaart.node-link.json:2:12: error: actor attribute without a name; name it or delete it (a CSV folder or workbook cannot hold a value under a nameless column)"
      ])
  }

  @Test func jsonTieWithTwoTargets() throws {
    let text = """
      {"actors": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
       "ties": [{"source": "a", "target": "b", "to": "c"}]}
      """
    #expect(
      try errors(text, as: "kaart.json") == [
        "kaart.json:2:42: error: this tie gives its target twice, as 'target' and as 'to'; keep one of the two"
      ])
  }

  /// The long run's VNA finding `vna-nul-character-in-type.vna`: a NUL in an actor's type was
  /// read (only labels and attributes were checked for it) and the CSV folder it was written
  /// to could not be read back.
  @Test func nulCharacterInTheType() throws {
    #expect(
      try errors("*Node data\nID label role type\na a \"\" \"x\u{0}\"\n", as: "kaart.vna") == [
        "kaart.vna:3: error: a value holds a NUL character (binary data); remove it"
      ])
  }

  /// A name with a control character: GraphML, GEXF and xlsx write it without, where it can
  /// become a built-in field's name (VNA `strength` + U+0002; eighth fuzzing run). Reported at
  /// its first record only.
  @Test func attributeNameWithAControlCharacter() throws {
    let text = "source,target,\"doel\u{2}\"\nschool,clb,x\nschool,pbd,y\n"
    #expect(
      try errors(text, as: "ties.csv") == [
        "ties.csv:2: error: attribute name \"doel\" holds the control character U+0002; remove it from the name"
      ])
    #expect(
      try errors(text, as: "ties.csv", language: .nl) == [
        "ties.csv:2: error: kenmerknaam \"doel\" bevat het stuurteken U+0002; haal het uit de naam"
      ])
  }

  /// U+FEFF before a column name (not at the start of the file): JSON keeps it, the parser that
  /// reads JSON back drops it, so `\u{FEFF}weight` met the weight (eighth fuzzing run, CSV).
  @Test func attributeNameWithAByteOrderMark() throws {
    #expect(
      try errors("source,target,\u{FEFF}weight\na,b,1\nb,c,1\n", as: "ties.csv") == [
        "ties.csv:2: error: attribute name \"weight\" holds the invisible character U+FEFF; remove it from the name"
      ])
  }
}
