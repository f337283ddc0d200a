import NetwerkkaartCore
import OrderedCollections

/// Reads UCINET's DL text format (Borgatti, Everett & Freeman, *UCINET for Windows*, "DL"),
/// the way UCINET's own data sets are distributed:
///
/// ```
/// dl n=4 format=fullmatrix
/// labels:
/// school,clb,gemeente,bib
/// data:
/// 0 1 1 0
/// 1 0 0 0
/// …
/// ```
///
/// - Header keywords in any letter case: `n=` (or `nr=`/`nc=` with equal values), `nm=` for
///   several matrices, `format=` `fullmatrix` (the default), `edgelist1` or `nodelist1`,
///   `labels:` / `row labels:` / `column labels:` (names separated by commas, spaces or line
///   breaks, quoted when they hold spaces), `labels embedded`, `matrix labels:` (or
///   `level labels:`), `diagonal present`/`absent`, then `data:`.
/// - Actors are the labels (or `1` … `n`). A cell's value is the tie strength; 0 is no tie,
///   a negative value is an error.
/// - A full matrix that is symmetric gives one tie per pair; otherwise one tie per non-zero
///   cell and the map is marked directed. DL has no mark for direction, so a directed map whose
///   every tie is returned with the same strength reads back undirected (``DLWriter`` warns when
///   it writes one). When one matrix of several is symmetric and another is not, the symmetric
///   one still gives one tie per pair, with a warning: a directed analysis sees those ties one
///   way only. Edge and node lists give the ties as listed.
/// - With several matrices each tie gets the attribute `relation` naming its matrix.
/// - Two-mode data (`nr` ≠ `nc`) cannot be read.
enum DLReader {
  static func read(_ bytes: [UInt8], path: String) -> MapParts {
    var parser = DLParser(path: path)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      parser.error(ReaderWording.notUTF8, line: nil)
      return parser.parts
    }
    var unclosed: [Int] = []
    let tokens = DLTokenizer.tokens(text, unclosedQuotes: &unclosed)
    for line in unclosed {
      parser.error(
        Wording(
          "a quote opened on this line is not closed on it; close the quoted label (\"…\") before the line ends",
          dutch:
            "een aanhalingsteken op deze regel wordt er niet gesloten; sluit het label (\"…\") voor het einde van de regel"
        ),
        line: line)
    }
    guard unclosed.isEmpty else { return parser.parts }
    parser.run(tokens)
    return parser.parts
  }
}

/// A word of a DL file with its line. Commas separate words like spaces do; `=` and `:` are
/// kept as their own words so that `n=4`, `n = 4` and `labels :` read alike.
struct DLToken {
  var text: String
  var line: Int
  var wasQuoted = false
  /// Whether a line break came right after the token: rows of an edge list end there.
  var endsLine = false
}

enum DLTokenizer {
  /// The words of `text`. A quoted label ends at its closing quote or, when that is missing, at
  /// the end of its line, whose number goes to `unclosedQuotes`: a label never spans lines (an
  /// unclosed quote used to swallow the rest of the file into one id; found by fuzzing).
  static func tokens(_ text: String, unclosedQuotes: inout [Int]) -> [DLToken] {
    var tokens: [DLToken] = []
    var line = 1
    var current = ""
    var quote: Character?
    func flush(quoted: Bool = false) {
      // A quoted label is trimmed as every reader trims an id (`IDTrimming`), here already so
      // that `"bib "` and `bib` in an edge list name one actor, as in a CSV edge list.
      if quoted {
        tokens.append(DLToken(text: current.trimmingASCIIWhitespace(), line: line, wasQuoted: true))
      } else if !current.isEmpty {
        tokens.append(DLToken(text: current, line: line))
      }
      current = ""
    }
    for character in text {
      if let open = quote {
        if character == open {
          flush(quoted: true)
          quote = nil
        } else if character == "\n" || character == "\r\n" || character == "\r" {
          unclosedQuotes.append(line)
          flush(quoted: true)
          quote = nil
          tokens[tokens.count - 1].endsLine = true
          line += 1
        } else {
          current.append(character)
        }
        continue
      }
      switch character {
      case "\n", "\r\n", "\r":
        flush()
        if !tokens.isEmpty { tokens[tokens.count - 1].endsLine = true }
        line += 1
      case " ", "\t", ",": flush()
      case "=", ":":
        flush()
        tokens.append(DLToken(text: String(character), line: line))
      case "\"",
        "'" where current.isEmpty:
        quote = character
      default: current.append(character)
      }
    }
    if quote != nil { unclosedQuotes.append(line) }
    flush(quoted: quote != nil)
    return tokens
  }
}

private struct DLParser {
  enum Format: String {
    case fullMatrix = "fullmatrix"
    case edgeList = "edgelist1"
    case nodeList = "nodelist1"
  }

  let path: String
  var parts = MapParts(actors: [])
  var size: Int?
  var matrixCount = 1
  var format = Format.fullMatrix
  var labels: [String] = []
  var matrixLabels: [String] = []
  var labelsEmbedded = false
  var diagonalPresent = true
  var headerLine = 1

  init(path: String) { self.path = path }

  mutating func error(_ message: Wording, line: Int?) {
    parts.diagnostics.append(.error(message, at: SourceLocation(file: path, line: line)))
  }

  mutating func run(_ tokens: [DLToken]) {
    guard let first = tokens.first, first.text.lowercased() == "dl" else {
      return error(
        Wording(
          "a UCINET DL file starts with 'dl'; is this a DL file?",
          dutch: "een UCINET DL-bestand begint met 'dl'; is dit een DL-bestand?"), line: tokens.first?.line ?? 1)
    }
    headerLine = first.line
    var index = 1
    var rows: Int?
    var columns: Int?
    func word(_ offset: Int) -> String { index + offset < tokens.count ? tokens[index + offset].text.lowercased() : "" }
    while index < tokens.count {
      let keyword = word(0)
      let line = tokens[index].line
      if ["n", "nr", "nc", "nm", "format"].contains(keyword), word(1) == "=" {
        let value = word(2)
        index += 3
        switch keyword {
        case "format":
          guard let chosen = Format(rawValue: value) else {
            error(
              Wording(
                "format '\(value)' cannot be read; use fullmatrix, edgelist1 or nodelist1 (save the data from UCINET in one of these)",
                dutch:
                  "formaat '\(value)' is niet leesbaar; gebruik fullmatrix, edgelist1 of nodelist1 (bewaar de gegevens vanuit UCINET in een daarvan)"
              ), line: line)
            return
          }
          format = chosen
        default:
          guard let number = Int(value), number >= 0 else {
            error(
              Wording(
                "'\(keyword)=' needs a whole number, not '\(value)'",
                dutch: "'\(keyword)=' heeft een geheel getal nodig, niet '\(value)'"), line: line)
            return
          }
          switch keyword {
          case "n": size = number
          case "nr": rows = number
          case "nc": columns = number
          default: matrixCount = max(number, 1)
          }
        }
        continue
      }
      switch keyword {
      case "labels", "row", "column", "col", "matrix", "level":
        let qualifier = keyword
        var offset = ["row", "column", "col", "matrix", "level"].contains(qualifier) ? 1 : 0
        guard offset == 0 || word(1) == "labels" else {
          error(
            Wording(
              "unknown keyword '\(keyword)'; expected 'labels:', 'row labels:', 'matrix labels:' or 'data:'",
              dutch:
                "onbekend sleutelwoord '\(keyword)'; verwacht 'labels:', 'row labels:', 'matrix labels:' of 'data:'"),
            line: line)
          return
        }
        if word(offset + 1) == "embedded" {
          labelsEmbedded = true
          index += offset + 2
          if word(0) == ":" { index += 1 }  // `labels embedded:` is written too
          continue
        }
        guard word(offset + 1) == ":" else {
          error(
            Wording(
              "'\(qualifier) labels' must be followed by ':' and the labels, or by 'embedded'",
              dutch: "na '\(qualifier) labels' volgt ':' met de labels, of 'embedded'"), line: line)
          return
        }
        offset += 2
        index += offset
        var names: [String] = []
        while index < tokens.count, !isKeyword(tokens, index) {
          names.append(tokens[index].text)
          index += 1
        }
        if qualifier == "matrix" || qualifier == "level" {
          matrixLabels = names
        } else if qualifier != "column" && qualifier != "col" || labels.isEmpty {
          labels = names
        }
      case "diagonal":
        diagonalPresent = word(1) != "absent"
        index += 2
      case "data":
        guard word(1) == ":" else {
          error(Wording("'data' must be followed by ':'", dutch: "na 'data' volgt ':'"), line: line)
          return
        }
        index += 2
        if let rows, let columns, rows != columns {
          return error(
            Wording(
              "two-mode data (nr=\(rows), nc=\(columns)) cannot be read; ",
              dutch: "tweemodale gegevens (nr=\(rows), nc=\(columns)) zijn niet leesbaar; ")
              + ReaderWording.oneSetOfActors,
            line: headerLine)
        }
        guard let n = size ?? rows ?? columns else {
          return error(
            Wording(
              "the header must give the number of actors, as in 'dl n=12'",
              dutch: "de kop geeft het aantal actoren op, zoals in 'dl n=12'"), line: headerLine)
        }
        readData(Array(tokens[index...]), n: n)
        return
      default:
        error(
          Wording(
            "unknown keyword '\(tokens[index].text)' in the header; expected n=, nm=, format=, labels:, diagonal or data:",
            dutch:
              "onbekend sleutelwoord '\(tokens[index].text)' in de kop; verwacht n=, nm=, format=, labels:, diagonal of data:"
          ),
          line: line)
        return
      }
    }
    error(
      Wording(
        "no 'data:' line; the data must follow the header after 'data:'",
        dutch: "geen regel 'data:'; de gegevens volgen op de kop na 'data:'"), line: tokens.last?.line)
  }

  func isKeyword(_ tokens: [DLToken], _ index: Int) -> Bool {
    let token = tokens[index]
    guard !token.wasQuoted else { return false }
    let text = token.text.lowercased()
    let next = index + 1 < tokens.count ? tokens[index + 1].text.lowercased() : ""
    switch text {
    case "data", "labels", "format", "n", "nm", "nr", "nc":
      return next == ":" || next == "=" || next == "embedded"
    case "row", "column", "col", "matrix", "level": return next == "labels"
    case "diagonal": return next == "present" || next == "absent"
    default: return false
    }
  }

  mutating func readData(_ tokens: [DLToken], n: Int) {
    if let problem = InputLimits.declaredActorsProblem(n, declaration: "'n=\(n)'") {
      return error(problem, line: headerLine)
    }
    if !labels.isEmpty && labels.count != n {
      error(
        Wording(
          "the header says n=\(n) but gives \(labels.count) labels; make them agree",
          dutch: "de kop zegt n=\(n) maar geeft \(labels.count) labels; laat ze overeenkomen"), line: headerLine)
      return
    }
    var names = labels.isEmpty ? (1...max(n, 1)).prefix(n).map(String.init) : labels
    var ties: [(Int, Int, Double, Int, Int)] = []  // source, target, weight, matrix, line
    var position = 0
    func next() -> DLToken? {
      guard position < tokens.count else { return nil }
      defer { position += 1 }
      return tokens[position]
    }
    switch format {
    case .fullMatrix:
      for matrix in 0..<matrixCount {
        if labelsEmbedded {
          var columnNames: [String] = []
          for _ in 0..<n { if let token = next() { columnNames.append(token.text) } }
          if matrix == 0 { names = columnNames }
        }
        for row in 0..<n {
          if labelsEmbedded { _ = next() }
          for column in 0..<n {
            if !diagonalPresent && row == column { continue }
            guard let token = next() else {
              return error(
                Wording(
                  "the data end early: matrix \(matrix + 1) needs \(n) rows of \(n) values",
                  dutch: "de gegevens houden te vroeg op: matrix \(matrix + 1) heeft \(n) rijen van \(n) waarden nodig"),
                line: tokens.last?.line)
            }
            guard let value = Double(token.text) else {
              return error(
                Wording(
                  "'\(token.text)' is not a number; matrix cells must be numbers",
                  dutch: "'\(token.text)' is geen getal; de cellen van een matrix zijn getallen"), line: token.line)
            }
            if value < 0 {
              return error(
                Wording("negative value \(token.text); ", dutch: "negatieve waarde \(token.text); ")
                  + ReaderWording.positiveStrengths, line: token.line)
            }
            if value != 0 { ties.append((row, column, value, matrix, token.line)) }
          }
        }
      }
      // Values past the last matrix would otherwise be left out without a word (issue 17).
      if let extra = next() {
        return error(
          Wording(
            "the data go on after the last matrix (nm=\(matrixCount), each \(n) rows of \(n) values) with '\(extra.text)'; remove the extra values, or correct n= or nm=",
            dutch:
              "de gegevens gaan na de laatste matrix (nm=\(matrixCount), elk \(n) rijen van \(n) waarden) verder met '\(extra.text)'; verwijder de overtollige waarden, of verbeter n= of nm="
          ), line: extra.line)
      }
    case .edgeList, .nodeList:
      // With embedded labels and no label list, the actors are the labels in order of use.
      if labelsEmbedded && labels.isEmpty { names = [] }
      var index: [String: Int] = Dictionary(
        names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
      var lineTokens: [DLToken] = []
      var matrix = 0
      func actor(_ token: DLToken) -> Int? {
        if labelsEmbedded {
          if let known = index[token.text] { return known }
          if labels.isEmpty {
            index[token.text] = index.count
            names.append(token.text)
            return index.count - 1
          }
          error(
            Wording("'\(token.text)' is not one of the labels", dutch: "'\(token.text)' is geen van de labels"),
            line: token.line)
          return nil
        }
        guard let number = Int(token.text), (1...max(n, 1)).contains(number) else {
          error(
            Wording(
              "'\(token.text)' is not an actor number from 1 to \(n)",
              dutch: "'\(token.text)' is geen actornummer van 1 tot \(n)"), line: token.line)
          return nil
        }
        return number - 1
      }
      while let token = next() {
        if token.text == "!" {
          matrix += 1
          continue
        }
        lineTokens.append(token)
        guard token.endsLine || position == tokens.count else { continue }
        defer { lineTokens = [] }
        guard lineTokens.count >= 2, let source = actor(lineTokens[0]) else {
          if lineTokens.count < 2 {
            error(
              Wording(
                "a list line needs at least two actors", dutch: "een lijstregel heeft minstens twee actoren nodig"),
              line: token.line)
          }
          continue
        }
        if format == .nodeList {
          for neighbour in lineTokens.dropFirst() {
            if let target = actor(neighbour) { ties.append((source, target, 1, matrix, neighbour.line)) }
          }
          continue
        }
        guard let target = actor(lineTokens[1]) else { continue }
        var weight = 1.0
        if lineTokens.count >= 3 {
          guard let value = Double(lineTokens[2].text), value > 0 else {
            error(
              Wording(
                "tie value '\(lineTokens[2].text)' is not a positive number",
                dutch: "relatiewaarde '\(lineTokens[2].text)' is geen positief getal"), line: token.line)
            continue
          }
          weight = value
        }
        ties.append((source, target, weight, matrix, token.line))
      }
      if labelsEmbedded && labels.isEmpty && names.count > n {
        error(
          Wording(
            "the data name \(names.count) actors but the header says n=\(n)",
            dutch: "de gegevens noemen \(names.count) actoren maar de kop zegt n=\(n)"), line: headerLine)
      }
    }
    parts.actors = names.map { ActorRecord(id: ActorID($0), origin: SourceLocation(file: path, line: headerLine)) }
    // Each matrix is judged on its own: a symmetric relation gives one tie per pair even when
    // another relation of the file is asymmetric (which makes the map directed).
    let symmetric = symmetricMatrices(ties)
    if format == .fullMatrix && symmetric.count < matrixCount {
      parts.metadata.directed = true
      warnOneWay(symmetric, ties: ties)
    }
    for (source, target, weight, matrix, line) in ties
    where (!symmetric.contains(matrix) || source <= target) && names.indices.contains(source)
      && names.indices.contains(target)
    {
      var tie = TieRecord(
        source: ActorID(names[source]), target: ActorID(names[target]), weight: weight,
        origin: SourceLocation(file: path, line: line))
      if matrixCount > 1 || !matrixLabels.isEmpty {
        tie.attributes["relation"] = relation(matrix)
      }
      parts.ties.append(tie)
    }
  }

  /// The name of matrix `matrix` as its ties' `relation`: its matrix label, else its number.
  func relation(_ matrix: Int) -> String {
    matrix < matrixLabels.count ? matrixLabels[matrix] : String(matrix + 1)
  }

  /// Warns, at its first tie, of each symmetric matrix (with ties between two actors) of a map
  /// that another, asymmetric matrix makes directed: its ties are read once per pair, from the
  /// actor listed first, so a directed analysis sees them one way only.
  mutating func warnOneWay(_ symmetric: Set<Int>, ties: [(Int, Int, Double, Int, Int)]) {
    for matrix in symmetric.sorted() {
      guard let first = ties.first(where: { $0.3 == matrix && $0.0 != $0.1 }) else { continue }
      parts.diagnostics.append(
        .warning(
          "matrix \(matrix + 1) (\(relation(matrix))) is symmetric and is read as one tie per pair, but another matrix is not, so the map is directed: analysed with --directed, these ties count one way only (from the actor listed first); analyse this relation undirected with --ties relation=\(relation(matrix))",
          dutch:
            "matrix \(matrix + 1) (\(relation(matrix))) is symmetrisch en wordt gelezen als één relatie per paar, maar een andere matrix niet, dus de kaart is gericht: geanalyseerd met --directed tellen deze relaties maar in één richting (vanaf de actor die eerst staat); analyseer deze relatie ongericht met --ties relation=\(relation(matrix))",
          at: SourceLocation(file: path, line: first.4)))
    }
  }

  /// The full matrices (by number) whose every cell equals its mirror cell; none for lists.
  func symmetricMatrices(_ ties: [(Int, Int, Double, Int, Int)]) -> Set<Int> {
    guard format == .fullMatrix else { return [] }
    let cells = Set(ties.map { Pair($0.0, $0.1, $0.2, $0.3) })
    let asymmetric = Set(
      cells.filter { !cells.contains(Pair($0.target, $0.source, $0.weight, $0.matrix)) }.map(\.matrix))
    return Set(0..<matrixCount).subtracting(asymmetric)
  }

  struct Pair: Hashable {
    let source: Int
    let target: Int
    let weight: Double
    let matrix: Int

    init(_ source: Int, _ target: Int, _ weight: Double, _ matrix: Int) {
      self.source = source
      self.target = target
      self.weight = weight
      self.matrix = matrix
    }
  }
}
