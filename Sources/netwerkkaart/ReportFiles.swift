import ArgumentParser
import Foundation
import NetwerkkaartIO

/// Writes a metrics report to the file `-o` names: a workbook for `.xlsx`, two CSV files for
/// `.csv` (the actor table, and the figures beside it in `NAME-kengetallen.csv`), else the
/// report in `--format` as text.
enum ReportFiles {
  static func write(_ report: MetricsReport, to path: String, format: MetricsReport.Format, dialect: CSVDialect) throws
  {
    let url = URL(fileURLWithPath: path)
    switch url.pathExtension.lowercased() {
    case "xlsx":
      do {
        try report.writeWorkbook(to: url)
      } catch {
        DiagnosticPrinter.standardError(
          "\(TerminalText.escaped(path)): error: cannot write the workbook: \(error.localizedDescription); check that its folder exists and is writable\n"
        )
        throw ExitCode.failure
      }
    case "csv":
      let files = report.csvFiles(dialect)
      try OutputFile.write(Data(files.actors.utf8), to: path, what: "the actor table")
      try OutputFile.write(Data(files.figures.utf8), to: figuresURL(of: url).path, what: "the figures")
    default:
      try OutputFile.write(Data(report.rendered(as: format).utf8), to: path, what: "the metrics")
    }
  }

  /// `metrics.csv` → `metrics-kengetallen.csv`, in the same folder.
  static func figuresURL(of url: URL) -> URL {
    url.deletingLastPathComponent().appendingPathComponent(
      url.deletingPathExtension().lastPathComponent + "-kengetallen.csv")
  }
}
