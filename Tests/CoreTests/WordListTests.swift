import Foundation
import NetwerkkaartCore
import Testing

/// The one word list per language (``Word``): every key has a Dutch and an English phrase, the
/// two are not the same English text by mistake, and their blanks `{1}`, `{2}` … match.
@Suite struct WordListTests {
  static func blanks(_ text: String) -> [String] {
    (1...9).map { "{\($0)}" }.filter { text.contains($0) }
  }

  @Test(arguments: Word.allCases)
  func everyKeyHasBothLanguages(word: Word) throws {
    let dutch = try #require(Language.dutchWords[word], "\(word) has no Dutch phrase")
    let english = try #require(Language.englishWords[word], "\(word) has no English phrase")
    #expect(!dutch.isEmpty && !english.isEmpty)
    #expect(Self.blanks(dutch) == Self.blanks(english), "\(word): blanks differ")
  }

  /// Hand-written examples: blanks filled in order, in both languages.
  @Test func blanksAreFilled() {
    #expect(Language.nl.word(.sizeIs, "graad") == "grootte = graad")
    #expect(Language.en.word(.legendTies) == "Ties (motive)")
    #expect(
      Language.nl.word(.explainOnlyBridge, "2", "a, b") == "de school bereikt 2 actoren alleen via deze: a, b")
  }

  /// No phrase is spelt the same in both languages: an equal pair is a phrase left untranslated.
  @Test func noPhraseIsLeftUntranslated() {
    let same = Word.allCases.filter { Language.dutchWords[$0] == Language.englishWords[$0] }
    #expect(same.isEmpty, "\(same)")
  }
}

/// Messages worded in both languages (``Wording``): joined piece by piece in each language,
/// printed in the language asked, and the English one where a diagnostic has no Dutch one.
@Suite struct WordingTests {
  @Test func piecesJoinInEachLanguage() {
    let joined = Wording("no such file", dutch: "bestand bestaat niet") + Wording("; check", dutch: "; controleer")
    #expect(joined == Wording("no such file; check", dutch: "bestand bestaat niet; controleer"))
    #expect(joined.text(in: .nl) == "bestand bestaat niet; controleer")
    #expect(joined.text(in: .en) == "no such file; check")
  }

  @Test func diagnosticsPrintTheLanguageAsked() {
    let error = Diagnostic.error(
      Wording("the cell is empty", dutch: "de cel is leeg"), at: SourceLocation(file: "ties.csv", line: 3))
    #expect(error.description(in: .nl) == "ties.csv:3: error: de cel is leeg")
    #expect(error.description(in: .en) == "ties.csv:3: error: the cell is empty")
    #expect(error.description == "ties.csv:3: error: the cell is empty")
    let englishOnly = Diagnostic.warning("only English")
    #expect(englishOnly.description(in: .nl) == "warning: only English")
    #expect(englishOnly.wording == Wording("only English", dutch: "only English"))
  }

  /// The hint after an unknown value, in each language.
  @Test func suggestionsAreHintedInEachLanguage() {
    let hint = Suggestion.hint(Suggestion.nearest(to: "kren", in: ["kern", "context"]))
    #expect(hint == Wording(" (did you mean \"kern\"?)", dutch: " (bedoel je \"kern\"?)"))
    #expect(Suggestion.hint(nil) == Wording("", dutch: ""))
  }
}
