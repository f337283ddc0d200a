import NetwerkkaartCore

/// Colours, shapes and words of a drawing.
///
/// Colours are the Okabe–Ito palette (Okabe & Ito 2008), which stays distinguishable with the
/// common forms of colour blindness; roles also differ in shape, so the map reads in grey too.
enum DrawingStyle {
  /// Fill colour and shape of each role; `nil` is an actor without a role.
  static func role(_ role: ActorRole?) -> (fill: String, shape: String) {
    switch role {
    case .core: ("#E69F00", "ellipse")
    case .anchoring: ("#56B4E9", "box")
    case .framing: ("#009E73", "hexagon")
    case .context: ("#F0E442", "octagon")
    case nil: ("#DDDDDD", "ellipse")
    }
  }

  /// Fill and shape of the focal actor.
  static let focus = (fill: "#D55E00", shape: "doubleoctagon")

  /// Outline and tie colour of what is new in the second wave (`diff --draw`), drawn thick:
  /// black, the one Okabe–Ito colour that no role fill and no motive uses.
  static let added = "#000000"
  /// Outline, text and tie colour of what the second wave lost, drawn dashed.
  static let removed = "#B3B3B3"
  /// Fill of an actor the second wave lost: nearly white, so that it reads as faint.
  static let removedFill = "#F5F5F5"

  /// Categorical colours for `--color-by`, in order of first appearance.
  static let categories = [
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999",
    "#FFD699", "#B3DDF2", "#80CFB9", "#F7F0A0",
  ]

  /// Tie colour by motive dimension; grey when the tie has none.
  static func motiveColor(_ motive: CodebookValue?) -> String {
    switch motive {
    case .task?: "#0072B2"
    case .relationship?: "#CC79A7"
    case .growth?: "#D55E00"
    default: "#8C8C8C"
    }
  }

  /// The motive dimensions in legend order (the codebook's: taak, relatie, groei).
  static let motives = CodebookField.motive.listedValues

  /// Whether a tie record is loose, drawn dashed: informal (`formeel` = `informeel`) or occasional
  /// contact (`frequentie` = `jaarlijks` or `eenmalig`: once a year or less), in any spelling
  /// the codebook accepts (`informal`, `Yearly`, `once` …).
  ///
  /// `occasioneel` is a value of `opvolging` (follow-up), not of `frequentie`: how often a
  /// partnership is followed up says nothing about how often the partners meet, so `opvolging`
  /// plays no part, and a `frequentie` of `occasioneel` (which `validate` rejects) is not loose.
  static func isLoose(_ tie: TieRecord) -> Bool {
    if tie.codebookValue(of: .formality) == .informal { return true }
    let frequency = tie.codebookValue(of: .frequency)
    return frequency == .yearly || frequency == .once
  }

  /// Whether a merged tie is drawn dashed: only when all its records are loose.
  static func isLoose(_ records: [TieRecord]) -> Bool {
    !records.isEmpty && records.allSatisfy(isLoose)
  }

  /// The motive of a merged tie: the codebook motive its records give most often, the first
  /// recorded of those when several are given equally often; `nil` when no record gives one.
  static func motive(of records: [TieRecord]) -> CodebookValue? {
    let motives = records.compactMap { $0.codebookValue(of: .motive) }
    var counts: [CodebookValue: Int] = [:]
    for motive in motives { counts[motive, default: 0] += 1 }
    let most = counts.values.max() ?? 0
    return motives.first { counts[$0] == most }
  }

  /// Labels longer than this are wrapped onto two lines.
  static let wrapLength = 22

  /// The label on at most two lines, broken at the space nearest the middle; shorter labels and
  /// labels without spaces are left as they are. No character is changed or lost.
  static func wrapped(_ label: String) -> String {
    guard label.count > wrapLength, !label.contains("\n") else { return label }
    let characters = Array(label)
    let middle = characters.count / 2
    guard
      let split = characters.indices.filter({ characters[$0] == " " }).min(by: { abs($0 - middle) < abs($1 - middle) })
    else { return label }
    return String(characters[..<split]) + "\n" + String(characters[(split + 1)...])
  }

  /// Estimated size in inches of a node with this (wrapped) label at the node font size (10 pt
  /// Helvetica averages about 0.076 in a character), with the shape's margin.
  static func estimatedSize(label: String, scale: Double) -> RingLayout.Size {
    let lines = label.split(separator: "\n", omittingEmptySubsequences: false)
    let longest = lines.map(\.count).max() ?? 0
    return RingLayout.Size(
      width: max(0.75, Double(longest) * 0.076 + 0.5) * scale,
      height: max(0.5, 0.36 + 0.17 * Double(lines.count)) * scale)
  }
}

/// The words of a drawing, in Dutch or English.
struct DrawingWords {
  let language: DrawingOptions.Language

  func role(_ role: ActorRole?) -> String { language.name(of: role) }

  /// A motive in the drawing's language: the codebook value (`taak`) or its English gloss.
  func motive(_ motive: CodebookValue) -> String { language == .en ? motive.english : motive.value }

  var roles: String { language.word(.legendRoles) }
  var ties: String { language.word(.legendTies) }
  var focus: String { language.word(.focalSchool) }
  var loose: String { language.word(.looseTies) }
  var insideSchool: String { language.word(.insideSchool) }
  var width: String { language.word(.widthIsStrength) }
  var strength: String { language.word(.strength) }
  var noMotive: String { language.word(.noMotive) }
  var changes: String { language.word(.change) }
  var added: String { language.word(.added) }
  var removed: String { language.word(.removed) }
  func size(_ metric: String) -> String { language.word(.sizeIs, metric) }
}
