/// The table of contents of a zip archive held in memory (PKWARE APPNOTE.TXT, sections 4.3.12
/// to 4.3.16): where each entry's stored bytes lie, how they are compressed, their sizes and
/// CRC-32. Every offset and size the archive declares is checked against the archive's length
/// before it is used, so a damaged archive is refused, never read past its end.
///
/// The archive is read from its end: the *end of central directory record* (signature
/// `PK\5\6`, in the last 22 + 65 535 bytes) gives where the *central directory* starts and how
/// many entries it has; each central directory entry (`PK\1\2`) gives an entry's name, sizes
/// and the offset of its *local header* (`PK\3\4`), which the entry's bytes follow. The central
/// directory is authoritative: sizes that a writer only knew after the data (a data descriptor,
/// general purpose flag bit 3) are in it too.
///
/// Zip64 archives (sizes or offsets past 4 GB, marked by `0xFFFFFFFF` fields) are refused: a
/// workbook part is at most ``WorkbookPackage/maximumPartSize``, and spreadsheet programs write
/// Zip64 only for larger archives.
struct ZipDirectory {
  /// One file of the archive, as its central directory entry describes it.
  struct Entry {
    /// 0: stored (not compressed); 8: deflated (RFC 1951).
    var method: UInt16
    /// Bit 0 set: the entry is encrypted.
    var flags: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int
  }

  enum Problem: Error {
    /// No end of central directory record, or a directory that does not fit in the archive.
    case notZip
    /// A size or offset of `0xFFFFFFFF` (or a count of `0xFFFF`): a Zip64 archive.
    case zip64
  }

  /// The entries by name; the first of two entries with one name wins.
  private(set) var entries: [String: Entry] = [:]
  private let bytes: [UInt8]

  init(_ bytes: [UInt8]) throws(Problem) {
    self.bytes = bytes
    guard let end = Self.endRecord(in: bytes) else { throw .notZip }
    let count = Int(bytes.u16(end + 10))
    let directorySize = Int(bytes.u32(end + 12))
    let directoryStart = Int(bytes.u32(end + 16))
    if count == 0xFFFF || bytes.u32(end + 12) == .max || bytes.u32(end + 16) == .max { throw .zip64 }
    guard directoryStart + directorySize <= end else { throw .notZip }
    var position = directoryStart
    for _ in 0..<count {
      guard position + 46 <= end, bytes.u32(position) == 0x0201_4B50 else { throw .notZip }
      let nameLength = Int(bytes.u16(position + 28))
      let next = position + 46 + nameLength + Int(bytes.u16(position + 30)) + Int(bytes.u16(position + 32))
      guard next <= end else { throw .notZip }
      let sizes = [bytes.u32(position + 20), bytes.u32(position + 24), bytes.u32(position + 42)]
      if sizes.contains(.max) { throw .zip64 }
      let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
      if entries[name] == nil {
        entries[name] = Entry(
          method: bytes.u16(position + 10), flags: bytes.u16(position + 8), crc32: bytes.u32(position + 16),
          compressedSize: Int(sizes[0]), uncompressedSize: Int(sizes[1]), localHeaderOffset: Int(sizes[2]))
      }
      position = next
    }
  }

  /// The stored (possibly compressed) bytes of `entry`, after its local header; `nil` when the
  /// local header is missing or the bytes run past the archive's end.
  func storedBytes(of entry: Entry) -> ArraySlice<UInt8>? {
    let header = entry.localHeaderOffset
    guard header + 30 <= bytes.count, bytes.u32(header) == 0x0403_4B50 else { return nil }
    let start = header + 30 + Int(bytes.u16(header + 26)) + Int(bytes.u16(header + 28))
    guard start + entry.compressedSize <= bytes.count else { return nil }
    return bytes[start..<(start + entry.compressedSize)]
  }

  /// The position of the end of central directory record: the last `PK\5\6` whose comment
  /// ends within the archive.
  private static func endRecord(in bytes: [UInt8]) -> Int? {
    guard bytes.count >= 22 else { return nil }
    var position = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    while position >= lowest {
      if bytes.u32(position) == 0x0605_4B50 && position + 22 + Int(bytes.u16(position + 20)) <= bytes.count {
        return position
      }
      position -= 1
    }
    return nil
  }
}

extension [UInt8] {
  /// The little-endian 16-bit number at `offset` (the caller checks that two bytes are there).
  fileprivate func u16(_ offset: Int) -> UInt16 {
    UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
  }

  /// The little-endian 32-bit number at `offset` (the caller checks that four bytes are there).
  fileprivate func u32(_ offset: Int) -> UInt32 {
    UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16
  }
}
