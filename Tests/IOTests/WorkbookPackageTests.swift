import Foundation
import Testing

@testable import NetwerkkaartIO

/// Zip archives put together byte by byte (PKWARE APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16), each part
/// damaged in one way, so that every way a part's bytes can lie is refused and none hangs.
///
/// The deflate bytes and CRC-32 come from Python's zlib: raw deflate of `hello` (window bits
/// −15) is `cb 48 cd c9 c9 07 00`, and `zlib.crc32(b"hello")` is `0x3610a686`.
private let hello: [UInt8] = Array("hello".utf8)
private let helloDeflated: [UInt8] = [0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x07, 0x00]
private let helloCRC: UInt32 = 0x3610_A686

@Suite struct WorkbookPackageTests {
  /// One entry of a hand-made archive, with the sizes and CRC its headers declare.
  struct Member {
    var name = "xl/workbook.xml"
    var method: UInt16
    var crc: UInt32 = helloCRC
    var data: [UInt8]
    var declaredCompressedSize: UInt32?
    var uncompressedSize: UInt32 = 5
  }

  /// An archive holding `members`: local headers and data, the central directory, its end record.
  static func archive(_ members: [Member], countInEndRecord: UInt16? = nil) -> [UInt8] {
    func le(_ value: some FixedWidthInteger) -> [UInt8] {
      withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
    var bytes: [UInt8] = []
    var directory: [UInt8] = []
    for member in members {
      let offset = UInt32(bytes.count)
      let name = Array(member.name.utf8)
      let fields: [UInt8] =
        le(UInt16(20)) + le(UInt16(0)) + le(member.method) + le(UInt32(0)) + le(member.crc)
        + le(member.declaredCompressedSize ?? UInt32(member.data.count)) + le(member.uncompressedSize)
        + le(UInt16(name.count)) + le(UInt16(0))
      bytes += le(UInt32(0x0403_4B50)) + fields + name + member.data
      directory +=
        le(UInt32(0x0201_4B50)) + le(UInt16(20)) + fields + le(UInt16(0)) + le(UInt16(0)) + le(UInt16(0))
        + le(UInt32(0)) + le(offset) + name
    }
    let start = UInt32(bytes.count)
    let count = countInEndRecord ?? UInt16(members.count)
    return bytes + directory + le(UInt32(0x0605_4B50)) + le(UInt16(0)) + le(UInt16(0)) + le(count) + le(count)
      + le(UInt32(directory.count)) + le(start) + le(UInt16(0))
  }

  /// The part's text, or the problem's name (`unreadablePart`, `zip64`, `notZip`).
  static func read(_ bytes: [UInt8], part: String = "xl/workbook.xml") -> String {
    do {
      let data = try WorkbookPackage(bytes: bytes).part(part)
      return data.map { String(decoding: $0, as: UTF8.self) } ?? "none"
    } catch {
      return "\(error)".prefix { $0 != "(" }.description
    }
  }

  @Test func intactPartsAreRead() {
    #expect(Self.read(Self.archive([Member(method: 8, data: helloDeflated)])) == "hello")
    #expect(Self.read(Self.archive([Member(method: 0, data: hello)])) == "hello")
    #expect(Self.read(Self.archive([Member(method: 0, data: hello)]), part: "xl/styles.xml") == "none")
  }

  @Test(arguments: [
    // The stream cut short, the headers consistent with the cut: ZIPFoundation hung here.
    ("deflate cut short", Member(method: 8, data: Array(helloDeflated.prefix(4)))),
    // A stored block promising 65 535 bytes: the stream needs more than the entry holds.
    ("stored block past the end", Member(method: 8, data: [0x00, 0xFF, 0xFF, 0x00, 0x00] + hello)),
    ("deflate with a wrong CRC", Member(method: 8, crc: 0x3610_A687, data: helloDeflated)),
    ("deflate longer than declared", Member(method: 8, data: helloDeflated, uncompressedSize: 4)),
    ("deflate shorter than declared", Member(method: 8, data: helloDeflated, uncompressedSize: 6)),
    ("invalid deflate", Member(method: 8, data: [0xFF, 0xFF, 0xFF, 0xFF])),
    ("stored with a wrong CRC", Member(method: 0, crc: 0, data: hello)),
    // The stored path: ZIPFoundation read on to the end of the file here as well.
    ("stored size past the file", Member(method: 0, data: hello, declaredCompressedSize: 5000, uncompressedSize: 5000)),
    ("deflate size past the file", Member(method: 8, data: helloDeflated, declaredCompressedSize: 5000)),
    ("unknown method (deflate64)", Member(method: 9, data: helloDeflated)),
    ("larger than a part may be", Member(method: 8, data: helloDeflated, uncompressedSize: 257 << 20)),
  ])
  func damagedPartIsRefused(damage: String, member: Member) {
    #expect(Self.read(Self.archive([member])) == "unreadablePart", "\(damage)")
  }

  @Test func zip64IsRefusedByName() {
    let archive = Self.archive([Member(method: 8, data: helloDeflated)], countInEndRecord: 0xFFFF)
    #expect(Self.read(archive) == "zip64")
    let sized = Self.archive([Member(method: 8, data: helloDeflated, uncompressedSize: .max)])
    #expect(Self.read(sized) == "zip64")
  }

  @Test func brokenDirectoryIsNotAZip() {
    let whole = Self.archive([Member(method: 8, data: helloDeflated)])
    #expect(Self.read(Array(whole.dropLast(1))) == "notZip")  // the end record cut
    #expect(Self.read(Array(whole.prefix(40))) == "notZip")
    #expect(Self.read(Self.archive([Member(method: 8, data: helloDeflated)], countInEndRecord: 2)) == "notZip")
    #expect(Self.read(Array("PK".utf8)) == "notZip")
  }
}
