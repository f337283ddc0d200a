import NetwerkkaartCore

/// Reads delimited text the way spreadsheets write it, and says precisely what is wrong when
/// it cannot.
///
/// - Delimiter `,`, `;` or tab, detected from the header line (the most frequent one outside
///   quotes; `,` when the header has a single column).
/// - UTF-8 with or without a byte-order mark, or UTF-16 with one (Excel's "Unicode text");
///   CRLF, LF or CR line ends; a first line `sep=;` (Excel's delimiter hint) is honoured.
/// - RFC 4180 quoting: a quoted value may hold delimiters, doubled quotes (`""`) and line breaks.
/// - Blank lines, and lines of empty fields only (`;;;`, as Excel leaves them), are skipped.
/// - An apostrophe before a formula character (`'=x`, as `CSVText` neutralises formulas) is
///   dropped: the value is `=x`.
///
/// Every problem is reported with its physical line, all of them in one pass: a row with more
/// or fewer fields than the header, an unclosed quote, a header without names. A file that is
/// not text (NUL bytes, an Excel workbook) or not UTF-8 is refused at once.
///
/// Hand-written rather than taken from a CSV package: diagnostics need the physical line of
/// every row (quoted line breaks included) and the decimal-comma convention needs the detected
/// delimiter, which the listed CSV packages do not expose; and it reads 100,000 ties in a few
/// milliseconds.
public enum CSVReader {
  /// The outcome of reading: a document when the structure was sound, and every diagnostic.
  public struct Result: Sendable {
    /// The header and rows; `nil` when the file could not be read as a table (not text, no header).
    public let document: TableDocument?
    /// Every problem found, errors and warnings, with `path:line` positions.
    public let diagnostics: [Diagnostic]
  }

  /// Reads the bytes of one delimited text file; `path` names the file in diagnostics
  /// (`ties.csv:17: error: …`) and is not opened.
  ///
  /// ```swift
  /// let result = CSVReader.read(Array("source;target\nschool;clb\n".utf8), path: "ties.csv")
  /// print(result.document?.rows.count ?? 0, result.diagnostics)  // 1 []
  /// ```
  public static func read(_ bytes: [UInt8], path: String) -> Result {
    var parser = Parser(bytes: utf8(fromUTF16: bytes) ?? bytes, path: path)
    var none = NoConsumer()
    return parser.run(streamingTo: &none, streams: false)
  }

  /// Reads the bytes of one delimited text file as ``read(_:path:)`` does, but hands each row
  /// to `consumer` as soon as it is parsed instead of keeping a table of every row: the document
  /// returned has the header and no rows. The consumer gets the header first
  /// (``TableRowConsumer/begin(_:)``), then, in order, every row ``read(_:path:)`` would have
  /// kept; it gets nothing when the file is not a table. The diagnostics are those of
  /// ``read(_:path:)``, in the same order once sorted by line.
  ///
  /// A header with an unnamed column is the exception: an unnamed column is dropped when every
  /// row leaves it empty, which only the last row tells, so such a table is read whole first
  /// and then handed over row by row.
  static func read(_ bytes: [UInt8], path: String, streamingTo consumer: inout some TableRowConsumer) -> Result {
    var parser = Parser(bytes: utf8(fromUTF16: bytes) ?? bytes, path: path)
    return parser.run(streamingTo: &consumer, streams: true)
  }

  /// Excel's "Unicode text" export is UTF-16 with a byte-order mark: read it as the same text in
  /// UTF-8. Returns nil for anything else.
  static func utf8(fromUTF16 bytes: [UInt8]) -> [UInt8]? {
    guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
    let littleEndian: Bool
    switch (bytes[0], bytes[1]) {
    case (0xFF, 0xFE): littleEndian = true
    case (0xFE, 0xFF): littleEndian = false
    default: return nil
    }
    let units = stride(from: 2, to: bytes.count, by: 2).map { index in
      littleEndian
        ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
    }
    return Array(String(decoding: units, as: UTF16.self).utf8)
  }
}

private struct Parser {
  static let quote = UInt8(ascii: "\"")
  static let newline = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")

  let bytes: [UInt8]
  let path: String
  var position = 0
  var line = 1
  var diagnostics: [Diagnostic] = []
  var delimiter = UInt8(ascii: ",")

  init(bytes: [UInt8], path: String) {
    self.bytes = bytes
    self.path = path
  }

  /// Reads the table; with `streams`, rows go to `consumer` as they are read (see
  /// `CSVReader.read(_:path:streamingTo:)`).
  mutating func run(streamingTo consumer: inout some TableRowConsumer, streams: Bool) -> CSVReader.Result {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    if let refusal = refuseNonText() { return CSVReader.Result(document: nil, diagnostics: [refusal]) }
    skipBlankLines()
    guard position < bytes.count else {
      return CSVReader.Result(
        document: nil,
        diagnostics: [
          .error(
            "file is empty; it needs a header row naming its columns",
            dutch: "bestand is leeg; het heeft een koprij nodig met de namen van de kolommen",
            at: SourceLocation(file: path, line: 1))
        ])
    }
    if let declared = declaredDelimiter() {
      delimiter = declared
    } else {
      delimiter = detectDelimiter()
    }
    let headerLine = line
    var header = readRecord().map { CSVText.restored($0.trimmingASCIIWhitespace()) }
    let streamed =
      streams && !header.contains(where: \.isEmpty)
      ? TableDocument(
        path: path, delimiter: Character(UnicodeScalar(delimiter)), header: header, headerLine: headerLine, rows: [])
      : nil
    if let streamed {
      consumer.begin(streamed)
      consumer.reserveCapacity(remainingLines())
    }
    var rows: [TableRow] = []
    while position < bytes.count {
      let start = line
      let fields = readRecord().map(CSVText.restored)
      if fields.allSatisfy({ $0.trimmingASCIIWhitespace().isEmpty }) { continue }
      // Streaming, a row of the header's length goes to the consumer; `rows` keeps the others
      // for the messages below.
      if let streamed, fields.count == header.count {
        consumer.consume(TableRow(line: start, fields: fields), of: streamed)
        continue
      }
      rows.append(TableRow(line: start, fields: fields))
    }
    dropUnnamedEmptyColumns(header: &header, rows: &rows, headerLine: headerLine)
    checkHeader(header, line: headerLine)
    let separator = Character(UnicodeScalar(delimiter))
    for row in rows where row.fields.count != header.count {
      let count = row.fields.count
      diagnostics.append(
        .error(
          "row has \(count) field\(count == 1 ? "" : "s") but the header has \(header.count); "
            + (count > header.count
              ? "quote values that contain the delimiter '\(separator)', or remove extra delimiters"
              : "add the missing values (leave a cell empty with an extra '\(separator)')"),
          dutch: "rij heeft \(count) veld\(count == 1 ? "" : "en") maar de koprij heeft er \(header.count); "
            + (count > header.count
              ? "zet waarden met het scheidingsteken '\(separator)' tussen aanhalingstekens, of verwijder overtollige scheidingstekens"
              : "vul de ontbrekende waarden aan (een lege cel is een extra '\(separator)')"),
          at: SourceLocation(file: path, line: row.line)))
    }
    let valid = rows.filter { $0.fields.count == header.count }
    let document = TableDocument(
      path: path, delimiter: separator, header: header, headerLine: headerLine, rows: valid)
    if streams && streamed == nil {
      consumer.begin(document)
      for row in valid { consumer.consume(row, of: document) }
    }
    return CSVReader.Result(document: document, diagnostics: diagnostics)
  }

  /// Refuses binary files and text that is not UTF-8, naming the first offending line.
  func refuseNonText() -> Diagnostic? {
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      return .error(
        "this is a zip file (an Excel .xlsx workbook?), not CSV text; give it the extension .xlsx to read it as a workbook",
        dutch:
          "dit is een zip-bestand (een Excel-werkmap .xlsx?), geen CSV-tekst; geef het de extensie .xlsx om het als werkmap te lezen",
        at: SourceLocation(file: path))
    }
    if let nul = bytes.firstIndex(of: 0) {
      return .error(
        "binary data (a NUL byte) on this line; this is not a CSV text file: export the sheet as 'CSV UTF-8'",
        dutch:
          "binaire gegevens (een NUL-byte) op deze regel; dit is geen CSV-tekstbestand: exporteer het blad als 'CSV UTF-8'",
        at: SourceLocation(file: path, line: lineNumber(at: nul)))
    }
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes[position...].makeIterator()
    var offset = position
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar):
        offset += scalar.count
      case .emptyInput:
        return nil
      case .error:
        let byte = String(bytes[offset], radix: 16, uppercase: true)
        return .error(
          "not UTF-8 text (byte 0x\(byte) here; probably Windows-1252 or Latin-1); save the file as 'CSV UTF-8' or convert it to UTF-8",
          dutch:
            "geen UTF-8-tekst (hier byte 0x\(byte); wellicht Windows-1252 of Latin-1); bewaar het bestand als 'CSV UTF-8' of zet het om naar UTF-8",
          at: SourceLocation(file: path, line: lineNumber(at: offset)))
      }
    }
  }

  /// The number of lines from `position` to the end: about the rows still to read (at most,
  /// unless line ends are mixed).
  func remainingLines() -> Int {
    var newlines = 0
    var carriageReturns = 0
    for byte in bytes[position...] {
      if byte == Self.newline { newlines += 1 } else if byte == Self.carriageReturn { carriageReturns += 1 }
    }
    // CRLF ends count once, a lone CR (old Mac text) once, a last line without an end once.
    return max(newlines, carriageReturns) + 1
  }

  /// The physical line of a byte offset (LF, CRLF and a lone CR each end a line).
  func lineNumber(at offset: Int) -> Int {
    var count = 1
    for index in 0..<offset {
      let byte = bytes[index]
      let isLoneCarriageReturn =
        byte == Self.carriageReturn && (index + 1 == bytes.count || bytes[index + 1] != Self.newline)
      if byte == Self.newline || isLoneCarriageReturn { count += 1 }
    }
    return count
  }

  mutating func skipBlankLines() {
    while position < bytes.count {
      switch bytes[position] {
      case Self.newline, Self.carriageReturn: consumeLineEnd()
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        // Only skip a line that is entirely blank.
        var probe = position
        while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: "\t") {
          probe += 1
        }
        guard probe == bytes.count || bytes[probe] == Self.newline || bytes[probe] == Self.carriageReturn else {
          return
        }
        position = probe
      default: return
      }
    }
  }

  /// Excel may start a file with `sep=;` to name its delimiter: use it and skip the line.
  mutating func declaredDelimiter() -> UInt8? {
    let prefix = Array("sep=".utf8)
    guard bytes.count >= position + prefix.count + 1,
      bytes[position..<(position + prefix.count)].elementsEqual(prefix)
    else { return nil }
    let declared = bytes[position + prefix.count]
    guard [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")].contains(declared) else {
      return nil
    }
    let end = position + prefix.count + 1
    guard end == bytes.count || bytes[end] == Self.newline || bytes[end] == Self.carriageReturn else { return nil }
    position = end
    if position < bytes.count { consumeLineEnd() }
    return declared
  }

  /// The delimiter that occurs most often on the first line outside quotes (`,` > `;` > tab on a tie).
  func detectDelimiter() -> UInt8 {
    let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
    var counts = [0, 0, 0]
    var inQuotes = false
    var index = position
    while index < bytes.count {
      let byte = bytes[index]
      if byte == Self.quote {
        inQuotes.toggle()
      } else if !inQuotes {
        if byte == Self.newline || byte == Self.carriageReturn { break }
        if let which = candidates.firstIndex(of: byte) { counts[which] += 1 }
      }
      index += 1
    }
    guard let best = counts.indices.max(by: { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }),
      counts[best] > 0
    else { return candidates[0] }
    return candidates[best]
  }

  mutating func consumeLineEnd() {
    if bytes[position] == Self.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == Self.newline {
      position += 1
    }
    position += 1
    line += 1
  }

  /// Reads one record (which may span several physical lines) and the line end after it.
  mutating func readRecord() -> [String] {
    var fields: [String] = []
    while true {
      fields.append(readField())
      guard position < bytes.count else { return fields }
      let byte = bytes[position]
      if byte == delimiter {
        position += 1
        continue
      }
      consumeLineEnd()
      return fields
    }
  }

  mutating func readField() -> String {
    guard position < bytes.count, bytes[position] == Self.quote else {
      let start = position
      while position < bytes.count {
        let byte = bytes[position]
        if byte == delimiter || byte == Self.newline || byte == Self.carriageReturn { break }
        position += 1
      }
      return String(decoding: bytes[start..<position], as: UTF8.self)
    }
    let openedOn = line
    position += 1
    var value: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      if byte == Self.quote {
        if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
          value.append(Self.quote)
          position += 2
          continue
        }
        position += 1
        // Text after the closing quote: keep it, but say so.
        let trailingStart = position
        while position < bytes.count, bytes[position] != delimiter, bytes[position] != Self.newline,
          bytes[position] != Self.carriageReturn
        {
          position += 1
        }
        if position > trailingStart {
          let trailing = bytes[trailingStart..<position]
          if !trailing.allSatisfy({ $0 == UInt8(ascii: " ") }) {
            diagnostics.append(
              .error(
                "text after a closing quote; inside a quoted value write a quote as two quotes (\"\")",
                dutch:
                  "tekst na een sluitend aanhalingsteken; schrijf een aanhalingsteken binnen een waarde tussen aanhalingstekens als twee aanhalingstekens (\"\")",
                at: SourceLocation(file: path, line: line)))
          }
          value.append(contentsOf: trailing)
        }
        return String(decoding: value, as: UTF8.self)
      }
      if byte == Self.newline || byte == Self.carriageReturn {
        if byte == Self.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == Self.newline {
          value.append(Self.carriageReturn)
          position += 1
        }
        value.append(bytes[position])
        position += 1
        line += 1
        continue
      }
      value.append(byte)
      position += 1
    }
    diagnostics.append(
      .error(
        "a quoted value opened on this line is never closed; add the closing quote (\")",
        dutch:
          "een waarde tussen aanhalingstekens die op deze regel begint, wordt nergens gesloten; voeg het sluitende aanhalingsteken (\") toe",
        at: SourceLocation(file: path, line: openedOn)))
    return String(decoding: value, as: UTF8.self)
  }

  /// Excel sometimes writes an unnamed, empty last column (`id;label;`): drop such columns.
  mutating func dropUnnamedEmptyColumns(header: inout [String], rows: inout [TableRow], headerLine: Int) {
    var index = header.count - 1
    while index >= 0 {
      if header[index].isEmpty
        && rows.allSatisfy({ index >= $0.fields.count || $0.fields[index].trimmingASCIIWhitespace().isEmpty })
      {
        header.remove(at: index)
        rows = rows.map { row in
          guard index < row.fields.count else { return row }
          var fields = row.fields
          fields.remove(at: index)
          return TableRow(line: row.line, fields: fields)
        }
      }
      index -= 1
    }
  }

  mutating func checkHeader(_ header: [String], line: Int) {
    diagnostics += HeaderNames.problems(header, at: SourceLocation(file: path, line: line))
  }

}
