import Foundation
import NetwerkkaartCore
import Testing

/// Every error of the core says, through `localizedDescription`, what is wrong and what to
/// change, and names no command-line option.
@Suite struct ErrorTextTests {
  @Test func mapError() {
    let error = #expect(throws: MapError.self) {
      try PartnershipMap(
        actors: [
          ActorRecord(id: "a", origin: SourceLocation(file: "actors.csv", line: 2)),
          ActorRecord(id: "a", origin: SourceLocation(file: "actors.csv", line: 3)),
        ],
        ties: [])
    }
    #expect(
      error?.localizedDescription
        == "actors.csv:3: error: duplicate actor id \"a\" (first at actors.csv:2); give each actor its own id")
  }

  @Test func filterError() {
    let error = #expect(throws: FilterError.self) { try TieFilter(parsing: "motief") }
    #expect(
      error?.localizedDescription
        == "'motief' is not a tie filter; write KEY=VALUE or KEY!=VALUE (motief=groei, vorm!=online, weight>=3)")
  }

  /// A key's refusals, without quoting the name (a key's messages may end up in a log).
  @Test func pseudonymKeyConflicts() throws {
    var key = PseudonymKey()
    try key.add(PseudonymKey.Entry(name: "CLB Kempen", code: "clb-1"))
    let refusals: [(PseudonymKey.Entry, String)] = [
      (
        PseudonymKey.Entry(name: " clb kempen", code: "clb-2"),
        "this name already has code clb-1 (letter case and spaces aside); keep one entry per name"
      ),
      (
        PseudonymKey.Entry(name: "CLB Noord", code: "clb-1"),
        "this code is already given to another name; give each name its own code"
      ),
      (
        PseudonymKey.Entry(name: "", code: "clb-3"),
        "a key entry needs both a name and a code; fill in the empty one or leave the entry out"
      ),
    ]
    for (entry, text) in refusals {
      let error = #expect(throws: PseudonymKey.Conflict.self) { try key.add(entry) }
      #expect(error?.localizedDescription == text)
      #expect(!text.contains("Kempen") && !text.contains("Noord"))
    }
  }
}
