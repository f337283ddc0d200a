/// The paper a drawing must fit: `a4`, `a5`, `letter`, `column` (one column of a two-column
/// paper) or any `WxH` with a unit (`16x12cm`, `160x120mm`, `6x4in`).
///
/// A drawing is never printed larger than it is laid out: it is scaled down to fit the paper,
/// so a label of `p` points in the layout prints at `p × fit` points, where
/// `fit = min(1, paperWidth / drawingWidth, paperHeight / drawingHeight)`. The named sheets
/// (`a4`, `a5`, `letter`) may be turned (landscape) when that fits better; `column` and `WxH`
/// are taken as given.
///
/// | name | width × height |
/// |---|---|
/// | `a4` | 21 × 29.7 cm |
/// | `a5` | 14.8 × 21 cm |
/// | `letter` | 8.5 × 11 in |
/// | `column` | 8.5 × 23 cm (the column of a two-column A4 paper) |
public struct PaperSize: Sendable, Hashable, CustomStringConvertible {
  /// Width in inches (Graphviz's unit).
  public let width: Double
  /// Height in inches.
  public let height: Double
  /// Whether the sheet may be turned to landscape.
  public let mayTurn: Bool
  /// The size as the user wrote it (`a4`, `16x12cm`).
  public let name: String

  /// One centimetre in inches.
  static let centimetre = 1 / 2.54

  /// A4, the default: the drawing then stays legible at 100 % on a screen and on A4 landscape.
  public static let a4 = PaperSize(width: 21 * centimetre, height: 29.7 * centimetre, mayTurn: true, name: "a4")

  /// Explicit dimensions in inches.
  public init(width: Double, height: Double, mayTurn: Bool = false, name: String) {
    self.width = width
    self.height = height
    self.mayTurn = mayTurn
    self.name = name
  }

  /// Reads `a4`, `a5`, `letter`, `column` or `WxH` followed by `cm`, `mm` or `in` (any case,
  /// decimal point or comma); nil for anything else or a side that is not positive.
  public init?(parsing text: String) {
    let text = text.lowercased().replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")
    switch text {
    case "a4": self = .a4
    case "a5": self.init(width: 14.8 * Self.centimetre, height: 21 * Self.centimetre, mayTurn: true, name: text)
    case "letter": self.init(width: 8.5, height: 11, mayTurn: true, name: text)
    case "column": self.init(width: 8.5 * Self.centimetre, height: 23 * Self.centimetre, name: text)
    default:
      let units: [(suffix: String, inches: Double)] = [
        ("cm", Self.centimetre), ("mm", Self.centimetre / 10), ("in", 1),
      ]
      guard let unit = units.first(where: { text.hasSuffix($0.suffix) }) else { return nil }
      let sides = text.dropLast(unit.suffix.count).split(separator: "x", omittingEmptySubsequences: false)
      guard sides.count == 2, let w = Double(sides[0]), let h = Double(sides[1]), w > 0, h > 0, w.isFinite, h.isFinite
      else { return nil }
      self.init(width: w * unit.inches, height: h * unit.inches, name: text)
    }
  }

  public var description: String { name }

  /// The factor (at most 1) that fits a drawing of this size onto the paper, turning the sheet
  /// when that fits better and it may be turned.
  public func fit(width drawingWidth: Double, height drawingHeight: Double) -> Double {
    let upright = min(width / drawingWidth, height / drawingHeight)
    let turned = mayTurn ? min(height / drawingWidth, width / drawingHeight) : 0
    return min(1, max(upright, turned))
  }

  /// The paper as the drawing uses it: turned to landscape when that fits a drawing of this
  /// aspect (width over height) better and the sheet may be turned.
  public func oriented(forAspect aspect: Double) -> (width: Double, height: Double) {
    guard mayTurn else { return (width, height) }
    let upright = min(width / aspect, height)
    let turned = min(height / aspect, width)
    return turned > upright ? (height, width) : (width, height)
  }
}
