import Foundation

/// What to change about an entry a key refuses. Names are not quoted: a key is private and its
/// messages may end up in a shared log.
extension PseudonymKey.Conflict: CustomStringConvertible, LocalizedError {
  /// What is wrong with the entry and what to change.
  public var description: String {
    switch self {
    case .empty:
      "a key entry needs both a name and a code; fill in the empty one or leave the entry out"
    case .nameTaken(let code):
      "this name already has code \(code) (letter case and spaces aside); keep one entry per name"
    case .codeTaken:
      "this code is already given to another name; give each name its own code"
    }
  }

  /// The same as ``description``.
  public var errorDescription: String? { description }
}
