import Foundation

/// The parts of an Office Open XML workbook (`.xlsx`, ECMA-376): a zip archive of XML files.
/// Finds a part in the archive's directory and unpacks it, refusing parts that unpack to more
/// than ``maximumPartSize`` (a zip bomb is not a netwerkkaart) and parts whose bytes are
/// damaged: every part is checked against its declared size and CRC-32.
///
/// Reading parts here rather than with ZIPFoundation (which writes workbooks, see
/// ``WorkbookWriter``): ZIPFoundation 0.9.20's `extract` hangs on a damaged deflate stream
/// that neither ends nor is invalid within the entry's bytes. It reads on past the entry,
/// up to the end of the file, and then loops for ever: `Data.decode` repeats while the
/// stream has not ended, and at the end of the file it gets empty chunks that it neither
/// inflates nor reports (found by fuzzing: Tests/Fixtures/fuzz-crashes/xlsx-deflate-stream-never-ends.xlsx).
/// ``ZipDirectory`` and ``BoundedInflater`` read the whole archive from memory and unpack
/// each part strictly within its own bytes.
struct WorkbookPackage {
  static let maximumPartSize = 256 << 20

  enum Problem: Error {
    case notZip
    /// A Zip64 archive (``ZipDirectory``), which no spreadsheet program writes for a map.
    case zip64
    case missingPart(String)
    case unreadablePart(String)
  }

  private let directory: ZipDirectory

  /// Opens the workbook whose bytes (the whole file) are `bytes`.
  init(bytes: [UInt8]) throws(Problem) {
    guard bytes.starts(with: [0x50, 0x4B]) else { throw .notZip }
    do {
      directory = try ZipDirectory(bytes)
    } catch .zip64 {
      throw .zip64
    } catch {
      throw .notZip
    }
  }

  /// The bytes of the part at `path` (`xl/workbook.xml`), or `nil` when there is none.
  func part(_ path: String) throws(Problem) -> Data? {
    let normalized = path.hasPrefix("/") ? String(path.dropFirst()) : path
    guard let entry = directory.entries[normalized] else { return nil }
    guard entry.uncompressedSize <= Self.maximumPartSize, entry.flags & 1 == 0,
      let stored = directory.storedBytes(of: entry)
    else { throw .unreadablePart(normalized) }
    let data: Data?
    switch entry.method {
    case 0:
      data =
        stored.count == entry.uncompressedSize && BoundedInflater.checksum(stored) == entry.crc32
        ? Data(stored) : nil
    case 8: data = BoundedInflater.inflate(stored, size: entry.uncompressedSize, crc32: entry.crc32)
    default: data = nil
    }
    guard let data else { throw .unreadablePart(normalized) }
    return data
  }
}
