/// Splits text into lines whatever the program that wrote it used as line end.
///
/// Unix writes LF, Windows CR LF, classic Mac OS CR, and some Windows programs LF CR (igraph's
/// test file `pajek4.net`). The style is taken from the first line end: when it is LF CR, every
/// LF CR is one line end; otherwise LF, CR LF and a lone CR each end a line. A leading UTF-8
/// byte order mark is not part of the first line.
///
/// ```swift
/// TextLines.split("a\r\nb\rc\n")   // ["a", "b", "c", ""]
/// TextLines.split("a\n\rb\n\r")    // ["a", "b", ""]
/// ```
enum TextLines {
  static func split(_ text: String) -> [Substring] {
    let body = text.first == "\u{FEFF}" ? text.dropFirst() : Substring(text)
    let lineFeedCarriageReturn = endsLinesWithLineFeedCarriageReturn(body)
    let lines = body.split(
      omittingEmptySubsequences: false,
      whereSeparator: { $0 == "\n" || $0 == "\r\n" || (!lineFeedCarriageReturn && $0 == "\r") })
    guard lineFeedCarriageReturn else { return lines }
    return lines.map { $0.first == "\r" ? $0.dropFirst() : $0 }
  }

  /// Whether the first line end of `text` is LF followed by CR.
  private static func endsLinesWithLineFeedCarriageReturn(_ text: Substring) -> Bool {
    guard let end = text.firstIndex(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }), text[end] == "\n" else {
      return false
    }
    let next = text.index(after: end)
    return next < text.endIndex && text[next] == "\r"
  }
}
