import Foundation
import NetwerkkaartCore
import NetwerkkaartTestSupport
import Testing

@testable import NetwerkkaartIO

/// One rule for actor ids in every reader: trimmed of spaces, tabs and line breaks at both ends,
/// and not empty. The long fuzzing run of issue 17 found each break of it as a round
/// trip that did not read back: DL and Pajek kept `" bib "` and `" "` as written while CSV,
/// YAML and xlsx trim a cell, and an unclosed DL quote swallowed the following lines into one id. Expected ids and messages are written by hand.
@Suite struct ActorIDRuleTests {
  /// Saves `text` as `name` in a fresh folder and reads it.
  func load(_ text: String, as name: String) throws -> (map: PartnershipMap?, errors: [String]) {
    let folder = try TemporaryFolder()
    let path = folder.url.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let errors = MapValidator.validate(path: path).diagnostics.filter { $0.severity == .error }.map {
      $0.description.replacingOccurrences(of: folder.url.path + "/", with: "")
    }
    return (try? MapLoader.load(path: path), errors)
  }

  @Test func pajekLabelsAreTrimmedAndOneOfSpacesOnlyIsRefused() throws {
    let trimmed = try load("*Vertices 2\n1 \"school\"\n2 \" bib \"\n*Edges\n1 2\n", as: "kaart.net")
    #expect(trimmed.map?.actors.map(\.id.rawValue) == ["school", "bib"])
    let blank = try load("*Vertices 2\n1 \"school\"\n2 \"  \"\n*Edges\n1 2\n", as: "kaart.net")
    #expect(blank.errors == ["kaart.net:3: error: actor id is empty (or spaces only); give the actor an id"])
  }

  @Test func dlQuotedLabelsAreTrimmedSoThatTheyMeetTheirUnquotedSpelling() throws {
    let text = "dl n=3 format=edgelist1\nlabels embedded\ndata:\nschool \"bib \"\nschool clb\nclb \" bib\"\n"
    let map = try #require(try load(text, as: "kaart.dl").map)
    #expect(map.actors.map(\.id.rawValue) == ["school", "bib", "clb"])
    #expect(map.ties.map { "\($0.source)-\($0.target)" } == ["school-bib", "school-clb", "clb-bib"])
  }

  @Test func dlQuoteNotClosedOnItsLineIsAnErrorThere() throws {
    let text = "dl n=3 format=edgelist1\nlabels embedded\ndata:\nschool clb\nschool \"bib 1\nclb bib 2\n"
    #expect(
      try load(text, as: "kaart.dl").errors == [
        "kaart.dl:5: error: a quote opened on this line is not closed on it; close the quoted label (\"…\") before the line ends"
      ])
  }

  @Test func vnaTieEndsAreTrimmedAsNodeIdsAre() throws {
    let text = "*Node data\nID\nschool\nbib\n*Tie data\nfrom to\n\" school\" \"bib \"\n"
    let map = try #require(try load(text, as: "kaart.vna").map)
    #expect(map.ties.map { "\($0.source)-\($0.target)" } == ["school-bib"])
  }

  @Test func trimmedIdsReadBackFromEveryFormat() throws {
    let map = try #require(try load("*Vertices 2\n1 \" school\"\n2 \"bib \"\n*Edges\n1 2\n", as: "kaart.net").map)
    for format in MapFormat.allCases where format.isWritable && format.isReadable && format != .csv {
      let back = try MapLoader.read(.data(try MapWriter.data(map, format: format).data, format: format)).map
      #expect(back.ties.map { "\($0.source)-\($0.target)" } == ["school-bib"], "through \(format.rawValue)")
    }
  }

  /// A map made in code meets the same rule, without the readers' trimming.
  @Test func mapsMadeInCodeMeetTheSameRule() {
    let actors = ["", " clb", "school"].map { ActorRecord(id: ActorID($0)) }
    let error = #expect(throws: MapError.self) { try PartnershipMap(actors: actors, ties: []) }
    let messages = error?.diagnostics.map(\.message) ?? []
    #expect(
      messages == [
        "actor id is empty (or spaces only); give the actor an id",
        "actor id \" clb\" has spaces or line breaks around it; remove them",
      ])
  }
}
