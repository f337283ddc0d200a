/// A condition on tie records, to analyse a sub-network: only the task-motivated ties
/// (`motief=taak`), everything but online contact (`vorm!=online`), strong ties (`weight>=4`), or
/// one relation of a multiplex map (`relation=advies`).
///
/// Written `KEY=VALUE`, `KEY!=VALUE`, with alternatives `KEY=VALUE|VALUE`, and for `weight` also
/// `<`, `<=`, `>`, `>=`. Keys are tie columns, matched without regard to letter case and through
/// the codebook's aliases (`motive` is `motief`); values of codebook fields match in any of their
/// spellings (`growth` is `groei`). Several filters must all hold.
///
/// `beweegreden=13` keeps the ties with reason 13 among their ``LearningReason``s; `motief=groei`
/// keeps the ties whose recorded motive is groei or, without a `motief`, that have a reason of
/// the growth dimension (11–15).
///
/// ```swift
/// let filters = try [TieFilter(parsing: "motive=groei"), TieFilter(parsing: "vorm!=online")]
/// let growth = try map.keepingTies(matching: filters)
/// ```
public struct TieFilter: Sendable, Hashable, CustomStringConvertible {
  /// How a tie's value is compared with ``values``; the raw value is the operator as written.
  public enum Comparison: String, Sendable, Hashable, CaseIterable {
    /// `=`: the value is one of ``values``.
    case equal = "="
    /// `!=`: the value is none of ``values`` (a tie without the column passes).
    case notEqual = "!="
    /// `<`: weight below the number (weight only).
    case less = "<"
    /// `<=`: weight at most the number (weight only).
    case lessOrEqual = "<="
    /// `>`: weight above the number (weight only).
    case greater = ">"
    /// `>=`: weight at least the number (weight only).
    case greaterOrEqual = ">="
  }

  /// The column as written by the user.
  public var key: String
  /// The operator.
  public var comparison: Comparison
  /// The accepted values (alternatives separated by `|`), or one number for `weight`.
  public var values: [String]

  /// A filter from its parts, unchecked: `TieFilter(key: "motief", comparison: .equal, values: ["taak", "groei"])`
  /// is `motief=taak|groei`. ``init(parsing:)`` checks what it reads.
  public init(key: String, comparison: Comparison, values: [String]) {
    self.key = key
    self.comparison = comparison
    self.values = values
  }

  /// Reads `KEY=VALUE`, `KEY!=VALUE`, `weight>=3` …
  public init(parsing text: String) throws(FilterError) {
    let operators: [Comparison] = [.notEqual, .lessOrEqual, .greaterOrEqual, .equal, .less, .greater]
    for comparison in operators {
      guard let range = text.range(of: comparison.rawValue) else { continue }
      let key = String(text[..<range.lowerBound]).trimmingASCIIWhitespace()
      let value = String(text[range.upperBound...]).trimmingASCIIWhitespace()
      guard !key.isEmpty, !value.isEmpty else { break }
      self.init(
        key: key, comparison: comparison,
        values: value.split(separator: "|").map { String($0).trimmingASCIIWhitespace() })
      if comparison != .equal && comparison != .notEqual {
        guard isWeight, values.count == 1, let number = Double(values[0]), number.isFinite else {
          throw FilterError(
            Wording(
              "'\(text)': only weight can be compared with <, <=, > or >=, against one number (weight>=3)",
              dutch: "'\(text)': alleen weight kan vergeleken worden met <, <=, > of >=, met één getal (weight>=3)"))
        }
      } else if isWeight, !values.allSatisfy({ Double($0)?.isFinite == true }) {
        throw FilterError(
          Wording(
            "'\(text)': weight is compared with numbers (weight=3, weight>=3)",
            dutch: "'\(text)': weight wordt met getallen vergeleken (weight=3, weight>=3)"))
      }
      return
    }
    throw FilterError(
      Wording(
        "'\(text)' is not a tie filter; write KEY=VALUE or KEY!=VALUE (motief=groei, vorm!=online, weight>=3)",
        dutch:
          "'\(text)' is geen relatiefilter; schrijf SLEUTEL=WAARDE of SLEUTEL!=WAARDE (motief=groei, vorm!=online, weight>=3)"
      ))
  }

  /// The filter as written: `motief=taak|groei`.
  public var description: String { key + comparison.rawValue + values.joined(separator: "|") }

  var isWeight: Bool { ColumnNames.weight.contains(key.lowercased()) }

  /// Whether `tie` passes; `field` is the codebook field of the key, if any, for synonyms.
  func matches(_ tie: TieRecord, column: String?, field: CodebookField?) -> Bool {
    if isWeight {
      guard let bound = Double(values[0]) else { return false }
      switch comparison {
      case .equal: return values.compactMap(Double.init).contains(tie.weight)
      case .notEqual: return !values.compactMap(Double.init).contains(tie.weight)
      case .less: return tie.weight < bound
      case .lessOrEqual: return tie.weight <= bound
      case .greater: return tie.weight > bound
      case .greaterOrEqual: return tie.weight >= bound
      }
    }
    if field == .motive {
      // The recorded motief, or the dimensions of the tie's beweegredenen without one.
      let dimensions = tie.motiveDimensions
      let hit = values.contains { wanted in field?.normalised(wanted).map(dimensions.contains) == true }
      return comparison == .equal ? hit : !hit
    }
    // Columns differing only in letter case, or named by an alias of the same field, are one.
    let value =
      tie.attributes.first { key, _ in
        key.lowercased() == column?.lowercased() || field?.isNamed(key) == true
      }?.value.trimmingASCIIWhitespace() ?? ""
    let hit = values.contains { wanted in Self.same(value, wanted, field: field) }
    return comparison == .equal ? hit : !hit
  }

  /// Equal as codebook values (any spelling of the same value) or, for free text, without
  /// regard to letter case.
  static func same(_ value: String, _ wanted: String, field: CodebookField?) -> Bool {
    if value.lowercased() == wanted.lowercased() { return true }
    guard let field, let listed = field.normalised(wanted) else { return false }
    if case .several = field.values {
      return field.normalisedParts(value).contains { $0.value == listed }
    }
    return field.normalised(value) == listed
  }
}

/// A tie filter that cannot be read or applied, with what to write instead.
public struct FilterError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The filter and what to write instead.
  public var description: String
  /// The same in Dutch, where the error is worded in Dutch too (those about the map's ties);
  /// `nil` otherwise.
  public var dutch: String?
  /// An error with this text.
  public init(_ description: String) { self.description = description }
  /// An error worded in both languages.
  public init(_ wording: Wording) {
    description = wording.english
    dutch = wording.dutch
  }
}

extension PartnershipMap {
  /// The same map with only the tie records that pass every filter; all actors stay (an actor
  /// whose ties all fail becomes an isolate of the sub-network).
  ///
  /// - Throws: ``FilterError`` when a key names no column of any tie (with the nearest column) or
  ///   a value is not in the codebook's list for that column (with the nearest value), so that
  ///   a typo never silently gives an empty network.
  public func keepingTies(matching filters: [TieFilter], codebook: Codebook = .partnership) throws(FilterError)
    -> PartnershipMap
  {
    guard !filters.isEmpty else { return self }
    var columns: [String] = []
    var seen = Set<String>()
    for tie in ties {
      for key in tie.attributes.keys where seen.insert(key).inserted { columns.append(key) }
    }
    var resolved: [(filter: TieFilter, column: String?, field: CodebookField?)] = []
    for filter in filters {
      if filter.isWeight {
        resolved.append((filter, nil, nil))
        continue
      }
      let field = codebook.field(named: filter.key, in: .ties)
      let column =
        columns.first { $0.lowercased() == filter.key.lowercased() }
        ?? field.flatMap { field in columns.first { field.isNamed($0) } }
        // Without a motief column, the motive follows from the beweegredenen.
        ?? (field == .motive ? columns.first { CodebookField.reasons.isNamed($0) } : nil)
      guard let column else {
        let near = Suggestion.nearest(to: filter.key, in: columns)
        let hint = near.map { " (did you mean '\($0)'?)" } ?? ""
        let known =
          columns.isEmpty
          ? "the ties have no columns besides source, target and weight"
          : "tie columns: \(columns.joined(separator: ", "))"
        let bekend =
          columns.isEmpty
          ? "de relaties hebben geen kolommen naast source, target en weight"
          : "kolommen van de relaties: \(columns.joined(separator: ", "))"
        throw FilterError(
          Wording(
            "no tie has a column '\(filter.key)'\(hint); \(known)",
            dutch:
              "geen relatie heeft een kolom '\(filter.key)'\(near.map { " (bedoel je '\($0)'?)" } ?? ""); \(bekend)"))
      }
      if let field, field.isClosedList {
        for value in filter.values where field.normalised(value) == nil {
          let spellings = field.listedValues.flatMap(\.spellings)
          let hint = Suggestion.hint(Suggestion.nearest(to: value, in: spellings))
          let allowed = field.listedValues.map(\.value).joined(separator: ", ")
          throw FilterError(
            Wording(
              "'\(value)' is not a value of '\(field.name)'\(hint.english); use one of \(allowed)",
              dutch: "'\(value)' is geen waarde van '\(field.name)'\(hint.dutch); gebruik een van \(allowed)"))
        }
      }
      if field?.isClosedList != true {
        // A free column: a value no tie has is a typo, not an empty sub-network.
        let present = Set(
          ties.compactMap { tie in
            tie.attributes.first { $0.key.lowercased() == column.lowercased() }?.value.trimmingASCIIWhitespace()
              .lowercased()
          })
        for value in filter.values where !present.contains(value.lowercased()) {
          let hint = Suggestion.hint(Suggestion.nearest(to: value, in: present))
          throw FilterError(
            Wording(
              "no tie has '\(column)' \"\(value)\"\(hint.english); check the value",
              dutch: "geen relatie heeft '\(column)' \"\(value)\"\(hint.dutch); controleer de waarde"))
        }
      }
      resolved.append((filter, column, field))
    }
    let kept = ties.filter { tie in resolved.allSatisfy { $0.filter.matches(tie, column: $0.column, field: $0.field) } }
    do {
      return try PartnershipMap(actors: actors, ties: kept, metadata: metadata)
    } catch {
      // The kept ties are a subset of valid ties among the same actors, so this cannot fail;
      // say so plainly if it ever does rather than trap.
      throw FilterError("filtering made an invalid map: \(error)")
    }
  }
}
