import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

/// What the command line adds to loading maps (``NetwerkkaartIO/MapLoader``): telling tie
/// filters from file names, and printing what loading said to standard error, compiler-style,
/// with the options the messages are about.
enum MapReading {
  /// Whether a `--ties` value is a filter: it holds `=`, `<` or `>` and is not an existing file.
  static func isFilter(_ value: String) -> Bool {
    value.contains { "=<>".contains($0) } && !FileManager.default.fileExists(atPath: value)
  }

  /// Checks `--ties` filters before any map is read, as a usage error.
  static func validate(filters: [String]) throws {
    for filter in filters {
      do {
        _ = try TieFilter(parsing: filter)
      } catch {
        let language = DiagnosticPrinter.language
        throw ValidationError(language == .nl ? error.dutch ?? error.description : error.description)
      }
    }
  }

  /// The filters of `--ties` values that ``validate(filters:)`` accepted.
  static func filters(_ texts: [String]) -> [TieFilter] {
    texts.compactMap { try? TieFilter(parsing: $0) }
  }

  /// Prints what loading maps said, for one run: each map's warnings and notes, or the problems
  /// that stopped it, with the command-line options they are about.
  struct Printer {
    /// Whether the note on codes without `--key` was given (once per run).
    private var keyNoteGiven = false

    /// Prints a map's outcome.
    mutating func print(_ result: Result<PreparedMap, MapLoadError>) {
      switch result {
      case .success(let prepared): print(prepared)
      case .failure(let error): print(error)
      }
    }

    /// Prints the warnings and notes of a map that was loaded.
    mutating func print(_ prepared: PreparedMap) {
      DiagnosticPrinter.print(prepared.diagnostics + keyNote(after: prepared.pseudonymiser))
    }

    /// Prints what was found before the failure, then the failure.
    mutating func print(_ error: MapLoadError) {
      var diagnostics = error.diagnostics
      if error.reason == .noFocalSchool, let last = diagnostics.indices.last {
        diagnostics[last].message = Language.en.word(.withoutEgoNeedsSchool)
        diagnostics[last].dutch = Language.nl.word(.withoutEgoNeedsSchool)
      }
      diagnostics = diagnostics.map { $0.namingFormat(with: "--from") }
      let split = diagnostics.firstIndex { $0.severity == .error } ?? diagnostics.endIndex
      var before = Array(diagnostics[..<split]) + keyNote(after: error.pseudonymiser)
      var failure = Array(diagnostics[split...])
      if error.valuesHidden {
        var note = Diagnostic(.note, Language.en.word(.valuesHidden))
        note.dutch = Language.nl.word(.valuesHidden)
        if error.reason == .unreadable { failure.append(note) } else { before.append(note) }
      }
      DiagnosticPrinter.print(before)
      DiagnosticPrinter.print(failure)
    }

    /// The note that codes hold for this run only, after the first map coded without `--key`.
    private mutating func keyNote(after pseudonymiser: Pseudonymiser?) -> [Diagnostic] {
      guard !keyNoteGiven, let pseudonymiser, pseudonymiser.mapCount > 0 else { return [] }
      keyNoteGiven = true
      guard pseudonymiser.keyFile == nil else { return [] }
      var note = Diagnostic(.note, Language.en.word(.codesForThisRun))
      note.dutch = Language.nl.word(.codesForThisRun)
      return [note]
    }
  }
}
