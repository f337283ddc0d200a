import Foundation
import NetwerkkaartTestSupport
import Testing

/// The embedding example (Examples/Embedding) is built with the package and run as a user would.
@Suite struct ExampleProgramTests {
  /// Its map in code is the path bib – directeur – school – zoco – clb: on a path of five the
  /// middle actor lies between 2·2 = 4 pairs, its neighbours between 1·3 = 3.
  @Test func embeddingExample() throws {
    let result = try CommandRunner.run("embedding-example", ["Examples/basisschool-de-linde"])
    #expect(result.status == 0, "\(result)")
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.first == "Map built in code: 5 actors, 4 ties, density 0.4")
    #expect(lines.contains("  Basisschool De Linde (kern): betweenness 4.0"))
    #expect(lines.contains("  Directeur (kern): betweenness 3.0"))
    #expect(lines.contains("  CLB Kempen (omkadering): betweenness 0.0"))
    #expect(lines.contains("Drawing: 5 actor nodes in an SVG"))
    #expect(lines.contains("Strongest brokers in Examples/basisschool-de-linde:"))
    #expect(lines.count == 11)
  }
}

/// The DocC article "Embedding Netwerkkaart" shows a complete program; the package that CI builds
/// outside the library (Tests/ExternalPackage) must be exactly that program.
@Suite struct EmbeddingArticleTests {
  @Test func articleExampleIsTheExternalPackage() throws {
    let article = try String(
      contentsOf: packageRoot.appendingPathComponent(
        "Sources/NetwerkkaartCore/NetwerkkaartCore.docc/EmbeddingNetwerkkaart.md"), encoding: .utf8)
    let blocks = article.components(separatedBy: "```swift\n").dropFirst().map {
      $0.components(separatedBy: "```").first ?? ""
    }
    let program = try String(
      contentsOf: packageRoot.appendingPathComponent("Tests/ExternalPackage/Sources/MijnAnalyse/main.swift"),
      encoding: .utf8)
    #expect(blocks.contains(program), "the article's example and Tests/ExternalPackage differ")
  }
}
