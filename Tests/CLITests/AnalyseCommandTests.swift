import Foundation
import NetwerkkaartTestSupport
import Testing

/// `netwerkkaart analyse` on the hand-drawn map of `PositionTests` (CoreTests), as CSV files:
///
///     B — A — S — C          S: the school (kern, intern); S, C, D a triangle;
///         |    \ /           A (context, extern) is the only way from S to B and E.
///         E     D      X (kern, isolate)
@Suite struct AnalyseCommandTests {
  static let actors = """
    id,role,type,intern
    S,kern,school,ja
    A,context,clb,nee
    B,kern,schoolteam,ja
    C,kern,schoolteam,ja
    D,verankering,schoolbestuur,nee
    E,,bedrijf,nee
    X,kern,ouders,nee

    """
  static let ties = "source,target,motief\nS,A,taak\nA,B,groei\nS,C,taak\nC,D,taak\nD,S,relatie\nA,E,groei\n"

  @Test func reportsGroupsBoundaryBrokersAndRoleCheck() throws {
    let map = try folder(["actors.csv": Self.actors, "ties.csv": Self.ties])
    let result = try netwerkkaart("analyse", map.path, "--format", "json")
    #expect(result.status == 0, "\(result)")
    let json = try parseJSON(result.standardOutput)
    // Ego S: partners A, C, D; among them only C–D: 1 of 3.
    let ego = try #require(json["ego"] as? [String: Any])
    #expect(ego["size"] as? Int == 3)
    #expect(ego["density_among_alters"] as? Double == 1.0 / 3)
    // Without S: 7 − 1 = 6 actors, ties A–B, C–D, A–E: 3 of 15.
    #expect(ego["density_without_ego"] as? Double == 0.2)
    // Boundary: inside S, B, C; S–C within the school (1); S–A, A–B, C–D, D–S cross (4); A–E
    // among outside actors (1). E-I over both sides: E = 4, I = 2, (4 − 2)/6 = 1/3.
    let boundary = try #require(json["school_boundary"] as? [String: Any])
    #expect(boundary["ties_within_school"] as? Int == 1)
    #expect(boundary["ties_among_outside_actors"] as? Int == 1)
    #expect(boundary["crossing_ties"] as? Int == 4)
    #expect(boundary["ei_index"] as? Double == 1.0 / 3)
    let points = try #require(json["role_check"] as? [[String: Any]])
    #expect(
      points.map { "\($0["id"] ?? ""):\($0["rule"] ?? "")" } == [
        "A:makelaar-buiten-de-kern", "A:enige-brug", "B:kern-aan-de-rand", "X:kern-aan-de-rand",
      ])
    #expect(points[1]["separated"] as? [String] == ["B", "E"])
    #expect(points[0]["role"] as? String == "context")
  }

  /// The text names actors by label, with the id where two share a label; the diameter of the
  /// largest component (the longest shortest path, B–A–S–D = 3) is a whole number; a group of one actor has no density within (n/a); the broker roles
  /// and the role check are explained.
  @Test func textNamesActorsByLabelAndSaysNA() throws {
    let labelled = """
      id,label,role,type,intern
      S,De School,kern,school,ja
      A,Partner,context,clb,nee
      B,Team,kern,schoolteam,ja
      C,Team,kern,schoolteam,ja
      D,Bestuur,verankering,schoolbestuur,nee
      E,Bedrijf,,bedrijf,nee
      X,Ouders,kern,ouders,nee

      """
    let map = try folder(["actors.csv": labelled, "ties.csv": Self.ties])
    let text = try netwerkkaart("analyse", map.path, "--groups", "type")
    #expect(text.status == 0, "\(text)")
    let out = text.standardOutput
    #expect(out.contains("focal actor De School: 3 partners"), "\(out)")
    #expect(out.contains("only way to 2: Team (B); Bedrijf"), "\(out)")
    let diameter = try #require(out.split(separator: "\n").first { $0.contains("diameter (largest component)") })
    #expect(diameter.hasSuffix(" 3"), "\(diameter)")
    // Type school has one actor: n/a on the diagonal; schoolteam has two (B, C), no tie: 0.
    let schoolRow = try #require(out.split(separator: "\n").first { $0.hasPrefix("  school ") })
    #expect(schoolRow.contains("n/a"), "\(schoolRow)")
    #expect(out.contains("Liaison: b links two groups it belongs to neither of."))
    #expect(out.contains("The role check compares the role the focus group gave each actor with its place in the map"))
  }

  @Test func filtersAndFocusAndTextOutput() throws {
    let map = try folder(["actors.csv": Self.actors, "ties.csv": Self.ties])
    let text = try netwerkkaart("analyse", map.path, "--ties", "motief=taak")
    #expect(text.status == 0, "\(text)")
    #expect(text.standardOutput.hasPrefix("\(map.path) [ties: motief=taak]\nactors 7 · ties 3 ·"), "\(text)")
    let wrongFocus = try netwerkkaart("analyse", map.path, "--focus", "s")
    #expect(wrongFocus.status == 1)
    #expect(wrongFocus.standardError.contains("error: --focus s is not an actor of the map (did you mean \"S\"?)"))
    let wrongGroups = try netwerkkaart("analyse", map.path, "--groups", "tpye")
    #expect(wrongGroups.status == 1)
    #expect(
      wrongGroups.standardError.contains("error: --groups tpye: no actor has that column (did you mean \"type\"?)"))
    let validate = try netwerkkaart("validate", map.path, "--ties", "motief=taak")
    #expect(validate.status == 64, "\(validate)")
    let wrongFilter = try netwerkkaart("analyse", map.path, "--ties", "motief=groie")
    #expect(wrongFilter.status == 1)
    #expect(wrongFilter.standardError.contains("'groie' is not a value of 'motief' (did you mean \"groei\"?)"))
  }

  /// Without the ego: S and its three ties go; 6 actors and the ties A–B, C–D, A–E remain,
  /// density 3/15 = 0.2, the same figure `analyse` gives as "density without the ego".
  @Test func metricsWithoutTheEgo() throws {
    let map = try folder(["actors.csv": Self.actors, "ties.csv": Self.ties])
    let result = try netwerkkaart("metrics", map.path, "--without-ego", "--format", "json")
    #expect(result.status == 0, "\(result)")
    let network = try #require(try parseJSON(result.standardOutput)["network"] as? [String: Any])
    #expect(network["actors"] as? Int == 6 && network["ties"] as? Int == 3)
    #expect(network["density"] as? Double == 0.2)
    #expect((network["source"] as? String)?.hasSuffix("[without the ego]") == true)
    let noSchool = try folder(["ties.csv": "source,target\na,b\n"])
    let refused = try netwerkkaart("metrics", noSchool.path, "--without-ego")
    #expect(refused.status == 1 && refused.standardError.contains("--without-ego needs an actor of type 'school'"))
  }
}
