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
/// - Several `*Matrix` (or `*Edges`, `*Arcs`) sections, one per relation, as Pajek and SocNetV
///   write multi-relation data (`*Matrix :1 "advice"`, `*Matrix 1: advice`): each section's ties
///   get the attribute `relation`, its label or else its number. Each matrix is judged on its
///   own: a symmetric one gives one tie per pair, an asymmetric one a tie per cell (and a
///   directed map).
/// - Any line end (LF, CR LF, CR, LF CR) and a UTF-8 byte order mark are accepted. Text before
///   the first section (a title or a note, which igraph skips too) is left out with a warning.
/// - When vertex labels repeat (SocNetV's `Petersen_Graph.paj` names vertices by colour), the
///   vertex numbers become the actor ids and the labels the actors' labels, as igraph keeps
///   every vertex.
/// - Netwerkkaart's own ``PajekAnnotation`` lines (`%@`) bring back labels, roles, types,
///   attributes and metadata; other `%` lines are comments.
enum PajekReader {
  static func read(_ bytes: [UInt8], path: String) -> MapParts {
    var reader = PajekParser(path: path)
    guard let text = String(validating: bytes, as: UTF8.self) ?? String(validating: bytes, as: Unicode.ASCII.self)
    else {
      reader.error(ReaderWording.notUTF8, line: nil)
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
    case matrix
    case skipped
  }

  let path: String
  var parts = MapParts(actors: [])
  var section = Section.none
  var vertexCount: Int?
  var vertexCountLine = 0
  var labels: [Int: (label: String, line: Int)] = [:]
  var tieLines: [(source: Int, target: Int, weight: Double, relation: String?, line: Int)] = []
  var matrices: [(relation: String?, line: Int, rows: [[Double]])] = []
  var textBeforeSections: Int?
  var sawArcs = false
  var actorNotes: [Int: [(String, String)]] = [:]
  var tieNotes: [Int: [(String, String)]] = [:]
  var skippedSections: OrderedDictionary<String, Int> = [:]
  /// Set when the file declares more than ``InputLimits`` allow: nothing more is read.
  var refused = false

  init(path: String) { self.path = path }

  mutating func error(_ message: Wording, line: Int?) {
    parts.diagnostics.append(.error(message, at: SourceLocation(file: path, line: line)))
  }

  mutating func run(_ text: String) {
    var lineNumber = 0
    for rawLine in TextLines.split(text) {
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
          "a %@ line that is not a netwerkkaart annotation; left out",
          dutch: "een %@-regel die geen netwerkkaart-annotatie is; weggelaten",
          at: SourceLocation(file: path, line: line)))
      return
    }
    // A pair without a name would become a column without a name (found by fuzzing, issue 17):
    // the annotation is a comment that other programs skip, so the pair is left out, not the file.
    let pairs = parsed.pairs.filter { !$0.0.isEmpty }
    if pairs.count < parsed.pairs.count {
      parts.diagnostics.append(
        .warning(
          "an attribute without a name (\"\" followed by a value) on a %@\(parsed.kind.rawValue) line; left out (write its name between the empty quotes to keep it)",
          dutch:
            "een attribuut zonder naam (\"\" gevolgd door een waarde) op een %@\(parsed.kind.rawValue)-regel; weggelaten (schrijf de naam tussen de lege aanhalingstekens om het te houden)",
          at: SourceLocation(file: path, line: line)))
    }
    switch parsed.kind {
    case .map:
      for (key, value) in pairs {
        if let problem = parts.metadata.set(key, to: value) { error(problem, line: line) }
      }
    case .actor: actorNotes[parsed.number ?? 0, default: []] += pairs
    case .tie: tieNotes[parsed.number ?? 0, default: []] += pairs
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
        error(
          Wording(
            "'*Vertices' needs the number of vertices, as in '*Vertices 12'",
            dutch: "'*Vertices' heeft het aantal vertices nodig, zoals in '*Vertices 12'"), line: number)
        section = .skipped
        return
      }
      if vertexCount != nil {
        // Ties read so far number the first list's vertices (found by fuzzing, issue 17).
        error(
          Wording(
            "a second '*Vertices' line (the first is on line \(vertexCountLine)); a netwerkkaart has one list of actors: join the two networks into one",
            dutch:
              "een tweede regel '*Vertices' (de eerste staat op regel \(vertexCountLine)); een netwerkkaart heeft één lijst actoren: voeg de twee netwerken samen tot één"
          ), line: number)
        refused = true
        return
      }
      if let problem = InputLimits.declaredActorsProblem(count, declaration: "'*Vertices \(count)'") {
        error(problem, line: number)
        refused = true
        return
      }
      if tokens.next() != nil {
        error(
          Wording(
            "two-mode networks (*Vertices n m) cannot be read; ",
            dutch: "tweemodale netwerken (*Vertices n m) zijn niet leesbaar; ") + ReaderWording.oneSetOfActors,
          line: number)
      }
      vertexCount = count
      vertexCountLine = number
      section = .vertices(count: count)
    case "*edges", "*arcs", "*edgeslist", "*arcslist":
      let directed = keyword.hasPrefix("*arcs")
      section = .ties(directed: directed, relation: Self.relation(&tokens), list: keyword.hasSuffix("list"))
    case "*matrix":
      matrices.append((Self.relation(&tokens), number, []))
      section = .matrix
    default:
      if skippedSections[keyword] == nil { skippedSections[keyword] = number }
      section = .skipped
    }
  }

  /// The relation a section header names after its keyword: `:2 "advice"` (Pajek) or
  /// `2: advice` (SocNetV) give `advice`, `:2` alone gives `2`; a tie count (`*Edges 18`) or
  /// nothing gives `nil`.
  static func relation(_ tokens: inout PajekTokens) -> String? {
    guard let marker = tokens.next(), !marker.wasQuoted else { return nil }
    let number: Substring
    if marker.text.hasPrefix(":") {
      number = marker.text.dropFirst()
    } else if marker.text.hasSuffix(":") {
      number = marker.text.dropLast()
    } else {
      return nil
    }
    return tokens.next()?.text ?? String(number)
  }

  mutating func body(_ line: Substring, line number: Int) {
    switch section {
    case .vertices(let count):
      var tokens = PajekTokens(line)
      guard let first = tokens.next(), let vertex = Int(first.text), (1...max(count, 1)).contains(vertex), count > 0
      else {
        error(
          Wording(
            "vertex line must start with a vertex number from 1 to \(vertexCount ?? 0) (the count of '*Vertices')",
            dutch:
              "een vertexregel begint met een vertexnummer van 1 tot \(vertexCount ?? 0) (het aantal van '*Vertices')"),
          line: number)
        return
      }
      if let earlier = labels[vertex] {
        error(
          Wording(
            "vertex \(vertex) is listed twice (first on line \(earlier.line)); list each vertex once",
            dutch: "vertex \(vertex) staat er twee keer (eerst op regel \(earlier.line)); noem elke vertex één keer"),
          line: number)
        return
      }
      guard let label = tokens.next() else {
        labels[vertex] = (String(vertex), number)
        return
      }
      // An unclosed or empty label would become an actor without an id (found by fuzzing, issue 17).
      // The vertex still counts as listed, so that the count of '*Vertices' is not blamed too.
      guard label.wasClosed else {
        labels[vertex] = (String(vertex), number)
        return error(
          Wording(
            "the label of vertex \(vertex) opens a quote that is never closed; close it on the same line, as in '\(vertex) \"label\"'",
            dutch:
              "het label van vertex \(vertex) opent een aanhalingsteken dat nergens gesloten wordt; sluit het op dezelfde regel, zoals in '\(vertex) \"label\"'"
          ), line: number)
      }
      guard !label.text.isEmpty else {
        labels[vertex] = (String(vertex), number)
        return error(
          Wording(
            "vertex \(vertex) has an empty label (\"\"); write its name between the quotes or leave the label out",
            dutch:
              "vertex \(vertex) heeft een leeg label (\"\"); schrijf de naam tussen de aanhalingstekens of laat het label weg"
          ),
          line: number)
      }
      labels[vertex] = (label.text, number)
    case .ties(let directed, let relation, let list):
      // An empty '*Arcs' section (SocNetV writes one before '*Edges') does not make a map directed.
      if directed { sawArcs = true }
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
      guard words.count >= 2, let source = vertex(words[0], line: number) else {
        if words.count < 2 {
          error(
            Wording(
              "a tie line needs two vertex numbers, as in '1 2' or '1 2 3.5'",
              dutch: "een relatieregel heeft twee vertexnummers nodig, zoals in '1 2' of '1 2 3.5'"), line: number)
        }
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
            Wording(
              "tie weight \(words[2]) is not above 0; ", dutch: "gewicht \(words[2]) van de relatie ligt niet boven 0; "
            )
              + ReaderWording.positiveStrengths
              + Wording(" (delete the line for no tie)", dutch: " (verwijder de regel voor geen relatie)"), line: number
          )
        }
        weight = value
      }
      tieLines.append((source, target, weight, relation, number))
    case .matrix:
      let values = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { Double($0) }
      guard values.allSatisfy({ $0 != nil }) else {
        return error(
          Wording(
            "matrix row holds something that is not a number; write numbers separated by spaces",
            dutch: "matrixrij bevat iets dat geen getal is; schrijf getallen gescheiden door spaties"), line: number)
      }
      if !matrices.isEmpty { matrices[matrices.count - 1].rows.append(values.compactMap { $0 }) }
    case .none:
      if textBeforeSections == nil {
        textBeforeSections = number
        parts.diagnostics.append(
          .warning(
            "text outside a section (before '*Vertices'); left out, as igraph does",
            dutch: "tekst buiten een sectie (voor '*Vertices'); weggelaten, zoals igraph doet",
            at: SourceLocation(file: path, line: number)))
      }
    case .skipped:
      break
    }
  }

  mutating func vertex(_ word: Substring, line: Int) -> Int? {
    guard let value = Int(word), let count = vertexCount, (1...max(count, 1)).contains(value), count > 0 else {
      error(
        Wording(
          "'\(word)' is not a vertex number from 1 to \(vertexCount ?? 0); check the line",
          dutch: "'\(word)' is geen vertexnummer van 1 tot \(vertexCount ?? 0); controleer de regel"), line: line)
      return nil
    }
    return value
  }

  mutating func closeVertices() {
    guard case .vertices(let count) = section else { return }
    if !labels.isEmpty && labels.count != count {
      error(
        Wording(
          "'*Vertices \(count)' but \(labels.count) vertex line\(labels.count == 1 ? "" : "s") follow; make the count and the list agree",
          dutch:
            "'*Vertices \(count)' maar er volgen \(labels.count) vertexregel\(labels.count == 1 ? "" : "s"); laat het aantal en de lijst overeenkomen"
        ), line: vertexCountLine)
    }
  }

  mutating func finish() {
    closeVertices()
    guard let count = vertexCount else {
      if parts.diagnostics.isEmpty {
        error(
          Wording(
            "no '*Vertices' line; is this a Pajek .net file?",
            dutch: "geen regel '*Vertices'; is dit een Pajek-bestand (.net)?"), line: nil)
      }
      return
    }
    var ids: [ActorID] = []
    let labelsRepeat = Set(labels.values.map(\.label)).count < labels.count
    if labelsRepeat {
      parts.diagnostics.append(
        .warning(
          "vertex labels repeat; the vertex numbers are the actor ids and the labels their labels",
          dutch: "vertexlabels komen meer dan eens voor; de vertexnummers zijn de actor-ids en de labels hun labels",
          at: SourceLocation(file: path, line: vertexCountLine)))
    }
    for vertex in 1...max(count, 1) where count > 0 {
      let notes = actorNotes[vertex] ?? []
      let listed = labels[vertex]
      // An empty "id" annotation is not used: an actor never gets an empty id.
      let noted = notes.first { $0.0 == "id" && !$0.1.isEmpty }?.1
      let id = noted ?? (labelsRepeat ? nil : listed?.label) ?? String(vertex)
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
      if labelsRepeat, actor.label == nil { actor.label = listed?.label }
      parts.actors?.append(actor)
    }
    for matrix in matrices { readMatrix(matrix, count: count) }
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
          ReaderWording.leftOut(Wording("section '\(keyword)'", dutch: "sectie '\(keyword)'")),
          at: SourceLocation(file: path, line: line)))
    }
  }

  /// Adds the ties of one `*Matrix` section: one per pair when the matrix is symmetric, else
  /// one per non-zero cell.
  mutating func readMatrix(_ matrix: (relation: String?, line: Int, rows: [[Double]]), count: Int) {
    let rows = matrix.rows
    guard rows.count == count, rows.allSatisfy({ $0.count == count }) else {
      let found = rows.count == count ? "a row of another length" : "\(rows.count) rows"
      let gevonden = rows.count == count ? "een rij van een andere lengte" : "\(rows.count) rijen"
      return error(
        Wording(
          "'*Matrix' must have \(count) rows of \(count) numbers (the count of '*Vertices'), but has \(found)",
          dutch:
            "'*Matrix' moet \(count) rijen van \(count) getallen hebben (het aantal van '*Vertices'), maar heeft \(gevonden)"
        ),
        line: matrix.line)
    }
    let symmetric = (0..<count).allSatisfy { i in (0..<count).allSatisfy { j in rows[i][j] == rows[j][i] } }
    if !symmetric { sawArcs = true }
    for i in 0..<count {
      for j in (symmetric ? i : 0)..<count where rows[i][j] != 0 {
        guard rows[i][j] > 0 else {
          return error(
            Wording("'*Matrix' holds a negative value; ", dutch: "'*Matrix' bevat een negatieve waarde; ")
              + ReaderWording.positiveStrengths, line: matrix.line)
        }
        tieLines.append((i + 1, j + 1, rows[i][j], matrix.relation, matrix.line + 1 + i))
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
