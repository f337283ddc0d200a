import NetwerkkaartCore
import OrderedCollections

/// Writes a map as a UCINET DL file, which the DL reader and UCINET read back.
///
/// ```
/// dl n=3 nm=2 format=fullmatrix
/// labels:
/// "school","clb","de bib"
/// matrix labels:
/// "advies","taak"
/// data:
/// 0 2 0
/// ...
/// ```
///
/// - The labels are the actor ids (DL has no place for a label beside the id), quoted.
/// - Each value of the tie attribute `relation` is a matrix of its own (`nm=`, `matrix labels:`);
///   ties without it form one unnamed matrix (named `relatie` when others are named).
/// - ``Layout/fullMatrix``: n rows of n cells; the ties of one pair in one relation are summed
///   into their cell, and an undirected map gives a symmetric matrix (which reads back as one
///   tie per pair). ``Layout/edgeList``: `edgelist1`, one line `source target weight` per tie
///   record (actor numbers from 1), repeated ties kept; matrices are separated by `!`.
///
/// What DL cannot hold (roles, types, labels, attributes, metadata, merged repeats) is listed by
/// `losses(_:layout:)` so that `convert` can say so.
public enum DLWriter {
  /// How the ties are written.
  public enum Layout: String, CaseIterable, Sendable {
    /// `format=fullmatrix`: a matrix of n × n cells per relation.
    case fullMatrix = "fullmatrix"
    /// `format=edgelist1`: one line per tie record.
    case edgeList = "edgelist1"
  }

  /// The name of the matrix of ties without a `relation` when other ties have one.
  static let unnamedRelation = "relatie"

  /// The most cells a full matrix may have (actors × actors × relations): 25 000 000, a map of
  /// 5 000 actors in one relation, a file of at least 50 MB. Each cell is written, zero or not,
  /// so a full matrix grows with the square of the map: 200 000 actors would be 4·10^10 cells,
  /// hundreds of gigabytes of text. Above the limit `convert` refuses it.
  public static let maximumMatrixCells = 25_000_000

  /// Why `map` cannot be written in `layout`, or `nil` when it can: a full matrix with more than
  /// ``maximumMatrixCells`` cells. The message names what to write instead.
  static func sizeProblem(_ map: PartnershipMap, layout: Layout) -> Wording? {
    guard layout == .fullMatrix else { return nil }
    let n = map.actors.count
    let count = relations(map).count
    let (square, overflow) = n.multipliedReportingOverflow(by: n)
    let (cells, overflowAgain) = square.multipliedReportingOverflow(by: count)
    guard overflow || overflowAgain || cells > maximumMatrixCells else { return nil }
    let tooMany = overflow || overflowAgain
    let matrices =
      count == 1
      ? Wording("a full matrix of \(n.grouped) actors", dutch: "een volledige matrix van \(n.grouped) actoren")
      : Wording(
        "\(count) full matrices of \(n.grouped) actors", dutch: "\(count) volledige matrices van \(n.grouped) actoren")
    let size =
      tooMany
      ? Wording("more cells than an Int counts", dutch: "meer cellen dan een Int telt")
      : Wording("\(cells.grouped) cells", dutch: "\(cells.grouped) cellen")
    return Wording(
      "\(matrices.english) would be \(size.english), more than netwerkkaart writes (\(maximumMatrixCells.grouped), 5 000 actors in one relation); write one line per tie with --dl-format edgelist1, or choose another format (graphml, net)",
      dutch:
        "\(matrices.dutch) zou \(size.dutch) tellen, meer dan netwerkkaart schrijft (\(maximumMatrixCells.grouped), 5 000 actoren in één relatie); schrijf één regel per relatie met --dl-format edgelist1, of kies een ander formaat (graphml, net)"
    )
  }

  /// The DL text of `map`.
  static func document(_ map: PartnershipMap, layout: Layout) -> String {
    let relations = Self.relations(map)
    let index = Dictionary(uniqueKeysWithValues: map.actors.enumerated().map { ($1.id, $0) })
    let n = map.actors.count
    var out = "dl n=\(n)" + (relations.count > 1 ? " nm=\(relations.count)" : "") + " format=\(layout.rawValue)\n"
    out += "labels:\n" + map.actors.map { quoted($0.id.rawValue) }.joined(separator: ",") + "\n"
    if relations.keys.contains(where: { $0 != nil }) {
      out += "matrix labels:\n" + relations.keys.map { quoted($0 ?? unnamedRelation) }.joined(separator: ",") + "\n"
    }
    out += "data:\n"
    let directed = map.metadata.directed == true
    for (position, ties) in relations.values.enumerated() {
      switch layout {
      case .fullMatrix:
        let cells = matrix(ties, index: index, directed: directed)
        for row in cells { out += row.map(number).joined(separator: " ") + "\n" }
      case .edgeList:
        if position > 0 { out += "!\n" }
        for tie in ties {
          guard let source = index[tie.source], let target = index[tie.target] else { continue }
          out += "\(source + 1) \(target + 1) \(number(tie.weight))\n"
        }
      }
    }
    return out
  }

  /// The n × n cells of one relation: the ties of a pair summed into their cell, and into the
  /// mirror cell too when the map is undirected.
  static func matrix(_ ties: [TieRecord], index: [ActorID: Int], directed: Bool) -> [[Double]] {
    var cells = [[Double]](repeating: [Double](repeating: 0, count: index.count), count: index.count)
    for tie in ties {
      guard let source = index[tie.source], let target = index[tie.target] else { continue }
      cells[source][target] += tie.weight
      if !directed && source != target { cells[target][source] += tie.weight }
    }
    return cells
  }

  /// The relations of a directed `map` whose full matrix comes out symmetric (every tie between
  /// two actors returned with the same strength): DL has no mark for direction, and a DL reader
  /// reads a symmetric matrix as one undirected tie per pair.
  static func symmetricRelations(_ map: PartnershipMap) -> [String?] {
    guard map.metadata.directed == true else { return [] }
    let index = Dictionary(map.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    return relations(map).filter { _, ties in
      let cells = matrix(ties, index: index, directed: true)
      let n = cells.count
      var tied = false
      for row in 0..<n {
        for column in 0..<n where row != column {
          guard cells[row][column] == cells[column][row] else { return false }
          if cells[row][column] != 0 { tied = true }
        }
      }
      return tied
    }.map(\.key)
  }

  /// The ties by relation, in order of first appearance; `nil` for ties without one.
  static func relations(_ map: PartnershipMap) -> OrderedDictionary<String?, [TieRecord]> {
    var relations = OrderedDictionary<String?, [TieRecord]>()
    for tie in map.ties { relations[tie.attributes["relation"], default: []].append(tie) }
    return relations.isEmpty ? [nil: []] : relations
  }

  /// What of `map` a DL file in `layout` leaves out, one sentence each.
  static func losses(_ map: PartnershipMap, layout: Layout) -> [Wording] {
    var losses: [Wording] = []
    let described = map.actors.filter {
      $0.label != nil || $0.role != nil || $0.type != nil || !$0.attributes.isEmpty
    }
    if !described.isEmpty {
      losses.append(
        Wording("UCINET DL holds the actor ids only: ", dutch: "UCINET DL bewaart alleen de actor-ids: ")
          + LossWording.actorDetails(described.count))
    }
    let tieAttributes = Set(map.ties.flatMap { $0.attributes.keys }).subtracting(["relation"])
    if !tieAttributes.isEmpty {
      let names = tieAttributes.sorted().joined(separator: ", ")
      losses.append(
        Wording(
          "UCINET DL keeps a tie's strength and relation only; the tie attributes \(names) are not written",
          dutch:
            "UCINET DL bewaart van een relatie alleen de sterkte en de relatiesoort; de attributen \(names) van de relaties worden niet geschreven"
        ))
    }
    // Direction has its own sentence below.
    let metadata = map.metadata.entries.map(\.key).filter { $0 != "directed" }
    if !metadata.isEmpty {
      losses.append(LossWording.noPlaceForMetadata(in: Wording("UCINET DL", dutch: "UCINET DL"), keys: metadata))
    }
    if layout == .edgeList && map.metadata.directed == true {
      losses.append(
        Wording(
          "DL has no mark for direction: the edge list keeps every tie as listed, but reads back as a map not marked directed; analyse it with --directed",
          dutch:
            "DL heeft geen teken voor richting: de lijst bewaart elke relatie zoals ze staat, maar wordt teruggelezen als een kaart die niet als gericht gemarkeerd is; analyseer ze met --directed"
        ))
    }
    if layout == .fullMatrix {
      var seen = Set<[String]>()
      let repeated = map.ties.filter { tie in
        let ends = [tie.source.rawValue, tie.target.rawValue]
        let pair = map.metadata.directed == true ? ends : ends.sorted()
        return !seen.insert(pair + [tie.attributes["relation"] ?? ""]).inserted
      }
      if !repeated.isEmpty {
        losses.append(
          Wording(
            "a full matrix has one cell per pair: \(repeated.count) repeated tie records are summed into their cell; write --dl-format edgelist1 to keep them",
            dutch:
              "een volledige matrix heeft één cel per paar: \(repeated.count) herhaalde relatieregels worden in hun cel opgeteld; schrijf --dl-format edgelist1 om ze te bewaren"
          ))
      }
    }
    let symmetric = layout == .fullMatrix ? symmetricRelations(map) : []
    if !symmetric.isEmpty {
      let all = symmetric.count == relations(map).count
      let names = symmetric.map { $0 ?? unnamedRelation }.joined(separator: ", ")
      let why =
        all
        ? Wording(
          "the map is directed, but every tie is returned with the same strength, so its matrix is symmetric: DL has no mark for direction, and a DL reader (netwerkkaart's too) reads it back as undirected, one tie per pair; ",
          dutch:
            "de kaart is gericht, maar elke relatie wordt met dezelfde sterkte beantwoord, dus haar matrix is symmetrisch: DL heeft geen teken voor richting, en een DL-lezer (ook die van netwerkkaart) leest ze terug als ongericht, één relatie per paar; "
        )
        : Wording(
          "the map is directed, but the matrices of \(names) are symmetric (every tie returned with the same strength): a DL reader (netwerkkaart's too) reads each as one tie per pair, which a directed analysis counts one way only; ",
          dutch:
            "de kaart is gericht, maar de matrices van \(names) zijn symmetrisch (elke relatie met dezelfde sterkte beantwoord): een DL-lezer (ook die van netwerkkaart) leest elk als één relatie per paar, die een gerichte analyse maar in één richting telt; "
        )
      losses.append(why + LossWording.keepDirection)
    }
    if map.actors.contains(where: { $0.id.rawValue.contains { $0 == "\"" || $0.isNewline } }) {
      losses.append(LossWording.quotesReplaced(in: Wording("UCINET labels", dutch: "UCINET-labels")))
    }
    return losses
  }

  /// A label in double quotes, with quotes and line breaks replaced (DL has no escapes).
  static func quoted(_ text: String) -> String {
    "\"" + String(text.map { $0 == "\"" ? "'" : $0.isNewline ? " " : $0 }) + "\""
  }

  /// A cell: whole numbers without a decimal point.
  static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
