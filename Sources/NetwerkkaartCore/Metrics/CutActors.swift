/// Actors whose removal would cut others off from the focal actor (usually the school): the
/// articulation points of the map seen from the focal actor, and how many actors each one is the
/// only way to.
///
/// An actor u cuts off the actors of a depth-first subtree below it when no tie from that
/// subtree reaches above u (Hopcroft & Tarjan's low-point rule: low(v) ≥ disc(u) for the child v);
/// ``cutOff``[u] sums those subtrees. On a netwerkkaart such an actor is a *brugfiguur* in the
/// strongest sense: the school reaches some partners only through it.
///
/// - Direction: ties are read as undirected (a bridge works both ways).
/// - Weights: not used.
/// - Values: actors outside the focal actor's component, and the focal actor itself, get 0;
///   n = 0 gives empty arrays, n = 1 and n = 2 give zeros (one tie has no inner actor).
///
/// Reference: Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph
/// manipulation. *Communications of the ACM* 16(6), 372–378. NetworkX:
/// `nx.articulation_points` (without the counts).
public struct CutActors: Sendable, Hashable {
  /// The actor the map is seen from.
  public let focus: Int
  /// For each actor, how many actors lose their only path to the focal actor without it.
  public let cutOff: [Int]
  /// For each actor, the actors it is the only way to (empty for most).
  public let separated: [[Int]]

  /// Finds the actors of `network` that cut others off from `focus`, an actor index (for the
  /// school: `network.index(of: "school")`). A `focus` outside the network gives all zeros.
  public init(_ network: Network, focus: Int) {
    let n = network.actorCount
    var cutOff = [Int](repeating: 0, count: n)
    var separated = [[Int]](repeating: [], count: n)
    self.focus = focus
    guard (0..<n).contains(focus) else {
      self.cutOff = cutOff
      self.separated = separated
      return
    }
    // Undirected view: outgoing and incoming together.
    func neighbors(_ u: Int) -> [Int] {
      var list = network.outgoing.neighbors(of: u).map(Int.init)
      if network.isDirected { list += network.incoming.neighbors(of: u).map(Int.init) }
      return list
    }
    var discovery = [Int](repeating: -1, count: n)
    var low = [Int](repeating: 0, count: n)
    var parent = [Int](repeating: -1, count: n)
    var order: [Int] = []  // discovery order, to collect subtrees
    var time = 0
    // Iterative depth-first search: stack of (actor, its neighbours, next position).
    var stack: [(actor: Int, neighbors: [Int], next: Int)] = [(focus, neighbors(focus), 0)]
    discovery[focus] = time
    low[focus] = time
    order.append(focus)
    var subtreeEnd = [Int](repeating: 0, count: n)
    while !stack.isEmpty {
      let top = stack.count - 1
      let u = stack[top].actor
      if stack[top].next < stack[top].neighbors.count {
        let v = stack[top].neighbors[stack[top].next]
        stack[top].next += 1
        if discovery[v] < 0 {
          time += 1
          discovery[v] = time
          low[v] = time
          parent[v] = u
          order.append(v)
          stack.append((v, neighbors(v), 0))
        } else if v != parent[u] {
          low[u] = min(low[u], discovery[v])
        }
        continue
      }
      stack.removeLast()
      subtreeEnd[u] = order.count
      let p = parent[u]
      guard p >= 0 else { continue }
      low[p] = min(low[p], low[u])
      if p != focus && low[u] >= discovery[p] {
        // The subtree of u, order[position(u) ..< subtreeEnd[u]], hangs on p alone.
        let start = discovery[u]
        let members = order[start..<subtreeEnd[u]]
        cutOff[p] += members.count
        separated[p] += members
      }
    }
    for index in separated.indices { separated[index].sort() }
    self.cutOff = cutOff
    self.separated = separated
  }
}
