import Foundation
import NetwerkkaartTestSupport
import Testing

/// Eigenvector centrality is not defined on the directed path a→b→c (NetworkX 3.6
/// `eigenvector_centrality` raises `PowerIterationFailedConvergence` there); `metrics` says so on
/// standard error, in the conventions and under `not_converged` in JSON. On the undirected path
/// it converges (NetworkX: b = 1/√2) and nothing is said. `analyse --format json` does the same.
@Suite struct ConvergenceWarningTests {
  @Test func directedPathWarnsAndFlags() throws {
    let map = try folder(["ties.csv": "source,target\na,b\nb,c\n"])
    let result = try netwerkkaart(
      "metrics", map.appendingPathComponent("ties.csv").path, "--directed", "--extended", "--format", "json")
    #expect(result.status == 0, "\(result)")
    #expect(result.standardError.contains("warning: eigenvector: did not converge after"), "\(result)")
    let network = try parseJSON(result.standardOutput)["network"] as? [String: Any]
    #expect(network?["not_converged"] as? [String] == ["eigenvector"])
    let conventions = network?["conventions"] as? [String: String]
    #expect(conventions?["eigenvector"]?.hasPrefix("did not converge") == true)
  }

  /// `analyse` lists eigenvector centrality in its JSON report only; there it warns and flags
  /// the same way. Its table report shows no eigenvector values and says nothing.
  @Test func analyseWarnsInJSON() throws {
    let ties = try folder(["ties.csv": "source,target\na,b\nb,c\n"]).appendingPathComponent("ties.csv").path
    let json = try netwerkkaart("analyse", ties, "--directed", "--format", "json")
    #expect(json.status == 0, "\(json)")
    #expect(json.standardError.contains("warning: eigenvector: did not converge after"), "\(json)")
    #expect(try parseJSON(json.standardOutput)["not_converged"] as? [String] == ["eigenvector"])
    let table = try netwerkkaart("analyse", ties, "--directed")
    #expect(table.status == 0 && !table.standardError.contains("converge"), "\(table)")
    let undirected = try netwerkkaart("analyse", ties, "--format", "json")
    #expect(undirected.status == 0 && !undirected.standardError.contains("converge"), "\(undirected)")
    #expect(try parseJSON(undirected.standardOutput)["not_converged"] == nil)
  }

  @Test func undirectedPathSaysNothing() throws {
    let map = try folder(["ties.csv": "source,target\na,b\nb,c\n"])
    let result = try netwerkkaart(
      "metrics", map.appendingPathComponent("ties.csv").path, "--extended", "--format", "json")
    #expect(result.status == 0, "\(result)")
    #expect(!result.standardError.contains("converge"), "\(result)")
    let report = try parseJSON(result.standardOutput)
    #expect((report["network"] as? [String: Any])?["not_converged"] == nil)
    let middle = (report["actors"] as? [[String: Any]])?.first { $0["id"] as? String == "b" }
    #expect(abs((middle?["eigenvector"] as? Double ?? 0) - 0.5.squareRoot()) < 1e-9)
  }
}
