/// Finds the allowed value closest to a misspelt one, for "did you mean ...?" hints.
package enum Suggestion {
  /// The candidate nearest to `text` by edit distance (case-insensitive), if it is near
  /// enough to be a plausible typo: at most a third of the longer word, and at most 3 edits.
  package static func nearest<S: Sequence>(to text: String, in candidates: S) -> String?
  where S.Element == String {
    let needle = Array(text.lowercased())
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(needle, Array(candidate.lowercased()))
      if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    guard let best else { return nil }
    let limit = min(3, max(1, max(needle.count, best.candidate.count) / 3))
    return best.distance <= limit ? best.candidate : nil
  }

  /// The hint that names `nearest`, to end a message with: ` (did you mean "clb"?)`, in Dutch
  /// ` (bedoel je "clb"?)`; empty in both languages when there is nothing near.
  package static func hint(_ nearest: String?) -> Wording {
    guard let nearest else { return Wording("", dutch: "") }
    return Wording(" (did you mean \"\(nearest)\"?)", dutch: " (bedoel je \"\(nearest)\"?)")
  }

  /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
  /// neighbouring letters (`cbl` for `clb`) each cost 1.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var twoBack = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], twoBack[j - 2] + 1)
        }
      }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[b.count]
  }
}
