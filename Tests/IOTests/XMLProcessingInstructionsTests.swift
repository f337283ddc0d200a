import Testing

@testable import NetwerkkaartIO

/// `<?name?>` crashed Foundation's XMLParser (issue 17, found by fuzzing): it gets a space
/// before `?>`, and nothing else moves.
@Suite struct XMLProcessingInstructionsTests {
  @Test(arguments: [
    ("<?x?><a/>", "<?x ?><a/>"),
    ("<a><?target?></a><?b?>", "<a><?target ?></a><?b ?>"),
    // Instructions with data, the XML declaration, and `<??>` (no name) stay as they are.
    ("<?xml version=\"1.0\"?><?x y?><a/>", "<?xml version=\"1.0\"?><?x y?><a/>"),
    ("<?x ?><?x\n?><??><a/>", "<?x ?><?x\n?><??><a/>"),
    // Cut short at the end of the document: nothing to add.
    ("<a/><?x?", "<a/><?x?"),
  ])
  func datalessInstructionsGetASpace(input: String, expected: String) {
    #expect(String(decoding: XMLProcessingInstructions.withData(Array(input.utf8)), as: UTF8.self) == expected)
  }

  /// A document without such an instruction is handed back as it is, not copied.
  @Test func documentWithoutOneIsUnchanged() {
    #expect(XMLProcessingInstructions.dataless(Array("<?xml version=\"1.0\"?>\n<graphml/>".utf8)).isEmpty)
  }
}
