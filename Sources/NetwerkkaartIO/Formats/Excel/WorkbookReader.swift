import Foundation
import NetwerkkaartCore

/// Reads a netwerkkaart workbook (`.xlsx`, as Excel, LibreOffice and openpyxl write it): a
/// sheet `actors` (or `actoren`), a sheet `ties` (or `relaties`, `banden`) and optionally a sheet
/// `map` (or `kaart`) with `key,value` rows. Sheet names are matched without regard to case.
///
/// Each sheet is a table like the CSV files: the first non-empty row is the header, the columns
/// are the same. Cells are read by type: text as typed; numbers as Excel shows them in
/// General format (`3`, `2.5`, 15 significant digits); dates (number cells with a date format)
/// as ISO dates `2026-03-14`; `TRUE`/`FALSE` as `true`/`false`; formulas by their last
/// computed value. An Excel error value (`#N/A`) is an error naming the cell.
///
/// Every message names the sheet and cell: `map.xlsx:ties!C7: error: …`.
enum WorkbookReader {
  static let actorSheetNames = ["actors", "actoren"]
  static let tieSheetNames = ["ties", "relaties", "banden"]
  static let metadataSheetNames = ["map", "kaart"]

  /// The parts of the workbook whose bytes are `bytes`; `path` names it in messages.
  static func read(_ bytes: [UInt8], path: String) -> MapParts {
    var parts = MapParts()
    func fail(_ message: Wording, sheet: String? = nil) {
      parts.diagnostics.append(
        .error(message, at: sheet.map { SourceLocation(file: path, sheet: $0, row: nil) } ?? SourceLocation(file: path))
      )
    }
    let workbook: Workbook
    do {
      workbook = try Workbook(WorkbookPackage(bytes: bytes))
    } catch {
      fail(error.message)
      return parts
    }
    let names = workbook.sheetNames
    func sheet(_ candidates: [String]) -> String? {
      names.first { candidates.contains($0.trimmingASCIIWhitespace().lowercased()) }
    }
    let quoted = names.map { "'\($0)'" }.joined(separator: ", ")
    guard let tieSheet = sheet(tieSheetNames) else {
      fail(
        Wording(
          "no ties sheet; name the sheet with the ties 'ties' or 'relaties' (sheets found: \(names.isEmpty ? "none" : quoted))",
          dutch:
            "geen blad met relaties; noem het blad met de relaties 'relaties' of 'ties' (gevonden bladen: \(names.isEmpty ? "geen" : quoted))"
        ))
      return parts
    }
    if let actorSheet = sheet(actorSheetNames), let document = table(workbook, actorSheet, path, &parts) {
      parts.actors = ActorTableReader.read(document, into: &parts.diagnostics)
      parts.remember(document)
    }
    if let document = table(workbook, tieSheet, path, &parts) {
      parts.ties = TieTableReader.read(document, into: &parts.diagnostics)
      parts.remember(document)
    }
    if let metadataSheet = sheet(metadataSheetNames), let document = table(workbook, metadataSheet, path, &parts) {
      parts.metadata = MetadataTableReader.read(document, into: &parts.diagnostics)
    }
    return parts
  }

  private static func table(_ workbook: Workbook, _ name: String, _ path: String, _ parts: inout MapParts)
    -> TableDocument?
  {
    do {
      let cells = try workbook.cells(of: name)
      return SheetTable.document(cells, sheet: name, path: path, into: &parts.diagnostics)
    } catch {
      parts.diagnostics.append(
        .error(
          "sheet '\(name)' cannot be read: \(error.message.english)",
          dutch: "blad '\(name)' is onleesbaar: \(error.message.dutch)",
          at: SourceLocation(file: path, sheet: name, row: nil)))
      return nil
    }
  }
}
