import Foundation

/// A fresh folder under the system's temporary directory, with helpers to write files into it.
struct TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("netwerkkaart-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, Data(text.utf8))
  }

  @discardableResult
  func write(_ name: String, _ bytes: Data) throws -> String {
    let file = url.appendingPathComponent(name)
    try bytes.write(to: file)
    return file.path
  }

  var path: String { url.path }
}
