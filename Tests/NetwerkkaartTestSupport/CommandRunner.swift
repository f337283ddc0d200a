import Foundation

/// Runs a product of this package (the `netwerkkaart` tool, the embedding example) as a user
/// would, capturing standard output, standard error and the exit status.
public struct CommandResult: Sendable, CustomStringConvertible {
  public let status: Int32
  public let standardOutput: String
  public let standardError: String
  /// Whether the command was stopped because it ran past its time (a hang).
  public var timedOut = false

  public var description: String {
    (timedOut ? "timed out, stopped\n" : "")
      + "exit \(status)\n--- stdout\n\(standardOutput)\n--- stderr\n\(standardError)"
  }
}

public enum CommandRunner {
  /// How long a command may run before it is stopped (SIGKILL) and its result marked
  /// ``CommandResult/timedOut``: a hang fails its test instead of hanging the test suite.
  public static let defaultTimeout: TimeInterval = 600

  /// The folder that holds the built products: the test bundle's own folder.
  public static var productsDirectory: URL {
    Bundle.main.bundleURL
  }

  /// Runs `product` (built by `swift build`/`swift test`) with `arguments` in `directory`,
  /// stopping it after `timeout` seconds.
  public static func run(
    _ product: String, _ arguments: [String], in directory: URL = packageRoot, input: Data? = nil,
    timeout: TimeInterval = defaultTimeout
  ) throws -> CommandResult {
    try runExecutable(
      productsDirectory.appendingPathComponent(product), arguments, in: directory, input: input, timeout: timeout)
  }

  /// Runs any executable and collects its output, stopping it after `timeout` seconds.
  public static func runExecutable(
    _ executable: URL, _ arguments: [String], in directory: URL = packageRoot, input: Data? = nil,
    environment: [String: String]? = nil, timeout: TimeInterval = defaultTimeout
  ) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if let environment { process.environment = environment }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    if let input {
      let pipe = Pipe()
      process.standardInput = pipe
      try process.run()
      pipe.fileHandleForWriting.write(input)
      try pipe.fileHandleForWriting.close()
    } else {
      process.standardInput = FileHandle.nullDevice
      try process.run()
    }
    let watchdog = Watchdog(process, after: timeout)
    // Read both pipes concurrently so that neither can fill up and block the child.
    let errorData = LockedData()
    let reader = Thread { errorData.set(error.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorData.isSet { usleep(1000) }
    return CommandResult(
      status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData.value, as: UTF8.self), timedOut: watchdog.finish())
  }
}

/// Kills a process (SIGKILL, which a busy loop cannot ignore) that is still running after its
/// time; ``finish()`` tells whether it had to.
private final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private var done = false
  private var fired = false

  init(_ process: Process, after seconds: TimeInterval) {
    let identifier = process.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
      lock.withLock {
        guard !done else { return }
        fired = true
        kill(identifier, SIGKILL)
      }
    }
  }

  /// Called once the process has ended: the watchdog no longer kills (the identifier may be
  /// reused), and says whether it did.
  func finish() -> Bool {
    lock.withLock {
      done = true
      return fired
    }
  }
}

private final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data: Data?

  func set(_ value: Data) { lock.withLock { data = value } }
  var isSet: Bool { lock.withLock { data != nil } }
  var value: Data { lock.withLock { data ?? Data() } }
}
