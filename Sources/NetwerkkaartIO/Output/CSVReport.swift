import Foundation
import NetwerkkaartCore

/// Comma-separated output for spreadsheets: one row per actor (`id,label,role,type` and the
/// metric columns, exact numbers), then a blank line and the network figures and conventions
/// as `figure,value` rows. Values are quoted when they hold a comma, quote, line break or
/// surrounding spaces (RFC 4180).
enum CSVReport {
  static func render(_ report: MetricsReport) -> String {
    let files = report.csvFiles(.rfc4180)
    return files.actors + "\n" + files.figures
  }

  static func field(_ text: String) -> String { CSVText.field(text) }
}
