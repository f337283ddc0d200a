import Foundation
import NetwerkkaartCore

/// Writes diagnostics to standard error in compiler style, at most ``limit`` of each severity
/// followed by a count of the rest.
enum DiagnosticPrinter {
  static let limit = 50

  static func print(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    var text = ""
    for severity in [Diagnostic.Severity.error, .warning, .note] {
      let group = diagnostics.filter { $0.severity == severity }
      for diagnostic in group.prefix(limit) { text += "\(diagnostic)\n" }
      if group.count > limit {
        text += "netwerkkaart: \(group.count - limit) more \(severity.rawValue)s not shown (\(group.count) in all)\n"
      }
    }
    standardError(text)
  }

  static func standardError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
