import NetwerkkaartCore

/// Small networks written out by hand, with actor names, for tests whose expected values are
/// derived by hand or taken from publications.
struct NamedNetwork {
  let names: [String]
  let network: Network

  init(_ ties: [(String, String)], isolates: [String] = [], directed: Bool = false) {
    self.init(ties.map { ($0.0, $0.1, 1.0) }, isolates: isolates, directed: directed, weighted: false)
  }

  init(_ ties: [(String, String, Double)], isolates: [String] = [], directed: Bool = false, weighted: Bool) {
    var names: [String] = []
    var index: [String: Int] = [:]
    func id(_ name: String) -> Int {
      if let known = index[name] { return known }
      index[name] = names.count
      names.append(name)
      return names.count - 1
    }
    let edges = ties.map { Network.Edge(id($0.0), id($0.1), weight: $0.2) }
    for name in isolates { _ = id(name) }
    self.names = names
    network = Network(actorCount: names.count, edges: edges, directed: directed, weighted: weighted)
  }

  /// Values of a per-actor metric by actor name.
  func byName(_ values: [Double]) -> [String: Double] {
    Dictionary(uniqueKeysWithValues: zip(names, values))
  }
}

/// Padgett's Florentine families, marriage ties (Breiger & Pattison 1986; Wasserman & Faust
/// 1994, Appendix B), without the isolated Pucci family, as in W&F's chapter 5 analyses.
let florentineMarriages: [(String, String)] = [
  ("Acciaiuoli", "Medici"), ("Castellani", "Peruzzi"), ("Castellani", "Strozzi"),
  ("Castellani", "Barbadori"), ("Medici", "Barbadori"), ("Medici", "Ridolfi"),
  ("Medici", "Tornabuoni"), ("Medici", "Albizzi"), ("Medici", "Salviati"),
  ("Salviati", "Pazzi"), ("Peruzzi", "Strozzi"), ("Peruzzi", "Bischeri"),
  ("Strozzi", "Ridolfi"), ("Strozzi", "Bischeri"), ("Ridolfi", "Tornabuoni"),
  ("Tornabuoni", "Guadagni"), ("Albizzi", "Ginori"), ("Albizzi", "Guadagni"),
  ("Bischeri", "Guadagni"), ("Guadagni", "Lamberteschi"),
]

/// Krackhardt's (1990) kite network.
let kiteTies: [(String, String)] = [
  ("Andre", "Beverly"), ("Andre", "Carol"), ("Andre", "Diane"), ("Andre", "Fernando"),
  ("Beverly", "Diane"), ("Beverly", "Ed"), ("Beverly", "Garth"), ("Carol", "Diane"),
  ("Carol", "Fernando"), ("Diane", "Ed"), ("Diane", "Fernando"), ("Diane", "Garth"),
  ("Ed", "Garth"), ("Fernando", "Garth"), ("Fernando", "Heather"), ("Garth", "Heather"),
  ("Heather", "Ike"), ("Ike", "Jane"),
]

/// Values published to three decimals agree when they differ by at most half a unit in the
/// last place (plus floating-point noise).
let publishedPrecision = 0.0005 + 1e-12
