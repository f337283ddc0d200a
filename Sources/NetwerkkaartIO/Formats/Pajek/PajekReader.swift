import NetwerkkaartCore
import OrderedCollections

/// Reads a Pajek network (`.net`), as Pajek, igraph, NetworkX and UCINET write it.
///
/// - `*Vertices n`, then vertex lines `number "label" [x y z] [shape and colour options]`; the
///   label becomes the actor id (coordinates and options are drawing hints and left out). When
///   no vertex line is given, the actors are `1` … `n`. A list of another length than `n` is an
///   error.
/// - `*Edges` and `*Arcs` (`number number [weight]`), `*Edgeslist` and `*Arcslist`
///   (`number number number …`), `*Matrix` (n rows of n values, zero meaning no tie). `*Arcs`
///   marks the map directed. A relation label (`*Edges :2 "advice"`) becomes the tie attribute
///   `relation`.
/// - Netwerkkaart's own ``PajekAnnotation`` lines (`%@`) bring back labels, roles, types,
///   attributes and metadata; other `%` lines are comments.
enum PajekReader {
  static func read(_ bytes: [UInt8], path: String) -> MapParts {
    var reader = PajekParser(path: path)
    guard let text = String(validating: bytes, as: UTF8.self) ?? String(validating: bytes, as: Unicode.ASCII.self)
    else {
      reader.error("file is not UTF-8 text; save it as UTF-8", line: nil)
      return reader.parts
    }
    reader.run(text)
    return reader.parts
  }
}

private struct PajekParser {
  enum Section {
    case none
    case vertices(count: Int)
    case ties(directed: Bool, relation: String?, list: Bool)
    case matrix(row: Int)
    case skipped
  }

  let path: String
  var parts = MapParts(actors: [])
  var section = Section.none
  var vertexCount: Int?
  var vertexCountLine = 0
  var labels: [Int: (label: String, line: Int)] = [:]
  var tieLines: [(source: Int, target: Int, weight: Double, relation: String?, line: Int)] = []
  var matrix: [[Double]] = []
  var matrixLine = 0
  var sawArcs = false
  var actorNotes: [Int: [(String, String)]] = [:]
  var tieNotes: [Int: [(String, String)]] = [:]
  var skippedSections: OrderedDictionary<String, Int> = [:]
  /// Set when the file declares more than ``InputLimits`` allow: nothing more is read.
  var refused = false

  init(path: String) { self.path = path }

  mutating func error(_ message: String, line: Int?) {
    parts.diagnostics.append(.error(message, at: SourceLocation(file: path, line: line)))
  }

  mutating func run(_ text: String) {
    var lineNumber = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      lineNumber += 1
      let line = rawLine.trimmingSuffix(while: { $0 == "\r" || $0 == " " || $0 == "\t" })
      if line.hasPrefix(PajekAnnotation.prefix) {
        annotation(line.dropFirst(PajekAnnotation.prefix.count), line: lineNumber)
        continue
      }
      if line.hasPrefix("%") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      if line.hasPrefix("*") {
        startSection(line, line: lineNumber)
        if refused { break }
        continue
      }
      body(line, line: lineNumber)
    }
    finish()
  }

  mutating func annotation(_ body: Substring, line: Int) {
    guard let parsed = PajekAnnotation.parse(body) else {
      parts.diagnostics.append(
        .warning(
          "a %@ line that is not a netwerkkaart annotation; left out", at: SourceLocation(file: path, line: line)))
      return
    }
    switch parsed.kind {
    case .map:
      for (key, value) in parsed.pairs {
        if let problem = parts.metadata.set(key, to: value) { error(problem, line: line) }
      }
    case .actor: actorNotes[parsed.number ?? 0, default: []] += parsed.pairs
    case .tie: tieNotes[parsed.number ?? 0, default: []] += parsed.pairs
    }
  }

  mutating func startSection(_ line: Substring, line number: Int) {
    closeVertices()
    var tokens = PajekTokens(line)
    let keyword = tokens.next()?.text.lowercased() ?? ""
    switch keyword {
    case "*network":
      let name = line.dropFirst("*network".count).trimmingPrefix(while: { $0 == " " || $0 == "\t" })
      if !name.isEmpty { parts.metadata.extra["network"] = String(name) }
      section = .none
    case "*vertices":
      guard let count = tokens.next().flatMap({ Int($0.text) }), count >= 0 else {
        error("'*Vertices' needs the number of vertices, as in '*Vertices 12'", line: number)
        section = .skipped
        return
      }
      if vertexCount != nil {
        // Ties read so far number the first list's vertices (found by fuzzing, issue 17).
        error(
          "a second '*Vertices' line (the first is on line \(vertexCountLine)); a netwerkkaart has one list of actors: join the two networks into one",
          line: number)
        refused = true
        return
      }
      if let problem = InputLimits.declaredActorsProblem(count, declaration: "'*Vertices \(count)'") {
        error(problem, line: number)
        refused = true
        return
      }
      if tokens.next() != nil {
        error("two-mode networks (*Vertices n m) cannot be read; a netwerkkaart has one set of actors", line: number)
      }
      vertexCount = count
      vertexCountLine = number
      section = .vertices(count: count)
    case "*edges", "*arcs", "*edgeslist", "*arcslist":
      let directed = keyword.hasPrefix("*arcs")
      if directed { sawArcs = true }
      var relation: String?
      if let marker = tokens.next(), marker.text.hasPrefix(":") {
        relation = tokens.next()?.text ?? String(marker.text.dropFirst())
      }
      section = .ties(directed: directed, relation: relation, list: keyword.hasSuffix("list"))
    case "*matrix":
      section = .matrix(row: 0)
      matrixLine = number
    default:
      if skippedSections[keyword] == nil { skippedSections[keyword] = number }
      section = .skipped
    }
  }

  mutating func body(_ line: Substring, line number: Int) {
    switch section {
    case .vertices(let count):
      var tokens = PajekTokens(line)
      guard let first = tokens.next(), let vertex = Int(first.text), (1...max(count, 1)).contains(vertex), count > 0
      else {
        error(
          "vertex line must start with a vertex number from 1 to \(vertexCount ?? 0) (the count of '*Vertices')",
          line: number)
        return
      }
      if let earlier = labels[vertex] {
        error("vertex \(vertex) is listed twice (first on line \(earlier.line)); list each vertex once", line: number)
        return
      }
      labels[vertex] = (tokens.next()?.text ?? String(vertex), number)
    case .ties(_, let relation, let list):
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
      guard words.count >= 2, let source = vertex(words[0], line: number) else {
        if words.count < 2 { error("a tie line needs two vertex numbers, as in '1 2' or '1 2 3.5'", line: number) }
        return
      }
      if list {
        for word in words.dropFirst() {
          if let target = vertex(word, line: number) {
            tieLines.append((source, target, 1, relation, number))
          }
        }
        return
      }
      guard let target = vertex(words[1], line: number) else { return }
      var weight = 1.0
      if words.count >= 3, let value = Double(words[2]) {
        guard value > 0, value.isFinite else {
          return error(
            "tie weight \(words[2]) is not above 0; netwerkkaart reads positive tie strengths (delete the line for no tie)",
            line: number)
        }
        weight = value
      }
      tieLines.append((source, target, weight, relation, number))
    case .matrix(let row):
      let values = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { Double($0) }
      guard values.allSatisfy({ $0 != nil }) else {
        return error("matrix row holds something that is not a number; write numbers separated by spaces", line: number)
      }
      matrix.append(values.compactMap { $0 })
      section = .matrix(row: row + 1)
    case .none:
      error("a line outside any section; start the file with '*Vertices n'", line: number)
    case .skipped:
      break
    }
  }

  mutating func vertex(_ word: Substring, line: Int) -> Int? {
    guard let value = Int(word), let count = vertexCount, (1...max(count, 1)).contains(value), count > 0 else {
      error("'\(word)' is not a vertex number from 1 to \(vertexCount ?? 0); check the line", line: line)
      return nil
    }
    return value
  }

  mutating func closeVertices() {
    guard case .vertices(let count) = section else { return }
    if !labels.isEmpty && labels.count != count {
      error(
        "'*Vertices \(count)' but \(labels.count) vertex line\(labels.count == 1 ? "" : "s") follow; make the count and the list agree",
        line: vertexCountLine)
    }
  }

  mutating func finish() {
    closeVertices()
    guard let count = vertexCount else {
      if parts.diagnostics.isEmpty { error("no '*Vertices' line; is this a Pajek .net file?", line: nil) }
      return
    }
    var ids: [ActorID] = []
    for vertex in 1...max(count, 1) where count > 0 {
      let notes = actorNotes[vertex] ?? []
      let listed = labels[vertex]
      let id = notes.first { $0.0 == "id" }?.1 ?? listed?.label ?? String(vertex)
      ids.append(ActorID(id))
      var actor = ActorRecord(
        id: ActorID(id), origin: SourceLocation(file: path, line: listed?.line ?? vertexCountLine))
      for (key, value) in notes where key != "id" {
        switch key {
        case "label": actor.label = value
        case "role":
          let parsed = ActorTableReader.parseRole(value, of: id)
          actor.role = parsed.role
          if let problem = parsed.problem { error(problem, line: actor.origin?.line) }
        case "type": actor.type = value
        default: actor.attributes[key] = value
        }
      }
      parts.actors?.append(actor)
    }
    if !matrix.isEmpty { readMatrix(count: count) }
    if sawArcs { parts.metadata.directed = true }
    for (position, tie) in tieLines.enumerated()
    where ids.indices.contains(tie.source - 1) && ids.indices.contains(tie.target - 1) {
      var record = TieRecord(
        source: ids[tie.source - 1], target: ids[tie.target - 1], weight: tie.weight,
        origin: SourceLocation(file: path, line: tie.line))
      if let relation = tie.relation { record.attributes["relation"] = relation }
      for (key, value) in tieNotes[position + 1] ?? [] { record.attributes[key] = value }
      parts.ties.append(record)
    }
    for (keyword, line) in skippedSections {
      parts.diagnostics.append(
        .warning(
          "section '\(keyword)' is not part of a netwerkkaart; left out", at: SourceLocation(file: path, line: line)))
    }
  }

  mutating func readMatrix(count: Int) {
    guard matrix.count == count, matrix.allSatisfy({ $0.count == count }) else {
      return error("'*Matrix' must have \(count) rows of \(count) numbers (the count of '*Vertices')", line: matrixLine)
    }
    let symmetric = (0..<count).allSatisfy { i in (0..<count).allSatisfy { j in matrix[i][j] == matrix[j][i] } }
    if !symmetric { sawArcs = true }
    for i in 0..<count {
      for j in (symmetric ? i : 0)..<count where matrix[i][j] != 0 {
        guard matrix[i][j] > 0 else {
          return error("'*Matrix' holds a negative value; netwerkkaart reads positive tie strengths", line: matrixLine)
        }
        tieLines.append((i + 1, j + 1, matrix[i][j], nil, matrixLine + 1 + i))
      }
    }
  }
}

extension Substring {
  fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
    var end = endIndex
    while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
    return self[startIndex..<end]
  }

  fileprivate func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
    drop(while: predicate)
  }
}
