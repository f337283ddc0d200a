import Foundation
import NetwerkkaartCore
import NetwerkkaartRender
import Testing

/// Drawing and Graphviz errors say what to change through `localizedDescription`, naming the
/// ``DrawingOptions`` property, never a command-line option; a program names its own settings.
@Suite struct DrawingErrorTests {
  @Test(arguments: [
    (
      DrawingError.unknownFocus("schol", suggestion: "school"), DrawingError.Option.focus,
      "focus names no actor \"schol\"; did you mean \"school\"?"
    ),
    (
      .unknownColorAttribute("kleur", choices: ["role", "type"]), .colorBy,
      "colorBy: the actors have no attribute 'kleur'; choose one of role, type"
    ),
    (.unknownSizeMetric("x", choices: ["degree"]), .sizeBy, "sizeBy: no metric 'x'; choose one of degree"),
  ])
  func drawingErrors(error: DrawingError, option: DrawingError.Option, text: String) {
    #expect((error as any Error).localizedDescription == text)
    #expect(error.option == option)
    #expect(
      error.message(naming: { "<\($0.rawValue)>" })
        == text.replacingOccurrences(of: option.rawValue, with: "<\(option.rawValue)>", options: .anchored))
  }

  @Test func renderErrors() {
    let error = RenderError.layoutFailed(engine: "x", messages: ["no layout"])
    #expect((error as any Error).localizedDescription == "Graphviz layout 'x' failed: no layout")
    #expect(
      (RenderError.invalidGraph(["syntax error in line 1"]) as any Error).localizedDescription
        == "Graphviz could not read the generated graph: syntax error in line 1")
  }
}
