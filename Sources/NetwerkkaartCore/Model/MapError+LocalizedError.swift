import Foundation

/// `localizedDescription` gives every problem, one per line, compiler style
/// (`ties.csv:17: error: tie names unknown actor "S12"; add it to the actors or correct the id`).
extension MapError: LocalizedError {
  /// The problems, one per line, each with its place and what to change.
  public var errorDescription: String? { description }
}
