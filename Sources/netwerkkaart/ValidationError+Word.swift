import ArgumentParser
import NetwerkkaartCore

extension ValidationError {
  /// A usage error worded from the one word list (``NetwerkkaartCore/Word``), in the language
  /// of the run's messages (``DiagnosticPrinter/language``, chosen before the arguments are
  /// parsed): `--threads moet 1 of meer zijn.` under `--lang nl`.
  init(_ word: Word, _ values: any CustomStringConvertible...) {
    self.init(DiagnosticPrinter.language.word(word, values: values))
  }
}
