import Foundation

/// Lets the C allocator give large freed blocks back to the system at once.
///
/// glibc's `malloc` serves a request of 128 KiB or more from a mapping of its own, returned to
/// the system on `free`; but after each such free it raises that threshold to the block's size
/// (up to 32 MiB), so that the next arrays of a similar size come from the heap, where a freed
/// block stays resident while anything above it lives. A command that builds large temporary
/// arrays one after another (the tie records, the merge, the network's rows, the report) then
/// holds memory it no longer uses: on the benchmark's large network 7.5 MiB of peak RSS
/// (Docs/Performance.md, "Loading"). Fixing the threshold at its default keeps every large
/// array in a mapping of its own. Elsewhere (macOS) nothing is done.
enum MemoryReturn {
  /// `M_MMAP_THRESHOLD` of `<malloc.h>`, which Swift's Glibc module does not import.
  private static let mmapThreshold: Int32 = -3

  /// Sets the threshold (setting it at all turns the adjustment off); call once, first thing.
  static func configure() {
    #if os(Linux)
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
      _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, 128 * 1024)
    #endif
  }
}
