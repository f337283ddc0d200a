import Foundation
import NetwerkkaartCore

/// The file formats a netwerkkaart is read from and written to.
///
/// | format | extension | reads | writes | holds |
/// |---|---|---|---|---|
/// | `csv` | a folder | yes | yes | everything: `actors.csv`, `ties.csv`, `map.csv` |
/// | `edgelist` | `.csv`, `.tsv`, `.txt` | yes | yes | ties only |
/// | `yaml` | `.yaml`, `.yml` | yes | yes | everything |
/// | `json` | `.json` | yes | yes | everything |
/// | `node-link` | `.node-link.json` | yes | yes | everything (NetworkX, D3) |
/// | `xlsx` | `.xlsx` | yes | yes | everything (sheets `actors`, `ties`, `map`) |
/// | `graphml` | `.graphml` | yes | yes | everything (Gephi, yEd, igraph, NetworkX) |
/// | `gexf` | `.gexf` | yes | yes | everything but metadata other than school, date and notes (Gephi) |
/// | `pajek` | `.net` | yes | yes | everything (Pajek, igraph; extra fields in `%@` comments) |
/// | `vna` | `.vna` | yes | yes | actors with label, role, type, attributes; ties with attributes (NetDraw) |
/// | `ucinet` | `.dl` | yes | yes | actor ids, ties, weights, relations (UCINET DL; see ``DLWriter``) |
public enum MapFormat: String, CaseIterable, Sendable {
  /// A map folder of CSV files: `actors.csv`, `ties.csv` and optionally `map.csv`.
  case csv
  /// One CSV, TSV or text file of ties (`source,target,weight` and tie columns); the actors are
  /// the ids it names.
  case edgeList = "edgelist"
  /// One YAML document: the metadata as top-level keys, then `actors` and `ties` lists.
  case yaml
  /// Netwerkkaart's JSON document, the same shape as the YAML one.
  case json
  /// NetworkX's node-link JSON (`nodes`, `links`), as `json_graph.node_link_data` and D3 use it.
  case nodeLink = "node-link"
  /// An Excel workbook with sheets `actors`, `ties` and `map`.
  case xlsx
  /// GraphML, the XML format of Gephi, yEd, igraph and NetworkX.
  case graphML = "graphml"
  /// GEXF, Gephi's XML format (1.1 to 1.3, with attributes and `viz` positions).
  case gexf
  /// Pajek's `.net` format, with the fields Pajek has no place for in `%@` comments.
  case pajek
  /// UCINET's DL format (full matrix or edge list, one matrix per relation).
  case ucinet
  /// NetDraw's VNA format (`*Node data`, `*Tie data`), with node and tie attributes; undirected.
  case vna

  /// Whether ``MapLoader`` reads the format.
  public var isReadable: Bool { true }
  /// Whether ``MapWriter`` writes the format.
  public var isWritable: Bool { true }

  /// The format of `path`, from its extension (a path without one, or a folder, is a CSV map
  /// folder); `nil` for an extension no format uses.
  public static func detect(path: String) -> MapFormat? {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return .csv }
    let name = (path as NSString).lastPathComponent.lowercased()
    if name.hasSuffix(".node-link.json") || name.hasSuffix(".nodelink.json") { return .nodeLink }
    switch (name as NSString).pathExtension {
    case "": return .csv
    case "csv", "tsv", "txt": return .edgeList
    case "yaml", "yml": return .yaml
    case "json": return .json
    case "xlsx": return .xlsx
    case "graphml": return .graphML
    case "gexf": return .gexf
    case "net", "paj", "pajek": return .pajek
    case "dl": return .ucinet
    case "vna": return .vna
    default: return nil
    }
  }

  /// Every name `--to` and `--from` accept, for messages.
  public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

  /// How a message about a format that cannot be told ends. It names no command-line option:
  /// a program adds how its users name the format (the command line adds `with --from` or
  /// `with --to`).
  public static let namingAdvice = "or name the format"

  /// ``namingAdvice`` in English and Dutch (`of noem het formaat`).
  public static let naming = Wording(namingAdvice, dutch: "of noem het formaat")

  /// The extensions that select a format, for messages.
  public static let extensionsText =
    "a folder (csv), .csv/.tsv/.txt (edgelist), .yaml/.yml, .json, .node-link.json, .xlsx, .graphml, .gexf, .net/.paj/.pajek (pajek), .dl (ucinet), .vna"

  /// ``extensionsText`` in English and Dutch.
  public static let extensions = Wording(
    extensionsText,
    dutch:
      "een map (csv), .csv/.tsv/.txt (edgelist), .yaml/.yml, .json, .node-link.json, .xlsx, .graphml, .gexf, .net/.paj/.pajek (pajek), .dl (ucinet), .vna"
  )

  /// The error for a file name whose extension names no format, to read or to write.
  public static let unknownExtension =
    Wording("unknown file extension; use ", dutch: "onbekende bestandsextensie; gebruik ") + extensions
    + Wording(", ", dutch: ", ") + naming
}
