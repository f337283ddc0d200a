import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import Testing

/// The IO errors say where and what to change through `localizedDescription`, naming no
/// command-line option.
@Suite struct IOErrorTextTests {
  @Test func writeError() throws {
    let map = try PartnershipMap(actors: [ActorRecord(id: "a")], ties: [])
    let error = #expect(throws: MapWriter.WriteError.self) { try MapWriter.write(map, to: "kaart.xyz") }
    #expect(
      error?.localizedDescription
        == "kaart.xyz: error: unknown file extension; use \(MapFormat.extensionsText), or name the format")
  }

  @Test func keyFileError() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("sleutel.csv", "naam,code\nCLB Kempen,clb-1\nCLB Noord,clb-1\n")
    let error = #expect(throws: PseudonymKeyFile.KeyFileError.self) { try PseudonymKeyFile.read(path: path) }
    #expect(
      error?.localizedDescription
        == "\(path):3: error: code clb-1 is already given to the name on line 2; give each name its own code")
  }
}
