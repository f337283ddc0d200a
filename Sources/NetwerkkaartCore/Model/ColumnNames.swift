/// The names under which every reader finds the built-in fields of actors and ties, in any
/// file format: the English name first, then the Dutch and other accepted aliases, all lower
/// case (readers compare without regard to letter case).
package enum ColumnNames {
  package static let label = ["label", "naam", "name"]
  package static let role = ["role", "rol"]
  package static let source = ["source", "from", "van", "bron"]
  package static let target = ["target", "to", "naar"]
  package static let weight = ["weight", "gewicht", "sterkte", "strength"]
}

extension Double {
  /// `3` for whole numbers, else the shortest text that reads back as the same number (`2.5`).
  package var plainText: String {
    self == rounded() && abs(self) < 1e15 ? String(Int64(self)) : "\(self)"
  }
}
