/// A message about the input: an error that stops the analysis, or a warning about
/// something the library changed or found suspicious (a merged duplicate tie, a dropped
/// self-tie).
///
/// The library returns diagnostics and never prints them; the command-line tool writes them
/// to standard error in compiler style:
///
/// ```
/// ties.csv:17: error: tie names unknown actor "S12"; add it to the actors or correct the id (did you mean "S1"?)
/// ```
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Codable {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Hashable, Codable {
    /// The input cannot be used as it is.
    case error
    /// Something was changed or looks suspicious; the analysis goes on.
    case warning
    /// Extra information about another diagnostic.
    case note
  }

  /// Error, warning or note.
  public var severity: Severity
  /// Where in the input; `nil` for the input as a whole.
  public var location: SourceLocation?
  /// What is wrong and what to change, without the location and severity, in English.
  public var message: String
  /// The message in Dutch, where the library words it in both languages (the checks of
  /// `validate`: codebook values, suspicious data, merged and dropped ties, unknown and duplicate
  /// actors); `nil` where it has only the English one.
  public var dutch: String?

  /// A diagnostic of `severity` saying `message`, at `location` if known.
  public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// An error: the input cannot be used as it is; `dutch` is the same message in Dutch.
  public static func error(_ message: String, dutch: String? = nil, at location: SourceLocation? = nil)
    -> Diagnostic
  {
    var diagnostic = Diagnostic(.error, message, at: location)
    diagnostic.dutch = dutch
    return diagnostic
  }

  /// A warning: something was changed or looks suspicious; `dutch` is the same message in Dutch.
  public static func warning(_ message: String, dutch: String? = nil, at location: SourceLocation? = nil)
    -> Diagnostic
  {
    var diagnostic = Diagnostic(.warning, message, at: location)
    diagnostic.dutch = dutch
    return diagnostic
  }

  /// Two diagnostics are equal when they say the same thing at the same place: the Dutch
  /// wording is a translation, not part of the identity.
  public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    lhs.severity == rhs.severity && lhs.location == rhs.location && lhs.message == rhs.message
  }

  /// Hashes what `==` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(severity)
    hasher.combine(location)
    hasher.combine(message)
  }

  /// The message in `language`: the Dutch one when asked and there is one, else the English.
  public func message(in language: Language) -> String { language == .nl ? dutch ?? message : message }

  /// ``description`` in `language`: `file:line: warning: actor "x" heeft geen relaties; …`. The
  /// severity stays `error`, `warning` or `note` in both languages, as compilers write it, so
  /// that editors and scripts find the diagnostics whatever the language.
  public func description(in language: Language) -> String {
    let text = message(in: language)
    if let location { return "\(location): \(severity.rawValue): \(text)" }
    return "\(severity.rawValue): \(text)"
  }

  /// `file:line: severity: message`, or `severity: message` without a location.
  public var description: String {
    if let location { return "\(location): \(severity.rawValue): \(message)" }
    return "\(severity.rawValue): \(message)"
  }
}
