import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

/// The golden fixtures in `Tests/Fixtures/<name>/`: a map (actors.csv, ties.csv) and
/// `expected.json` with values computed by NetworkX, igraph and exact rational arithmetic
/// (`Tests/Oracle/generate_fixtures.py`), never by this library.
public struct Fixture: Sendable, CustomStringConvertible {
  public struct Expected: Decodable, Sendable {
    /// Which script and library versions computed the values.
    public let generatedBy: String
    public let cases: [Case]

    enum CodingKeys: String, CodingKey {
      case generatedBy = "generated_by"
      case cases
    }
  }

  /// Expected values for one reading of the map (directed or not, weighted or not).
  public struct Case: Decodable, Sendable, CustomStringConvertible {
    public struct Figures: Decodable, Sendable {
      public let actors: Int
      public let ties: Int
      public let directed: Bool
      public let weighted: Bool
      public let density: Double
      public let components: Int
    }

    public let directed: Bool
    public let weighted: Bool
    public let network: Figures
    /// Metric name → value, per actor id.
    public let actors: [String: [String: Double]]

    public var description: String {
      "\(directed ? "directed" : "undirected"), \(weighted ? "weighted" : "unweighted")"
    }
  }

  public let name: String
  public let map: PartnershipMap
  public let expected: Expected

  public var description: String { name }

  /// The repository's `Tests/Fixtures` folder.
  public static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// Names of all fixture folders that hold an `expected.json`.
  public static var names: [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return entries.filter {
      FileManager.default.fileExists(
        atPath: directory.appendingPathComponent($0).appendingPathComponent("expected.json").path)
    }.sorted()
  }

  public static func load(_ name: String) throws -> Fixture {
    let folder = directory.appendingPathComponent(name)
    let map = try MapLoader.load(path: folder.path)
    let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
    return Fixture(name: name, map: map, expected: try JSONDecoder().decode(Expected.self, from: data))
  }
}

/// The repository root, for tests that run the examples and the built tools.
public let packageRoot: URL = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

extension Fixture {
  /// One of the example maps in `Examples/`.
  public static func loadExample(_ name: String) throws -> PartnershipMap {
    try MapLoader.load(path: packageRoot.appendingPathComponent("Examples").appendingPathComponent(name).path)
  }
}
