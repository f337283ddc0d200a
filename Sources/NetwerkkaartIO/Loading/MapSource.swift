import Foundation

/// Where a map is read from: a path, a pair of CSV files, a file URL, or bytes in memory.
///
/// ```swift
/// let folder = MapSource.path("Examples/basisschool-de-linde")
/// let pasted = MapSource.text("source,target\nschool,clb\n", format: .edgeList, name: "plakbord")
/// ```
///
/// A single-file format held in memory is given by ``MapFormat`` or sniffed from its first
/// bytes (``MapFormat/sniff(_:)``); a CSV *map folder* exists only on disk (in memory, give its
/// ties as an edge list).
public enum MapSource: Sendable, Hashable {
  /// A map folder or a map file in any readable format, as the user typed its path.
  case path(String)
  /// An actors file and a ties file (either may be `nil`, not both), and optionally a metadata
  /// file of `key,value` rows.
  case files(actors: String?, ties: String?, metadata: String? = nil)
  /// A `file:` URL of a map folder or file. Other schemes are refused: fetch the bytes first and
  /// read them as ``data(_:format:name:)``.
  case url(URL)
  /// The bytes of a single-file map (YAML, JSON, node-link, edge list, xlsx, GraphML, Pajek,
  /// UCINET DL). `format` `nil` sniffs it from the bytes; `name` stands for the file in messages
  /// and reports (`plakbord:3: error: …`). Give each map of a batch its own name: a
  /// ``Pseudonymiser`` tells maps apart by it.
  case data(Data, format: MapFormat? = nil, name: String = "kaart")

  /// The text of a single-file map, as ``data(_:format:name:)`` of its UTF-8 bytes.
  public static func text(_ text: String, format: MapFormat? = nil, name: String = "kaart") -> MapSource {
    .data(Data(text.utf8), format: format, name: name)
  }

  /// The source as messages and reports name it: the path as given, `actors.csv + ties.csv`,
  /// the URL's path, or the name of the bytes.
  public var name: String {
    switch self {
    case .path(let path): path
    case .files(let actors, let ties, _): [actors, ties].compactMap { $0 }.joined(separator: " + ")
    case .url(let url): url.isFileURL ? url.path : url.absoluteString
    case .data(_, _, let name): name
    }
  }
}
