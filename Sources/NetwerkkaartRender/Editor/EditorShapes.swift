/// The outlines of the actors' nodes as SVG path data, centred on (0, 0) and in points, as
/// Graphviz draws the same shapes at the same size: an ellipse, a box, a hexagon (corners at
/// 3 and 9 o'clock, flat top), an octagon (its corners on the box at ±tan 22.5° of the half
/// sides) and a double octagon (an octagon with a second one 4 pt inside).
enum EditorShapes {
  /// The outline of `shape` (a Graphviz shape name: ellipse, box, hexagon, octagon,
  /// doubleoctagon) filling a box `width` by `height` points.
  static func path(_ shape: String, width: Double, height: Double) -> String {
    let (a, b) = (width / 2, height / 2)
    switch shape {
    case "box":
      return polygon([(-a, -b), (a, -b), (a, b), (-a, b)])
    case "hexagon":
      return polygon([(-a, 0), (-a / 2, -b), (a / 2, -b), (a, 0), (a / 2, b), (-a / 2, b)])
    case "octagon":
      return octagon(a, b)
    case "doubleoctagon":
      return octagon(a, b) + " " + octagon(max(a - 4, a / 2), max(b - 4, b / 2))
    default:
      return "M \(number(-a)) 0 A \(number(a)) \(number(b)) 0 1 0 \(number(a)) 0 "
        + "A \(number(a)) \(number(b)) 0 1 0 \(number(-a)) 0 Z"
    }
  }

  /// tan 22.5°: where an octagon's corners cut its bounding box.
  private static let cut = 0.41421356

  private static func octagon(_ a: Double, _ b: Double) -> String {
    polygon([
      (-a, -b * cut), (-a * cut, -b), (a * cut, -b), (a, -b * cut), (a, b * cut), (a * cut, b), (-a * cut, b),
      (-a, b * cut),
    ])
  }

  private static func polygon(_ corners: [(Double, Double)]) -> String {
    "M " + corners.map { "\(number($0.0)) \(number($0.1))" }.joined(separator: " L ") + " Z"
  }

  /// A coordinate with at most two decimals.
  static func number(_ value: Double) -> String { DOTText.number((value * 100).rounded() / 100) }
}
