import Foundation
import NetwerkkaartCore
import NetwerkkaartRender

/// One school's map with everything the report shows of it: the metrics, the analysis and the
/// rings drawing, computed once.
public struct ReportMap: Sendable {
  /// What the user called the map (its folder or file).
  public let source: String
  /// The map, as given.
  public let map: PartnershipMap
  /// The per-actor metrics (`PartnershipAnalysis.metrics`, from the analysis's one path sweep).
  public var metrics: MetricsTable { analysis.metrics }
  /// Everything `netwerkkaart analyse` reports about the map, computed once.
  public let analysis: PartnershipAnalysis
  /// The rings drawing as an SVG document, from `MapDrawing.svg(engine:)` (NetwerkkaartRender).
  public let svg: String
  /// The SVG group id of each actor, in map order (`MapDrawing.actorIDs`).
  public let actorIDs: [String]
  /// Remarks of the drawing and of Graphviz.
  public let warnings: [Diagnostic]
  /// Where every actor sits in the drawing (`MapDrawing.positions`); `nil` for a map whose parts
  /// were made elsewhere.
  public private(set) var positions: ActorPositions?

  /// Computes the metrics and the analysis and draws the map (through Graphviz); `threads` are
  /// the worker threads of the path sweep (default: one per core). The actors of `positions`
  /// keep their saved places (`DrawingOptions.positions`), so that two waves drawn with the same
  /// positions line up.
  ///
  /// - Throws: ``ReportError`` when the drawing cannot be made (also when `positions` puts an
  ///   actor outside its role band).
  public init(
    source: String, map: PartnershipMap, directed: Bool = false, weighted: Bool = false, threads: Int? = nil,
    language: DrawingOptions.Language = .nl, positions: ActorPositions? = nil
  ) throws(ReportError) {
    let analysis = PartnershipAnalysis(map, directed: directed, weighted: weighted, threads: threads)
    do {
      let drawing = try MapDrawing(
        map: map, network: analysis.network, metrics: analysis.metrics,
        options: DrawingOptions(language: language, paper: Self.paper, positions: positions))
      let rendered = try drawing.rendered(.svg)
      try self.init(
        source: source, map: map, analysis: analysis,
        svg: String(decoding: rendered.data, as: UTF8.self), actorIDs: drawing.actorIDs,
        // The note that numbers replace the labels on the A4 drawing is for `draw`; the report's
        // drawing shows each actor's name on hover and in its tables.
        warnings: drawing.warnings.filter { $0.severity != .note }
          + rendered.warnings.map { .warning("Graphviz: \($0)") })
      self.positions = drawing.positions
    } catch let error as DrawingError {
      throw .drawing(source: source, message: error.description)
    } catch let error as RenderError {
      throw .drawing(source: source, message: error.description)
    } catch {
      throw .drawing(source: source, message: "\(error)")
    }
  }

  /// The paper the report's drawing is laid out for: the drawing's column of the report on a
  /// 1280 × 800 screen (the page less its margins and the actor panel: about 9.5 × 7 in at CSS's
  /// 96 px an inch), so that the drawing shows at about its own size there and its labels at the
  /// 8 pt (10.7 px) it asks for, instead of an A4 drawing scaled down into the column.
  public static let paper = PaperSize(width: 9.5, height: 7, name: "rapport")

  /// A map whose parts are already made (for tests and embedders with their own drawing).
  ///
  /// - Throws: `MapMismatch` when `analysis` is of another map.
  public init(
    source: String, map: PartnershipMap, analysis: PartnershipAnalysis, svg: String,
    actorIDs: [String], warnings: [Diagnostic] = []
  ) throws(MapMismatch) {
    try analysis.analysis.check(belongsTo: map)
    self.source = source
    self.map = map
    self.analysis = analysis
    self.svg = svg
    self.actorIDs = actorIDs
    self.warnings = warnings
  }

  /// The heading of the map's section: the school named in `map.csv`, else ``name``.
  var title: String { map.metadata.school ?? name }

  /// The map's own name, the last part of ``source`` (`Examples/basisschool-de-linde` →
  /// `basisschool-de-linde`, `/home/an/kaart.xlsx` → `kaart.xlsx`): what the report shows its
  /// readers, never the folders above it.
  var name: String {
    let last = URL(fileURLWithPath: source).standardizedFileURL.lastPathComponent
    return last.isEmpty || last == "/" ? source : last
  }
}

/// A map the report cannot show.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// The map from `source` cannot be drawn; `message` says why (a `DrawingError` or
  /// `RenderError` of NetwerkkaartRender).
  case drawing(source: String, message: String)

  /// The same as ``description``.
  public var errorDescription: String? { description }

  /// `source: error: cannot draw the map: …`, compiler style.
  public var description: String {
    switch self {
    case .drawing(let source, let message): "\(source): error: cannot draw the map: \(message)"
    }
  }
}
