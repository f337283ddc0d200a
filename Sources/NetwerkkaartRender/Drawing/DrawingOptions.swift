import Foundation
import NetwerkkaartCore

/// How a map is drawn.
public struct DrawingOptions: Sendable, Hashable {
  /// Where the actors go.
  public enum Layout: String, CaseIterable, Sendable {
    /// The concentric role-band map (``RingLayout``): positions and tie curves computed here and
    /// drawn as given by Graphviz's `nop2` (`neato -n2`).
    case rings
    /// Graphviz's own layout engines.
    case dot, neato, fdp, sfdp, circo, twopi

    /// The Graphviz engine that lays out (or, for rings, only routes) the drawing.
    var engine: String { self == .rings ? "nop2" : rawValue }
  }

  /// Language of the legend and tooltips.
  public typealias Language = NetwerkkaartCore.Language

  /// What the actors' nodes say.
  public enum LabelMode: String, CaseIterable, Sendable {
    /// Full labels where the drawing fits the paper with them, else short ones, else numbers.
    case auto
    /// The labels as typed, wrapped at spaces.
    case full
    /// At most 16 characters, whole words and `…`.
    case short
    /// Numbers, with a key table beside or below the map.
    case number
  }

  /// The smallest label size the tool will print, in points, when even numbers do not fit.
  public static let smallestFontSize = 6.0

  /// Where the actors go; ``Layout/rings`` by default.
  public var layout: Layout
  /// Language of the legend and tooltips; Dutch by default.
  public var language: Language
  /// Colour actors by `role` (the default), `type`, or any free actor attribute.
  public var colorBy: String?
  /// Size actors by a measure such as `Measure.betweenness` or `Measure.constraint`
  /// (NetwerkkaartCore); `nil` draws every actor the same size.
  public var sizeBy: Measure?
  /// A title above the legend.
  public var title: String?
  /// The actor in the centre of the rings; by default the first actor of type `school`.
  public var focus: ActorID?
  /// The paper the drawing must fit; labels are ``fontSize`` points at that size.
  public var paper: PaperSize
  /// Label size in points at the paper size (default 8).
  public var fontSize: Double
  /// Pixels per inch of a PNG (default 300).
  public var dpi: Double
  /// What the nodes say (default ``LabelMode/auto``).
  public var labels: LabelMode
  /// Saved places of actors that keep them in the rings layout (as `draw --positions` reads
  /// them); the map's other actors are placed around them in their role band. Checked against
  /// the map first (``PositionCheck``): an actor outside its band stops the drawing with
  /// ``DrawingError/positions(_:)``. `nil` (the default): every actor is placed freely. Other
  /// layouts ignore it, with a warning.
  public var positions: ActorPositions?

  /// Options for a drawing; every default gives the Dutch role-ring map.
  ///
  /// ```swift
  /// let options = DrawingOptions(language: .en, sizeBy: .betweennessNormalized, title: "De Linde")
  /// ```
  public init(
    layout: Layout = .rings, language: Language = .nl, colorBy: String? = nil, sizeBy: Measure? = nil,
    title: String? = nil, focus: ActorID? = nil, paper: PaperSize = .a4, fontSize: Double = 8, dpi: Double = 300,
    labels: LabelMode = .auto, positions: ActorPositions? = nil
  ) {
    self.positions = positions
    self.paper = paper
    self.fontSize = fontSize
    self.dpi = dpi
    self.labels = labels
    self.layout = layout
    self.language = language
    self.colorBy = colorBy
    self.sizeBy = sizeBy
    self.title = title
    self.focus = focus
  }
}

/// The image formats a drawing can be written in.
public enum ImageFormat: String, CaseIterable, Sendable {
  /// Scalable vector graphics with the actors' and ties' tooltips in `<title>` elements: for
  /// screens and web pages.
  case svg
  /// A bitmap, for slides and documents that take no vector images.
  case png
  /// A vector PDF for print.
  case pdf
  /// The DOT text handed to Graphviz, before layout (for rings: with pinned positions).
  case dot

  /// The format for a file name's extension (`.svg`, `.png`, `.pdf`, `.dot` or `.gv`).
  public init?(fileExtension: String) {
    switch fileExtension.lowercased() {
    case "gv": self = .dot
    default:
      guard let format = ImageFormat(rawValue: fileExtension.lowercased()) else { return nil }
      self = format
    }
  }
}

/// A drawing request that cannot be met, with the choices that can.
///
/// The text names the ``DrawingOptions`` property at fault (`sizeBy: no metric 'x'; choose one of
/// …`); a program that fills the options from its own settings names those instead with
/// ``message(naming:in:)`` (the command-line tool writes `--size-by: …`).
public enum DrawingError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// ``DrawingOptions/focus`` names no actor of the map; with the nearest id, if one is near.
  case unknownFocus(String, suggestion: String?)
  /// ``DrawingOptions/colorBy`` names no actor attribute; with the attributes there are.
  case unknownColorAttribute(String, choices: [String])
  /// ``DrawingOptions/sizeBy`` names no metric; with the metrics there are.
  case unknownSizeMetric(String, choices: [String])
  /// The network or metrics table was built from another map.
  case mismatch(MapMismatch)
  /// ``DrawingOptions/positions`` cannot be used for the map: the errors (and notes) of its
  /// ``PositionCheck``, each at its line of the positions file.
  case positions([Diagnostic])

  /// The drawing option a request is about.
  public enum Option: String, Sendable, Hashable, CaseIterable {
    /// ``DrawingOptions/focus``.
    case focus
    /// ``DrawingOptions/colorBy``.
    case colorBy
    /// ``DrawingOptions/sizeBy``.
    case sizeBy
    /// ``DrawingOptions/positions``.
    case positions
  }

  /// The option at fault; `nil` for a ``mismatch(_:)``, which is about the drawing's inputs.
  public var option: Option? {
    switch self {
    case .unknownFocus: .focus
    case .unknownColorAttribute: .colorBy
    case .unknownSizeMetric: .sizeBy
    case .positions: .positions
    case .mismatch: nil
    }
  }

  /// The text with the option called what `name` returns for it (`--size-by`), so that a user
  /// reads the name they typed, in `language` (English unless asked).
  public func message(naming name: (Option) -> String, in language: Language = .en) -> String {
    let nl = language == .nl
    switch self {
    case .unknownFocus(let id, let suggestion):
      return nl
        ? "\(name(.focus)) noemt geen actor \"\(id)\"" + (suggestion.map { "; bedoel je \"\($0)\"?" } ?? "")
        : "\(name(.focus)) names no actor \"\(id)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
    case .unknownColorAttribute(let attribute, let choices):
      let list = choices.joined(separator: ", ")
      return nl
        ? "\(name(.colorBy)): de actoren hebben geen kenmerk '\(attribute)'; kies een van \(list)"
        : "\(name(.colorBy)): the actors have no attribute '\(attribute)'; choose one of \(list)"
    case .unknownSizeMetric(let metric, let choices):
      let list = choices.joined(separator: ", ")
      return nl
        ? "\(name(.sizeBy)): geen kengetal '\(metric)'; kies een van \(list)"
        : "\(name(.sizeBy)): no metric '\(metric)'; choose one of \(list)"
    case .mismatch(let mismatch):
      return mismatch.localizedDescription
    case .positions(let diagnostics):
      let errors = diagnostics.filter { $0.severity == .error }
      let count = errors.count
      return
        (nl
        ? "\(name(.positions)) kan niet gebruikt worden voor deze kaart (\(count) fout\(count == 1 ? "" : "en")):\n"
        : "\(name(.positions)) cannot be used for this map (\(count) error\(count == 1 ? "" : "s")):\n")
        + errors.map { $0.description(in: language) }.joined(separator: "\n")
    }
  }

  /// The text naming the ``DrawingOptions`` property (`sizeBy: no metric 'x'; choose one of …`).
  public var description: String { message(naming: \.rawValue) }

  /// The same as ``description``.
  public var errorDescription: String? { description }
}
