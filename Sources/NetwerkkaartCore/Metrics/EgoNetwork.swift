/// The focal actor's own network: its alters (the actors it has a tie with) and the ties among
/// them, the view egocentric studies take of a school (egor in R; UCINET's Ego Networks).
///
/// ```
/// size        = |alters|                                      distinct partners, either direction
/// alter ties  = ties between two alters (ego's own ties left out)
/// density     = alter ties / (size · (size − 1) / 2)          undirected; 0 when size < 2
///               alter ties / (size · (size − 1))              directed
/// ```
/// - Direction: alters are the actors tied to ego in either direction; on a directed map alter
///   ties are counted per direction (a → b and b → a are two).
/// - Weights: not used (density counts ties).
/// - Values: an isolated ego has size 0 and density 0; a map of one or two actors gives density 0.
///
/// Burt's effective size, efficiency and constraint of the ego are the ego's values among the
/// structural-hole measures (`Docs/Metrics/StructuralHoles.md`).
///
/// Reference: Wasserman & Faust (1994), §2.3 and §4.4 (ego-centred networks); Perry, Pescosolido &
/// Borgatti (2018), *Egocentric Network Analysis*, ch. 6.
public struct EgoNetwork: Sendable, Hashable {
  /// The index of the actor the network is centred on.
  public let ego: Int
  /// Ego's alters, in actor order.
  public let alters: [Int]
  /// Ties among alters.
  public let alterTies: Int
  /// Density among alters, without ego.
  public let density: Double

  /// The ego network of actor `ego` (an index into `network`'s actors); an index outside the
  /// network gives an empty ego network (no alters, density 0).
  public init(_ network: Network, ego: Int) {
    self.ego = ego
    guard (0..<network.actorCount).contains(ego) else {
      alters = []
      alterTies = 0
      density = 0
      return
    }
    var isAlter = [Bool](repeating: false, count: network.actorCount)
    for v in network.outgoing.neighbors(of: ego) { isAlter[Int(v)] = true }
    for v in network.incoming.neighbors(of: ego) { isAlter[Int(v)] = true }
    let alters = (0..<network.actorCount).filter { isAlter[$0] }
    var ties = 0
    for a in alters {
      for v in network.outgoing.neighbors(of: a) where isAlter[Int(v)] {
        if network.isDirected || Int(v) > a { ties += 1 }
      }
    }
    let k = alters.count
    let possible = network.isDirected ? k * (k - 1) : k * (k - 1) / 2
    self.alters = alters
    alterTies = ties
    density = possible > 0 ? Double(ties) / Double(possible) : 0
  }
}
