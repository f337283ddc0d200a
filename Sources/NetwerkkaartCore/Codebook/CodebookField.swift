/// One field of the partnership codebook: a column of the actors or ties table, the question
/// it answers and the values it allows.
public struct CodebookField: Hashable, Sendable, Codable {
  /// Which table the field belongs to.
  public enum Table: String, Hashable, Sendable, Codable {
    /// The actors table (`actors.csv`).
    case actors
    /// The ties table (`ties.csv`).
    case ties
  }

  /// The 5W1H question a field answers (Kipling's six questions, as the literature uses them
  /// for partnerships), or the resources an actor brings.
  public enum Question: String, Hashable, Sendable, CaseIterable, Codable {
    /// What the partnership is about. Dutch: *wat*.
    case what = "wat"
    /// Where the partners meet. Dutch: *waar*.
    case `where` = "waar"
    /// When and how often. Dutch: *wanneer*.
    case when = "wanneer"
    /// How the partnership is arranged. Dutch: *hoe*.
    case how = "hoe"
    /// Who takes part, and how. Dutch: *wie*.
    case who = "wie"
    /// Why: the motive. Dutch: *waarom*.
    case why = "waarom"
    /// The resources an actor brings or a tie gives access to. Dutch: *hulpbronnen*.
    case resources = "hulpbronnen"
  }

  /// What the field may hold.
  public enum Values: Hashable, Sendable, Codable {
    /// Any text.
    case text
    /// Exactly one of the listed values.
    case closed([CodebookValue])
    /// One or more of the listed values, separated by `;` or `,`.
    case several([CodebookValue])
    /// Any text; the listed values are the usual ones, and a near miss of one gets a warning.
    case open([CodebookValue])
  }

  /// The column name, in Dutch for domain fields (`frequentie`).
  public var name: String
  /// Other column names read as this field, English first (`frequency`).
  public var aliases: [String]
  /// The table whose column this is.
  public var table: Table
  /// The 5W1H question the field answers; `nil` for none.
  public var question: Question?
  /// What the field may hold.
  public var values: Values
  /// One line for documentation and `--help`: what the field records.
  public var summary: String

  /// A field named `name` (and `aliases`) of `table`.
  public init(
    _ name: String, aliases: [String] = [], table: Table, question: Question?, values: Values, summary: String
  ) {
    self.name = name
    self.aliases = aliases
    self.table = table
    self.question = question
    self.values = values
    self.summary = summary
  }

  /// Whether `column` names this field (letter case and surrounding spaces ignored).
  public func isNamed(_ column: String) -> Bool {
    let folded = column.trimmingASCIIWhitespace().lowercased()
    return folded == name || aliases.contains(folded)
  }

  /// Whether only the listed values are allowed (one or several of them).
  public var isClosedList: Bool {
    switch values {
    case .closed, .several: true
    case .text, .open: false
    }
  }

  /// The listed values, whatever the kind; empty for free text.
  public var listedValues: [CodebookValue] {
    switch values {
    case .text: []
    case .closed(let list), .several(let list), .open(let list): list
    }
  }
}

/// An allowed value of a codebook field: the Dutch raw value that files hold and its English
/// gloss, which is accepted as a synonym.
public struct CodebookValue: Hashable, Sendable, Codable {
  /// The canonical value, in Dutch, as files should hold it (`wekelijks`).
  public var value: String
  /// The English gloss (`weekly`), accepted as input and shown by `--lang en`.
  public var english: String
  /// What the value means, for the coding guide; may be empty.
  public var meaning: String
  /// Other words read as this value (`compulsory` for `verplicht`).
  public var synonyms: [String]

  /// A value `value` with its English gloss, meaning and synonyms (lower case).
  public init(_ value: String, english: String, meaning: String = "", synonyms: [String] = []) {
    self.value = value
    self.english = english
    self.meaning = meaning
    self.synonyms = synonyms
  }

  /// Whether `text` is this value, its English gloss or a synonym (letter case and surrounding
  /// spaces ignored).
  public func matches(_ text: String) -> Bool {
    matches(folded: CodebookValue.folded(text))
  }

  /// Whether `folded` (a text after ``folded(_:)``) is one of the value's spellings.
  func matches(folded: String) -> Bool {
    folded == value.lowercased() || folded == english.lowercased() || synonyms.contains { $0.lowercased() == folded }
  }

  /// `text` as values are compared: surrounding spaces trimmed, lower case.
  static func folded(_ text: String) -> String { text.trimmingASCIIWhitespace().lowercased() }

  /// Every spelling that ``matches(_:)`` accepts.
  public var spellings: [String] { [value, english] + synonyms }
}
