import Foundation
import NetwerkkaartTestSupport
import Testing

/// UCINET DL has no mark for direction; where that loses information, the command line says so
/// (the cases are counted by hand in `Tests/IOTests/DirectionWithoutMarkTests.swift`).
@Suite struct DirectionWarningTests {
  /// The DL reader's warning reaches the terminal with its file and line; convert warns when a
  /// directed map's matrix comes out symmetric.
  @Test func dlDirectionWarningsOnTheCommandLine() throws {
    let out = try folder([
      "s.dl":
        "dl n=3 nm=2\nlabels:\na,b,c\nmatrix labels:\nsamen,advies\ndata:\n0 8 0\n8 0 0\n0 0 0\n0 1 0\n0 0 1\n0 0 0\n",
      "r.net": "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 2\n2 1\n",
    ])
    let read = try netwerkkaart("validate", out.appendingPathComponent("s.dl").path)
    #expect(read.standardError.contains("s.dl:7: warning: matrix 1 (samen) is symmetric"), "\(read)")
    let target = out.appendingPathComponent("r.dl").path
    let converted = try netwerkkaart("convert", out.appendingPathComponent("r.net").path, "-o", target)
    #expect(converted.status == 0, "\(converted)")
    #expect(
      converted.standardError.contains("r.dl: warning: the map is directed, but every tie is returned"), "\(converted)")
  }

  /// Gephi's VNA test file has a tie one way (`1 2`): its tie data are arcs, and `metrics` says
  /// the ties are directed; its undirected run merges `3 1` and `1 3` into one tie (2 in all).
  @Test func vnaArcsAreNoted() throws {
    let result = try netwerkkaart("metrics", "Tests/Fixtures/real/gephi-tests/emptyattribute.vna")
    #expect(result.status == 0, "\(result)")
    #expect(result.standardError.contains("emptyattribute.vna: note: the file marks its ties as directed"), "\(result)")
    #expect(result.standardOutput.contains("actors 3 · ties 2 · undirected"), "\(result)")
  }
}
