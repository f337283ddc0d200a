import Foundation
import NetwerkkaartCore

/// A map that could not be loaded as requested, with every diagnostic of the attempt.
///
/// ``diagnostics`` are in the order they arose: what was found before the failure (the reader's
/// warnings, the notes of pseudonymisation) and then the problems that stopped it (every error
/// of an unreadable file; the one error of a filter or of a missing focal school). No message
/// names a command-line option.
public struct MapLoadError: Error, Sendable, CustomStringConvertible, LocalizedError {
  /// The step that failed.
  public enum Reason: Sendable, Hashable {
    /// The source cannot be read or holds errors (syntax, missing columns, unknown actors …).
    case unreadable
    /// A tie filter cannot be applied to the map.
    case tieFilter
    /// The ego was to be left out, but no actor has type `school`.
    case noFocalSchool
    /// The pseudonymisation key file is damaged or cannot be written.
    case pseudonymKey
  }

  /// The step that failed.
  public var reason: Reason
  /// Every diagnostic of the attempt, in order (see the type's description).
  public var diagnostics: [Diagnostic]
  /// Whether quoted values were hidden from the messages because the map was to be
  /// pseudonymised and its names were not known yet.
  public var valuesHidden: Bool
  /// The request's pseudonymiser after the attempt: with its key extended when the failure
  /// came after the names were coded (``Reason-swift.enum/noFocalSchool``), so that the next
  /// map of a batch continues from it.
  public var pseudonymiser: Pseudonymiser?

  /// An error of `reason` with its diagnostics.
  public init(
    _ reason: Reason, diagnostics: [Diagnostic], valuesHidden: Bool = false, pseudonymiser: Pseudonymiser? = nil
  ) {
    self.reason = reason
    self.diagnostics = diagnostics
    self.valuesHidden = valuesHidden
    self.pseudonymiser = pseudonymiser
  }

  /// The diagnostics, one per line, compiler-style.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

  /// The same as ``description``.
  public var errorDescription: String? { description }
}
