import Foundation
import NetwerkkaartCore
internal import ZIPFoundation

/// Writes a workbook (`.xlsx`) that Excel, LibreOffice and openpyxl open: one sheet per table,
/// a bold, frozen header row, text as inline strings, numbers as numbers, and optional
/// drop-down lists (data validation) for columns with a fixed vocabulary.
struct WorkbookWriter {
  struct Sheet {
    var name: String
    var header: [String]
    var rows: [[Cell]]
    /// Column position → allowed values, offered as a drop-down list in that column.
    var choices: [Int: [String]] = [:]
  }

  enum Cell {
    case text(String)
    case number(Double)
    case empty
  }

  var sheets: [Sheet]

  /// The sheets of a map: `actors`, `ties` and, when the map has metadata, `map`.
  static func sheets(for map: PartnershipMap) -> [Sheet] {
    let columns = AttributeColumns(map)
    let actorColumns = columns.actorTable
    let tieColumns = columns.tieTable
    func text(_ value: String?) -> Cell { value.map { .text($0) } ?? .empty }
    var sheets = [
      Sheet(
        name: "actors", header: ["id", "label", "role", "type"] + actorColumns.map(\.name),
        rows: map.actors.map { actor in
          [.text(actor.id.rawValue), text(actor.label), text(actor.role?.rawValue), text(actor.type)]
            + actorColumns.map { text($0.value(in: actor.attributes)) }
        }, choices: [2: ActorRole.allCases.map(\.rawValue)]),
      Sheet(
        name: "ties", header: ["source", "target", "weight"] + tieColumns.map(\.name),
        rows: map.ties.map { tie in
          [.text(tie.source.rawValue), .text(tie.target.rawValue), .number(tie.weight)]
            + tieColumns.map { text($0.value(in: tie.attributes)) }
        }),
    ]
    if !map.metadata.isEmpty {
      sheets.append(
        Sheet(
          name: "map", header: ["key", "value"], rows: map.metadata.entries.map { [.text($0.key), .text($0.value)] }))
    }
    return sheets
  }

  /// Writes the workbook to `url`, replacing a file there atomically (``AtomicFile``): a full
  /// disk leaves the old workbook as it was.
  func write(to url: URL) throws {
    try AtomicFile.replace(url.path) { temporary in try writeArchive(to: temporary) }
  }

  private func writeArchive(to url: URL) throws {
    let archive = try Archive(url: url, accessMode: .create)
    for (path, text) in parts() {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count),
        modificationDate: Date(timeIntervalSince1970: 1_704_067_200), compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
  }

  /// Every part of the package, by path.
  func parts() -> [(String, String)] {
    let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    var contentTypes =
      header
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    var workbook = header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>"
    var workbookRelationships =
      header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    var result: [(String, String)] = []
    for (index, sheet) in sheets.enumerated() {
      let number = index + 1
      contentTypes +=
        "<Override PartName=\"/xl/worksheets/sheet\(number).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
      workbook += "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(number)\" r:id=\"rId\(number)\"/>"
      workbookRelationships +=
        "<Relationship Id=\"rId\(number)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(number).xml\"/>"
      result.append(("xl/worksheets/sheet\(number).xml", header + worksheet(sheet, namespace: main)))
    }
    workbookRelationships +=
      "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/></Relationships>"
    let styles =
      header + "<styleSheet xmlns=\"\(main)\">"
      + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
      + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
      + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
      + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
      + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
      + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
      + "</styleSheet>"
    let packageRelationships =
      header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
    return [
      ("[Content_Types].xml", contentTypes + "</Types>"), ("_rels/.rels", packageRelationships),
      ("xl/workbook.xml", workbook + "</sheets></workbook>"), ("xl/_rels/workbook.xml.rels", workbookRelationships),
      ("xl/styles.xml", styles),
    ] + result
  }

  private func worksheet(_ sheet: Sheet, namespace: String) -> String {
    var out =
      "<worksheet xmlns=\"\(namespace)\"><sheetViews><sheetView workbookViewId=\"0\">"
      + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
      + "<sheetData>"
    out += row(1, sheet.header.map { .text($0) }, style: 1)
    for (index, cells) in sheet.rows.enumerated() { out += row(index + 2, cells, style: 0) }
    out += "</sheetData>"
    if !sheet.choices.isEmpty {
      let lastRow = max(sheet.rows.count + 1, 1000)
      out += "<dataValidations count=\"\(sheet.choices.count)\">"
      for (column, values) in sheet.choices.sorted(by: { $0.key < $1.key }) {
        let letters = SourceLocation.columnName(column + 1)
        out +=
          "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" errorStyle=\"warning\" sqref=\"\(letters)2:\(letters)\(lastRow)\">"
          + "<formula1>\"\(XMLText.escaped(values.joined(separator: ",")))\"</formula1></dataValidation>"
      }
      out += "</dataValidations>"
    }
    return out + "</worksheet>"
  }

  private func row(_ number: Int, _ cells: [Cell], style: Int) -> String {
    var out = "<row r=\"\(number)\">"
    for (index, cell) in cells.enumerated() {
      let reference = "\(SourceLocation.columnName(index + 1))\(number)"
      let styleAttribute = style == 0 ? "" : " s=\"\(style)\""
      switch cell {
      case .empty: continue
      case .number(let value):
        out += "<c r=\"\(reference)\"\(styleAttribute)><v>\(value)</v></c>"
      case .text(let text):
        out +=
          "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escaped(text))</t></is></c>"
      }
    }
    return out + "</row>"
  }
}
