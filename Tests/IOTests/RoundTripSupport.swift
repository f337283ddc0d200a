import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport

@testable import NetwerkkaartIO

/// Loads the map at `path` (relative to the package), writes it as `fileName` in a fresh folder
/// (the extension chooses the format) and reads that file back.
func writtenAndReadBack(
  _ path: String, as fileName: String, dlLayout: DLWriter.Layout = .fullMatrix
) throws -> (original: PartnershipMap, back: PartnershipMap, notes: [Diagnostic]) {
  let original = try MapLoader.load(path: packageRoot.appendingPathComponent(path).path)
  let target = try TemporaryFolder().path + "/" + fileName
  let notes = try MapWriter.write(original, to: target, dlLayout: dlLayout)
  return (original, try MapLoader.load(path: target), notes)
}
