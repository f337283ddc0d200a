import Foundation
import NetwerkkaartCore

extension MapWriter {
  /// A map written in memory: the bytes of the file and what the format could not hold.
  public struct Output: Sendable {
    /// The file's bytes, as ``MapWriter/write(_:to:format:dlLayout:)`` would write them.
    public var data: Data
    /// Warnings for everything of the map the format cannot hold (``MapWriter/losses(_:format:)``).
    public var warnings: [Diagnostic]
  }

  /// Writes `map` in memory as a single file in `format`, to send or store without a path.
  ///
  /// Every writable format but `csv` (a folder of files: write its ties as `edgelist`, or the
  /// map as `yaml` or `xlsx`); UCINET DL as a full matrix, refused above
  /// ``DLWriter/maximumMatrixCells``. `name` stands for the file in the warnings.
  ///
  /// ```swift
  /// let yaml = try MapWriter.data(map, format: .yaml)
  /// let back = try MapLoader.read(.data(yaml.data, format: .yaml)).map
  /// ```
  public static func data(_ map: PartnershipMap, format: MapFormat, name: String = "kaart") throws(WriteError)
    -> Output
  {
    let location = SourceLocation(file: name)
    try checkWritable(format, at: location)
    guard format != .csv else {
      throw WriteError(
        diagnostic: .error(
          "a CSV map is a folder of files; in memory, write the ties as an edge list (edgelist) or the map as yaml or xlsx",
          dutch:
            "een CSV-kaart is een map met bestanden; schrijf in het geheugen de relaties als lijst (edgelist) of de kaart als yaml of xlsx",
          at: location))
    }
    if format == .ucinet, let problem = DLWriter.sizeProblem(map, layout: .fullMatrix) {
      throw WriteError(diagnostic: .error(problem, at: location))
    }
    let data: Data
    do {
      data = format == .xlsx ? try workbookData(map) : Data(try text(map, format: format).utf8)
    } catch {
      throw WriteError(
        diagnostic: .error(
          "cannot write the map: \((error as NSError).localizedDescription)",
          dutch: "de kaart kan niet geschreven worden: \((error as NSError).localizedDescription)", at: location))
    }
    let lost = format == .ucinet ? DLWriter.losses(map, layout: .fullMatrix) : losses(map, format: format)
    return Output(data: data, warnings: lost.map { .warning($0, at: location) })
  }

  /// The bytes of the map's workbook. The zip writer writes to a file, so the workbook passes
  /// through a private temporary file.
  private static func workbookData(_ map: PartnershipMap) throws -> Data {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("netwerkkaart-\(UUID().uuidString).xlsx")
    defer { try? FileManager.default.removeItem(at: file) }
    try WorkbookWriter(sheets: WorkbookWriter.sheets(for: map)).write(to: file)
    return try Data(contentsOf: file)
  }
}
