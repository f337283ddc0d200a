import Foundation
import NetwerkkaartCore
import NetwerkkaartRender
import Testing

/// Saved positions checked against a map, and the rings layout around them, on a map small
/// enough to work out by hand: the school in the centre, kern actors k1 and k2, verankering v1,
/// context c1, verankering v2, and n1 (kern, tied to k1) that the positions do not have.
@Suite struct PositionCheckTests {
  static func map() throws -> PartnershipMap {
    try PartnershipMap(
      actors: [
        ActorRecord(id: "school", role: .core, type: "school"), ActorRecord(id: "k1", role: .core),
        ActorRecord(id: "k2", role: .core), ActorRecord(id: "v1", role: .anchoring),
        ActorRecord(id: "c1", role: .context), ActorRecord(id: "n1", role: .core),
        ActorRecord(id: "v2", role: .anchoring),
      ],
      ties: [
        TieRecord(source: "school", target: "k1"), TieRecord(source: "k1", target: "n1"),
        TieRecord(source: "k2", target: "v1"),
      ])
  }

  static func positions(k2: (Double, Double) = (-1, 0), k2Ring: String? = "kern") -> ActorPositions {
    ActorPositions([
      .init(id: "school", x: 0, y: 0, ring: "focus"), .init(id: "k1", x: 1, y: 0, ring: "kern"),
      .init(id: "k2", x: k2.0, y: k2.1, ring: k2Ring), .init(id: "v1", x: 0, y: 2, ring: "verankering"),
      .init(id: "c1", x: 0, y: -3, ring: "context"), .init(id: "v2", x: -2, y: 0, ring: "verankering"),
      .init(id: "weg", x: 5, y: 5, location: SourceLocation(file: "pos.csv", line: 7)),
    ])
  }

  @Test func keptActorsAndAbsentIds() throws {
    let check = PositionCheck(Self.positions(), map: try Self.map(), focus: 0)
    #expect(check.isUsable)
    #expect(check.fixed.keys.sorted() == [0, 1, 2, 3, 4, 6])
    #expect(check.fixed[2] == RingLayout.Point(x: -1, y: 0))
    #expect(
      check.diagnostics.map(\.description) == [
        "pos.csv:7: note: actor \"weg\" is not in the map; its position is not used"
      ])
  }

  /// k2 (kern) at 2.5 in lies beyond v1 and v2 (verankering, 2 in): sorted by distance the roles
  /// run kern(k1, 1) verankering(v1, 2) verankering(v2, 2) kern(k2, 2.5) context(c1, 3); the
  /// longest run in role order keeps k1, v1, v2, c1, so the kern band runs from 0 to 2 in.
  @Test func actorOutsideItsBand() throws {
    let check = PositionCheck(Self.positions(k2: (0, 2.5)), map: try Self.map(), focus: 0)
    #expect(!check.isUsable)
    #expect(
      check.diagnostics.filter { $0.severity == .error }.map(\.message) == [
        "actor \"k2\" (role kern) lies 2.50 in from the centre, outside the kern band, which runs from 0.00 to 2.00 in "
          + "(inner and outer radius); move it into that band, or delete its row to have it placed anew"
      ])
  }

  /// Saved in the context band but kern now: placed anew, with a note.
  @Test func changedRoleIsPlacedAnew() throws {
    let check = PositionCheck(Self.positions(k2: (0, 2.5), k2Ring: "context"), map: try Self.map(), focus: 0)
    #expect(check.isUsable)
    #expect(check.fixed[2] == nil)
    #expect(
      check.diagnostics.contains {
        $0.message
          == "actor \"k2\" was saved in the context band but has role kern now; it is placed anew in the kern band"
      })
  }

  /// Nodes 0.3 in round. Kept actors stay exactly; n1 aims at its neighbour k1 (angle 0) on the
  /// kern circle (radius 1, the kern actors' median) and needs 0.3 + 0.07 in between centres:
  /// a chord of 0.37 on the unit circle is an angle of 2·asin(0.185) = 0.372 rad, so the first
  /// free step of 0.02 rad is 19 steps, 0.38 rad: (cos 0.38, sin 0.38) = (0.929, 0.371).
  /// Circles 0.05 in off cost more (0.1 + at least 0.359 in of arc).
  @Test func layoutKeepsFixedAndPlacesTheNewActorByHand() throws {
    let map = try Self.map()
    let check = PositionCheck(Self.positions(), map: map, focus: 0)
    let layout = RingLayout(
      map: map, network: Network(map), focus: 0,
      nodeSizes: Array(repeating: RingLayout.Size(width: 0.3, height: 0.3), count: 7), fixed: check.fixed)
    #expect(layout.positions[0] == RingLayout.Point(x: 0, y: 0))
    #expect(layout.positions[1] == RingLayout.Point(x: 1, y: 0))
    #expect(layout.positions[2] == RingLayout.Point(x: -1, y: 0))
    #expect(layout.positions[3] == RingLayout.Point(x: 0, y: 2))
    #expect(layout.positions[4] == RingLayout.Point(x: 0, y: -3))
    #expect(layout.positions[6] == RingLayout.Point(x: -2, y: 0))
    #expect(layout.positions[5] == RingLayout.Point(x: 0.929, y: 0.371))
    // Bands: kern holds k1, k2, n1 (1 in), verankering v1 (2 in), context c1 (3 in); each
    // edge lies between the actors of the two bands.
    #expect(layout.rings.map(\.role) == [.core, .anchoring, .context])
    #expect(layout.rings[0].outer > 1 && layout.rings[0].outer < 2)
    #expect(layout.rings[1].outer > 2 && layout.rings[1].outer < 3)
    // The saved value round-trips: every actor with its band.
    let saved = ActorPositions(layout: layout, map: map)
    #expect(
      saved.entries.map { $0.ring ?? "-" } == [
        "focus", "kern", "kern", "verankering", "context", "kern", "verankering",
      ])
    #expect(saved[ActorID("n1")]! == (0.929, 0.371))
  }
}
