import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

/// Louvain is a heuristic with a random visiting order, so its groups are compared in three ways:
/// the groups for a fixed seed are pinned (they must never change between runs or machines), the
/// modularity we report must equal NetworkX's modularity *of our groups* to 1e-9, and that
/// modularity must be within a few percent of what NetworkX's own Louvain finds.
///
/// The values "by NetworkX" come from `nx.community.modularity(G, parts(G, ours), weight=w)`,
/// where `parts` turns our array into sets, on the graph loaded as in `Docs/Metrics/README.md`
/// (weight `"weight"` weighted, `None` unweighted); "NetworkX's Louvain" is
/// `nx.community.modularity(G, nx.community.louvain_communities(G, weight=w, seed=1), weight=w)`.
@Suite struct LouvainCommunitiesTests {
  /// Two triangles joined by one tie split at that tie: Q = 5/14 (see ModularityTests).
  @Test func twoTriangles() {
    let map = NamedNetwork(WholeMapSamples.twoTriangles, isolates: ["g"])
    let louvain = LouvainCommunities(map.network)
    #expect(louvain.communityOfActor == [0, 0, 0, 1, 1, 1, 2])
    #expect(louvain.count == 3)
    #expect(louvain.sizes == [3, 3, 1])
    #expect(approximately(louvain.modularity, 5.0 / 14))
  }

  /// No ties: everyone alone, Q = 0. n = 2 with a tie: together, Q = 0 (apart it would be −1/2).
  @Test func smallAndEmptyMaps() {
    let empty = LouvainCommunities(Network(actorCount: 0, edges: []))
    #expect(empty.communityOfActor.isEmpty && empty.count == 0 && empty.modularity == 0)
    let single = LouvainCommunities(Network(actorCount: 1, edges: []))
    #expect(single.communityOfActor == [0] && single.modularity == 0)
    let isolates = LouvainCommunities(Network(actorCount: 3, edges: []))
    #expect(isolates.communityOfActor == [0, 1, 2] && isolates.modularity == 0 && isolates.levels == 0)
    let pair = LouvainCommunities(NamedNetwork([("a", "b")]).network)
    #expect(pair.communityOfActor == [0, 0] && pair.modularity == 0)
  }

  /// With γ = 0 nothing penalises a group, so every component becomes one group and
  /// Q = share of ties inside groups = 1.
  @Test func resolutionZeroFindsComponents() {
    let network = WholeMapSamples.network(WholeMapSamples.disconnected20, actorCount: 20, weighted: true)
    let louvain = LouvainCommunities(network, resolution: 0)
    #expect(louvain.communityOfActor == Components(network).componentOfActor)
    #expect(approximately(louvain.modularity, 1))
  }

  /// A higher resolution gives smaller groups: karate has 4 at γ = 1 and 7 at γ = 2.
  @Test func higherResolutionGivesMoreGroups() throws {
    let karate = Network(try Fixture.load("karate").map)
    #expect(LouvainCommunities(karate).count == 4)
    let fine = LouvainCommunities(karate, resolution: 2)
    #expect(fine.count == 7)
    #expect(fine.resolution == 2)
    #expect(approximately(fine.modularity, Modularity(karate, communities: fine.communityOfActor, resolution: 2).value))
  }

  /// Same network and seed: the same result, bit for bit (every stored figure, the modularity's
  /// bits included), however often it runs.
  @Test(arguments: [UInt64(1), 2, 12345])
  func sameSeedSameResult(seed: UInt64) throws {
    let lesmis = Network(try Fixture.load("lesmis").map, weighted: true)
    let first = LouvainCommunities(lesmis, seed: seed)
    for _ in 0..<3 {
      let again = LouvainCommunities(lesmis, seed: seed)
      #expect(again == first)
      #expect(again.modularity.bitPattern == first.modularity.bitPattern)
    }
    let directed = WholeMapSamples.network(WholeMapSamples.directed18, actorCount: 18, directed: true, weighted: true)
    #expect(LouvainCommunities(directed, seed: seed) == LouvainCommunities(directed, seed: seed))
  }

  /// Groups are numbered in order of their first actor.
  @Test func groupsNumberedByFirstActor() throws {
    let lesmis = LouvainCommunities(Network(try Fixture.load("lesmis").map, weighted: true), seed: 7)
    var next = 0
    for community in lesmis.communityOfActor where community >= next {
      #expect(community == next)
      next += 1
    }
    #expect(next == lesmis.count)
  }

  struct Case: Sendable, CustomStringConvertible {
    let fixture: String
    let directed: Bool
    let weighted: Bool
    let groups: [Int]
    /// NetworkX's modularity of `groups`.
    let byNetworkX: Double
    /// NetworkX's own Louvain, seed 1.
    let networkXLouvain: Double
    var description: String { "\(fixture)\(directed ? " directed" : "")\(weighted ? " weighted" : "")" }
  }

  static let fixtureCases: [Case] = [
    Case(
      fixture: "karate", directed: false, weighted: false,
      groups: [
        0, 0, 0, 0, 1, 1, 1, 0, 2, 2, 1, 0, 0, 0, 2, 2, 1, 0, 2, 0, 2, 0, 2, 3, 3, 3, 2, 3, 3, 2, 2, 3, 2, 2,
      ],
      byNetworkX: 0.41978961209730437, networkXLouvain: 0.41880341880341876),
    Case(
      fixture: "florentine", directed: false, weighted: false,
      groups: [0, 1, 2, 2, 2, 1, 1, 1, 0, 0, 2, 3, 0, 0, 2, 0],
      byNetworkX: 0.39874999999999994, networkXLouvain: 0.39125),
    Case(
      fixture: "lesmis", directed: false, weighted: true,
      groups: [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 1, 1, 1, 4, 1, 1, 1, 1, 4, 4,
        4, 4, 4, 1, 3, 3, 3, 1, 1, 1, 5, 5, 5, 1, 1, 1, 1, 1, 1, 1, 1, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3,
        1, 5, 5, 3, 5,
      ],
      byNetworkX: 0.5654156751933372, networkXLouvain: 0.5662983343248067),
    Case(
      fixture: "directed-small", directed: true, weighted: false, groups: [0, 0, 0, 0, 1, 1, 2, 2, 2],
      byNetworkX: 0.2975206611570248, networkXLouvain: 0.2975206611570248),
  ]

  /// Seed 1 on the classic networks (Florentine with the isolated Pucci, actor 11, alone in group 3).
  @Test(arguments: fixtureCases)
  func classicNetworks(_ expected: Case) throws {
    let network = Network(
      try Fixture.load(expected.fixture).map, directed: expected.directed, weighted: expected.weighted)
    let louvain = LouvainCommunities(network, seed: 1)
    #expect(louvain.communityOfActor == expected.groups)
    #expect(approximately(louvain.modularity, expected.byNetworkX), "\(louvain.modularity)")
    #expect(louvain.modularity >= 0.97 * expected.networkXLouvain)
    // The reported modularity is exactly what `Modularity` gives for the groups.
    #expect(louvain.modularity == Modularity(network, communities: louvain.communityOfActor).value)
  }

  /// Seed 1 on the seeded random maps, all weighted (modularity with `weight="weight"`).
  @Test func seededRandomMaps() {
    let gnp = LouvainCommunities(WholeMapSamples.network(WholeMapSamples.gnp24, actorCount: 24, weighted: true))
    #expect(gnp.communityOfActor == [0, 1, 1, 2, 2, 3, 2, 4, 0, 4, 3, 0, 5, 0, 2, 4, 0, 3, 1, 1, 3, 4, 1, 4])
    #expect(approximately(gnp.modularity, 0.4438952051408799))

    let disconnected = LouvainCommunities(
      WholeMapSamples.network(WholeMapSamples.disconnected20, actorCount: 20, weighted: true))
    #expect(disconnected.communityOfActor == [0, 1, 0, 0, 1, 0, 2, 3, 4, 0, 5, 1, 4, 0, 1, 1, 0, 4, 2, 1])
    #expect(approximately(disconnected.modularity, 0.5975308641975309))

    // Directed: NetworkX's DiGraph modularity (Leicht & Newman).
    let directed18 = LouvainCommunities(
      WholeMapSamples.network(WholeMapSamples.directed18, actorCount: 18, directed: true, weighted: true))
    #expect(directed18.communityOfActor == [0, 1, 2, 3, 3, 1, 4, 0, 0, 0, 1, 3, 2, 4, 0, 2, 3, 3])
    #expect(approximately(directed18.modularity, 0.3777727478497057))

    let directed16 = LouvainCommunities(
      WholeMapSamples.network(WholeMapSamples.directed16, actorCount: 16, directed: true, weighted: true))
    #expect(directed16.communityOfActor == [0, 1, 2, 3, 4, 3, 0, 3, 2, 4, 0, 2, 3, 4, 3, 3])
    #expect(approximately(directed16.modularity, 0.6192536506219578))
  }
}
