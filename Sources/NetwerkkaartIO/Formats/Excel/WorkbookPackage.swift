import Foundation
internal import ZIPFoundation

/// The parts of an Office Open XML workbook (`.xlsx`, ECMA-376): a zip archive of XML files.
/// Opens the archive and hands out a part's bytes, refusing parts that unpack to more than
/// ``maximumPartSize`` (a zip bomb is not a netwerkkaart).
struct WorkbookPackage {
  static let maximumPartSize = 256 << 20

  enum Problem: Error {
    case notZip
    case missingPart(String)
    case unreadablePart(String)
  }

  private let archive: Archive

  /// Opens the workbook at `path`, whose first bytes are `bytes`.
  ///
  /// The archive is read from the file, not from memory: ZIPFoundation 0.9's in-memory reader
  /// traps on a damaged archive that points past its end, while the file reader reports it.
  init(path: String, bytes: [UInt8]) throws(Problem) {
    guard bytes.starts(with: [0x50, 0x4B]) else { throw .notZip }
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw .notZip
    }
  }

  /// The bytes of the part at `path` (`xl/workbook.xml`), or `nil` when there is none.
  func part(_ path: String) throws(Problem) -> Data? {
    let normalized = path.hasPrefix("/") ? String(path.dropFirst()) : path
    guard let entry = archive[normalized] else { return nil }
    guard entry.uncompressedSize <= Self.maximumPartSize else { throw .unreadablePart(normalized) }
    var data = Data()
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in data.append(chunk) }
    } catch {
      throw .unreadablePart(normalized)
    }
    return data
  }
}
