import NetwerkkaartCore
import OrderedCollections

/// Reads a NetDraw VNA file (`.vna`), as NetDraw, UCINET and Gephi write it.
///
/// ```
/// *Node data
/// ID label role
/// school "De Linde" kern
/// *Node properties
/// ID x y color shape size shortlabel
/// school 10 20 255 1 10 school
/// *Tie data
/// from to strength motief
/// school clb 3 taak
/// ```
///
/// - `*Node data`: the first column is the actor id; `label` (or `name`), `role` and `type`
///   are read as such, every other column is a free attribute. Without this section the actors
///   are the ids the ties name.
/// - `*Tie data`: `from` and `to` (the first two columns), `strength` (or `weight`) is the tie
///   strength, other columns are tie attributes.
/// - Direction: a tie line is an arc from `from` to `to` (NetDraw draws an arrow; Gephi's VNA
///   exporter writes an undirected edge as two lines, "all edges in vna are directed"). When
///   every tie line is matched by its reverse with the same strength and attributes, the tie
///   data is symmetric and is read as undirected, one tie per pair (the first line of each
///   pair), as a symmetric UCINET matrix is; otherwise every line is a tie and the map is
///   marked directed. VNA has no mark for direction, so a directed map whose every tie is
///   returned alike reads back undirected (``VNAWriter`` warns when it writes one).
/// - `*Node properties` and `*Tie properties` are NetDraw's drawing (positions, colours,
///   shapes) and are left out with a warning.
/// - Values are separated by spaces or tabs; `"…"` quotes a value with spaces; `""` is empty.
///   Any line end and a byte order mark are accepted.
enum VNAReader {
  static func read(_ bytes: [UInt8], path: String) -> MapParts {
    var parts = MapParts()
    guard let text = String(validating: bytes, as: UTF8.self) else {
      parts.diagnostics.append(.error(ReaderWording.notUTF8, at: SourceLocation(file: path)))
      return parts
    }
    var section: String?
    var header: [String]?
    var skipped: OrderedDictionary<String, Int> = [:]
    for (offset, line) in TextLines.split(text).enumerated() {
      let number = offset + 1
      let location = SourceLocation(file: path, line: number)
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      if line.hasPrefix("*") {
        section = String(line.dropFirst()).trimmingASCIIWhitespace().lowercased()
        header = nil
        if section == "node data" && parts.actors == nil { parts.actors = [] }
        continue
      }
      var tokens = PajekTokens(line)
      var fields: [String] = []
      while let token = tokens.next() { fields.append(token.text) }
      switch section {
      case "node data", "tie data":
        guard let columns = header else {
          parts.diagnostics += HeaderNames.problems(fields, at: location)
          // A column whose name repeats an earlier one (in any letter case) is blanked, and so
          // left out like a nameless one: the header's problems have named both.
          var seen = Set<String>()
          header = fields.map { seen.insert($0.lowercased()).inserted ? $0 : "" }
          continue
        }
        guard fields.count <= columns.count else {
          parts.diagnostics.append(
            .error(
              "\(fields.count) values under \(columns.count) column names; quote values with spaces (\"De Linde\")",
              dutch:
                "\(fields.count) waarden onder \(columns.count) kolomnamen; zet waarden met spaties tussen aanhalingstekens (\"De Linde\")",
              at: location))
          continue
        }
        let row = OrderedDictionary(
          zip(columns, fields + Array(repeating: "", count: columns.count - fields.count)),
          uniquingKeysWith: { first, _ in first })
        if section == "node data" {
          actor(row, columns: columns, at: location, into: &parts)
        } else {
          tie(row, columns: columns, at: location, into: &parts)
        }
      case nil:
        parts.diagnostics.append(
          .error(
            "a line before any section; a VNA file starts with '*Node data' or '*Tie data'",
            dutch: "een regel vóór de eerste sectie; een VNA-bestand begint met '*Node data' of '*Tie data'",
            at: location))
      case let other?:
        if skipped[other] == nil { skipped[other] = number }
      }
    }
    for (name, line) in skipped {
      parts.diagnostics.append(
        .warning(
          ReaderWording.leftOut(
            Wording("section '*\(name)' (NetDraw's drawing)", dutch: "sectie '*\(name)' (de tekening van NetDraw)")),
          at: SourceLocation(file: path, line: line)))
    }
    if let kept = undirectedPairs(parts.ties) {
      parts.ties = TieRecords(kept.map { parts.ties[$0] })
    } else if parts.ties.contains(where: { $0.source != $0.target }) {
      parts.metadata.directed = true
    }
    if parts.actors == nil && parts.ties.isEmpty && !parts.diagnostics.contains(where: { $0.severity == .error }) {
      parts.diagnostics.append(
        .error(
          "no '*Node data' or '*Tie data' section; is this a VNA file?",
          dutch: "geen sectie '*Node data' of '*Tie data'; is dit een VNA-bestand?", at: SourceLocation(file: path)))
    }
    return parts
  }

  /// When `ties` are symmetric (every tie between two actors matched by a later or earlier
  /// reverse tie with the same strength and attributes, each used once), the indices of the ties
  /// to keep: the first of each pair, and every self-tie; `nil` when they are not, or when no
  /// tie joins two actors.
  static func undirectedPairs(_ ties: TieRecords) -> [Int]? {
    struct Key: Hashable {
      let source: ActorID
      let target: ActorID
      let weight: Double
      let attributes: [String: String]
    }
    var waiting: [Key: [Int]] = [:]
    var kept: [Int] = []
    var pairs = 0
    for (index, tie) in ties.enumerated() {
      guard tie.source != tie.target else {
        kept.append(index)
        continue
      }
      let attributes = Dictionary(tie.attributes.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
      let reverse = Key(source: tie.target, target: tie.source, weight: tie.weight, attributes: attributes)
      if let partner = waiting[reverse]?.first {
        waiting[reverse]?.removeFirst()
        if waiting[reverse]?.isEmpty == true { waiting[reverse] = nil }
        kept.append(partner)
        pairs += 1
      } else {
        waiting[Key(source: tie.source, target: tie.target, weight: tie.weight, attributes: attributes), default: []]
          .append(index)
      }
    }
    return waiting.isEmpty && pairs > 0 ? kept.sorted() : nil
  }

  /// The built-in field that the column `name` gives, if it is the first column to give it;
  /// a later column of the same field (`label` and `Naam`, or `to` after the first two tie
  /// columns) is an attribute, which ``AttributeNames`` then refuses, as in a CSV table. A
  /// column without a name is left out (the header's check has said so).
  static func builtInColumn(_ name: String, of kind: AttributeNames.Kind, taken: inout Set<String>) -> String? {
    guard let field = AttributeNames.builtIn(name.lowercased(), of: kind, indexed: false) else { return nil }
    return taken.insert(field.key).inserted ? field.key : nil
  }

  static func actor(
    _ row: OrderedDictionary<String, String>, columns: [String], at location: SourceLocation, into parts: inout MapParts
  ) {
    guard let id = row.values.first?.trimmingASCIIWhitespace(), !id.isEmpty else {
      return parts.diagnostics.append(
        .error("a node without an id in the first column", dutch: "een node zonder id in de eerste kolom", at: location)
      )
    }
    var actor = ActorRecord(id: ActorID(id), origin: location)
    var taken: Set<String> = ["id"]
    for (name, value) in row.dropFirst() where !name.isEmpty {
      let field = builtInColumn(name, of: .actor, taken: &taken)
      guard !value.isEmpty else { continue }
      switch field {
      case "label": actor.label = value
      case "role":
        let parsed = ActorTableReader.parseRole(value, of: id)
        actor.role = parsed.role
        if let problem = parsed.problem { parts.diagnostics.append(.error(problem, at: location)) }
      case "type": actor.type = value
      default: actor.attributes[name] = value
      }
    }
    parts.actors?.append(actor)
  }

  static func tie(
    _ row: OrderedDictionary<String, String>, columns: [String], at location: SourceLocation, into parts: inout MapParts
  ) {
    let values = Array(row.values)
    guard values.count >= 2, !values[0].isEmpty, !values[1].isEmpty else {
      return parts.diagnostics.append(
        .error(
          "a tie needs 'from' and 'to' in its first two columns",
          dutch: "een relatie heeft 'from' en 'to' nodig in haar eerste twee kolommen", at: location))
    }
    // The ends are trimmed with every id where the map is assembled (`IDTrimming`); one of
    // spaces only is no end at all.
    guard !values[0].trimmingASCIIWhitespace().isEmpty, !values[1].trimmingASCIIWhitespace().isEmpty else {
      return parts.diagnostics.append(
        .error(
          "a tie needs 'from' and 'to' in its first two columns",
          dutch: "een relatie heeft 'from' en 'to' nodig in haar eerste twee kolommen", at: location))
    }
    var tie = TieRecord(source: ActorID(values[0]), target: ActorID(values[1]), origin: location)
    var taken: Set<String> = ["source", "target"]
    for (name, value) in row.dropFirst(2) where !name.isEmpty {
      let field = builtInColumn(name, of: .tie, taken: &taken)
      guard !value.isEmpty else { continue }
      if field == "weight" {
        let parsed = TieTableReader.parseWeight(value, decimalComma: false)
        if let weight = parsed.weight { tie.weight = weight }
        if let problem = parsed.problem { parts.diagnostics.append(.error(problem, at: location)) }
      } else {
        tie.attributes[name] = value
      }
    }
    parts.ties.append(tie)
  }
}
