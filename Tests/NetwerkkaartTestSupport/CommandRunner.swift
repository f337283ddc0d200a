import Foundation

/// Runs a product of this package (the `netwerkkaart` tool, the embedding example) as a user
/// would, capturing standard output, standard error and the exit status.
public struct CommandResult: Sendable, CustomStringConvertible {
  public let status: Int32
  public let standardOutput: String
  public let standardError: String

  public var description: String {
    "exit \(status)\n--- stdout\n\(standardOutput)\n--- stderr\n\(standardError)"
  }
}

public enum CommandRunner {
  /// The folder that holds the built products: the test bundle's own folder.
  public static var productsDirectory: URL {
    Bundle.main.bundleURL
  }

  /// Runs `product` (built by `swift build`/`swift test`) with `arguments` in `directory`.
  public static func run(
    _ product: String, _ arguments: [String], in directory: URL = packageRoot, input: Data? = nil
  ) throws -> CommandResult {
    try runExecutable(productsDirectory.appendingPathComponent(product), arguments, in: directory, input: input)
  }

  /// Runs any executable and collects its output.
  public static func runExecutable(
    _ executable: URL, _ arguments: [String], in directory: URL = packageRoot, input: Data? = nil,
    environment: [String: String]? = nil
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
    // Read both pipes concurrently so that neither can fill up and block the child.
    let errorData = LockedData()
    let reader = Thread { errorData.set(error.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errorData.isSet { usleep(1000) }
    return CommandResult(
      status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData.value, as: UTF8.self))
  }
}

private final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data: Data?

  func set(_ value: Data) { lock.withLock { data = value } }
  var isSet: Bool { lock.withLock { data != nil } }
  var value: Data { lock.withLock { data ?? Data() } }
}
