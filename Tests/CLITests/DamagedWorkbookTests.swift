import Foundation
import NetwerkkaartTestSupport
import Testing

/// Workbooks whose deflate stream never ends within its entry's bytes. ZIPFoundation 0.9.20's
/// `extract` read on to the end of the file and then looped for ever: `validate`, `metrics` and
/// `convert` hung. Each command must now end at once with an error naming the damaged part.
/// The commands run with a time limit, so that the hang, should it come back, fails the test
/// instead of hanging the suite.
@Suite struct DamagedWorkbookTests {
  static let commands: [[String]] = [["validate"], ["metrics"], ["convert", "--to", "edgelist", "-o", "-"]]

  /// What the fuzzer found: `xl/worksheets/sheet2.xml` (the ties) has a mutated deflate stream
  /// and a wrong CRC; its headers are intact.
  @Test(arguments: commands)
  func fuzzedStreamEndsWithAnError(command: [String]) throws {
    let result = try run(command, "Tests/Fixtures/fuzz-crashes/xlsx-deflate-stream-never-ends.xlsx")
    expectRefusal(result, part: "xl/worksheets/sheet2.xml")
  }

  /// Made by hand from De Linde written by `convert`: the ties sheet's deflate data starts with a
  /// stored block (header byte 0, then LEN = 0xFFFF and NLEN = 0x0000, RFC 1951 section 3.2.4)
  /// that promises 65 535 bytes where the entry holds a few thousand. Sizes, offsets and the
  /// central directory are untouched: only the stream is cut short.
  @Test(arguments: commands)
  func streamCutShortEndsWithAnError(command: [String]) throws {
    let work = try folder([String: String]())
    defer { try? FileManager.default.removeItem(at: work) }
    let whole = work.path + "/linde.xlsx"
    let converted = try netwerkkaart("convert", "Examples/basisschool-de-linde", "-o", whole)
    #expect(converted.status == 0, "\(converted)")
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: whole)))
    let start = try #require(Self.dataStart(of: "xl/worksheets/sheet2.xml", in: bytes))
    bytes.replaceSubrange(start..<(start + 5), with: [0x00, 0xFF, 0xFF, 0x00, 0x00])
    let damaged = work.path + "/linde-cut.xlsx"
    try Data(bytes).write(to: URL(fileURLWithPath: damaged))
    expectRefusal(try run(command, damaged), part: "xl/worksheets/sheet2.xml")
  }

  /// The Dutch message names the part too.
  @Test func dutchMessageNamesThePart() throws {
    let result = try run(
      ["validate", "--lang", "nl"], "Tests/Fixtures/fuzz-crashes/xlsx-deflate-stream-never-ends.xlsx")
    #expect(!result.timedOut && result.status == 1, "\(result)")
    #expect(
      result.standardError.contains(
        "het onderdeel xl/worksheets/sheet2.xml van de werkmap ontbreekt of is beschadigd; open het bestand in een rekenbladprogramma en bewaar het opnieuw"
      ), "\(result)")
  }

  private func run(_ command: [String], _ file: String) throws -> CommandResult {
    let arguments = [command[0], file] + command.dropFirst()
    return try CommandRunner.run("netwerkkaart", arguments, timeout: 60)
  }

  private func expectRefusal(_ result: CommandResult, part: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!result.timedOut, "\(result)", sourceLocation: sourceLocation)
    expectNoCrash(result, sourceLocation: sourceLocation)
    #expect(result.status == 1, "\(result)", sourceLocation: sourceLocation)
    #expect(
      result.standardError.contains(
        "error: sheet 'ties' cannot be read: the workbook's part \(part) is missing or damaged; open the file in a spreadsheet program and save it again"
      ), "\(result)", sourceLocation: sourceLocation)
  }

  /// Where the data of the entry `name` starts: after its local header (signature `PK\3\4`,
  /// 30 bytes, then the name and the extra field, APPNOTE.TXT 4.3.7). Local headers come before
  /// the central directory, so the name's first occurrence is in the local header.
  static func dataStart(of name: String, in bytes: [UInt8]) -> Int? {
    let needle = Array(name.utf8)
    guard let at = bytes.indices.first(where: { bytes[$0...].starts(with: needle) }), at >= 30,
      bytes[(at - 30)..<(at - 26)].elementsEqual([0x50, 0x4B, 0x03, 0x04])
    else { return nil }
    let extra = Int(bytes[at - 2]) | Int(bytes[at - 1]) << 8
    return at + needle.count + extra
  }
}
