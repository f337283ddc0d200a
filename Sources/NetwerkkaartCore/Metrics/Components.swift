/// Connected components: the groups of actors that can reach each other over ties, ignoring
/// their direction (on directed maps these are *weakly* connected components).
///
/// Every actor belongs to exactly one component; an isolate is a component of its own, so an
/// empty map has 0 components, a single actor 1, and two actors without a tie 2. Components are
/// numbered 0, 1, ... in order of their first actor.
///
/// - Complexity: O(n + m), breadth-first search.
///
/// Reference: Wasserman & Faust (1994), §4.3.4; NetworkX `number_connected_components`
/// and `number_weakly_connected_components`.
public struct Components: Sendable, Hashable {
  /// Component number of each actor.
  public let componentOfActor: [Int]
  /// Number of components.
  public let count: Int

  /// Finds the components of `network` (weakly connected when directed): `Components(network).count`.
  public init(_ network: Network) {
    let n = network.actorCount
    var component = [Int](repeating: -1, count: n)
    var queue: [Int] = []
    queue.reserveCapacity(n)
    var count = 0
    let directions = network.isDirected ? [network.outgoing, network.incoming] : [network.outgoing]
    for start in 0..<n where component[start] < 0 {
      component[start] = count
      queue.removeAll(keepingCapacity: true)
      queue.append(start)
      var head = 0
      while head < queue.count {
        let v = queue[head]
        head += 1
        for adjacency in directions {
          for w in adjacency.neighbors(of: v) where component[Int(w)] < 0 {
            component[Int(w)] = count
            queue.append(Int(w))
          }
        }
      }
      count += 1
    }
    componentOfActor = component
    self.count = count
  }

  /// Number of actors in each component.
  public var sizes: [Int] {
    var sizes = [Int](repeating: 0, count: count)
    for component in componentOfActor { sizes[component] += 1 }
    return sizes
  }
}
