import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartRender

/// Paper sizes, text widths and label modes, against values worked out by hand.
@Suite struct PrintSizeTests {
  /// A paper name and its width and height in centimetres, and whether it may be turned.
  struct Sheet: Sendable {
    let text: String
    let width: Double
    let height: Double
    let mayTurn: Bool
  }

  static let sheets: [Sheet] = [
    Sheet(text: "a4", width: 21, height: 29.7, mayTurn: true),
    Sheet(text: "A5", width: 14.8, height: 21, mayTurn: true),
    Sheet(text: "letter", width: 21.59, height: 27.94, mayTurn: true),
    Sheet(text: "column", width: 8.5, height: 23, mayTurn: false),
    Sheet(text: "16x12cm", width: 16, height: 12, mayTurn: false),
    Sheet(text: "160x120mm", width: 16, height: 12, mayTurn: false),
    Sheet(text: "6x4in", width: 15.24, height: 10.16, mayTurn: false),
    Sheet(text: "8,5x23cm", width: 8.5, height: 23, mayTurn: false),
  ]

  @Test(arguments: sheets)
  func parsesPaper(sheet: Sheet) throws {
    let paper = try #require(PaperSize(parsing: sheet.text))
    #expect(abs(paper.width * 2.54 - sheet.width) < 1e-9)
    #expect(abs(paper.height * 2.54 - sheet.height) < 1e-9)
    #expect(paper.mayTurn == sheet.mayTurn)
  }

  @Test(arguments: ["a7", "16x", "x12cm", "16x12", "0x3cm", "-2x3cm", "16x12km", ""])
  func refusesPaper(text: String) {
    #expect(PaperSize(parsing: text) == nil)
  }

  /// A 20 × 10 in drawing on A4 (8.27 × 11.69 in): upright it fits at 8.27 / 20 = 0.413, turned at
  /// 11.69 / 20 = 0.585; a drawing smaller than the paper is not enlarged.
  @Test func fitTurnsTheSheet() throws {
    #expect(abs(PaperSize.a4.fit(width: 20, height: 10) - 29.7 / 2.54 / 20) < 1e-9)
    #expect(PaperSize.a4.fit(width: 2, height: 3) == 1)
    let column = try #require(PaperSize(parsing: "column"))
    #expect(abs(column.fit(width: 20, height: 10) - 8.5 / 2.54 / 20) < 1e-9)
  }

  /// Helvetica's AFM widths: H 722, i 222 → "Hi" at 10 pt = 0.944 em × 10 / 72 in, plus the
  /// 8 % hinting allowance.
  @Test func textWidthFromFontMetrics() {
    #expect(abs(TextMetrics.width("Hi", pointSize: 10) - 0.944 * 10 / 72 * 1.08) < 1e-12)
    #expect(abs(TextMetrics.widestLine("Hi\nHiHi", pointSize: 10) - 1.888 * 10 / 72 * 1.08) < 1e-12)
  }

  @Test func labelModes() {
    let names = ["Pedagogische begeleiding Katholiek Onderwijs Vlaanderen", "CLB", "Onderwijsinspectievlaanderen"]
    let full = LabelFitting.labels(names, mode: .full)
    // Every character kept; 55 characters on ceil(55 / 14) = 4 lines.
    #expect(full[0].replacingOccurrences(of: "\n", with: " ") == names[0])
    #expect(full[0].split(separator: "\n").count == 4)
    #expect(full[1] == "CLB")
    let short = LabelFitting.labels(names, mode: .short).map { $0.replacingOccurrences(of: "\n", with: " ") }
    #expect(short == ["Pedagogische…", "CLB", "Onderwijsinspec…"])
    #expect(LabelFitting.labels(names, mode: .number) == ["1", "2", "3"])
  }

  /// At A4 the example's labels print at the requested 8 pt (the drawing fits without scaling);
  /// the SVG carries the physical size in points, at most A4 turned as needed.
  @Test func exampleFitsA4() throws {
    let map = try Fixture.loadExample("basisschool-de-linde")
    let drawing = try MapDrawing(map: map, network: Network(map), options: DrawingOptions(paper: .a4))
    #expect(!drawing.warnings.contains { $0.severity == .warning }, "\(drawing.warnings)")
    let svg = try drawing.svg()
    let header = try #require(svg.firstRange(of: "<svg width=\""))
    let width = try #require(Double(svg[header.upperBound...].prefix { $0 != "p" }))
    #expect(width <= 29.7 / 2.54 * 72 + 1)
    #expect(svg.contains("transform=\"scale(1 1)"))
  }

  /// PNG resolution from --dpi: a 300 dpi PNG has 300 / 72 times the pixels of the 72 dpi one.
  @Test func pngResolution() throws {
    let map = try smallMap()
    func pixelWidth(_ dpi: Double) throws -> Int {
      let png = try MapDrawing(map: map, network: Network(map), options: DrawingOptions(dpi: dpi)).render(.png)
      return png[16..<20].reduce(0) { $0 << 8 | Int($1) }
    }
    let (low, high) = (try pixelWidth(72), try pixelWidth(300))
    #expect(abs(Double(high) / Double(low) - 300 / 72) < 0.05)
  }
}
