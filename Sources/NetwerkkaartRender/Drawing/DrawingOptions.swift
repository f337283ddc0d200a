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
  public enum Language: String, CaseIterable, Sendable {
    case nl, en

    /// A role as the legend and the report name it: `kern` / `core`, `geen rol` / `no role`.
    public func name(of role: ActorRole?) -> String {
      switch (role, self) {
      case (nil, .nl): "geen rol"
      case (nil, .en): "no role"
      case (let role?, .nl): role.rawValue
      case (let role?, .en): role.englishName
      }
    }
  }

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

  public var layout: Layout
  public var language: Language
  /// Colour actors by `role` (the default), `type`, or any free actor attribute.
  public var colorBy: String?
  /// Size actors by a metric column such as `betweenness` or `degree`.
  public var sizeBy: String?
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

  public init(
    layout: Layout = .rings, language: Language = .nl, colorBy: String? = nil, sizeBy: String? = nil,
    title: String? = nil, focus: ActorID? = nil, paper: PaperSize = .a4, fontSize: Double = 8, dpi: Double = 300,
    labels: LabelMode = .auto
  ) {
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
  case svg, png, pdf
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
public enum DrawingError: Error, Sendable, Equatable, CustomStringConvertible {
  case unknownFocus(String, suggestion: String?)
  case unknownColorAttribute(String, choices: [String])
  case unknownSizeMetric(String, choices: [String])

  public var description: String {
    switch self {
    case .unknownFocus(let id, let suggestion):
      return "--focus names no actor \"\(id)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
    case .unknownColorAttribute(let name, let choices):
      return "--color-by: the actors have no attribute '\(name)'; choose one of \(choices.joined(separator: ", "))"
    case .unknownSizeMetric(let name, let choices):
      return "--size-by: no metric '\(name)'; choose one of \(choices.joined(separator: ", "))"
    }
  }
}
