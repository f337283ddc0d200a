import Foundation

/// `localizedDescription` gives the filter and what to write instead.
extension FilterError: LocalizedError {
  /// The filter that cannot be read or applied, and what to write instead.
  public var errorDescription: String? { description }
}
