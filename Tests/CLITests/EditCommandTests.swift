import Foundation
import NetwerkkaartTestSupport
import Testing

/// `netwerkkaart edit`: the page it writes, its refusals, and the page in headless Chromium
/// (`Tests/Browser/editor_check.py`).
@Suite struct EditCommandTests {
  private func outputFolder() throws -> URL { try folder([String: String]()) }

  /// The page holds one movable actor per actor of the map (the school stays fixed), says only
  /// the drawing's note on standard error, and is in the language asked for.
  @Test func writesThePage() throws {
    let out = try outputFolder().appendingPathComponent("kaart.html")
    let result = try netwerkkaart("edit", "Examples/basisschool-de-linde", "-o", out.path, "--lang", "nl")
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError.split(separator: "\n").allSatisfy { $0.hasPrefix("note: volledige namen passen niet op a4") }
    )
    let html = try String(contentsOf: out, encoding: .utf8)
    let actors =
      try String(
        contentsOf: packageRoot.appendingPathComponent("Examples/basisschool-de-linde/actors.csv"), encoding: .utf8
      ).split(separator: "\n").count - 1
    #expect(html.components(separatedBy: "<g id=\"actor-").count - 1 == actors)
    #expect(html.components(separatedBy: "tabindex=\"0\"").count - 1 == actors - 1)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    #expect(html.contains(">Posities downloaden</button>"))
  }

  /// `-o -` writes the page to standard output, in English with `--lang en`.
  @Test func pageToStandardOutput() throws {
    let result = try netwerkkaart(
      "edit", "Examples/secundaire-school-atheneum-zuid", "-o", "-", "--lang", "en", "--size", "letter")
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(result.standardOutput.contains(">Download positions</button>"))
    #expect(result.standardOutput.hasSuffix("</html>\n"))
  }

  /// Labels with markup stay text in the page the command writes.
  @Test func escapesLabels() throws {
    let map = try folder([
      "actors.csv": "id,label,role,type\nschool,De School,kern,school\nx,<script>alert(\"&\")</script>,kern,team\n",
      "ties.csv": "source,target\nschool,x\n",
    ])
    let result = try netwerkkaart("edit", map.path, "-o", "-")
    #expect(result.status == 0, "\(result)")
    let html = result.standardOutput
    #expect(html.components(separatedBy: "<script").count - 1 == 2)
    #expect(html.contains("aria-label=\"&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;, "))
    #expect(html.contains("\"name\":\"\\u003cscript\\u003ealert(\\\"\\u0026\\\")\\u003c/script\\u003e\""))
  }

  /// Bad requests: a file that is not HTML (which also keeps the page off the map's own files),
  /// an unknown map, an unknown focus; each with a message, an exit status and nothing written.
  @Test func badRequests() throws {
    let folder = try outputFolder()
    let svg = try netwerkkaart(
      "edit", "Examples/basisschool-de-linde", "-o", folder.appendingPathComponent("k.svg").path)
    #expect(svg.status == 64, "\(svg)")
    #expect(svg.standardError.contains("The page is HTML: name the output file .html (for example kaart.html)"))
    let missing = try netwerkkaart("edit", "Examples/geen-kaart", "-o", folder.appendingPathComponent("k.html").path)
    #expect(missing.status == 1, "\(missing)")
    #expect(missing.standardError.contains("Examples/geen-kaart"))
    let focus = try netwerkkaart(
      "edit", "Examples/basisschool-de-linde", "-o", folder.appendingPathComponent("k.html").path, "--focus",
      "Directeur")
    #expect(focus.status == 1, "\(focus)")
    #expect(focus.standardError.contains("error: --focus names no actor \"Directeur\"; did you mean \"directeur\"?"))
    for result in [svg, missing, focus] {
      expectNoCrash(result)
      #expect(result.standardOutput.isEmpty)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  /// The page in headless Chromium: drag, keyboard, download, no request, no console error
  /// (`Tests/Browser/editor_check.py`; needs Debian's `chromium`).
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")))
  func inChromium() throws {
    let out = try outputFolder()
    let result = try CommandRunner.runExecutable(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", "Tests/Browser/editor_check.py", "--binary",
        CommandRunner.productsDirectory.appendingPathComponent("netwerkkaart").path,
        "--out", out.path,
      ])
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.contains("ok: the editor page in Chromium"), "\(result)")
  }

  /// The page in headless Firefox: drag, arrow key, download, no error, nothing loaded
  /// (`Tests/Browser/editor_firefox_check.py`; needs Debian's `firefox-esr`).
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/firefox-esr")))
  func inFirefox() throws {
    let out = try outputFolder()
    let result = try CommandRunner.runExecutable(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", "Tests/Browser/editor_firefox_check.py", "--binary",
        CommandRunner.productsDirectory.appendingPathComponent("netwerkkaart").path, "--out", out.path,
      ])
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.contains("ok: the editor page in Firefox"), "\(result)")
  }
}
