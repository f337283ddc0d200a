/// Telling a map's format from its first bytes, for maps held in memory.
extension MapFormat {
  /// The format of a single-file map whose bytes are `bytes`, from how it begins; `nil` for
  /// empty bytes.
  ///
  /// | the text begins with (after a byte-order mark and blank space) | format |
  /// |---|---|
  /// | `PK` (a zip archive) | `xlsx` |
  /// | `<` and holds `<gexf` | `gexf` |
  /// | `<` otherwise | `graphml` |
  /// | `{` or `[` and holds `"nodes"` | `node-link` |
  /// | `{` or `[` otherwise | `json` |
  /// | `*vertices` or `*network` (any case), or a `%` comment | `pajek` |
  /// | the word `dl` (any case) | `ucinet` |
  /// | a first line with a comma, semicolon or tab and no `:` | `edgelist` |
  /// | anything else | `yaml` |
  ///
  /// A file's extension says more than its bytes: ``detect(path:)`` is used for paths.
  public static func sniff(_ bytes: some Collection<UInt8>) -> MapFormat? {
    var rest = Substring(decoding: bytes.prefix(64 << 10), as: UTF8.self)
    if bytes.starts(with: [0x50, 0x4B]) { return .xlsx }
    if rest.first == "\u{FEFF}" { rest = rest.dropFirst() }
    rest = rest.drop { $0.isWhitespace }
    guard let first = rest.first else { return nil }
    let lowered = rest.prefix(4096).lowercased()
    switch first {
    case "<": return lowered.contains("<gexf") ? .gexf : .graphML
    case "{", "[": return lowered.contains("\"nodes\"") ? .nodeLink : .json
    case "%": return .pajek
    case "*":
      if lowered.hasPrefix("*node") || lowered.hasPrefix("*tie") { return .vna }
      return lowered.hasPrefix("*vertices") || lowered.hasPrefix("*network") ? .pajek : .yaml
    default: break
    }
    let firstWord = lowered.prefix { $0.isLetter }
    if firstWord == "dl" { return .ucinet }
    let firstLine = lowered.prefix { $0 != "\n" && $0 != "\r" }
    if firstLine.contains(where: { ",;\t".contains($0) }) && !firstLine.contains(":") { return .edgeList }
    return .yaml
  }
}
