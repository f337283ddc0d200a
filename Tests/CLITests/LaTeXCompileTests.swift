import Foundation
import NetwerkkaartTestSupport
import Testing

/// `compare --format latex` compiled by a real pdflatex (Debian's texlive-latex-base and
/// texlive-latex-recommended, which has booktabs; `.ci/install --ci` installs them): the tables of
/// every example map and of a school whose name holds every character LaTeX treats specially,
/// in a minimal document, must compile without a single error or missing character. Without
/// pdflatex the test is skipped, unless NETWERKKAART_REQUIRE_ORACLES=1 (set by `.ci/run`).
@Suite struct LaTeXCompileTests {
  static let pdflatex = "/usr/bin/pdflatex"
  static var available: Bool { FileManager.default.isExecutableFile(atPath: pdflatex) }

  @Test(.enabled(if: DifferentialTests.oraclesRequired || available, "pdflatex not found; run .ci/install --ci"))
  func compareTablesCompile() throws {
    let awkward = #"R&D_lab 100% {x} ~ #1 \ ^ $5 "De Linde" zoë – ½"#
    let school = try folder([
      "actors.csv": "id,label,role,type\ns,\"Ëerste & co\",kern,school\np,Pré_vu #2,context,clb\nq,,,ouders\n",
      "ties.csv": "source,target,vorm,motief\ns,p,online,groei\np,q,face-to-face,taak\n",
      "map.csv": "key,value\nschool,\"\(awkward.replacingOccurrences(of: "\"", with: "\"\""))\"\nwave,1\n",
    ])
    let result = try netwerkkaart(
      "compare", "Examples/basisschool-de-linde", "Examples/basisschool-de-linde-golf2",
      "Examples/secundaire-school-atheneum-zuid", school.path, "--format", "latex")
    #expect(result.status == 0, "\(result)")
    let work = try folder([
      "tables.tex": result.standardOutput,
      "main.tex": """
      \\documentclass{article}
      \\usepackage[T1]{fontenc}
      \\usepackage[a4paper,margin=1.5cm,landscape]{geometry}
      \\usepackage{booktabs}
      \\begin{document}
      \\input{tables}
      \\end{document}

      """,
    ])
    let run = try CommandRunner.runExecutable(
      URL(fileURLWithPath: Self.pdflatex), ["-interaction=nonstopmode", "-halt-on-error", "main.tex"], in: work)
    let log = (try? String(contentsOf: work.appendingPathComponent("main.log"), encoding: .utf8)) ?? ""
    #expect(run.status == 0, "\(run.standardOutput.suffix(2000))")
    #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("main.pdf").path))
    // LaTeX errors start a line with "! "; a character the font lacks is only a log warning.
    #expect(!log.split(separator: "\n").contains { $0.hasPrefix("! ") }, "\(log.suffix(2000))")
    #expect(!log.contains("Missing character"), "\(log.suffix(2000))")
    // Five tables, each in booktabs rules.
    #expect(result.standardOutput.components(separatedBy: "\\toprule").count - 1 == 5)
  }
}
