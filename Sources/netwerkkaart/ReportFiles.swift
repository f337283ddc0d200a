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

/// Where `analyse` and `compare` put their report: standard output, a workbook (`-o FILE.xlsx`)
/// or a text file in `--format`.
enum ReportOutput {
  static func write(_ text: String, to path: String?, workbook: (URL) throws -> Void) throws {
    guard let path else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    let url = URL(fileURLWithPath: path)
    do {
      if url.pathExtension.lowercased() == "xlsx" { try workbook(url) } else { try Data(text.utf8).write(to: url) }
    } catch {
      throw ValidationError(
        "cannot write \(path): \((error as NSError).localizedDescription); check that its folder exists")
    }
  }
}

/// `-o FILE` of `analyse` and `compare`: where the report goes instead of standard output.
struct ReportFileOption: ParsableArguments {
  @Option(
    name: [.short, .customLong("output")],
    help: ArgumentHelp(
      "Write to a file instead of standard output; FILE.xlsx is a workbook with one sheet per table (numbers as numbers).",
      valueName: "file"))
  var output: String?
}
