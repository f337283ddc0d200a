/// The size of an actor's node, worked out before Graphviz sees it, so that the layout knows
/// exactly how much room each node takes (the drawing then fixes it: `fixedsize=true`).
///
/// The label's box is its widest line (``TextMetrics``) by its lines at 1.2 × the font size,
/// plus ``margin`` on each side. The shape is then made just large enough to hold that box:
///
/// | shape | width × | height × | why: the text box's corner (w/2, h/2) lies inside |
/// |---|---|---|---|
/// | box | 1.06 | 1 | the box itself, and room for the renderer's own rounding |
/// | ellipse | 1.25 | 1.67 | `(1/1.25)² + (1/1.67)² ≤ 1` |
/// | octagon | 1.2 | 1.75 | the cut corner `x/(W/2) + y/(H/2) ≤ 1 + tan 22.5°`: `1/1.2 + 1/1.75 ≤ 1.414` |
/// | hexagon | 1.45 | 1.8 | `x/(W/2) + y/H ≤ 1`: `1/1.45 + 1/(2 · 1.8) ≤ 1` |
/// | doubleoctagon | as octagon, plus 4 pt a side for the second outline | | |
///
/// Wide shapes cost the rings more room than tall ones (a band is as thick as its widest node
/// at 3 or 9 o'clock), so the factors favour height.
///
/// A node is never smaller than a circle of ``minimumHeight``. A label of up to three characters
/// (a number) gets a round node whose circle holds the text box's diagonal, without margins (1.08
/// times that for octagons, 1.15 for hexagons), so numbered maps stay small.
enum NodeSizing {
  /// The round node of a number: the circle through the text box's corners, a little more for
  /// polygons, whose sides cut inside that circle.
  static func numberSize(label: String, shape: String, pointSize: Double, scale: Double) -> RingLayout.Size {
    let w = TextMetrics.width(label, pointSize: pointSize)
    let h = TextMetrics.height(lines: 1, pointSize: pointSize) * 0.62  // digits: cap height 0.72 em, a little air
    let factor: Double
    switch shape {
    case "hexagon": factor = 1.15
    case "octagon": factor = 1.08
    case "doubleoctagon": factor = 1.08
    default: factor = 1
    }
    let diameter =
      max(minimumHeight * 0.8, (w * w + h * h).squareRoot() * factor)
      + (shape == "doubleoctagon" ? 8.0 / 72 : 0)
    return RingLayout.Size(width: diameter * scale, height: diameter * scale)
  }

  /// Space between the text and the shape's box, each side, in inches (x, y).
  static let margin = (x: 0.04, y: 0.02)
  /// Smallest node height in inches.
  static let minimumHeight = 0.2

  static func size(label: String, shape: String, pointSize: Double, scale: Double = 1) -> RingLayout.Size {
    if label.count <= 3 && !label.contains("\n") {
      return numberSize(label: label, shape: shape, pointSize: pointSize, scale: scale)
    }
    let lines = label.split(separator: "\n", omittingEmptySubsequences: false).count
    let textWidth = TextMetrics.widestLine(label, pointSize: pointSize) + 2 * margin.x
    let textHeight = TextMetrics.height(lines: lines, pointSize: pointSize) + 2 * margin.y
    let factor: (x: Double, y: Double)
    var extra = 0.0
    switch shape {
    case "box": factor = (1.06, 1)
    case "hexagon": factor = (1.45, 1.8)
    case "octagon": factor = (1.2, 1.75)
    case "doubleoctagon":
      factor = (1.2, 1.75)
      extra = 8.0 / 72
    default: factor = (1.25, 1.67)
    }
    let height = max(minimumHeight, textHeight * factor.y + extra)
    let width = max(height, textWidth * factor.x + extra)
    return RingLayout.Size(width: width * scale, height: height * scale)
  }
}
