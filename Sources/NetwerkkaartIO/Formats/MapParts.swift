import NetwerkkaartCore

/// What a format reader found in a file, before it is checked as a whole and becomes a
/// ``NetwerkkaartCore/PartnershipMap``: records, metadata and every problem met on the way.
struct MapParts: Sendable {
  /// The actors the file lists; `nil` when it lists none of its own (an edge list), so that the
  /// actors are the ids the ties name.
  var actors: [ActorRecord]?
  var ties = TieRecords()
  var metadata = MapMetadata()
  var diagnostics: [Diagnostic] = []
  /// The header of each table read, so that messages can name a column's cell.
  var tables: [TableDocument.Key: [String]] = [:]

  init(actors: [ActorRecord]? = nil) { self.actors = actors }

  /// Records that the table's columns are `header`.
  mutating func remember(_ document: TableDocument) {
    tables[document.key] = document.header
  }
}

extension TableDocument {
  /// Identifies a table: its file and, in a workbook, its sheet.
  struct Key: Hashable, Sendable {
    var file: String
    var sheet: String?
  }

  var key: Key { Key(file: path, sheet: sheet) }
}

/// A map as read from disk, with the warnings of reading it and a way to point at the cell of
/// an attribute.
public struct LoadedMap: Sendable {
  /// The map read.
  public var map: PartnershipMap
  /// Things the reader changed or ignored (a UCINET diagonal, a GraphML element it does not
  /// use); errors are thrown instead.
  public var warnings: [Diagnostic]
  let locator: Locator

  init(map: PartnershipMap, warnings: [Diagnostic], tables: [TableDocument.Key: [String]]) {
    self.map = map
    self.warnings = warnings
    self.locator = Locator(tables: tables)
  }

  /// The location of attribute `name` of the record at `origin`: in a worksheet its cell, else
  /// the record's own location.
  public func locate(_ origin: SourceLocation?, attribute name: String) -> SourceLocation? {
    locator.locate(origin, name)
  }

  /// Finds the cell of a record's attribute from the header of the table it came from.
  struct Locator: Sendable {
    let tables: [TableDocument.Key: [String]]

    func locate(_ origin: SourceLocation?, _ name: String) -> SourceLocation? {
      guard var origin, let sheet = origin.sheet,
        let header = tables[TableDocument.Key(file: origin.file, sheet: sheet)],
        let index = header.firstIndex(where: { $0.lowercased() == name.lowercased() })
      else { return origin }
      origin.column = index + 1
      return origin
    }
  }
}
