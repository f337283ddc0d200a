import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartIO

/// Bad input never crashes a reader: every reader gets seeded mutations of a valid file
/// (bytes flipped, lines dropped, doubled or cut short, the file truncated) and must return a
/// map or diagnostics, never trap. A trap would end the whole test process.
@Suite struct ReaderRobustnessTests {
  static let samples: [(String, String)] = [
    (
      "m.yaml",
      "school: X\nactors:\n  - {id: a, role: kern}\n  - {id: b}\nties:\n  - {source: a, target: b, weight: 2}\n"
    ),
    (
      "m.json", "{\"actors\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"ties\": [{\"source\": \"a\", \"target\": \"b\"}]}\n"
    ),
    (
      "m.graphml",
      "<graphml><key id=\"d0\" for=\"node\" attr.name=\"label\"/><key id=\"d1\" for=\"edge\" attr.name=\"weight\"/><graph edgedefault=\"undirected\">\n<node id=\"a\"><data key=\"d0\">A</data></node>\n<node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"d1\">2</data></edge>\n</graph></graphml>\n"
    ),
    (
      "m.net",
      "%@actor 1 \"label\" \"A\"\n*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Edges\n1 2 2\n2 3\n*Arcslist\n1 2 3\n*Matrix\n0 1 0\n1 0 1\n0 1 0\n"
    ),
    (
      "m.dl",
      "dl n=3 nm=2 format=fullmatrix\nlabels:\na,b,c\nmatrix labels:\nx y\ndata:\n0 1 0\n1 0 1\n0 1 0\n0 0 1\n0 0 0\n1 0 0\n"
    ),
    ("e.dl", "dl n=3 format=edgelist1\nlabels embedded\ndata:\na b 2\nb c\n!\nc a\n"),
    ("n.dl", "dl n=3 format=nodelist1\ndata:\n1 2 3\n2 3\n"),
    ("m.csv", "source;target;weight;motief\na;b;2,5;taak\nb;\"c;d\";1;groei\n"),
  ]

  @Test(arguments: 0..<samples.count)
  func mutatedFilesNeverCrash(sample: Int) throws {
    let (name, text) = Self.samples[sample]
    let folder = try TemporaryFolder()
    var random = SeededGenerator(seed: UInt64(sample + 1))
    let original = Array(text.utf8)
    #expect(throws: Never.self, "\(name) as given") { try MapLoader.load(path: try folder.write(name, Data(original))) }
    for _ in 0..<400 {
      let mutated = Self.mutate(original, using: &random)
      let path = try folder.write(name, Data(mutated))
      _ = MapValidator.validate(path: path)
    }
  }

  @Test func mutatedWorkbooksNeverCrash() throws {
    let folder = try TemporaryFolder()
    let map = try RandomMaps.map(seed: 5)
    let path = folder.path + "/m.xlsx"
    try MapWriter.write(map, to: path)
    let original = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    var random = SeededGenerator(seed: 99)
    for _ in 0..<200 {
      let mutated = Self.mutate(original, using: &random)
      _ = MapValidator.validate(path: try folder.write("x.xlsx", Data(mutated)))
    }
  }

  static func mutate(_ bytes: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
    var result = bytes
    for _ in 0..<Int.random(in: 1...4, using: &random) where !result.isEmpty {
      let position = Int.random(in: 0..<result.count, using: &random)
      switch Int.random(in: 0..<6, using: &random) {
      case 0: result[position] = UInt8.random(in: 0...255, using: &random)
      case 1:
        result[position] = Array("\n\":<-09*".utf8).pick(using: &random)
      case 2: result.removeSubrange(position..<min(result.count, position + Int.random(in: 1...20, using: &random)))
      case 3: result.insert(contentsOf: result[position..<min(result.count, position + 30)], at: position)
      case 4: result = Array(result.prefix(position))
      default: result.insert(contentsOf: Array("\n!\n99 1000 -2\n".utf8), at: position)
      }
    }
    return result
  }
}
