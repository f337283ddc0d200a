import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

/// Writes diagnostics to standard error in compiler style, at most ``limit`` of each severity
/// followed by a count of the rest. Control characters in a diagnostic (a label holding an
/// escape sequence) are shown as visible escapes (``NetwerkkaartIO/TerminalText``).
///
/// Messages the library words in Dutch as well are printed in ``language``; the severity stays
/// `error`/`warning`/`note`, as compilers write it (``NetwerkkaartCore/Diagnostic/description(in:)``).
enum DiagnosticPrinter {
  static let limit = 50

  /// The language of the messages: set once from `--lang` (or the environment) when the
  /// command's options are validated, before anything is read (``LanguageOptions``).
  nonisolated(unsafe) static var language: Language = .en

  static func print(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    var text = ""
    for severity in [Diagnostic.Severity.error, .warning, .note] {
      let group = diagnostics.filter { $0.severity == severity }
      for diagnostic in group.prefix(limit) {
        text += TerminalText.escaped(diagnostic.description(in: language)) + "\n"
      }
      if group.count > limit {
        text +=
          language == .nl
          ? "netwerkkaart: nog \(group.count - limit) keer \(severity.rawValue) niet getoond (\(group.count) in totaal)\n"
          : "netwerkkaart: \(group.count - limit) more \(severity.rawValue)s not shown (\(group.count) in all)\n"
      }
    }
    standardError(text)
  }

  /// Writes one error in ``language``, about `place` (a file) when given:
  /// `kaart.svg: error: cannot write the drawing: …`.
  static func error(_ wording: Wording, at place: String? = nil) {
    print([.error(wording, at: place.map { SourceLocation(file: $0) })])
  }

  /// Warns of each iterative measure that did not converge, with the sentence of its convention:
  /// `warning: eigenvector: did not converge after 10000 power-iteration steps: …`.
  static func unconverged(_ measures: [Measure], conventions: [Convention]) {
    for measure in measures {
      let text =
        conventions.last { $0.name == measure.rawValue }?.text
        ?? language.word(.didNotConverge)
      standardError("warning: \(measure.rawValue): \(text)\n")
    }
  }

  /// Writes `text` to standard error; when even that fails there is no one left to tell.
  static func standardError(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
  }
}
