import Foundation
import NetwerkkaartCore
import Testing

@testable import NetwerkkaartIO

/// Reading a ties file streams its rows into tie records (issue 18): the same records and
/// messages as reading the whole table first, in a bounded number of bytes per tie.
@Suite struct CompactLoadingTests {
  /// A ties file with every kind of row the CSV reader treats specially: a quoted value over two
  /// lines, a row with a field too many, an empty source, a bad weight, an attribute, a blank row.
  static let awkwardTies = """
    source,target,weight,motief
    school,clb,2,taak
    clb,"bib
    plus",,groei
    school,bib,1,x,extra
    ,clb,3,
    bib,school,twee,

    school,ouders,5,"ouder""raad"
    """

  /// What the streaming reader gives, and what reading the whole document first gives.
  private func bothWays(_ text: String, path: String = "ties.csv") -> (
    streamed: (ties: TieRecords, diagnostics: [Diagnostic]), whole: (ties: TieRecords, diagnostics: [Diagnostic])
  ) {
    let bytes = Array(text.utf8)
    var reader = TieTableReader()
    let streamed = CSVReader.read(bytes, path: path, streamingTo: &reader)
    let whole = CSVReader.read(bytes, path: path)
    var wholeProblems = whole.diagnostics
    let wholeTies = whole.document.map { TieTableReader.read($0, into: &wholeProblems) } ?? []
    let byLine = { (diagnostics: [Diagnostic]) in MapLoader.sorted(diagnostics, files: [path]) }
    return (
      (reader.ties, byLine(streamed.diagnostics + reader.problems)), (wholeTies, byLine(wholeProblems))
    )
  }

  @Test func streamingGivesTheRecordsAndMessagesOfTheWholeTable() {
    let (streamed, whole) = bothWays(Self.awkwardTies)
    #expect(streamed.ties == whole.ties)
    #expect(streamed.diagnostics == whole.diagnostics)
    // Hand-read from the file: rows 2, 3 (over lines 3-4), 6 (weight reported, row kept) and 9.
    #expect(
      streamed.ties.map { "\($0.source)-\($0.target)" } == [
        "school-clb", "clb-bib\nplus", "bib-school", "school-ouders",
      ])
    #expect(streamed.ties.map { $0.origin?.line } == [2, 3, 7, 9])
    #expect(streamed.ties.last?.attributes == ["motief": "ouder\"raad"])
    #expect(
      streamed.diagnostics.map { "\($0.location?.line ?? 0): \($0.message.prefix(20))" } == [
        "5: row has 5 fields but", "6: empty source; every ", "7: weight \"twee\" is not",
      ])
  }

  /// An unnamed column is dropped only when every row leaves it empty, which only the end of the
  /// file tells: such a table is read whole, then handed over, with the same outcome.
  @Test func anUnnamedColumnIsDroppedAsBefore() {
    let (streamed, whole) = bothWays("source;target;\nschool;clb;\nclb;bib;\n")
    #expect(streamed.ties == whole.ties)
    #expect(streamed.diagnostics == whole.diagnostics)
    #expect(streamed.ties.count == 2 && streamed.diagnostics.isEmpty)
    let (kept, _) = bothWays("source;target;\nschool;clb;x\n")
    #expect(kept.diagnostics.map { $0.message.prefix(26) } == ["column 3 has no name in th"])
  }

  /// The records of a large ties file take a bounded number of bytes per tie: the columns hold
  /// no spare room from growing (the reader reserves the file's line count), and an unweighted
  /// record without attributes keeps only its two ends and its line, 4 bytes each (the file
  /// name is kept once); a weight column adds 8 bytes.
  @Test func aTieRecordTakesFewBytes() throws {
    let count = 20_000
    let text = "source,target\n" + (0..<count).map { "a\($0),b\($0 % 97)\n" }.joined()
    var reader = TieTableReader()
    _ = CSVReader.read(Array(text.utf8), path: "Benchmarks/data/a-long-path/ties.csv", streamingTo: &reader)
    #expect(reader.ties.count == count)
    #expect(reader.ties.recordBytes / count <= 12, "\(reader.ties.recordBytes / count) bytes per tie record")
    #expect(reader.ties[count - 1].source == "a19999")
    #expect(reader.ties[count - 1].target == "b17")
    #expect(reader.ties[count - 1].origin?.description == "Benchmarks/data/a-long-path/ties.csv:\(count + 1)")
    let weighted = "source,target,weight\n" + (0..<count).map { "a\($0),b\($0 % 97),\($0 % 5 + 1)\n" }.joined()
    var weightedReader = TieTableReader()
    _ = CSVReader.read(Array(weighted.utf8), path: "ties.csv", streamingTo: &weightedReader)
    #expect(weightedReader.ties.recordBytes / count <= 20)
    #expect(weightedReader.ties.map(\.weight).prefix(6) == [1, 2, 3, 4, 5, 1])
    #expect(MemoryLayout<NetwerkkaartCore.SourceLocation>.size == 16)
    #expect(MemoryLayout<NetwerkkaartCore.SourceLocation?>.size == 16)
  }

  /// A record's attributes, kept in a box only when there are any, read, change, compare, hash
  /// and encode as the dictionary they are.
  @Test func boxedAttributesBehaveAsADictionary() throws {
    var tie = TieRecord(source: "a", target: "b", attributes: ["motief": "groei"])
    #expect(tie.attributes == ["motief": "groei"])
    let before = tie
    tie.attributes["vorm"] = "overleg"
    #expect(tie.attributes.keys.elements == ["motief", "vorm"] && before.attributes.count == 1)
    tie.attributes = [:]
    #expect(tie == TieRecord(source: "a", target: "b"))
    #expect(tie.hashValue == TieRecord(source: "a", target: "b").hashValue)
    #expect(before != TieRecord(source: "a", target: "b"))
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(before), as: UTF8.self)
    #expect(json == #"{"attributes":["motief","groei"],"source":"a","target":"b","weight":1}"#)
    #expect(try JSONDecoder().decode(TieRecord.self, from: Data(json.utf8)) == before)
  }

  /// A line beyond 32 bits (no real file has one) is kept as the largest line, not wrapped.
  @Test func aLineBeyond32BitsIsClamped() {
    let far = NetwerkkaartCore.SourceLocation(file: "ties.csv", line: 1 << 40, column: -(1 << 40))
    #expect(far.line == Int(Int32.max) && far.column == -Int(Int32.max))
    #expect(NetwerkkaartCore.SourceLocation(file: "ties.csv", line: Int.min).line == -Int(Int32.max))
  }

  /// A location still reads, compares, hashes and encodes by its file, sheet, line and column.
  @Test func aCompactLocationBehavesAsItsParts() throws {
    var location = NetwerkkaartCore.SourceLocation(file: "ties.csv", line: 3)
    var other = NetwerkkaartCore.SourceLocation(file: "ties" + ".csv")
    other.line = 3
    #expect(location == other && location.hashValue == other.hashValue)
    location.column = 2
    #expect(location != other && location.description == "ties.csv:3:2")
    location.line = nil
    #expect(location.line == nil && location.description == "ties.csv")
    let cell = NetwerkkaartCore.SourceLocation(file: "map.xlsx", sheet: "ties", row: 7, column: 2)
    #expect(cell.description == "map.xlsx:ties!B7")
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode([other, cell]), as: UTF8.self)
    #expect(json == #"[{"file":"ties.csv","line":3},{"column":2,"file":"map.xlsx","line":7,"sheet":"ties"}]"#)
    #expect(try JSONDecoder().decode([NetwerkkaartCore.SourceLocation].self, from: Data(json.utf8)) == [other, cell])
  }
}
