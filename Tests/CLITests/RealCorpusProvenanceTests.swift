import Foundation
import NetwerkkaartTestSupport
import Testing

/// The files of `Tests/Fixtures/real/` taken from other programs' repositories are, byte for
/// byte, the files those repositories hold: each one's git blob id (`git hash-object`, the SHA-1
/// of `blob <size>\0` and the bytes) equals the blob id `git ls-tree` gives for the upstream
/// path at the commit named in `SOURCES.md` (socnetv/app 39db829f33, igraph/igraph e8e03b2454,
/// gephi/gephi 8821311e15). A line-end conversion on checkout (`core.autocrlf`) or an editor
/// saving a file changes the id; `.gitattributes` marks the folder `-text` for that reason.
@Suite struct RealCorpusProvenanceTests {
  static let upstream: [(String, String)] = [
    ("socnetv/Krackhardt_Kite_N10.paj", "472ab4987ac34f8e407ad4cb2433d45624f919b8"),
    ("socnetv/Petersen_Graph.paj", "ee20f13851b8fe3d2e9563cacac6a39aa0ef0b12"),
    ("socnetv/Sampson_Monks_N18.net", "00e6fa33d87d8be6da732581409ba590fed75ebf"),
    ("socnetv/SmallWorld_N10_E12.graphml", "76372c21bb6b3466455bf37f9b2a7d79f0e69155"),
    ("socnetv/Thurman_Office_Networks_Coalitions.dl", "4399d31839c3ababa501e982597da3fcced6674f"),
    ("socnetv/TinyDir_N3_REL2.graphml", "31416db4ed77a844a429d783e3f74a7030bf19a6"),
    ("socnetv/Zachary_Karate_Club.dl", "e870b0bec92d6754a6430b7ec5dce9e1b968d4d1"),
    ("igraph-tests/bug_2506_1.graphml", "5ab85792fe850c48834c7e0cda226bd67c312ad5"),
    ("igraph-tests/cattr_bool_bug.graphml", "8ed39fe36619fe17f20f484d55673b43b9e12099"),
    ("igraph-tests/pajek1.net", "8d8c1fb7c122fabe8f56248e6646190b8e2929fe"),
    ("igraph-tests/pajek3.net", "4017af31246fd4252b2f014582ae81f8859b3197"),
    ("igraph-tests/pajek4.net", "a5f0db48d97ee2a3856e2d065810f4bec049bdd2"),
    ("igraph-tests/pajek5.net", "239e842317599ddb4d953f5cbbdb12c0948288fb"),
    ("igraph-tests/pajek_arcslist.net", "366de7e28f688b893cdf108b085932261b84a97f"),
    ("igraph-tests/pajek_edgeslist.net", "4ccf5c186a5c662bc131727a1b7e9d7913590988"),
    ("igraph-tests/test.graphml", "a6ab576b2bc54641d0b7cae74053fc39e910db15"),
    ("igraph-tests/utf8_with_bom.net", "57abfdf68921d0873fbefa63ed32125971e57f3b"),
    ("gephi-tests/cdata.graphml", "350aad7b42e0d94f10d3aec477c8dd817e612c68"),
    ("gephi-tests/emptyattribute.vna", "892b3b31a1cacc3f97341313a628702de42ffd2a"),
    ("gephi-tests/withdesc.graphml", "fc8fb30fb48421641abec2bd20f52f5078fcf742"),
  ]

  @Test(arguments: upstream)
  func sameBytesAsUpstream(file: String, blob: String) throws {
    let path = packageRoot.appendingPathComponent("Tests/Fixtures/real/" + file).path
    let result = try CommandRunner.runExecutable(URL(fileURLWithPath: "/usr/bin/env"), ["git", "hash-object", path])
    #expect(result.status == 0, "\(result)")
    #expect(result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == blob)
  }
}
