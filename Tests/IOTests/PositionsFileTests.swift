import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import Testing

@Suite struct PositionsFileTests {
  @Test func writesTheDocumentedFormat() {
    let positions = ActorPositions([
      .init(id: "school", x: 0, y: -0.0, ring: "focus", sector: "school"),
      .init(id: "clb", x: 1.23456, y: -0.5, ring: "kern", sector: "clb"),
      .init(id: "stem, werkgroep", x: 2, y: 0.00004, ring: "", sector: nil),
    ])
    #expect(
      PositionsFile.text(positions)
        == "id,x,y,ring,sector\nschool,0,0,focus,school\nclb,1.2346,-0.5,kern,clb\n\"stem, werkgroep\",2,0,,\n")
  }

  /// Columns in any order, extra ones ignored, no ring column: rings unknown.
  @Test func readsColumnsInAnyOrder() throws {
    let read = PositionsFile.read(Array("x,opmerking,id,y\n1.5,links,clb,-2\n0,,school,0\n".utf8), path: "p.csv")
    #expect(read.diagnostics.isEmpty)
    let positions = try #require(read.positions)
    #expect(positions.count == 2)
    #expect(positions[ActorID("clb")]! == (1.5, -2))
    #expect(positions.entry(for: "clb")?.ring == nil)
    #expect(positions.entry(for: "clb")?.location == SourceLocation(file: "p.csv", line: 2))
  }

  @Test func roundTrip() throws {
    let text = "id,x,y,ring,sector\nschool,0,0,focus,school\nclb,-0.702,0.118,kern,clb\nwg,4.1,-2.375,,\n"
    let read = PositionsFile.read(Array(text.utf8), path: "p.csv")
    #expect(PositionsFile.text(try #require(read.positions)) == text)
    #expect(read.positions?.entry(for: "wg")?.ring == "")
  }

  @Test func nanIsNotANumber() {
    let read = PositionsFile.read(Array("id,x,y\na,nan,1\n".utf8), path: "p.csv")
    #expect(read.positions == nil)
    #expect(
      read.diagnostics.map(\.description) == [
        "p.csv:2: error: x of \"a\" is 'nan', not a finite number; write inches with a '.' as in 1.25 or -0.5"
      ])
  }
}
