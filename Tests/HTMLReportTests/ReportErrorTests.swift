import Foundation
import NetwerkkaartHTMLReport
import Testing

@Suite struct ReportErrorTests {
  /// The map's source first, compiler style, then why it cannot be drawn.
  @Test func reportError() {
    let error = ReportError.drawing(source: "kaart.xlsx", message: "focus names no actor \"x\"")
    #expect(
      (error as any Error).localizedDescription == "kaart.xlsx: error: cannot draw the map: focus names no actor \"x\"")
  }
}
