import NetwerkkaartCore
import OrderedCollections

/// The free attribute names of a map's actors and of its ties, each in order of first use:
/// the extra columns of a table, the keys of GraphML and GEXF.
struct AttributeColumns: Sendable {
  var actors: [String]
  var ties: [String]

  init(_ map: PartnershipMap) {
    var actorKeys = OrderedSet<String>()
    for actor in map.actors { actorKeys.append(contentsOf: actor.attributes.keys) }
    var tieKeys = OrderedSet<String>()
    for tie in map.ties { tieKeys.append(contentsOf: tie.attributes.keys) }
    actors = Array(actorKeys)
    ties = Array(tieKeys)
  }

  /// The extra columns of the actors table: ``actors`` with the spellings that differ only in
  /// letter case or surrounding spaces merged into one column.
  var actorTable: [TableColumn] { TableColumn.merging(actors) }
  /// The extra columns of the ties table, case variants merged as in ``actorTable``.
  var tieTable: [TableColumn] { TableColumn.merging(ties) }
}

/// One extra column of a table (CSV, edge list, worksheet): the attribute names that differ
/// only in letter case, under the first spelling the map uses.
///
/// A table's header cannot hold two columns `vorm` and `voRm`: the table readers compare column
/// names without case and refuse such a header. Two records may still spell one attribute in
/// two ways (one tie `vorm: formeel`, another `voRm: informeel`, from YAML or node-link JSON),
/// so the table writers put both values in one column `vorm` (found by fuzzing, issue 17). One
/// record never holds two spellings: ``NetwerkkaartCore/PartnershipMap`` refuses that when the
/// map is made, so no value is lost by the merge.
struct TableColumn: Sendable, Equatable {
  /// The header: the first spelling met.
  var name: String
  /// Every spelling records use, the header's first.
  var spellings: [String]

  /// The record's value in this column, under whichever spelling it uses.
  func value(in attributes: OrderedDictionary<String, String>) -> String? {
    for spelling in spellings { if let value = attributes[spelling] { return value } }
    return nil
  }

  /// `names` (distinct, in order of first use) merged by letter case:
  /// `["vorm", "motief", "voRm"]` gives `vorm` (spellings `vorm`, `voRm`) and `motief`.
  static func merging(_ names: [String]) -> [TableColumn] {
    var columns: [TableColumn] = []
    var position: [String: Int] = [:]
    for name in names {
      // As the CSV reader matches column names: letter case and surrounding spaces aside.
      let folded = name.trimmingASCIIWhitespace().lowercased()
      if let index = position[folded] {
        columns[index].spellings.append(name)
      } else {
        position[folded] = columns.count
        columns.append(TableColumn(name: name, spellings: [name]))
      }
    }
    return columns
  }
}

/// The value type a typed format (GraphML, GEXF, node-link JSON) declares for an attribute:
/// the narrowest type that every value of the attribute reads back as exactly, so that
/// writing a value typed and reading it back as text gives the same text (`03` stays a string,
/// `2.50` too).
enum AttributeType: String, Sendable {
  case boolean
  case long
  case double
  case string

  /// The type of the attribute with these (non-empty) values: `long` when every value is an
  /// integer written plainly (`3`, `-12`; not `03` or `+3`), `double` when every value is a
  /// plainly written number (`2.5`, `3`, `1e-3`; not `03`, `.5` or `inf`), `boolean` for
  /// `true`/`false`, else `string`. A value keeps its text in the file either way; the type
  /// tells other programs how to read it.
  static func infer<S: Sequence>(_ values: S) -> AttributeType where S.Element == String {
    var candidates: Set<AttributeType> = [.boolean, .long, .double]
    var sawValue = false
    for value in values {
      sawValue = true
      if value != "true" && value != "false" { candidates.remove(.boolean) }
      if Int64(value).map({ String($0) }) != value { candidates.remove(.long) }
      if !isPlainNumber(value) { candidates.remove(.double) }
      if candidates.isEmpty { return .string }
    }
    guard sawValue else { return .string }
    for type in [AttributeType.boolean, .long, .double] where candidates.contains(type) { return type }
    return .string
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`: a number as JSON writes it.
  static func isPlainNumber(_ text: String) -> Bool {
    var rest = Substring(text)
    if rest.first == "-" { rest = rest.dropFirst() }
    let integer = rest.prefix { $0.isASCII && $0.isNumber }
    guard !integer.isEmpty, integer == "0" || integer.first != "0" else { return false }
    rest = rest.dropFirst(integer.count)
    if rest.first == "." {
      let fraction = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
      guard !fraction.isEmpty else { return false }
      rest = rest.dropFirst(1 + fraction.count)
    }
    if rest.first == "e" || rest.first == "E" {
      rest = rest.dropFirst()
      if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
      let exponent = rest.prefix { $0.isASCII && $0.isNumber }
      guard !exponent.isEmpty else { return false }
      rest = rest.dropFirst(exponent.count)
    }
    return rest.isEmpty && Double(text)?.isFinite == true
  }

  /// A weight as text: `3.0`, `2.5` (Swift's shortest round-trip form, as NetworkX writes it).
  static func weightText(_ weight: Double) -> String { "\(weight)" }
}

extension PartnershipMap {
  /// The values of actor attribute `key`, for typing.
  func actorValues(_ key: String) -> [String] { actors.compactMap { $0.attributes[key] } }
  /// The values of tie attribute `key`, for typing.
  func tieValues(_ key: String) -> [String] { ties.compactMap { $0.attributes[key] } }
}

extension MapMetadata {
  /// The metadata a typed format (GraphML, node-link JSON) writes as graph data: every entry
  /// but `directed: true`, which the format says in its own way (`edgedefault="directed"`,
  /// `"directed": true`). `directed: false` is kept as an entry: the format's own
  /// `undirected` is also what it writes for a map that does not say, so without the entry a
  /// map that said it is undirected came back saying nothing (issue 17).
  var graphEntries: [(key: String, value: String)] {
    entries.filter { $0.key != "directed" || directed == false }
  }
}
