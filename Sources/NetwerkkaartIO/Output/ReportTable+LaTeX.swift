extension ReportTable {
  /// The table as a LaTeX float with a `booktabs` tabular (`\toprule`, `\midrule`,
  /// `\bottomrule`; the preamble needs `\usepackage{booktabs}`): the title as caption, number
  /// columns right-aligned (`r`), text columns left-aligned (`l`), LaTeX's special characters
  /// escaped in every cell, and the note in small print under the tabular.
  public func latex() -> String {
    let alignment = header.indices.map { isNumber($0) ? "r" : "l" }.joined()
    var out = "\\begin{table}[htbp]\n  \\centering\n"
    out += "  \\caption{\(LaTeXText.escaped(title))}\n"
    out += "  \\begin{tabular}{@{}\(alignment)@{}}\n    \\toprule\n"
    out += "    " + Self.line(header) + "\n    \\midrule\n"
    for row in rows { out += "    " + Self.line(row) + "\n" }
    out += "    \\bottomrule\n  \\end{tabular}\n"
    if let note { out += "\n  \\smallskip\n  {\\footnotesize \(LaTeXText.escaped(note))\\par}\n" }
    return out + "\\end{table}\n"
  }

  private static func line(_ cells: [String]) -> String {
    cells.map(LaTeXText.escaped).joined(separator: " & ") + " \\\\"
  }
}
