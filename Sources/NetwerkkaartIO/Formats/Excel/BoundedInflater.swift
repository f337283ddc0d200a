internal import CNetwerkkaartZlib
import Foundation

/// Unpacks raw deflate data (RFC 1951, zip compression method 8) with zlib, strictly within
/// the bytes it is given and the size it must unpack to.
///
/// A damaged stream can neither end (`Z_STREAM_END`) nor be invalid (`Z_DATA_ERROR`) within
/// its bytes: zlib then asks for more input (`Z_BUF_ERROR`). Here that is an error, as is a
/// stream that unpacks to more, or fewer, bytes than declared, or whose CRC-32 differs. Each call
/// of `inflate` consumes input or produces output, and both are bounded, so unpacking ends.
enum BoundedInflater {
  /// The bytes `compressed` unpacks to, when it is one complete deflate stream that unpacks to
  /// exactly `size` bytes with CRC-32 `crc32`; otherwise `nil`.
  static func inflate(_ compressed: ArraySlice<UInt8>, size: Int, crc32: UInt32) -> Data? {
    guard let output = inflate(compressed, size: size) else { return nil }
    return checksum(output) == crc32 ? output : nil
  }

  /// The CRC-32 of `data` (ISO 3309, as zip and PNG use it), computed by zlib.
  static func checksum(_ data: some ContiguousBytes) -> UInt32 {
    data.withUnsafeBytes { buffer in
      guard let base = buffer.bindMemory(to: Bytef.self).baseAddress else { return 0 }
      return UInt32(truncatingIfNeeded: CNetwerkkaartZlib.crc32(0, base, uInt(buffer.count)))
    }
  }

  private static func inflate(_ compressed: ArraySlice<UInt8>, size: Int) -> Data? {
    guard compressed.count <= UInt32.max else { return nil }
    var stream = z_stream()
    guard nkz_inflate_init_raw(&stream) == Z_OK else { return nil }
    defer { inflateEnd(&stream) }
    var output = Data()
    // One byte more than declared: a stream that goes on past its size is found out.
    var chunk = [UInt8](repeating: 0, count: min(size + 1, 1 << 16))
    return compressed.withUnsafeBufferPointer { input -> Data? in
      stream.next_in = input.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
      stream.avail_in = uInt(input.count)
      while true {
        let (status, produced) = chunk.withUnsafeMutableBufferPointer { buffer in
          stream.next_out = buffer.baseAddress
          stream.avail_out = uInt(buffer.count)
          let status = CNetwerkkaartZlib.inflate(&stream, Z_NO_FLUSH)
          return (status, buffer.count - Int(stream.avail_out))
        }
        output.append(contentsOf: chunk[..<produced])
        guard output.count <= size else { return nil }
        switch status {
        case Z_STREAM_END: return output.count == size ? output : nil
        case Z_OK: continue
        // Z_BUF_ERROR: no progress possible, the input is used up before the stream ends.
        default: return nil
        }
      }
    }
  }
}
