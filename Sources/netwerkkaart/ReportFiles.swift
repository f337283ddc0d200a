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
    do {
      switch url.pathExtension.lowercased() {
      case "xlsx":
        try report.writeWorkbook(to: url)
      case "csv":
        let files = report.csvFiles(dialect)
        try Data(files.actors.utf8).write(to: url)
        try Data(files.figures.utf8).write(to: figuresURL(of: url))
      default:
        try Data(report.rendered(as: format).utf8).write(to: url)
      }
    } catch {
      throw ValidationError(
        "cannot write \(path): \((error as NSError).localizedDescription); check that its folder exists")
    }
  }

  /// `metrics.csv` → `metrics-kengetallen.csv`, in the same folder.
  static func figuresURL(of url: URL) -> URL {
    url.deletingLastPathComponent().appendingPathComponent(
      url.deletingPathExtension().lastPathComponent + "-kengetallen.csv")
  }
}
