import NetwerkkaartCore
import NetwerkkaartIO
import Testing

@Suite struct MapLoaderTests {
  private func load(actors: String?, ties: String?) throws -> (
    folder: TemporaryFolder, result: Result<PartnershipMap, MapError>
  ) {
    let folder = try TemporaryFolder()
    if let actors { try folder.write("actors.csv", actors) }
    if let ties { try folder.write("ties.csv", ties) }
    do {
      return (folder, .success(try MapLoader.load(path: folder.path)))
    } catch {
      return (folder, .failure(error))
    }
  }

  /// Problems reported relative to the folder, for readable expectations.
  private func messages(_ outcome: (folder: TemporaryFolder, result: Result<PartnershipMap, MapError>)) -> [String] {
    guard case .failure(let error) = outcome.result else { return [] }
    return error.diagnostics.map { $0.description.replacingOccurrences(of: outcome.folder.path + "/", with: "") }
  }

  @Test func readsAFolder() throws {
    let outcome = try load(
      actors:
        "id,label,role,type,functie\nschool,De Linde,kern,school,\nclb,CLB Kempen,framing,clb,begeleiding\nx,,,,\n",
      ties: "source,target,weight,motief\nschool,clb,3,taak\nclb,x,,groei\n")
    let map = try outcome.result.get()
    #expect(map.actors.map(\.id) == ["school", "clb", "x"])
    #expect(map.actors.map(\.role) == [.core, .framing, nil])
    #expect(map.actors.map(\.displayName) == ["De Linde", "CLB Kempen", "x"])
    #expect(map.actors[1].attributes == ["functie": "begeleiding"])
    #expect(map.ties.map(\.weight) == [3, 1])
    #expect(map.ties.map { $0.attributes["motief"] } == ["taak", "groei"])
    #expect(map.ties[1].origin?.line == 3)
  }

  /// A lone ties file is an edge list: its actors are the ids it names, in order.
  @Test func edgeList() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("edges.csv", "source;target;weight\nb;a;1,5\nc;b;2\n")
    let map = try MapLoader.load(path: path)
    #expect(map.actors.map(\.id) == ["b", "a", "c"])
    #expect(map.ties.map(\.weight) == [1.5, 2])
  }

  @Test func explicitFiles() throws {
    let folder = try TemporaryFolder()
    let actors = try folder.write("a.csv", "id\nx\ny\nz\n")
    let ties = try folder.write("t.csv", "from,to\nx,y\n")
    let map = try MapLoader.load(actors: actors, ties: ties)
    #expect(map.actors.count == 3)
    #expect(map.ties.count == 1)
  }

  /// Every problem of both files at once, in file and line order.
  @Test func everyProblemAtOnce() throws {
    let outcome = try load(
      actors: "id,label,role\nschool,De Linde,kern\nclb,CLB,omkaderng\nschool,Dubbel,\n,leeg,\n",
      ties: "source,target,weight\nschool,clb,drie\nschool,cbl,2\nclb,school,0\nclb,school,-1\n,school,1\n")
    #expect(
      messages(outcome) == [
        "actors.csv:3: error: unknown role \"omkaderng\" for actor \"clb\"; use one of kern, verankering, omkadering, context or leave it empty (did you mean \"omkadering\"?)",
        "actors.csv:4: error: duplicate actor id \"school\" (first at actors.csv:2); give each actor its own id",
        "actors.csv:5: error: empty actor id; give every actor an id or delete the row",
        "ties.csv:2: error: weight \"drie\" is not a number; write a positive number such as 1, 2 or 2.5, or leave the cell empty for 1",
        "ties.csv:3: error: tie names unknown actor \"cbl\"; add it to the actors or correct the id (did you mean \"clb\"?)",
        "ties.csv:4: error: weight 0 is zero; tie strength must be above 0 (leave the cell empty for 1, or delete the tie)",
        "ties.csv:5: error: weight -1 is negative; tie strength must be above 0 (leave the cell empty for 1, or delete the tie)",
        "ties.csv:6: error: empty source; every tie needs a source and a target actor id",
      ])
  }

  @Test func missingColumns() throws {
    #expect(
      messages(try load(actors: "naam,rol\nA,kern\n", ties: nil)) == [
        "actors.csv:1: error: no 'id' column; the header row must name one column 'id' (found: naam, rol)"
      ])
    #expect(
      messages(try load(actors: nil, ties: "source,doel\na,b\n")) == [
        "ties.csv:1: error: no 'target' column; the header row must name the columns 'source' and 'target' (found: source, doel); if the first line is already a tie, add the line 'source,target' above it"
      ])
  }

  /// A broken actors file is one error, not one more for every tie.
  @Test func brokenActorsFileDoesNotFloodTies() throws {
    #expect(
      messages(try load(actors: "naam\nA\nB\n", ties: "source,target\nA,B\nB,C\n")) == [
        "actors.csv:1: error: no 'id' column; the header row must name one column 'id' (found: naam)"
      ])
  }

  @Test func missingPaths() throws {
    #expect(throws: MapError.self) { try MapLoader.load(path: "/nonexistent/netwerkkaart") }
    let empty = try TemporaryFolder()
    do {
      _ = try MapLoader.load(path: empty.path)
      Issue.record("an empty folder must not load")
    } catch {
      #expect(error.diagnostics.first?.message.hasPrefix("folder holds neither actors.csv nor ties.csv") == true)
    }
  }
}
