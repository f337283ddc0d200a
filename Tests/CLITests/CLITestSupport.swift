import Foundation
import NetwerkkaartTestSupport
import Testing

/// Runs the built `netwerkkaart` in `directory`.
func netwerkkaart(_ arguments: String..., in directory: URL = packageRoot) throws -> CommandResult {
  try netwerkkaart(arguments, in: directory)
}

/// Runs the built `netwerkkaart` with an argument list built by the test.
func netwerkkaart(_ arguments: [String], in directory: URL = packageRoot) throws -> CommandResult {
  try CommandRunner.run("netwerkkaart", arguments, in: directory)
}

/// A fresh folder holding the given files (name → bytes).
func folder(_ files: [String: [UInt8]]) throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("netwerkkaart-cli-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  for (name, bytes) in files { try Data(bytes).write(to: url.appendingPathComponent(name)) }
  return url
}

func folder(_ files: [String: String]) throws -> URL {
  try folder(files.mapValues { Array($0.utf8) })
}

/// A crash or a Swift runtime trap shows itself in standard error; a handled error never does.
func expectNoCrash(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) {
  for sign in ["Fatal error", "Stack dump", "Backtrace", "Segmentation fault", "Illegal instruction"] {
    #expect(!result.standardError.contains(sign), "\(result)", sourceLocation: sourceLocation)
  }
  #expect(
    result.status != 132 && result.status != 133 && result.status != 134 && result.status != 139,
    sourceLocation: sourceLocation)
}

/// Parses JSON strictly: Foundation refuses NaN and Infinity, which JSON does not have.
func parseJSON(_ text: String) throws -> [String: Any] {
  try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}
