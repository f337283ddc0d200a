import NetwerkkaartCore
import Testing

@testable import NetwerkkaartIO

/// The parsers' reasons in both languages: every XML error number the readers name and every
/// YAML problem they put in Dutch has a Dutch sentence that is not the English one left as it was.
@Suite struct ReaderWordingTests {
  @Test(arguments: XMLErrorText.reasons.keys.sorted())
  func everyXMLReasonHasBothLanguages(code: Int) throws {
    let reason = try #require(XMLErrorText.reasons[code])
    #expect(!reason.dutch.isEmpty && reason.dutch != reason.english, "\(code)")
  }

  /// An error number without words of its own gets a sentence with its number, in each language.
  @Test func otherXMLErrorsNameTheirNumber() {
    #expect(
      XMLErrorText.reason(code: 999)
        == Wording("the XML is not well-formed (parser error 999)", dutch: "de XML is niet welgevormd (parserfout 999)")
    )
  }

  @Test func yamlProblemsAreInDutchOrQuoted() {
    for (english, dutch) in YAMLProblemText.dutchProblems { #expect(!dutch.isEmpty && dutch != english, "\(english)") }
    #expect(YAMLProblemText.dutch("did not find expected key") == "verwachtte hier een sleutel")
    #expect(YAMLProblemText.dutch("something new") == "\"something new\"")
  }
}
