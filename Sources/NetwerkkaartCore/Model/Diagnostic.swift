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
  /// What is wrong and what to change, without the location and severity.
  public var message: String

  /// A diagnostic of `severity` saying `message`, at `location` if known.
  public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// An error: the input cannot be used as it is.
  public static func error(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
    Diagnostic(.error, message, at: location)
  }

  /// A warning: something was changed or looks suspicious.
  public static func warning(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
    Diagnostic(.warning, message, at: location)
  }

  /// `file:line: severity: message`, or `severity: message` without a location.
  public var description: String {
    if let location { return "\(location): \(severity.rawValue): \(message)" }
    return "\(severity.rawValue): \(message)"
  }
}
