/// How the tie records of a map divide over the values of one closed codebook field: the share
/// of ties with motive taak, relatie or groei, or the share met face-to-face, online or hybrid.
///
/// ```
/// share(v) = records whose field holds v / records        (self-ties not counted)
/// unknown  = records without a value, or with a value outside the codebook
/// ```
/// - Counted unit: tie *records*, as the focus group recorded them, after any `--ties` filter.
///   A self-tie is not counted (it is no tie of the network). A pair recorded twice counts twice,
///   once per record, since the two records may carry different motives; the loader warns about
///   such duplicates, and without them the number of records equals the number of ties.
/// - Values match as the codebook reads them: any letter case, the English gloss or a synonym
///   (`task` is `taak`, `fysiek` is `face-to-face`); the column may be named by an alias
///   (`motive` for `motief`).
/// - Shares are `nil` when there are no records (0/0 is undefined), and then ``unknownShare``
///   too. Otherwise, for a field of one value, the shares and the unknown share add up to 1.
/// - A field of several values (`beweegreden`) counts a record once for each value it holds, so
///   its shares may add up to more than 1; unknown is then the share holding none.
/// - The motive (`motief`) of a record without one is the dimensions of its beweegredenen
///   (``TieRecord/motiveDimensions``): a record with reasons 1 and 13 counts for taak and groei.
/// - Direction and weights play no part: each record counts 1 whatever its strength.
///
/// Example: records motief taak, Taak, relatie, (empty), and a self-tie: records 4, taak 2/4,
/// relatie 1/4, groei 0, unknown 1/4. Records beweegreden `1; 13`, `13`, `8`: per reason 1 1/3,
/// 8 1/3, 13 2/3; per motive taak 1/3, relatie 1/3, groei 2/3.
public struct CodebookShares: Sendable, Hashable {
  /// The field counted.
  public let field: CodebookField
  /// Records per listed value, in codebook order (``CodebookField/listedValues``).
  public let counts: [Int]
  /// Records without a listed value.
  public let unknown: Int
  /// Records counted (every record but self-ties).
  public let records: Int

  /// Counts the tie records of `map` per listed value of `field` (a tie field, such as
  /// ``CodebookField/motive``).
  public init(_ map: PartnershipMap, field: CodebookField) {
    let values = field.listedValues
    var counts = [Int](repeating: 0, count: values.count)
    var unknown = 0
    var records = 0
    for tie in map.ties where tie.source != tie.target {
      records += 1
      let held = Self.values(of: tie, field: field)
      if held.isEmpty { unknown += 1 }
      for value in held {
        if let index = values.firstIndex(of: value) { counts[index] += 1 }
      }
    }
    self.field = field
    self.counts = counts
    self.unknown = unknown
    self.records = records
  }

  /// Whether any record holds a listed value.
  public var isRecorded: Bool { counts.contains { $0 > 0 } }

  /// The listed values `tie` holds, each once: its motive dimensions for
  /// ``CodebookField/motive``, every listed part for a field of several values, else its value.
  static func values(of tie: TieRecord, field: CodebookField) -> Set<CodebookValue> {
    if field == .motive { return Set(tie.motiveDimensions) }
    if case .several = field.values {
      return Set(tie.text(of: field).map { field.normalisedParts($0).compactMap(\.value) } ?? [])
    }
    return Set([tie.codebookValue(of: field)].compactMap { $0 })
  }

  /// The share of records with the listed value at `index`; `nil` without records.
  public func share(at index: Int) -> Double? {
    records > 0 ? Double(counts[index]) / Double(records) : nil
  }

  /// The share of records without a listed value; `nil` without records.
  public var unknownShare: Double? {
    records > 0 ? Double(unknown) / Double(records) : nil
  }
}
