import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

/// Writes diagnostics to standard error in compiler style, at most ``limit`` of each severity
/// followed by a count of the rest. Control characters in a diagnostic (a label holding an
/// escape sequence) are shown as visible escapes (``NetwerkkaartIO/TerminalText``).
enum DiagnosticPrinter {
  static let limit = 50

  static func print(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    var text = ""
    for severity in [Diagnostic.Severity.error, .warning, .note] {
      let group = diagnostics.filter { $0.severity == severity }
      for diagnostic in group.prefix(limit) { text += TerminalText.escaped(diagnostic.description) + "\n" }
      if group.count > limit {
        text += "netwerkkaart: \(group.count - limit) more \(severity.rawValue)s not shown (\(group.count) in all)\n"
      }
    }
    standardError(text)
  }

  /// Warns of each iterative measure that did not converge, with the sentence of its convention:
  /// `warning: eigenvector: did not converge after 10000 power-iteration steps: …`.
  static func unconverged(_ measures: [Measure], conventions: [Convention]) {
    for measure in measures {
      let text = conventions.last { $0.name == measure.rawValue }?.text ?? "did not converge"
      standardError("warning: \(measure.rawValue): \(text)\n")
    }
  }

  /// Writes `text` to standard error; when even that fails there is no one left to tell.
  static func standardError(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
  }
}
