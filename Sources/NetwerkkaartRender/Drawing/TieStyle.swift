import NetwerkkaartCore

/// How a tie looks beyond its colour (and the outline that marks the school boundary): a dash pattern per motive (the second channel that keeps
/// motives apart in grey print and for colour-blind readers), lighter when loose, and the width
/// range of tie strength.
extension DrawingStyle {
  /// Dash pattern by motive (``DrawnTie/motive``): taak solid, relatie dashed, groei dotted,
  /// none solid (and grey).
  static func motiveStyle(_ motive: CodebookValue?) -> String {
    switch motive {
    case .relationship?: "dashed"
    case .growth?: "dotted"
    default: "solid"
    }
  }

  /// A colour at half opacity (`#RRGGBB80`): loose (informal or occasional) ties are lighter,
  /// which stays visible in grey.
  static func lighter(_ colour: String) -> String { colour + "80" }

  /// Outline of the actors inside the school (the school boundary, `intern`): thick and black,
  /// a second channel beside the role colours that also reads in grey.
  static let internalOutline = (colour: "#000000", width: 2.5)

  /// Tie width in points of the weakest and the strongest tie of a map, and of every tie when all
  /// are equally strong.
  static let minimumTieWidth = 0.8
  static let maximumTieWidth = 4.0
  static let equalTieWidth = 1.5

  /// The width in points of a tie of `strength` in a map whose ties range from `low` to `high`:
  /// linear from ``minimumTieWidth`` to ``maximumTieWidth``, or ``equalTieWidth`` when all are
  /// equally strong.
  static func tieWidth(_ strength: Double, low: Double, high: Double) -> Double {
    high > low ? minimumTieWidth + (maximumTieWidth - minimumTieWidth) * (strength - low) / (high - low) : equalTieWidth
  }
}
