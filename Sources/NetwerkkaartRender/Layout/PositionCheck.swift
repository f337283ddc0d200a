import Foundation
import NetwerkkaartCore

/// Saved positions (`ActorPositions` of NetwerkkaartCore) checked against the map they are to be
/// used for: which actors keep their place, and what is wrong with the rest.
///
/// - An id the map does not have is a **note** (a partner of the earlier wave that is gone).
/// - A file none of whose ids is in the map is an **error**: it belongs to another map.
/// - The focal actor sits at the centre; a file that puts it elsewhere is an **error**.
/// - Every other actor must lie in its role's band: the bands are nested (kern innermost, then
///   verankering, omkadering, context, no role), so, by distance from the centre, the kept
///   actors must come in role order. Sorting them by distance, the longest run in role order
///   (a longest non-decreasing subsequence of their band numbers) is taken as the bands; an
///   actor outside it is an **error** naming the band it should lie in (from the farthest kept
///   actor of an inner band to the nearest of an outer one). When the file's `ring` column
///   shows that the actor's role changed since the positions were saved (the working group that
///   joined the kern in the second wave), it is instead placed anew in its new band, with a
///   **note**.
///
/// The check uses distances from the centre only, not node sizes, so it gives the same answer
/// for every label mode and font size.
public struct PositionCheck: Sendable {
  /// The position of each actor that keeps its place, by index in the map, in inches.
  public let fixed: [Int: RingLayout.Point]
  /// Errors (the positions cannot be used as they are) and notes, each at its line of the file
  /// when the positions were read from one.
  public let diagnostics: [Diagnostic]

  /// Whether the positions can be used: no diagnostic is an error.
  public var isUsable: Bool { !diagnostics.contains { $0.severity == .error } }

  /// Checks `positions` for `map`, whose actor `focus` (an index) sits at the centre.
  public init(_ positions: ActorPositions, map: PartnershipMap, focus: Int?) {
    var diagnostics: [Diagnostic] = []
    var found: [(index: Int, entry: ActorPositions.Entry)] = []
    for entry in positions.entries {
      guard let index = map.indexByID[entry.id] else {
        diagnostics.append(
          .worded(.note, .positionNotInMap, entry.id, at: entry.location))
        continue
      }
      found.append((index, entry))
    }
    if found.isEmpty && !positions.isEmpty {
      diagnostics.append(
        .worded(
          .error, .positionsOfAnotherMap, positions.count,
          at: positions.entries.first?.location.map { SourceLocation(file: $0.file) }))
    }
    var fixed: [Int: RingLayout.Point] = [:]
    var ringed: [(index: Int, entry: ActorPositions.Entry, band: Int)] = []
    for (index, entry) in found {
      if index == focus {
        if abs(entry.x) > Self.tolerance || abs(entry.y) > Self.tolerance {
          diagnostics.append(
            .worded(.error, .focalActorOffCentre, entry.id, at: entry.location))
        }
        fixed[index] = RingLayout.Point(x: 0, y: 0)
        continue
      }
      ringed.append((index, entry, Self.band(of: map.actors[index].role)))
    }
    let kept = Self.inRoleOrder(ringed.map { ($0.entry.radius, $0.band) })
    for (position, item) in ringed.enumerated() {
      if kept.contains(position) {
        fixed[item.index] = RingLayout.Point(x: item.entry.x, y: item.entry.y)
        continue
      }
      let inner = kept.filter { ringed[$0].band < item.band }.map { ringed[$0].entry.radius }.max() ?? 0
      let outer = kept.filter { ringed[$0].band > item.band }.map { ringed[$0].entry.radius }.min()
      let role = map.actors[item.index].role
      let roleName = role?.rawValue ?? "geen rol"
      let saved = item.entry.ring.map { $0.isEmpty ? "geen rol" : $0 }
      if let saved, saved != roleName {
        diagnostics.append(
          .worded(.note, .positionRoleChanged, item.entry.id, saved, roleName, at: item.entry.location))
        continue
      }
      // The band's extent in each language, then the sentence around it.
      var diagnostic = Diagnostic.worded(.error, .positionOutsideBand)
      for language in Language.allCases {
        let band =
          outer.map { language.word(.bandBetween, Self.inches(inner), Self.inches($0)) }
          ?? language.word(.bandOutward, Self.inches(inner))
        let text = language.word(
          .positionOutsideBand, item.entry.id, roleName, Self.inches(item.entry.radius), band)
        if language == .nl { diagnostic.dutch = text } else { diagnostic.message = text }
      }
      diagnostic.location = item.entry.location
      diagnostics.append(diagnostic)
    }
    self.fixed = fixed
    self.diagnostics = diagnostics
  }

  /// How far from (0, 0) the focal actor may be saved, in inches (the file keeps 4 decimals).
  static let tolerance = 0.0005

  /// The band number of a role: 0 for kern … 3 for context, 4 for no role.
  static func band(of role: ActorRole?) -> Int { role.map { ActorRole.allCases.firstIndex(of: $0) ?? 0 } ?? 4 }

  /// The items (by position in `items`) of a longest run that, sorted by distance, never goes
  /// back to an inner band: the most actors whose places agree with nested bands. Equal
  /// distances sort inner band first, then by position, so the answer is the same every time.
  static func inRoleOrder(_ items: [(radius: Double, band: Int)]) -> Set<Int> {
    let order = items.indices.sorted {
      (items[$0].radius, items[$0].band, $0) < (items[$1].radius, items[$1].band, $1)
    }
    // Patience sorting: tails[k] ends the best run of length k + 1 found so far.
    var tails: [Int] = []
    var previous = [Int?](repeating: nil, count: items.count)
    for item in order {
      let band = items[item].band
      var low = 0
      var high = tails.count
      while low < high {
        let middle = (low + high) / 2
        if items[tails[middle]].band <= band { low = middle + 1 } else { high = middle }
      }
      previous[item] = low > 0 ? tails[low - 1] : nil
      if low == tails.count { tails.append(item) } else { tails[low] = item }
    }
    var kept: Set<Int> = []
    var current = tails.last
    while let item = current {
      kept.insert(item)
      current = previous[item]
    }
    return kept
  }

  /// A distance in inches with at most 2 decimals, for messages.
  static func inches(_ value: Double) -> String { String(format: "%.2f", value) }
}
