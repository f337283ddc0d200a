import NetwerkkaartCore

extension Diagnostic {
  /// A diagnostic worded from the one word list (``NetwerkkaartCore/Word``), in English with
  /// its Dutch beside it (``NetwerkkaartCore/Diagnostic/dutch``), so that the command line
  /// prints it in the language of the run.
  static func worded(
    _ severity: Severity, _ word: Word, _ values: any CustomStringConvertible..., at location: SourceLocation? = nil
  ) -> Diagnostic {
    var diagnostic = Diagnostic(severity, Language.en.word(word, values: values), at: location)
    diagnostic.dutch = Language.nl.word(word, values: values)
    return diagnostic
  }
}
