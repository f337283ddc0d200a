import Foundation
import NetwerkkaartTestSupport
import Testing

/// `netwerkkaart validate` on the built binary: a clean transcription, then the same one with 20
/// mistakes put in by a seeded script, which must all be reported in one run, each at the line
/// the script put it on.
@Suite struct ValidateCommandTests {
  /// A clean map of 12 actors and 20 ties, every codebook value valid, no quoting needed.
  static func cleanTables() -> (actors: [[String]], ties: [[String]]) {
    let roles = ["kern", "verankering", "omkadering", "context"]
    var actors = [["id", "label", "role", "type", "intern"]]
    actors.append(["school", "Basisschool Ter Heide", "kern", "school", "ja"])
    for index in 1...11 {
      actors.append([
        "a\(index)", "Partner \(index)", roles[index % 4], index < 4 ? "schoolteam" : "bedrijf",
        index < 4 ? "ja" : "nee",
      ])
    }
    var ties = [["source", "target", "weight", "frequentie", "vorm", "ontstaan", "niveau", "motief"]]
    for index in 1...20 {
      let target = index <= 11 ? "a\(index)" : "a\(index - 10)"
      let source = index <= 11 ? "school" : "a\(index - 9)"
      ties.append([source, target, "\(1 + index % 5)", "maandelijks", "online", "spontaan", "collectief", "groei"])
    }
    return (actors, ties)
  }

  static func csv(_ rows: [[String]]) -> String {
    rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  /// One kind of transcription slip: the column it hits, the wrong value, and words the error must contain.
  struct Mistake {
    var file: String
    var column: String
    var value: String
    var message: String
  }

  static let kinds = [
    Mistake(file: "actors.csv", column: "role", value: "kernn", message: "unknown role \"kernn\""),
    Mistake(file: "actors.csv", column: "intern", value: "jaa", message: "unknown value \"jaa\" for 'intern'"),
    Mistake(file: "ties.csv", column: "motief", value: "groie", message: "(did you mean \"groei\"?)"),
    Mistake(file: "ties.csv", column: "vorm", value: "onlien", message: "unknown value \"onlien\" for 'vorm'"),
    Mistake(file: "ties.csv", column: "frequentie", value: "wekelijk", message: "(did you mean \"wekelijks\"?)"),
    Mistake(file: "ties.csv", column: "ontstaan", value: "spontan", message: "(did you mean \"spontaan\"?)"),
    Mistake(file: "ties.csv", column: "niveau", value: "colectief", message: "(did you mean \"collectief\"?)"),
    Mistake(file: "ties.csv", column: "weight", value: "sterk", message: "weight \"sterk\" is not a number"),
    Mistake(file: "ties.csv", column: "weight", value: "0", message: "weight 0 is zero"),
    Mistake(file: "ties.csv", column: "target", value: "a99", message: "tie names unknown actor \"a99\""),
  ]

  @Test func cleanMapIsValid() throws {
    let (actors, ties) = Self.cleanTables()
    let map = try folder(["actors.csv": Self.csv(actors), "ties.csv": Self.csv(ties)])
    let result = try netwerkkaart("validate", map.path)
    #expect(result.status == 0, "\(result)")
    #expect(
      result.standardOutput.contains("valid (12 actors, 20 tie records, 20 distinct ties; 0 errors, 0 warnings)"),
      "\(result)")
  }

  @Test(arguments: [7, 2026])
  func twentySeededMistakesAllReportedInOneRun(seed: Int) throws {
    var (actors, ties) = Self.cleanTables()
    var random = SeededGenerator(seed: UInt64(seed))
    // One mistake per row, so that every expected message has its own line.
    var freeActorRows = Array(2..<actors.count).shuffled(using: &random)
    var freeTieRows = Array(1..<ties.count).shuffled(using: &random)
    var expected: [(place: String, message: String)] = []
    for number in 0..<20 {
      let kind = number < Self.kinds.count ? Self.kinds[number] : Self.kinds.pick(using: &random)
      if kind.file == "actors.csv" {
        let row = freeActorRows.removeLast()
        actors[row][actors[0].firstIndex(of: kind.column)!] = kind.value
        expected.append(("/actors.csv:\(row + 1): error: ", kind.message))
      } else {
        let row = freeTieRows.removeLast()
        ties[row][ties[0].firstIndex(of: kind.column)!] = kind.value
        expected.append(("/ties.csv:\(row + 1): error: ", kind.message))
      }
    }
    let map = try folder(["actors.csv": Self.csv(actors), "ties.csv": Self.csv(ties)])
    let result = try netwerkkaart("validate", map.path)
    expectNoCrash(result)
    #expect(result.status == 1, "\(result)")
    #expect(result.standardOutput.contains("invalid (20 errors"), "\(result)")
    let errorLines = result.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(errorLines.count == 20, "\(result)")
    for (place, message) in expected {
      #expect(
        errorLines.contains { $0.contains(place) && $0.contains(message) }, "missing \(place)\(message)\n\(result)")
    }
  }

  @Test func warningsDoNotMakeAMapInvalid() throws {
    let actors =
      "id,label,type\nschool,De Linde,school\nclb,CLB Kempen,clb\nclb2,clb kempen,clb\nbib,Bibliotheek,bibliotheek\n"
    let ties = "source,target,weight\nschool,clb,2\nclb,school,1\nschool,clb2,9\n"
    let result = try validate(
      actors: actors, ties: ties, status: 0,
      reporting: [
        "actors.csv:4: warning: actor \"clb2\" is labelled \"clb kempen\", which differs from actor \"clb\"",
        "actors.csv:5: warning: actor \"bib\" has no ties",
        "ties.csv:3: warning: tie \"clb\" - \"school\" is listed again (first at",
        "ties.csv:4: warning: weight 9 of the tie \"school\" - \"clb2\" is outside the codebook's 1-5 scale",
      ])
    #expect(
      result.standardOutput.contains("valid (4 actors, 3 tie records, 2 distinct ties; 0 errors, 4 warnings)"),
      "\(result)")
  }

  /// An error does not hide the warnings: the unknown actor, the pair listed twice and the
  /// self-tie all come out in one run.
  @Test func errorsAndWarningsTogether() throws {
    let actors = "id,type\nschool,school\nclb,clb\n"
    let ties = "source,target\nschool,clb\nclb,school\nclb,clb\nschool,a99\n"
    try validate(
      actors: actors, ties: ties, status: 1,
      reporting: [
        "ties.csv:3: warning: tie \"clb\" - \"school\" is listed again (first at",
        "ties.csv:4: warning: self-tie",
        "ties.csv:5: error: tie names unknown actor \"a99\"",
      ])
  }

  /// Runs `validate` on a folder with these tables; expects the exit status and every line.
  @discardableResult
  func validate(actors: String, ties: String, status: Int32, reporting lines: [String]) throws -> CommandResult {
    let map = try folder(["actors.csv": actors, "ties.csv": ties])
    let result = try netwerkkaart("validate", map.path)
    #expect(result.status == status, "\(result)")
    for line in lines {
      #expect(result.standardError.contains(line), "missing \(line)\n\(result)")
    }
    return result
  }
}
