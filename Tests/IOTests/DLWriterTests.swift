import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartIO

/// UCINET DL written and read back: the examples (undirected, no repeated pairs) and Padgett's
/// two relations (SocNetV's file) come back with the same actor ids, ties, weights and
/// relations in both layouts. `Tests/Interop/real_corpus.py` reads the written files of the
/// whole corpus with an independent DL reader as well.
@Suite struct DLWriterTests {
  static let maps = [
    "Examples/basisschool-de-linde", "Examples/basisschool-de-linde-golf2", "Examples/secundaire-school-atheneum-zuid",
    "Tests/Fixtures/real/socnetv/Padgett_Florentine_Families.paj",
  ]

  /// A tie as DL keeps it: the unordered pair (the maps are undirected), strength and relation.
  static func ties(_ map: PartnershipMap) -> [String] {
    map.ties.map { tie in
      let pair = [tie.source.rawValue, tie.target.rawValue].sorted().joined(separator: "-")
      return "\(pair):\(tie.weight):\(tie.attributes["relation"] ?? "")"
    }.sorted()
  }

  @Test(arguments: maps, DLWriter.Layout.allCases)
  func writtenDLReadsBack(path: String, layout: DLWriter.Layout) throws {
    let (original, back, notes) = try writtenAndReadBack(path, as: "map.dl", dlLayout: layout)
    #expect(!notes.contains { $0.message.contains("summed") }, "\(notes)")
    #expect(back.actors.map(\.id) == original.actors.map(\.id))
    #expect(Self.ties(back) == Self.ties(original))
    #expect(back.metadata.directed == nil)
  }

  @Test func repeatedTiesAreSummedInAFullMatrixAndKeptInAnEdgeList() throws {
    let map = try PartnershipMap(
      actors: [ActorRecord(id: "a"), ActorRecord(id: "b")],
      ties: [TieRecord(source: "a", target: "b", weight: 2), TieRecord(source: "b", target: "a", weight: 3)])
    #expect(
      DLWriter.document(map, layout: .fullMatrix) == "dl n=2 format=fullmatrix\nlabels:\n\"a\",\"b\"\ndata:\n0 5\n5 0\n"
    )
    #expect(
      DLWriter.document(map, layout: .edgeList)
        == "dl n=2 format=edgelist1\nlabels:\n\"a\",\"b\"\ndata:\n1 2 2\n2 1 3\n")
    #expect(
      DLWriter.losses(map, layout: .fullMatrix).first?.english.contains("1 repeated tie records are summed") == true)
    #expect(DLWriter.losses(map, layout: .edgeList).isEmpty)
  }
}
