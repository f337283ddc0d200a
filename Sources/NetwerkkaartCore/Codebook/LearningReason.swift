/// One of the fifteen reasons (Dutch: *beweegredenen*) why a school team learns together with
/// external professionals, as the literature on collective learning lists them (chapter 4.5 of
/// the study in `Docs/Codebook.md`), each belonging to one motive dimension of Suijs (1999):
/// task (1–6), relationship (7–10) or growth (11–15).
///
/// A tie records its reasons in the column `beweegreden`, several separated by `;`, each as its
/// number (`13`), its short Dutch key (`professionalisering`) or its short English key
/// (`professional-development`); ``CodebookField/reasons`` reads them. A tie without a `motief`
/// gets its motive from its reasons (``TieRecord/motiveDimensions``).
///
/// ```swift
/// LearningReason(number: 13)?.dimension == .growth    // true
/// CodebookField.reasons.normalised("13")?.value      // "professionalisering"
/// ```
public struct LearningReason: Hashable, Sendable {
  /// The number the literature gives the reason, 1–15.
  public let number: Int
  /// The reason as a codebook value: its short Dutch key, English key and meaning; its number is
  /// a synonym.
  public let value: CodebookValue
  /// The motive dimension it belongs to: ``CodebookValue/task``, ``CodebookValue/relationship``
  /// or ``CodebookValue/growth``.
  public let dimension: CodebookValue

  private init(_ number: Int, _ dutch: String, _ english: String, _ dimension: CodebookValue, meaning: String) {
    self.number = number
    self.value = CodebookValue(dutch, english: english, meaning: meaning, synonyms: [String(number)])
    self.dimension = dimension
  }

  /// The reason numbered `number` (1–15); `nil` for any other number.
  public init?(number: Int) {
    guard let reason = Self.all.first(where: { $0.number == number }) else { return nil }
    self = reason
  }

  /// The reason whose codebook value is `value`; `nil` for a value of another field.
  public init?(_ value: CodebookValue) {
    guard let reason = Self.all.first(where: { $0.value == value }) else { return nil }
    self = reason
  }

  /// The fifteen reasons in the literature's order, task first, then relationship, then growth.
  /// Keys and meanings are written for this codebook; the numbering is the literature's.
  public static let all: [LearningReason] = [
    LearningReason(
      1, "vakdidactiek", "subject-teaching", .task,
      meaning: "exchange or redesign subject teaching, programmes and materials; align learning lines"),
    LearningReason(2, "onderzoek", "research", .task, meaning: "teachers take up the role of researcher"),
    LearningReason(3, "leerlingenzorg", "pupil-care", .task, meaning: "broad care for and guidance of pupils"),
    LearningReason(4, "project", "project", .task, meaning: "a temporary or international project"),
    LearningReason(5, "werkplekleren", "workplace-learning", .task, meaning: "dual learning, work placements"),
    LearningReason(6, "regelgeving", "regulation", .task, meaning: "what the government's decrees ask of schools"),
    LearningReason(
      7, "netwerkstimulans", "incentivised-networking", .relationship,
      meaning: "networking that is encouraged or required from outside"),
    LearningReason(
      8, "nieuwe-contacten", "new-connections", .relationship,
      meaning: "contacts for teachers who find too few at their own school"),
    LearningReason(
      9, "cocreatie", "co-creation", .relationship, meaning: "bring people and know-how together to create"),
    LearningReason(
      10, "vangnet", "safety-net", .relationship, meaning: "a (local) network to fall back on"),
    LearningReason(
      11, "innovatie", "innovation", .growth, meaning: "see, study or carry out lasting innovation and change"),
    LearningReason(
      12, "schaalvergroting", "scaling-up", .growth,
      meaning: "better administration and economies of scale: budget, staff, buildings"),
    LearningReason(
      13, "professionalisering", "professional-development", .growth,
      meaning: "support teachers' professional growth and reflection"),
    LearningReason(14, "kwaliteitszorg", "quality", .growth, meaning: "develop the quality of education"),
    LearningReason(
      15, "leerlingenprestaties", "pupil-achievement", .growth, meaning: "raise pupils' results by working together"),
  ]
}

extension CodebookField {
  /// `beweegreden` (`reasons`): why the partners learn together, one or several of the fifteen
  /// ``LearningReason``s, each as its number 1–15 or its short Dutch or English key.
  public static let reasons = CodebookField(
    "beweegreden", aliases: ["reasons", "reason", "beweegredenen"], table: .ties, question: .why,
    values: .several(LearningReason.all.map(\.value)),
    summary: "reasons for collective learning, 1-15 (task 1-6, relationship 7-10, growth 11-15)")
}

extension TieRecord {
  /// The reasons the tie records in its ``CodebookField/reasons`` column, each once, in the
  /// literature's order; parts that are no reason are left out (`validate` reports them).
  public var reasons: [LearningReason] {
    guard let text = text(of: .reasons) else { return [] }
    let values = Set(CodebookField.reasons.normalisedParts(text).compactMap(\.value))
    return LearningReason.all.filter { values.contains($0.value) }
  }

  /// The motive dimensions of the tie: the recorded `motief` when it holds a codebook value,
  /// else the dimensions of its ``reasons`` (each once, in codebook order); empty when neither
  /// says anything. A tie with reasons 1 and 13 and no `motief` has the dimensions taak and groei.
  public var motiveDimensions: [CodebookValue] {
    if let recorded = text(of: .motive).flatMap(CodebookField.motive.normalised) { return [recorded] }
    let dimensions = Set(reasons.map(\.dimension))
    return CodebookField.motive.listedValues.filter { dimensions.contains($0) }
  }

  /// The recorded `motief`, or the one dimension of the tie's reasons when it has no `motief`;
  /// `nil` when there is neither, or the reasons span several dimensions.
  var derivedMotive: CodebookValue? {
    let dimensions = motiveDimensions
    return dimensions.count == 1 ? dimensions[0] : nil
  }
}
