/// Spreading the rings out: room for ties that find no clear route.
///
/// On a dense map every route of some ties passes under an actor: the actors of a band stand
/// closer together than a tie is wide, or the band inside leaves no channel. Multiplying every
/// position and every band's radii by the same factor keeps the order and the angles (and so the
/// crossings of straight ties) but widens every gap between actors, since the nodes keep their
/// size; ``RingComposition`` spreads the rings step by step until every tie has a clear route,
/// as long as the labels keep their size on the paper.
extension RingLayout {
  /// The same layout with every distance from the centre multiplied by `factor` (at least 1).
  func spread(by factor: Double) -> RingLayout {
    RingLayout(spreading: self, by: max(1, factor))
  }

  private init(spreading layout: RingLayout, by factor: Double) {
    let rounded = { (value: Double) in (value * factor * 1000).rounded() / 1000 }
    positions = layout.positions.map { Point(x: rounded($0.x), y: rounded($0.y)) }
    rings = layout.rings.map { ring in
      Ring(
        role: ring.role, radius: rounded(ring.radius), inner: rounded(ring.inner), outer: rounded(ring.outer),
        labelPosition: ring.labelPosition.map { Point(x: rounded($0.x), y: rounded($0.y)) })
    }
    focus = layout.focus
    crossingsAfterSweeps = layout.crossingsAfterSweeps
    crossingsAfterSwaps = layout.crossingsAfterSwaps
  }
}
