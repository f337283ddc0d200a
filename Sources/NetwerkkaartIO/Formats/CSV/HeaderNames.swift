import NetwerkkaartCore

/// The rule every table with a header row follows (CSV files, the `*Node data` and `*Tie
/// data` sections of a VNA file): each column has a name, and no two columns share one,
/// letters compared without regard to case. A value under a nameless column, or under the
/// second of two columns of one name, would have nowhere to go in the map and would be lost
/// on writing, so the reader says so instead.
enum HeaderNames {
  /// The problems of `header`, all at `location` (the header row).
  static func problems(_ header: [String], at location: SourceLocation) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    var seen: [String: Int] = [:]
    for (index, name) in header.enumerated() {
      if name.isEmpty {
        problems.append(
          .error(
            "column \(index + 1) has no name in the header row; name it or delete the column",
            dutch: "kolom \(index + 1) heeft geen naam in de koprij; geef ze een naam of verwijder de kolom",
            at: location))
        continue
      }
      let key = name.lowercased()
      if let first = seen[key] {
        problems.append(
          .error(
            "column \(index + 1) \"\(name)\" repeats the name of column \(first + 1); give each column its own name",
            dutch:
              "kolom \(index + 1) \"\(name)\" herhaalt de naam van kolom \(first + 1); geef elke kolom een eigen naam",
            at: location))
      } else {
        seen[key] = index
      }
    }
    return problems
  }
}
