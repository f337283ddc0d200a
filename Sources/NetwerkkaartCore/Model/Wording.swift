/// A message in English and in Dutch that has no place yet: what a parser or a check of one
/// value says, handed to the reader that knows the file, line or cell it came from.
///
/// ```swift
/// let empty = Wording("the cell is empty", dutch: "de cel is leeg")
/// Diagnostic.error(empty, at: SourceLocation(file: "ties.csv", line: 3)).description(in: .nl)
/// // "ties.csv:3: error: de cel is leeg"
/// ```
public struct Wording: Hashable, Sendable {
  /// The message in English: what ``Diagnostic/message`` holds.
  public var english: String
  /// The same message in Dutch (the terms of `Docs/Glossary.md`).
  public var dutch: String

  /// A message given in both languages.
  public init(_ english: String, dutch: String) {
    self.english = english
    self.dutch = dutch
  }

  /// The message in `language`.
  public func text(in language: Language) -> String { language == .nl ? dutch : english }

  /// Each language's message followed by the same message of `rhs`.
  public static func + (lhs: Wording, rhs: Wording) -> Wording {
    Wording(lhs.english + rhs.english, dutch: lhs.dutch + rhs.dutch)
  }
}

extension Diagnostic {
  /// A diagnostic of `severity` saying `wording` in both languages, at `location` if known.
  public init(_ severity: Severity, _ wording: Wording, at location: SourceLocation? = nil) {
    self.init(severity, wording.english, at: location)
    dutch = wording.dutch
  }

  /// An error worded in both languages.
  public static func error(_ wording: Wording, at location: SourceLocation? = nil) -> Diagnostic {
    Diagnostic(.error, wording, at: location)
  }

  /// A warning worded in both languages.
  public static func warning(_ wording: Wording, at location: SourceLocation? = nil) -> Diagnostic {
    Diagnostic(.warning, wording, at: location)
  }

  /// The message in both languages; the English one where there is no Dutch one.
  public var wording: Wording { Wording(message, dutch: dutch ?? message) }

  /// A copy of the diagnostic with `change` applied to its message in each language (the
  /// Dutch one only where there is one): redacting names, adding a hint.
  public func rewording(_ change: (String) -> String) -> Diagnostic {
    var copy = self
    copy.message = change(message)
    copy.dutch = dutch.map(change)
    return copy
  }
}
