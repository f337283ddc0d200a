/// How wide a text is in the drawing's font, from Adobe's published font metrics of Helvetica
/// (the AFM advance widths; Arial, Liberation Sans and Nimbus Sans have the same widths).
///
/// ```
/// width(text, p pt) = Σ advance(c) / 1000 × p / 72   inches
/// ```
/// Characters outside ASCII count as the width of a digit (0.556 em), close for accented
/// letters; `…` is 1 em. `Tests/Drawing/layout_quality.py` measures with the same table.
enum TextMetrics {
  /// The font every text of a drawing is set in (Graphviz's `fontname`; in SVG the CSS
  /// `font-family`): faces with Helvetica's widths, so the ``helvetica`` table measures them.
  ///
  /// Not `Helvetica`: Graphviz's PNG and PDF renderer (pango) maps that PostScript name through
  /// its own table (Nimbus Sans L, Arial, Verdana, Bitstream Vera Sans, DejaVu Sans, ...), not
  /// through fontconfig, and on Debian finds DejaVu Sans first, about 15 % wider: the longest key
  /// and legend texts ran over their boxes and the page. `Arial` goes through fontconfig, whose
  /// metric aliases give Liberation Sans (apt `fonts-liberation`) or Nimbus Sans
  /// (`fonts-urw-base35`), both as wide as Helvetica; a browser takes Arial or Helvetica itself.
  /// A PNG or PDF drawing warns when the face found is wider all the same (``FontCheck``).
  static let fontFamily = "Arial,Helvetica,sans-serif"

  /// Advance widths in 1/1000 em of ASCII 32 (space) ... 126 (`~`).
  static let helvetica: [Int] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
    556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
    260, 334, 584,
  ]

  /// Layout allowance over the font metrics: PNG and PDF renderers hint text, which makes it up
  /// to about 8 % wider than the metrics say.
  static let hinting = 1.08

  /// The width in inches of one line of text at `pointSize`, with the ``hinting`` allowance.
  static func width(_ text: some StringProtocol, pointSize: Double) -> Double {
    let units = text.unicodeScalars.reduce(0) { sum, scalar in
      let code = Int(scalar.value)
      if code == 0x2026 { return sum + 1000 }  // the ellipsis of a shortened label
      return sum + ((32...126).contains(code) ? helvetica[code - 32] : 556)
    }
    return Double(units) / 1000 * pointSize / 72 * hinting
  }

  /// The width in inches of the widest line of a text.
  static func widestLine(_ text: String, pointSize: Double) -> Double {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { width($0, pointSize: pointSize) }.max() ?? 0
  }

  /// Height in inches of `lines` lines at `pointSize` (Graphviz's line spacing: 1.2 × size).
  static func height(lines: Int, pointSize: Double) -> Double {
    Double(max(1, lines)) * pointSize * 1.2 / 72
  }
}
