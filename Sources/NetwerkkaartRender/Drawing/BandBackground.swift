/// The role bands drawn behind the rings map: filled annuli in two alternating light greys with a
/// thin grey edge, from the outermost inwards, and the centre white. Written as Graphviz's
/// `_background` (xdot drawing operations, in points), which every renderer draws before the
/// graph, so the bands are in SVG, PNG and PDF alike and are no obstacle to anything.
///
/// xdot: `c n -colour` pen colour, `C n -colour` fill colour, `E x y rx ry` a filled ellipse
/// (https://graphviz.org/docs/outputs/canon/#xdot). Graphviz 2.43 crashes on text operations
/// (`T`) in `_background`, so the bands' names are plain nodes instead.
enum BandBackground {
  /// Fills of the bands from the inside out, alternating, and of their edge.
  static let fills = ["#EDEDED", "#F7F7F7"]
  static let edge = "#BDBDBD"

  static func xdot(_ layout: RingLayout) -> String {
    var operations: [String] = []
    func colour(_ op: String, _ value: String) -> String { "\(op) \(value.utf8.count) -\(value)" }
    for (index, ring) in layout.rings.enumerated().reversed() {
      let r = DOTText.number(ring.outer * 72)
      operations.append(colour("c", edge) + " " + colour("C", fills[index % fills.count]) + " E 0 0 \(r) \(r)")
    }
    if let first = layout.rings.first {
      let r = DOTText.number(first.inner * 72)
      operations.append(colour("c", edge) + " " + colour("C", "#FFFFFF") + " E 0 0 \(r) \(r)")
    }
    return operations.joined(separator: " ")
  }
}
