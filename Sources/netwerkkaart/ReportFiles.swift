import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

/// Writes a metrics report to the file `-o` names: a workbook for `.xlsx`, two CSV files for
/// `.csv` (the actor table, and the figures beside it in `NAME-kengetallen.csv`), else the
/// report in `--format` as text.
enum ReportFiles {
  static func write(
    _ report: MetricsReport, to path: String, format: MetricsReport.Format, dialect: CSVDialect, language: Language
  ) throws {
    let url = URL(fileURLWithPath: path)
    switch url.pathExtension.lowercased() {
    case "xlsx":
      do {
        try report.writeWorkbook(to: url)
      } catch {
        DiagnosticPrinter.error(OutputFile.Content.workbook.unwritable(error.localizedDescription), at: path)
        throw ExitCode.failure
      }
    case "csv":
      let files = report.csvFiles(dialect)
      try OutputFile.write(Data(files.actors.utf8), to: path, what: .actorTable)
      try OutputFile.write(Data(files.figures.utf8), to: figuresURL(of: url).path, what: .figures)
    default:
      try OutputFile.write(Data(report.rendered(as: format, in: language).utf8), to: path, what: .metrics)
    }
  }

  /// `metrics.csv` → `metrics-kengetallen.csv`, in the same folder.
  static func figuresURL(of url: URL) -> URL { companionURL(of: url, suffix: "kengetallen") }

  /// The second table's file beside `url`: `vergelijking.csv` → `vergelijking-conventies.csv`.
  static func companionURL(of url: URL, suffix: String) -> URL {
    url.deletingLastPathComponent().appendingPathComponent(
      url.deletingPathExtension().lastPathComponent + "-\(suffix).csv")
  }
}

/// `--csv-dialect` of the commands that write CSV tables to `-o FILE.csv` (`metrics`, `compare`).
struct CSVDialectOption: ParsableArguments {
  @Option(
    name: .customLong("csv-dialect"),
    help: ArgumentHelp(
      "CSV for which spreadsheet: rfc4180 (',' and '0.5') or excel-nl (';', '0,5', UTF-8 with BOM: Excel in Dutch or Belgian settings). excel-nl needs -o FILE.csv.",
      valueName: "dialect"))
  var dialect: CSVDialect = .rfc4180

  /// Refuses excel-nl without `-o FILE.csv`: it writes two files, `tables` says which.
  func validate(output: String?, tables: Word, example: String) throws {
    if dialect == .excelNL && !(output?.lowercased().hasSuffix(".csv") ?? false) {
      throw ValidationError(.excelDialectTwoFiles, DiagnosticPrinter.language.word(tables), example)
    }
  }
}

/// Where `analyse` and `compare` put their report: standard output, a workbook (`-o FILE.xlsx`)
/// or a text file in `--format`.
enum ReportOutput {
  /// `text` on standard output (a terminal table when `table`), or in the file `path`: a workbook
  /// made by `workbook` for `.xlsx`, else the text; written atomically, never over an input.
  static func write(
    _ text: String, to path: String?, table: Bool = false, inputs: [String] = [], workbook: (URL) throws -> Void
  ) throws {
    guard let path else { return try OutputFile.standardOutput(text, table: table) }
    try OutputFile.refuseOverwriting([path], inputs: inputs)
    let url = URL(fileURLWithPath: path)
    guard url.pathExtension.lowercased() == "xlsx" else {
      return try OutputFile.write(Data(text.utf8), to: path, what: .report)
    }
    do {
      try workbook(url)
    } catch {
      DiagnosticPrinter.error(OutputFile.Content.workbook.unwritable(error.localizedDescription), at: path)
      throw ExitCode.failure
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
