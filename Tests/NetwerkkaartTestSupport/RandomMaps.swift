import NetwerkkaartCore

/// The library's seedable generator, so that random test maps are the same on every machine.
package typealias SeededGenerator = SplitMix64

/// Random networks for property tests: G(n, p) with integer weights 1...5.
public enum RandomNetworks {
  public static func edges(actors n: Int, probability p: Double, directed: Bool, seed: UInt64) -> [Network.Edge] {
    var generator = SeededGenerator(seed: seed)
    var edges: [Network.Edge] = []
    for source in 0..<n {
      for target in (directed ? 0 : source + 1)..<n where source != target {
        if Double.random(in: 0..<1, using: &generator) < p {
          edges.append(Network.Edge(source, target, weight: Double(Int.random(in: 1...5, using: &generator))))
        }
      }
    }
    return edges
  }
}

/// Random netwerkkaarten for round-trip property tests: unicode ids and labels, every role,
/// free attributes whose values are hard for file formats (quotes, delimiters, line breaks,
/// leading spaces, words YAML reads as other types, numbers with leading zeros), isolates,
/// repeated pairs, self-ties, whole and fractional weights, and metadata.
public enum RandomMaps {
  /// Values chosen to break naive writers.
  public static let awkwardTexts = [
    "Zoë", "学校 3", "R&D \"lab\" <x> C:\\tmp", "a,b;c\td", "twee\nregels", " leading", "trailing ", "yes", "no",
    "true", "null", "~", "03", "1e5", "2.50", "- item", "key: value", "# not a comment", "%@actor 1", "'single'",
    "ÀÉÎÕÜ ß ø", "emoji 🙂", "x\r\ny", "=SUM(A1)", "{braces}", "[list]", "*Vertices 3", "dl n=2",
  ]

  static let plainWords = [
    "school", "clb", "gemeente", "universiteit", "bib", "directeur", "zoco", "pbd", "vzw", "hogeschool",
  ]

  /// A map drawn from `seed`; the same seed gives the same map everywhere.
  public static func map(seed: UInt64) throws -> PartnershipMap {
    var random = SeededGenerator(seed: seed)
    func text(_ awkwardShare: Double = 0.4) -> String {
      Double.random(in: 0..<1, using: &random) < awkwardShare
        ? awkwardTexts.pick(using: &random) : plainWords.pick(using: &random)
    }
    func trimmed(_ value: String) -> String {
      let result = value.trimmingASCIIWhitespace()
      return result.isEmpty ? "x" : result
    }
    let actorCount = Int.random(in: 1...14, using: &random)
    var actors: [ActorRecord] = []
    for index in 0..<actorCount {
      var actor = ActorRecord(id: ActorID("\(trimmed(text()))-\(index)"))
      if Bool.random(using: &random) { actor.label = trimmed(text()) }
      if Bool.random(using: &random) { actor.role = ActorRole.allCases.randomElement(using: &random) }
      if Bool.random(using: &random) { actor.type = trimmed(text(0.2)) }
      for key in ["intern", "functie", "notitie Zoë"] where Bool.random(using: &random) {
        actor.attributes[key] = key == "intern" ? (Bool.random(using: &random) ? "ja" : "nee") : text()
      }
      actors.append(actor)
    }
    let weights: [Double] = [1, 2, 3, 5, 2.5, 0.1, 3.75, 0.001, 12345.678, 1.0 / 3.0]
    var ties: [TieRecord] = []
    for _ in 0..<Int.random(in: 0...(2 * actorCount + 2), using: &random) {
      let source = actors.pick(using: &random).id
      let target = actors.pick(using: &random).id
      var tie = TieRecord(source: source, target: target, weight: weights.pick(using: &random))
      for key in ["frequentie", "motief", "doel", "1e kolom"] where Bool.random(using: &random) {
        tie.attributes[key] = key == "motief" ? ["taak", "relatie", "groei"].pick(using: &random) : text()
      }
      ties.append(tie)
    }
    var metadata = MapMetadata()
    if Bool.random(using: &random) {
      metadata = MapMetadata(school: text(), date: "2026-03-14", focusGroup: text(), wave: "1", notes: text())
      metadata.extra["onderzoeker"] = text()
    }
    return try PartnershipMap(actors: actors, ties: ties, metadata: metadata)
  }
}

extension Array {
  /// A uniformly chosen element of a non-empty array.
  package func pick(using generator: inout SeededGenerator) -> Element {
    self[Int.random(in: indices, using: &generator)]
  }
}
