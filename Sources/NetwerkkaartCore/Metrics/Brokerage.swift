/// Gould and Fernandez's brokerage roles: in how many two-paths a → b → c, where a has no tie
/// to c, actor b brokers, and between which groups.
///
/// With g(x) the group of actor x (by role, type, inside/outside the school …):
///
/// | role | groups | on a netwerkkaart |
/// |---|---|---|
/// | coordinator | g(a) = g(b) = g(c) | brokers inside its own group |
/// | itinerant (consultant) | g(a) = g(c) ≠ g(b) | an outsider linking two members of one group |
/// | representative | g(a) = g(b) ≠ g(c) | carries its group's contact outward |
/// | gatekeeper | g(b) = g(c) ≠ g(a) | lets an outsider in to its group |
/// | liaison | g(a), g(b), g(c) all different | links two groups it belongs to neither of |
///
/// - Direction: on a directed map a two-path follows the ties' direction and a → c must be
///   absent (a tie c → a does not matter), as in Gould & Fernandez (1989) and statnet's
///   `brokerage`.
/// - Undirected maps (the usual netwerkkaart): a two-path a – b – c with a and c not tied is
///   counted once, not once per direction. Representative and gatekeeper are then the same
///   situation seen from either end, so they form one role, *representative/gatekeeper*
///   (``representativeOrGatekeeper``; ``representative`` and ``gatekeeper`` stay 0). statnet's
///   `brokerage` on a symmetric matrix counts each path in both directions instead: its
///   coordinator, itinerant and liaison counts are twice ours, and its representative and
///   gatekeeper counts each equal ours.
/// - Weights are not used: a tie is there or not.
/// - Values: every count is 0 for n < 3. ``total`` is the number of two-paths b brokers.
///
/// Example (hand-derived, undirected): school S (group *intern*) tied to CLB C and adviser P
/// (group *extern*), C tied to university U (*extern*), no other ties. S brokers C – S – P
/// (itinerant: S is outside the group of both ends); C brokers S – C – U
/// (representative/gatekeeper: C shares its group with U only); P and U broker nothing (one tie
/// each).
///
/// Reference: Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach
/// to brokerage in transaction networks. *Sociological Methodology* 19, 89–126.
public struct Brokerage: Sendable, Hashable {
  /// The groups the roles are counted between.
  public let partition: ActorPartition
  /// Per actor: two-paths it brokers with both ends in its own group.
  public let coordinator: [Int]
  /// Per actor: two-paths it brokers between two members of one group it is not in.
  public let itinerant: [Int]
  /// Directed maps only.
  public let representative: [Int]
  /// Directed maps only.
  public let gatekeeper: [Int]
  /// Undirected maps only: representative and gatekeeper together.
  public let representativeOrGatekeeper: [Int]
  /// Per actor: two-paths it brokers between two other groups, all three different.
  public let liaison: [Int]
  /// All two-paths brokered.
  public let total: [Int]

  /// Counts every actor's brokered two-paths in `network` by the groups of `partition`, which
  /// must have one group per actor of `network`.
  public init(_ network: Network, partition: ActorPartition) {
    let n = network.actorCount
    var coordinator = [Int](repeating: 0, count: n)
    var itinerant = coordinator
    var representative = coordinator
    var gatekeeper = coordinator
    var either = coordinator
    var liaison = coordinator
    var total = coordinator
    // stamp[c] == a + 1 marks c as a neighbour (successor) of the current a.
    var stamp = [Int](repeating: 0, count: n)
    let group = partition.groupOfActor
    for broker in 0..<n {
      let gb = group[broker]
      for first in network.incoming.neighbors(of: broker) {
        let a = Int(first)
        for next in network.outgoing.neighbors(of: a) { stamp[Int(next)] = a + 1 }
        let ga = group[a]
        for last in network.outgoing.neighbors(of: broker) {
          let c = Int(last)
          guard c != a, stamp[c] != a + 1 else { continue }
          // Undirected: each unordered path once.
          if !network.isDirected && c < a { continue }
          let gc = group[c]
          total[broker] += 1
          switch (ga == gb, gb == gc, ga == gc) {
          case (true, true, _): coordinator[broker] += 1
          case (false, false, true): itinerant[broker] += 1
          case (true, false, _):
            if network.isDirected { representative[broker] += 1 } else { either[broker] += 1 }
          case (false, true, _):
            if network.isDirected { gatekeeper[broker] += 1 } else { either[broker] += 1 }
          case (false, false, false): liaison[broker] += 1
          }
        }
      }
    }
    self.partition = partition
    self.coordinator = coordinator
    self.itinerant = itinerant
    self.representative = representative
    self.gatekeeper = gatekeeper
    self.representativeOrGatekeeper = either
    self.liaison = liaison
    self.total = total
  }
}
