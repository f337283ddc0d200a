import NetwerkkaartCore

extension ActorPositions {
  /// The places of every actor of `map` in `layout`, in map order: each with its band (the
  /// role's raw value, ``ActorPositions/focusRing`` for the focal actor, empty without a role)
  /// and its sector (its type), as `draw --save-positions` writes them.
  ///
  /// ```swift
  /// let saved = ActorPositions(layout: layout, map: map)
  /// let next = RingLayout(map: wave2, network: network2, focus: focus2, nodeSizes: sizes2,
  ///                       fixed: PositionCheck(saved, map: wave2, focus: focus2).fixed)
  /// ```
  public init(layout: RingLayout, map: PartnershipMap) {
    self.init(
      zip(map.actors, layout.positions).enumerated().map { index, pair in
        let (actor, point) = pair
        return Entry(
          id: actor.id, x: point.x, y: point.y,
          ring: index == layout.focus ? ActorPositions.focusRing : actor.role?.rawValue ?? "", sector: actor.type)
      })
  }
}
