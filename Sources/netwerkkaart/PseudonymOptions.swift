import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import Synchronization

/// `--pseudonymise` and `--key`: names replaced by codes as the map is loaded, so that every
/// command that reads a map through ``MapInput`` (and every report, drawing and file it
/// writes) shows codes only. See Docs/Pseudonymisation.md.
///
/// A command that reads several maps itself (not through ``MapInput``) takes these options as
/// an `@OptionGroup` and, for each map it reads, prints load errors with ``printUnread(_:)``,
/// passes the map through ``apply(to:warnings:source:)`` and names it with
/// ``name(ofSource:)``; all maps of the run then share one key.
struct PseudonymOptions: ParsableArguments {
  @Flag(
    name: [.customLong("pseudonymise"), .customLong("pseudonymize")],
    help: "Replace the names of people and organisations by codes (school-1, clb-2 ...) and leave out free text.")
  var pseudonymise = false

  @Option(
    help: ArgumentHelp(
      "With --pseudonymise: the key file (CSV name,code) that keeps codes the same across runs, maps and waves; created or extended. Keep it private.",
      valueName: "file"))
  var key: String?

  func validate() throws {
    if key != nil && !pseudonymise {
      throw ValidationError("--key goes with --pseudonymise; add --pseudonymise, or leave out --key.")
    }
  }

  /// The map as commands use it, the warnings of reading it printed: with `--pseudonymise`
  /// codes for names and the warnings redacted; otherwise `map` itself. `source` is the path
  /// the map was read from. Exits with status 1 when the key file is damaged or unwritable.
  func apply(to map: PartnershipMap, warnings: [Diagnostic], source: String) throws -> PartnershipMap {
    guard pseudonymise else {
      DiagnosticPrinter.print(warnings)
      return map
    }
    return try PseudonymSession.shared.pseudonymise(map, warnings: warnings, source: source, keyFile: key)
  }

  /// Prints the problems of a map that could not be read; with `--pseudonymise` quoted values
  /// are hidden, since they may be names.
  func printUnread(_ diagnostics: [Diagnostic]) {
    DiagnosticPrinter.print(pseudonymise ? PseudonymSession.redactingUnread(diagnostics) : diagnostics)
  }

  /// What reports call the map read from `source`: the path itself, or with `--pseudonymise`
  /// its school's code and wave (folder names are often school names), `kaart` before loading.
  func name(ofSource source: String) -> String {
    pseudonymise ? PseudonymSession.shared.name(ofSource: source) ?? "kaart" : source
  }
}

/// The pseudonymisation of one run: one key for every map the run loads (read from `--key` at
/// the first map, written back whenever a map adds names), and the name each loaded map goes
/// by in reports.
final class PseudonymSession: Sendable {
  static let shared = PseudonymSession()

  private struct State {
    var key: PseudonymKey?
    var noteGiven = false
    var nameBySource: [String: String] = [:]
    var codeByID: [String: [ActorID: ActorID]] = [:]
  }

  private let state = Mutex(State())

  /// `map` with codes for names, the key extended and saved; prints the redacted `warnings`
  /// of reading it and what was left out. Exits with status 1 when the key file is damaged
  /// or cannot be written.
  func pseudonymise(_ map: PartnershipMap, warnings: [Diagnostic], source: String, keyFile: String?) throws
    -> PartnershipMap
  {
    let result = try withKeyFile(keyFile) { () throws -> Pseudonymisation in
      let result = Pseudonymisation(map, key: try storedKey(keyFile))
      if let keyFile, !result.newEntries.isEmpty { try PseudonymKeyFile.write(result.key, to: keyFile) }
      return result
    }
    var notes = warnings.map(result.redacting) + result.notes
    if let keyFile, !result.newEntries.isEmpty {
      let added = result.newEntries.count
      notes.append(
        Diagnostic(
          .note, "\(added) new name\(added == 1 ? "" : "s") added to the key (\(result.key.entries.count) in all)",
          at: SourceLocation(file: keyFile)))
    }
    let firstNote = state.withLock { state in
      state.key = result.key
      let school = result.map.metadata.school ?? result.map.focalSchool?.rawValue ?? "kaart"
      var name = school + (result.map.metadata.wave.map { " (wave \($0))" } ?? "")
      let taken = Set(state.nameBySource.filter { $0.key != source }.values)
      var number = 2
      let base = name
      while taken.contains(name) {
        name = "\(base) #\(number)"
        number += 1
      }
      state.nameBySource[source] = name
      state.codeByID[source] = result.codeByID
      defer { state.noteGiven = true }
      return !state.noteGiven
    }
    if keyFile == nil && firstNote {
      notes.append(
        Diagnostic(
          .note,
          "without --key the codes hold for this run only: another run, map or wave may give the same name another code; add --key FILE to keep them"
        ))
    }
    DiagnosticPrinter.print(notes)
    return result.map
  }

  /// Runs `body` holding the key file's lock (``NetwerkkaartIO/PseudonymKeyFile/locked(_:_:)``)
  /// when there is one; a key file that cannot be locked, read or written exits with status 1.
  private func withKeyFile<T>(_ keyFile: String?, _ body: () throws -> T) throws -> T {
    guard let keyFile else { return try body() }
    do {
      return try PseudonymKeyFile.locked(keyFile, body)
    } catch let error as PseudonymKeyFile.KeyFileError {
      DiagnosticPrinter.print(error.diagnostics)
      throw ExitCode.failure
    }
  }

  /// The key of this run: with a key file the stored one, read afresh under its lock (another
  /// run may have extended it; it holds everything this run added); else the one extended by
  /// earlier maps of this run.
  private func storedKey(_ keyFile: String?) throws -> PseudonymKey {
    guard let keyFile else { return state.withLock({ $0.key }) ?? PseudonymKey() }
    do {
      return try PseudonymKeyFile.read(path: keyFile)
    } catch {
      DiagnosticPrinter.print(error.diagnostics)
      DiagnosticPrinter.standardError(
        "\(keyFile): note: the key file was left as it is; correct it and run again\n")
      throw ExitCode.failure
    }
  }

  /// The name the map read from `source` goes by in reports: its school's code and wave.
  func name(ofSource source: String) -> String? {
    state.withLock { $0.nameBySource[source] }
  }

  /// The code of the actor that had id `id` in the map read from `source`.
  func code(of id: ActorID, inSource source: String) -> ActorID? {
    state.withLock { $0.codeByID[source]?[id] }
  }

  /// `diagnostics` of a map that could not be read, with quoted values other than codebook
  /// words hidden: the map's names are not known yet, and quoted values hold them.
  static func redactingUnread(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var redacted = diagnostics.map { diagnostic in
      var copy = diagnostic
      copy.message = Pseudonymisation.hidingQuotedText(in: diagnostic.message) {
        Pseudonymisation.codebookWords.contains($0.lowercased())
      }
      return copy
    }
    redacted.append(
      Diagnostic(.note, "values in these messages are hidden (--pseudonymise); run validate on the map to see them"))
    return redacted
  }
}
