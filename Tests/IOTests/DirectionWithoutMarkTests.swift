import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartIO

/// UCINET DL and NetDraw VNA have no mark for direction: a tie is a matrix cell or an arc line,
/// and symmetric data is read as one undirected tie per pair. These tests check, on hand-made
/// files whose ties are counted by hand, where direction is read, kept, and where it could be
/// lost with a warning.
@Suite struct DirectionWithoutMarkTests {
  /// `a` and `b` tied both ways with strength 2, `b` and `c` both ways with strength 1.
  static func reciprocated(directed: Bool?) throws -> PartnershipMap {
    try PartnershipMap(
      actors: ["a", "b", "c"].map { ActorRecord(id: ActorID($0)) },
      ties: [
        TieRecord(source: "a", target: "b", weight: 2), TieRecord(source: "b", target: "a", weight: 2),
        TieRecord(source: "b", target: "c"), TieRecord(source: "c", target: "b"),
      ],
      metadata: MapMetadata(directed: directed))
  }

  static func arcs(_ map: PartnershipMap) -> [String] {
    map.ties.map { "\($0.source)>\($0.target):\($0.weight)" }
  }

  // MARK: UCINET DL

  /// `samen` is symmetric (a–b 8), `advies` is not (a→b, b→c): the map is directed, `samen`
  /// gives one tie, and a warning at its first cell (line 7) says a directed analysis sees it one
  /// way only.
  @Test func dlSymmetricMatrixBesideAnAsymmetricOneWarns() throws {
    let text =
      "dl n=3 nm=2\nlabels:\na,b,c\nmatrix labels:\nsamen,advies\ndata:\n0 8 0\n8 0 0\n0 0 0\n0 1 0\n0 0 1\n0 0 0\n"
    let loaded = try readMap("s.dl", text).get()
    #expect(loaded.map.metadata.directed == true)
    #expect(Self.arcs(loaded.map) == ["a>b:8.0", "a>b:1.0", "b>c:1.0"])
    let warnings = loaded.warnings.map {
      "\(URL(fileURLWithPath: $0.location?.file ?? "").lastPathComponent):\($0.location?.line ?? 0)"
    }
    #expect(warnings == ["s.dl:7"])
    #expect(loaded.warnings.first?.severity == .warning)
    #expect(
      loaded.warnings.first?.message.hasPrefix("matrix 1 (samen) is symmetric and is read as one tie per pair") == true)
    #expect(loaded.warnings.first?.message.hasSuffix("--ties relation=samen") == true)
  }

  /// Both matrices symmetric, or a single symmetric one: undirected, nothing to warn about.
  @Test func dlAllSymmetricIsUndirectedWithoutWarning() throws {
    let text = "dl n=3 nm=2\ndata:\n0 8 0\n8 0 0\n0 0 0\n0 0 1\n0 0 0\n1 0 0\n"
    let loaded = try readMap("u.dl", text).get()
    #expect(loaded.map.metadata.directed == nil)
    #expect(Self.arcs(loaded.map) == ["1>2:8.0", "1>3:1.0"])
    #expect(loaded.warnings.isEmpty)
  }

  /// A directed map whose every tie is returned alike gives a symmetric matrix, which reads
  /// back undirected with half the records: the writer says so. Undirected, or with one tie not
  /// returned, it does not.
  @Test func dlWriterWarnsOfASymmetricDirectedMatrix() throws {
    let directed = try Self.reciprocated(directed: true)
    let losses = DLWriter.losses(directed, layout: .fullMatrix)
    #expect(losses.count == 1)
    #expect(
      losses.first?.english.hasPrefix("the map is directed, but every tie is returned with the same strength") == true)
    // An edge list keeps the four arcs, but not the mark.
    #expect(
      DLWriter.losses(directed, layout: .edgeList).map { $0.english.prefix(30) } == ["DL has no mark for direction: "])
    // Undirected, a→b and b→a are one pair recorded twice (summed, said so), not a direction.
    #expect(
      !DLWriter.losses(try Self.reciprocated(directed: nil), layout: .fullMatrix).contains {
        $0.english.contains("directed")
      })
    let oneWay = try PartnershipMap(
      actors: directed.actors, ties: directed.ties + [TieRecord(source: "a", target: "c")],
      metadata: MapMetadata(directed: true))
    #expect(DLWriter.losses(oneWay, layout: .fullMatrix).isEmpty)
    // What the warning announces: read back, two undirected ties instead of four arcs.
    let folder = try TemporaryFolder()
    let target = folder.path + "/r.dl"
    _ = try MapWriter.write(directed, to: target)
    let back = try MapLoader.load(path: target)
    #expect(back.metadata.directed == nil)
    #expect(Self.arcs(back) == ["a>b:2.0", "b>c:1.0"])
  }

  /// One symmetric relation beside an asymmetric one: named in the warning.
  @Test func dlWriterNamesTheSymmetricRelations() throws {
    var ties = try Self.reciprocated(directed: true).ties
    for index in ties.indices { ties[index].attributes["relation"] = "samen" }
    ties.append(TieRecord(source: "a", target: "c", attributes: ["relation": "advies"]))
    let map = try PartnershipMap(
      actors: ["a", "b", "c"].map { ActorRecord(id: ActorID($0)) }, ties: ties, metadata: MapMetadata(directed: true))
    let losses = DLWriter.losses(map, layout: .fullMatrix)
    #expect(losses.count == 1)
    #expect(losses.first?.english.hasPrefix("the map is directed, but the matrices of samen are symmetric") == true)
  }

  // MARK: NetDraw VNA

  /// Every line matched by its reverse (Gephi writes an undirected edge so): one tie per pair,
  /// undirected, the first line of each pair kept.
  @Test func vnaSymmetricTieDataIsUndirected() throws {
    let text = "*Tie data\nfrom to strength\nb a 2\na b 2\nb c 1\nc b 1\nc c 1\n"
    let loaded = try readMap("s.vna", text).get()
    #expect(loaded.map.metadata.directed == nil)
    #expect(Self.arcs(loaded.map) == ["b>a:2.0", "b>c:1.0", "c>c:1.0"])
  }

  /// A line without its reverse, or a reverse with another strength: every line is an arc and
  /// the map is directed (as NetDraw draws it).
  @Test(arguments: [
    "*Tie data\nfrom to strength\na b 2\nb a 2\nb c 1\n", "*Tie data\nfrom to strength\na b 2\nb a 3\n",
    "*Tie data\nfrom to strength kind\na b 1 x\nb a 1 y\n",
  ])
  func vnaAsymmetricTieDataIsDirected(text: String) throws {
    let loaded = try readMap("d.vna", text).get()
    #expect(loaded.map.metadata.directed == true)
    #expect(loaded.map.ties.count == text.split(separator: "\n").count - 2)
  }

  /// Gephi's test file: `1 2` one way, `3 1` and `1 3` both ways: directed, three arcs.
  @Test func gephiFileIsDirected() throws {
    let path = packageRoot.appendingPathComponent("Tests/Fixtures/real/gephi-tests/emptyattribute.vna").path
    let map = try MapLoader.read(path: path).map
    #expect(map.metadata.directed == true)
    #expect(Self.arcs(map) == ["1>2:1.0", "3>1:10.0", "1>3:10.0"])
  }

  /// Undirected: each tie both ways (a self-tie once); directed: once per record.
  @Test func vnaWriterWritesUndirectedTiesBothWays() throws {
    let undirected = try PartnershipMap(
      actors: ["a", "b"].map { ActorRecord(id: ActorID($0)) },
      ties: [TieRecord(source: "a", target: "b", weight: 2), TieRecord(source: "b", target: "b")])
    #expect(
      VNAWriter.document(undirected).hasSuffix(
        "*Tie data\n\"from\" \"to\" \"strength\"\n\"a\" \"b\" \"2.0\"\n\"b\" \"a\" \"2.0\"\n\"b\" \"b\" \"1.0\"\n"))
    var directed = undirected
    directed.metadata.directed = true
    #expect(
      VNAWriter.document(directed).hasSuffix("\"from\" \"to\" \"strength\"\n\"a\" \"b\" \"2.0\"\n\"b\" \"b\" \"1.0\"\n")
    )
  }

  /// Written and read back: an undirected map keeps its records and stays undirected; a directed
  /// one with a tie not returned stays directed with every arc; a directed one whose ties are
  /// all returned alike comes back undirected, which the writer announced.
  @Test func vnaRoundTripKeepsDirectionWhereItCan() throws {
    let folder = try TemporaryFolder()
    let undirected = try Self.reciprocated(directed: nil)
    #expect(try MapWriter.write(undirected, to: folder.path + "/u.vna").isEmpty)
    let backUndirected = try MapLoader.load(path: folder.path + "/u.vna")
    #expect(backUndirected.metadata.directed == nil)
    #expect(Self.arcs(backUndirected) == Self.arcs(undirected))

    let reciprocated = try Self.reciprocated(directed: true)
    let oneWay = try PartnershipMap(
      actors: reciprocated.actors, ties: reciprocated.ties + [TieRecord(source: "a", target: "c")],
      metadata: MapMetadata(directed: true))
    #expect(try MapWriter.write(oneWay, to: folder.path + "/d.vna").isEmpty)
    let backDirected = try MapLoader.load(path: folder.path + "/d.vna")
    #expect(backDirected.metadata.directed == true)
    #expect(Self.arcs(backDirected) == Self.arcs(oneWay))

    let notes = try MapWriter.write(reciprocated, to: folder.path + "/r.vna")
    #expect(notes.map(\.message).contains { $0.hasPrefix("the map is directed, but every tie is returned") })
    let backReciprocated = try MapLoader.load(path: folder.path + "/r.vna")
    #expect(backReciprocated.metadata.directed == nil)
    #expect(Self.arcs(backReciprocated) == ["a>b:2.0", "b>c:1.0"])
  }
}
