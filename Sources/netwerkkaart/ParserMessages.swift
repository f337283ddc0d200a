import Foundation
import NetwerkkaartCore

/// The usage errors swift-argument-parser writes itself (`Error: Missing expected argument
/// '<map>'`, the usage line, `See '… --help' for more information.`) in the run's language.
///
/// The parser words them in English and keeps their kinds internal, so the Dutch is found by
/// their English text: each ``NetwerkkaartCore/Word`` of ``messages`` has the parser's exact
/// English wording in the word list, its blanks `{1}`, `{2}` … standing for what varies; a line
/// that matches it is written again with the Dutch wording and the same values. A message no
/// pattern matches (our own usage errors, already in the run's language) keeps its text. The
/// `Help:` line, which repeats the option's English `--help` text, is left out in Dutch.
enum ParserMessages {
  /// The parser's messages, the more specific before the more general
  /// (an unknown option with a suggestion before one without).
  static let messages: [Word] = [
    .parserMissingArgument, .parserMissingOneOf, .parserUnknownOptionSuggestion, .parserUnknownOption,
    .parserMissingValue, .parserUnexpectedValue, .parserUnexpectedArgument, .parserUnexpectedArguments,
    .parserInvalidValueList, .parserInvalidValueChoices, .parserInvalidValueReason, .parserInvalidValue,
    .parserMissingSubcommand, .parserInvalidOption,
  ]

  /// The parser's full message (``ParsableArguments/fullMessage(for:)``) in `language`;
  /// unchanged in English.
  static func translated(_ text: String, to language: Language) -> String {
    guard language != .en else { return text }
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("Help:  ") { continue }
      lines.append(translatedLine(line, to: language))
    }
    return lines.joined(separator: "\n")
  }

  /// One line: the error with its prefix, the usage line, the pointer to the help; other lines
  /// (the choices of a long list, the usage's further lines) as they are.
  private static func translatedLine(_ line: String, to language: Language) -> String {
    let error = Language.en.word(.parserError)
    if line.hasPrefix(error) {
      return language.word(.parserError) + translatedMessage(String(line.dropFirst(error.count)), to: language)
    }
    let usage = Language.en.word(.parserUsage)
    if line.hasPrefix(usage) {
      return language.word(.parserUsage)
        + line.dropFirst(usage.count).replacingOccurrences(
          of: Language.en.word(.parserOptions), with: language.word(.parserOptions))
    }
    if let values = values(of: line, in: .parserSeeHelp) {
      return language.word(.parserSeeHelp, values: values)
    }
    return line
  }

  /// A message of the parser in `language`, or `message` itself when it is none of the parser's.
  static func translatedMessage(_ message: String, to language: Language) -> String {
    for word in messages {
      guard let values = values(of: message, in: word) else { continue }
      var filled: [any CustomStringConvertible] = values
      if word == .parserInvalidValueChoices, let choices = values.last {
        // `'nl' and 'en'`, `'a', 'b' or 'c'`: the joining words in the language asked.
        filled[filled.count - 1] = choices.replacingOccurrences(
          of: Language.en.word(.parserAnd), with: language.word(.parserAnd)
        )
        .replacingOccurrences(of: Language.en.word(.parserOr), with: language.word(.parserOr))
      }
      return language.word(word, values: filled)
    }
    return message
  }

  /// The values that fill the blanks of `word`'s English wording to give `text` exactly, or
  /// `nil` when `text` is not that message.
  static func values(of text: String, in word: Word) -> [String]? {
    let english = Language.en.word(word)
    // The wording's literal parts, escaped, with a lazy group for each blank `{n}`.
    let pieces = english.split(separator: "{", omittingEmptySubsequences: false)
    var pattern = "^" + NSRegularExpression.escapedPattern(for: String(pieces[0]))
    var order: [Int] = []
    for piece in pieces.dropFirst() {
      guard let close = piece.firstIndex(of: "}"), let number = Int(piece[..<close]) else { return nil }
      order.append(number)
      pattern += "(.*?)" + NSRegularExpression.escapedPattern(for: String(piece[piece.index(after: close)...]))
    }
    pattern += "$"
    guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
      let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
    else { return nil }
    var values = [String](repeating: "", count: order.max() ?? 0)
    for (group, number) in order.enumerated() {
      guard let range = Range(match.range(at: group + 1), in: text) else { return nil }
      values[number - 1] = String(text[range])
    }
    return values
  }
}
