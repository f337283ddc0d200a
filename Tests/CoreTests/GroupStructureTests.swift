import NetwerkkaartCore
import Testing

/// Densities within and between groups and the E-I index on small maps worked out by hand.
@Suite struct GroupStructureTests {
  /// Groups A = {0, 1, 2}, B = {3, 4}; ties 0-1, 1-2, 0-3, 3-4.
  /// Within A: 2 of 3 possible; within B: 1 of 1; between: 1 of 3·2 = 6.
  @Test func undirectedImageMatrix() {
    let network = Network(
      actorCount: 5, edges: [.init(0, 1, weight: 2), .init(1, 2), .init(0, 3, weight: 3), .init(3, 4)], weighted: true)
    let partition = ActorPartition(values: ["A", "A", "A", "B", "B"])
    let density = GroupDensity(network, partition: partition)
    #expect(density.ties == [[2, 1], [1, 1]])
    #expect(density.possible == [[3, 6], [6, 1]])
    let expectedDensity: [[Double]] = [[2.0 / 3, 1.0 / 6], [1.0 / 6, 1]]
    let expectedStrength: [[Double]] = [[1, 0.5], [0.5, 1]]
    #expect(density.density == expectedDensity)
    #expect(density.strength == expectedStrength)
  }

  /// Arcs 0→1, 1→0, 2→3 with A = {0, 1, 2}, B = {3}: A→A 2 of 6, A→B 1 of 3, B→A 0 of 3, B→B none possible.
  @Test func directedImageMatrix() {
    let network = Network(actorCount: 4, edges: [.init(0, 1), .init(1, 0), .init(2, 3)], directed: true)
    let density = GroupDensity(network, partition: ActorPartition(values: ["A", "A", "A", "B"]))
    #expect(density.ties == [[2, 1], [0, 0]])
    #expect(density.possible == [[6, 3], [3, 0]])
    let expected: [[Double]] = [[2.0 / 6, 1.0 / 3], [0, 0]]
    #expect(density.density == expected)
  }

  /// The example of `EIIndex`'s documentation: intern S, D, Z tied among each other (I = 3),
  /// S–C and Z–P to the extern C and P (E = 2).
  @Test func eiIndexOfTheSchoolBoundary() {
    // 0 S, 1 D, 2 Z, 3 C, 4 P
    let network = Network(
      actorCount: 5, edges: [.init(0, 1), .init(0, 2), .init(1, 2), .init(0, 3), .init(2, 4)])
    let ei = EIIndex(network, partition: ActorPartition(values: ["intern", "intern", "intern", "extern", "extern"]))
    #expect(ei.external == 2 && ei.internal == 3)
    #expect(ei.index == -0.2)
    #expect(ei.crossingShare == 0.4)
    #expect(ei.groupIndex == [-0.2, 1])
    // S: E 1, I 2; D: I 2; Z: E 1, I 2; C: E 1; P: E 1.
    let expected: [Double] = [-1.0 / 3, -1, -1.0 / 3, 1, 1]
    #expect(ei.actorIndex == expected)
  }

  @Test func noTiesGiveZeroNotNaN() {
    let ei = EIIndex(Network(actorCount: 2, edges: []), partition: ActorPartition(values: ["a", "b"]))
    #expect(ei.index == 0 && ei.crossingShare == 0 && ei.actorIndex == [0, 0])
    let empty = GroupDensity(Network(actorCount: 0, edges: []), partition: ActorPartition(values: []))
    #expect(empty.density.isEmpty)
  }
}

/// Gould & Fernandez's roles on two-paths built to hit each role: the five kinds of mediated
/// two-path a → b → c by which Gould & Fernandez (1989) define the typology (broker in the group of
/// both ends, of neither while they share one, of the first end only, of the last end only, three
/// groups). Random maps against statnet's algorithm: `Tests/Oracle/groups.py`.
@Suite struct BrokerageTests {
  /// Broker B (group 1) with in-neighbours a1 (1), a2 (2), a3 (3) and out-neighbours c1 (1), c2 (2),
  /// c3 (3): the nine two-paths a_i → B → c_j give coordinator (a1, c1); representative (a1, c2),
  /// (a1, c3); gatekeeper (a2, c1), (a3, c1); itinerant (a2, c2), (a3, c3); liaison (a2, c3),
  /// (a3, c2). The arc a1 → c1 closes the coordinator path; c2 → a2 (the other way) closes nothing.
  @Test func directedRolesByConstruction() {
    // 0 B, 1 a1, 2 a2, 3 a3, 4 c1, 5 c2, 6 c3
    let open: [Network.Edge] = [1, 2, 3].map { Network.Edge($0, 0) } + [4, 5, 6].map { Network.Edge(0, $0) }
    let groups = ActorPartition(values: ["1", "1", "2", "3", "1", "2", "3"])
    let all = Brokerage(Network(actorCount: 7, edges: open, directed: true), partition: groups)
    #expect(all.coordinator[0] == 1)
    #expect(all.representative[0] == 2)
    #expect(all.gatekeeper[0] == 2)
    #expect(all.itinerant[0] == 2)
    #expect(all.liaison[0] == 2)
    #expect(all.total[0] == 9)
    #expect(all.total[1...].allSatisfy { $0 == 0 })
    let closed = Brokerage(
      Network(actorCount: 7, edges: open + [.init(1, 4), .init(5, 2)], directed: true), partition: groups)
    #expect(closed.coordinator[0] == 0)
    #expect(closed.itinerant[0] == 2)
    #expect(closed.total[0] == 8)
  }

  /// The documentation's example: S (intern) tied to C and P, C tied to U; C, P, U extern.
  @Test func undirectedCountsEachPathOnce() {
    // 0 S, 1 C, 2 P, 3 U
    let network = Network(actorCount: 4, edges: [.init(0, 1), .init(0, 2), .init(1, 3)])
    let roles = Brokerage(network, partition: ActorPartition(values: ["intern", "extern", "extern", "extern"]))
    #expect(roles.itinerant == [1, 0, 0, 0])
    #expect(roles.representativeOrGatekeeper == [0, 1, 0, 0])
    #expect(roles.total == [1, 1, 0, 0])
    #expect(roles.representative == [0, 0, 0, 0] && roles.gatekeeper == [0, 0, 0, 0])
  }

  /// A triangle has no open two-paths.
  @Test func closedTriadsBrokerNothing() {
    let network = Network(actorCount: 3, edges: [.init(0, 1), .init(1, 2), .init(0, 2)])
    #expect(Brokerage(network, partition: ActorPartition(values: ["a", "b", "c"])).total == [0, 0, 0])
  }
}

/// Cut actors, the ego network and the role check on a map drawn by hand:
///
///     B — A — S — C          S is the school (focus); S, C, D form a triangle;
///         |    \ /           A is the only way from S to B and E.
///         E     D      X (isolate)
@Suite struct PositionTests {
  // 0 S, 1 A, 2 B, 3 C, 4 D, 5 E, 6 X
  let network = Network(
    actorCount: 7, edges: [.init(0, 1), .init(1, 2), .init(0, 3), .init(3, 4), .init(4, 0), .init(1, 5)])

  @Test func cutActorsSeenFromTheSchool() {
    let cut = CutActors(network, focus: 0)
    #expect(cut.cutOff == [0, 2, 0, 0, 0, 0, 0])
    #expect(cut.separated[1] == [2, 5])
  }

  @Test func egoNetworkOfTheSchool() {
    let ego = EgoNetwork(network, ego: 0)
    #expect(ego.alters == [1, 3, 4])
    #expect(ego.alterTies == 1)  // C–D
    #expect(ego.density == 1.0 / 3)
    #expect(EgoNetwork(network, ego: 6).density == 0)
  }

  /// Roles: S kern, A context, B kern, C kern, D verankering, E none, X kern.
  /// Degrees 3, 3, 1, 2, 2, 1, 0 → median 2. Betweenness (hand count of shortest paths):
  /// A lies on all paths from B and E to the others: B–E, and {B, E} × {S, C, D} = 1 + 6 = 7;
  /// S lies on paths from A, B, E to C, D: 3 · 2 = 6; the rest 0. Median 0, top quarter 3.
  @Test func roleCheckRules() {
    let roles: [ActorRole?] = [.core, .context, .core, .core, .anchoring, nil, .core]
    let degree = Degree(network)
    let betweenness = Betweenness(network)
    #expect(betweenness.raw == [6, 7, 0, 0, 0, 0, 0])
    let check = RoleCheck(
      roles: roles, degree: degree, betweenness: betweenness, cutActors: CutActors(network, focus: 0), focus: 0)
    #expect(check.medianDegree == 2)
    #expect(check.topQuarterBetweenness == 3)
    let points = check.points.map { "\($0.actor):\($0.rule.rawValue)" }
    // B (kern, degree 1 < 2, betweenness 0, not above the median 0) and X (kern, degree 0) are
    // "at the edge"; C (kern, degree 2) is not below the median degree. A brokers and bridges.
    #expect(points == ["1:makelaar-buiten-de-kern", "1:enige-brug", "2:kern-aan-de-rand", "6:kern-aan-de-rand"])
  }
}
