import Foundation
import NetwerkkaartTestSupport
import Testing

@Suite struct DrawCommandTests {
  private func outputFolder() throws -> URL { try folder([String: String]()) }

  /// The format follows the extension; PNG and PDF start with their magic bytes.
  @Test(arguments: [
    ("kaart.svg", Array("<?xml".utf8)), ("kaart.png", [0x89, 0x50, 0x4E, 0x47] as [UInt8]),
    ("kaart.pdf", Array("%PDF".utf8)),
    ("kaart.dot", Array("graph ".utf8)),
  ])
  func formatFromExtension(name: String, magic: [UInt8]) throws {
    let out = try outputFolder().appendingPathComponent(name)
    let result = try netwerkkaart("draw", "Examples/basisschool-de-linde", "-o", out.path)
    #expect(result.status == 0, "\(result)")
    // Only the note that full labels did not fit A4 and the nodes show numbers.
    #expect(result.standardError.split(separator: "\n").allSatisfy { $0.hasPrefix("note: full labels do not fit a4") })
    let bytes = try Data(contentsOf: out)
    #expect(Array(bytes.prefix(magic.count)) == magic)
  }

  /// `-o -` writes SVG to standard output: one actor node per actor of the map.
  @Test func svgToStandardOutput() throws {
    let result = try netwerkkaart(
      "draw", "Examples/secundaire-school-atheneum-zuid", "-o", "-", "--lang", "en", "--size-by", "betweenness")
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.hasPrefix("<?xml"))
    let actorLines =
      try String(
        contentsOf: packageRoot.appendingPathComponent("Examples/secundaire-school-atheneum-zuid/actors.csv"),
        encoding: .utf8
      )
      .split(separator: "\n").count - 1
    #expect(result.standardOutput.components(separatedBy: "class=\"node actor").count - 1 == actorLines)
    #expect(result.standardOutput.contains(">Roles</text>"))
    #expect(result.standardOutput.contains("size = betweenness"))
  }

  @Test func badRequests() throws {
    let layout = try netwerkkaart("draw", "Examples/basisschool-de-linde", "-o", "-", "--layout", "spiraal")
    #expect(layout.status != 0)
    #expect(layout.standardError.contains("'spiraal' is invalid for '--layout <layout>'"))
    #expect(
      ["rings", "dot", "neato", "fdp", "sfdp", "circo", "twopi"].allSatisfy {
        layout.standardError.contains("- \($0)\n")
      })
    let format = try netwerkkaart("draw", "Examples/basisschool-de-linde", "-o", "kaart.jpg")
    #expect(format.status != 0)
    #expect(format.standardError.contains("name the file .svg, .png, .pdf or .dot, or give --format"))
    let colour = try netwerkkaart("draw", "Examples/basisschool-de-linde", "-o", "-", "--color-by", "kleur")
    #expect(colour.status == 1)
    #expect(
      colour.standardError.contains(
        "error: --color-by: the actors have no attribute 'kleur'; choose one of role, type, functie, intern"))
    let size = try netwerkkaart("draw", "Examples/basisschool-de-linde", "-o", "-", "--size-by", "grootte")
    #expect(size.status == 1)
    #expect(size.standardError.contains("choose one of degree, degree_centrality, betweenness"))
    let focus = try netwerkkaart("draw", "Examples/basisschool-de-linde", "-o", "-", "--focus", "Directeur")
    #expect(focus.status == 1)
    #expect(focus.standardError.contains("--focus names no actor \"Directeur\"; did you mean \"directeur\"?"))
    let unwritable = try netwerkkaart("draw", "Examples/basisschool-de-linde", "-o", "/nonexistent/kaart.svg")
    #expect(unwritable.status == 1)
    #expect(unwritable.standardError.contains("/nonexistent/kaart.svg: error: cannot write the drawing"))
  }

  /// Graphviz without its plugin configuration: a message that says what to run.
  @Test func missingGraphvizPluginsSayWhatToDo() throws {
    let empty = try outputFolder()
    let binary = CommandRunner.productsDirectory.appendingPathComponent("netwerkkaart")
    let result = try CommandRunner.runExecutable(
      binary, ["draw", "Examples/basisschool-de-linde", "-o", "-"],
      environment: ProcessInfo.processInfo.environment.merging(["GVBINDIR": empty.path]) { $1 })
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError.contains("error: Graphviz has no layout engine 'nop2': its plugins are not configured"))
    #expect(result.standardError.contains("libgvc6-config-update -c"))
  }

  /// A map without an actor of type school still draws, with a warning.
  @Test func withoutSchool() throws {
    let map = try folder(["ties.csv": "source,target\na,b\nb,c\n"])
    let result = try netwerkkaart("draw", map.appendingPathComponent("ties.csv").path, "-o", "-")
    #expect(result.status == 0)
    #expect(
      result.standardError
        == "warning: no actor of type 'school'; the centre of the rings stays empty (choose one with --focus ID)\n")
  }
}
