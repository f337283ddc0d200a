import NetwerkkaartCore

/// The names an attribute of an actor or tie may not have: none at all, or the name of a
/// built-in field.
///
/// An attribute without a name (`{"id": "a", "": "x"}` in JSON) has no column to go to in a
/// CSV folder or a workbook, which cannot read back a value under a nameless column.
/// A tie column `to` next to `target` (an edge list `source,target,to`), or a VNA tie column
/// named `from` after the first two, is read as a free attribute of the tie; but JSON, YAML
/// and the other formats that write attributes beside the built-in fields would write it as a
/// second target, and the map would read back with other ties than it had. So a reader's
/// attribute whose name, folded to lower case and trimmed, is a name of a built-in field
/// (``ColumnNames``; for actors also `id` and `type`) is an error, once per name and file, at
/// the first record that has it. Both rules hold for every reader, so they are checked once,
/// after reading, for every format.
enum AttributeNames {
  /// The problems of the attribute names in `parts`.
  static func problems(in parts: MapParts) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    var reported = Set<String>()
    func check(_ names: some Sequence<String>, of kind: Kind, at origin: SourceLocation?) {
      for name in names {
        let folded = name.trimmingASCIIWhitespace().lowercased()
        if folded.isEmpty {
          if reported.insert("\(kind.english)  \(origin?.file ?? "")").inserted {
            problems.append(.error(nameless(kind), at: origin ?? SourceLocation(file: "")))
          }
          continue
        }
        guard let field = kind.fields.first(where: { $0.names.contains(folded) }),
          reported.insert("\(kind.english) \(folded) \(origin?.file ?? "")").inserted
        else { continue }
        problems.append(.error(message(name, kind: kind, field: field), at: origin ?? SourceLocation(file: "")))
      }
    }
    for actor in parts.actors ?? [] { check(actor.attributes.keys, of: .actor, at: actor.origin) }
    for tie in parts.ties { check(tie.attributes.keys, of: .tie, at: tie.origin) }
    return problems
  }

  /// The built-in field (English name) that the folded key `name` sets on an actor or tie, if
  /// any: `label` for `label`, `naam` and `name`, and so on (``ColumnNames``).
  static func builtIn(_ name: String, of kind: Kind, indexed: Bool) -> Field? {
    // Node-link data (`indexed`) also names the id `name` and the strength `value`.
    let alias = indexed ? (kind == .actor ? "name" : "value") : nil
    if name == alias { return kind.fields[kind == .actor ? 0 : 2] }
    return kind.fields.first { $0.names.contains(name) }
  }

  /// A built-in field and the names it is read under; `dutch` with its article.
  struct Field {
    var names: [String]
    var english: String
    var dutch: String

    /// The field's own name: `id`, `label`, `role`, `type`, `source`, `target` or `weight`.
    var key: String { names[0] }
  }

  /// Actor or tie, with the built-in fields of each.
  enum Kind {
    case actor, tie

    var english: String { self == .actor ? "actor" : "tie" }
    var dutch: String { self == .actor ? "actor" : "relatie" }

    var fields: [Field] {
      switch self {
      case .actor:
        [
          Field(names: ["id"], english: "id", dutch: "het id"),
          Field(names: ColumnNames.label, english: "label", dutch: "de naam"),
          Field(names: ColumnNames.role, english: "role", dutch: "de rol"),
          Field(names: ["type"], english: "type", dutch: "het type"),
        ]
      case .tie:
        [
          Field(names: ColumnNames.source, english: "source", dutch: "de bron"),
          Field(names: ColumnNames.target, english: "target", dutch: "het doel"),
          Field(names: ColumnNames.weight, english: "strength", dutch: "de sterkte"),
        ]
      }
    }
  }

  static func nameless(_ kind: Kind) -> Wording {
    Wording(
      "\(kind.english) attribute without a name; name it or delete it (a CSV folder or workbook cannot hold a value under a nameless column)",
      dutch:
        "\(kind.dutch)kenmerk zonder naam; geef het een naam of verwijder het (een CSV-map of werkmap kan geen waarde onder een kolom zonder naam bewaren)"
    )
  }

  static func message(_ name: String, kind: Kind, field: Field) -> Wording {
    let names = field.names.map { "'\($0)'" }.joined(separator: ", ")
    let trimmed = name.trimmingASCIIWhitespace()
    return Wording(
      "\(kind.english) attribute \"\(name)\" has a name that means the \(kind.english)'s \(field.english) (\(names)), which the \(kind.english) has already; rename the column or field (e.g. \"\(trimmed)-2\") or delete it",
      dutch:
        "\(kind.dutch)kenmerk \"\(name)\" heeft een naam die \(field.dutch) van de \(kind.dutch) betekent (\(names)), en die heeft de \(kind.dutch) al; geef de kolom of het veld een andere naam (bv. \"\(trimmed)-2\") of verwijder ze"
    )
  }
}
