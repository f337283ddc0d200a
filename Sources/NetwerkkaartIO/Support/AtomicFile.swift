import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file all at once: what is written goes to a temporary file in the target's own
/// folder, is flushed to disk, takes the target's permissions and is then renamed over it.
///
/// A full disk, a crash or a kill halfway leaves the old file as it was (and at most a hidden
/// `.name.netwerkkaart-…` file next to it), never half a file. A file that was read-only stays
/// read-only; a new file gets the usual permissions (0666 less the umask) unless others are
/// asked for (a key file: 0600).
///
/// ```swift
/// try AtomicFile.write(Data(csv.utf8), to: "kaart/ties.csv")
/// ```
public enum AtomicFile {
  /// A file that could not be written, in words for its reader (`No space left on device`),
  /// never a Swift type name or an error domain number.
  public struct Failure: Error, LocalizedError, CustomStringConvertible {
    /// Why, in the system's words when the system gave a reason.
    public var description: String
    /// The same as ``description``.
    public var errorDescription: String? { description }

    /// The failure of the last system call (`errno`).
    init(code: Int32 = errno) { self.init(reason: String(cString: strerror(code))) }

    private init(reason: String) { description = reason }

    /// The failure behind any error a write threw: the system's reason when one is found in
    /// it (Foundation wraps it in a Cocoa error), else a sentence naming the likely causes.
    init(_ error: Error) {
      if let failure = error as? Failure {
        self = failure
        return
      }
      var current: NSError? = error as NSError
      while let nsError = current {
        if nsError.domain == NSPOSIXErrorDomain, nsError.code > 0 {
          self.init(code: Int32(nsError.code))
          return
        }
        current = nsError.userInfo[NSUnderlyingErrorKey] as? NSError
      }
      switch (error as? CocoaError)?.code {
      case .fileWriteOutOfSpace?: self.init(code: ENOSPC)
      case .fileWriteNoPermission?, .fileReadNoPermission?: self.init(code: EACCES)
      case .fileNoSuchFile?, .fileReadNoSuchFile?: self.init(code: ENOENT)
      case .fileWriteVolumeReadOnly?: self.init(code: EROFS)
      default: self.init(reason: "the data could not be written (a full disk, a file size limit or a lost connection)")
      }
    }
  }

  /// Writes `data` to `path`, replacing the file there atomically.
  public static func write(_ data: Data, to path: String, permissions: mode_t? = nil) throws {
    try replace(path, permissions: permissions) { temporary in try data.write(to: temporary) }
  }

  /// Replaces `path` with the file `produce` writes to the temporary URL it is given (in the
  /// same folder, not yet existing). When `produce` throws, the temporary file is removed and
  /// `path` is left as it was.
  public static func replace(_ path: String, permissions: mode_t? = nil, produce: (URL) throws -> Void) throws {
    let target = URL(fileURLWithPath: path)
    let folder = target.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(target.lastPathComponent).netwerkkaart-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    do {
      try produce(temporary)
      try flush(temporary.path)
      guard chmod(temporary.path, permissions ?? mode(of: path)) == 0, rename(temporary.path, path) == 0 else {
        throw Failure()
      }
    } catch {
      unlink(temporary.path)
      throw Failure(error)
    }
  }

  /// The permission bits the replacement gets: the existing file's, or those of a new file.
  private static func mode(of path: String) -> mode_t {
    var status = stat()
    if stat(path, &status) == 0 { return status.st_mode & 0o7777 }
    let mask = umask(0o022)
    umask(mask)
    return 0o666 & ~mask
  }

  /// Writes the file's data to the disk, so that the rename never points at lost blocks.
  private static func flush(_ path: String) throws {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw Failure() }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw Failure() }
  }
}
