internal import CGraphviz
import Foundation
import Synchronization

/// The process's one Graphviz context, and the only way into Graphviz.
///
/// Graphviz is not thread-safe, not even with one context per thread, so every call runs under
/// one process-wide lock. The context is created once and reused for every drawing (each new
/// context leaks Graphviz's configuration buffer). Graphviz's messages are captured through
/// `agseterrf` and returned as Swift errors or warnings; none reaches standard error.
///
/// For each drawing the lifetimes are nested as Graphviz requires: render buffer, then layout,
/// then graph are freed, in that order, even when a step fails.
public final class GraphvizEngine: Sendable {
  /// The shared engine.
  public static let shared = GraphvizEngine()

  private let context: Mutex<ContextBox>

  private init() {
    nkgv_capture_messages(messageSink)
    context = Mutex(ContextBox(pointer: gvContext()))
  }

  /// Lays out a graph written in DOT and renders it.
  ///
  /// - Parameters:
  ///   - dot: the graph in the DOT language.
  ///   - engine: a Graphviz layout engine: `dot`, `neato`, `fdp`, `sfdp`, `circo`, `twopi`.
  ///   - format: a Graphviz output format such as `svg`, `png` or `pdf`.
  /// - Returns: the rendered bytes and Graphviz's warnings.
  public func render(dot: String, engine: String, format: String) throws(RenderError) -> RenderedGraph {
    let outcome = context.withLock { box -> Result<RenderedGraph, RenderError> in
      guard let gvc = box.pointer else { return .failure(.noContext) }
      GraphvizMessages.reset()
      agreseterrors()
      guard let graph = nkgv_read(dot) else {
        return .failure(.invalidGraph(GraphvizMessages.take()))
      }
      defer { agclose(graph) }
      let laidOut = gvLayout(gvc, graph, engine)
      if laidOut != 0 || agerrors() > 0 {
        if laidOut == 0 { Self.freeLayout(gvc, graph, engine: engine) }
        return .failure(.layoutFailed(engine: engine, messages: GraphvizMessages.take()))
      }
      defer { Self.freeLayout(gvc, graph, engine: engine) }
      var buffer: UnsafeMutablePointer<CChar>?
      var length = 0
      let rendered = nkgv_render(gvc, graph, format, &buffer, &length)
      // Graphviz may hand back a buffer even when rendering fails: free it either way.
      defer { if let buffer { gvFreeRenderData(buffer) } }
      guard rendered == 0, let buffer, agerrors() == 0 else {
        return .failure(.renderFailed(format: format, messages: GraphvizMessages.take()))
      }
      let data = Data(bytes: buffer, count: length)
      return .success(RenderedGraph(data: data, warnings: GraphvizMessages.take()))
    }
    return try outcome.get()
  }

  /// Frees a layout, with what Graphviz 2.42's `gvFreeLayout` misses for the `nop` and `nop2`
  /// engines (their node list, `nkgv_free_nop_node_list`): without it every rings drawing
  /// lost 8 bytes per node and one more for good.
  private static func freeLayout(_ gvc: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, engine: String) {
    if engine == "nop" || engine == "nop2" { nkgv_free_nop_node_list(graph) }
    gvFreeLayout(gvc, graph)
  }
}

/// The output of one render.
public struct RenderedGraph: Sendable {
  /// The rendered bytes: SVG or DOT text in UTF-8, or PNG or PDF data.
  public let data: Data
  /// Graphviz's warnings, one per line, for example `using box for unknown shape blah`.
  public let warnings: [String]

  /// A render's output and warnings.
  public init(data: Data, warnings: [String]) {
    self.data = data
    self.warnings = warnings
  }
}

/// What can go wrong inside Graphviz, with what to do about it.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// Graphviz could not make its context (a broken installation).
  case noContext
  /// Graphviz could not read the DOT text, with its messages.
  case invalidGraph([String])
  /// A layout engine failed or is missing, with Graphviz's messages.
  case layoutFailed(engine: String, messages: [String])
  /// An output format failed or is missing, with Graphviz's messages.
  case renderFailed(format: String, messages: [String])

  /// The same as ``description``.
  public var errorDescription: String? { description }

  /// What went wrong inside Graphviz and how to repair the installation.
  public var description: String {
    switch self {
    case .noContext:
      return "Graphviz could not start (gvContext failed); reinstall it: apt-get install --reinstall libgvc6"
    case .invalidGraph(let messages):
      return "Graphviz could not read the generated graph: \(messages.joined(separator: "; "))"
    case .layoutFailed(let engine, let messages):
      if messages.contains(where: { $0.contains("not recognized") }) {
        return "Graphviz has no layout engine '\(engine)': its plugins are not configured (the file config6a is "
          + "missing). Run 'libgvc6-config-update -c' (or 'dot -c') as root, or reinstall: "
          + "apt-get install --reinstall libgvc6"
      }
      return "Graphviz layout '\(engine)' failed: \(messages.joined(separator: "; "))"
    case .renderFailed(let format, let messages):
      if messages.contains(where: { $0.contains("not recognized") || $0.contains("unavailable") }) {
        return "Graphviz cannot write '\(format)': its renderer plugin is missing or not configured. Run "
          + "'libgvc6-config-update -c' (or 'dot -c') as root, or reinstall: apt-get install --reinstall libgvc6"
      }
      return "Graphviz could not render '\(format)': \(messages.joined(separator: "; "))"
    }
  }
}

/// The context pointer, moved into the lock once and only used under it.
private struct ContextBox: @unchecked Sendable {
  let pointer: OpaquePointer?
}

/// Messages libcgraph sends to the callback, in fragments ("Error", ": ", "text\n").
private enum GraphvizMessages {
  static let buffer = Mutex("")

  static func reset() { buffer.withLock { $0 = "" } }

  static func append(_ text: String) { buffer.withLock { $0 += text } }

  /// The messages since the last reset, one per line, without the "Error: "/"Warning: " prefix.
  static func take() -> [String] {
    let text = buffer.withLock { text in
      defer { text = "" }
      return text
    }
    return text.split(whereSeparator: \.isNewline).map { line in
      var line = String(line).trimmingCharacters(in: .whitespaces)
      for prefix in ["Error: ", "Warning: ", "Error:", "Warning:"] where line.hasPrefix(prefix) {
        line = String(line.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
      }
      return line
    }.filter { !$0.isEmpty }
  }
}

/// The C callback libcgraph calls with every message; it cannot capture context.
private let messageSink: agusererrf = { text in
  if let text { GraphvizMessages.append(String(cString: text)) }
  return 0
}
