/// Text inside DOT files and Graphviz's SVG.
enum DOTText {
  /// A DOT double-quoted string that Graphviz shows exactly as typed: backslashes and quotes
  /// escaped for DOT, `&` written as `&amp;` (Graphviz decodes entities in labels, so `R&amp;D`
  /// typed by a user must not become `R&D`), line breaks as `\n`. With `leftAligned` every line,
  /// the last too, ends in `\l`: Graphviz then starts each line at the node's left edge instead of
  /// centring it, so texts in a column line up whatever the width of the face that draws them.
  static func quoted(_ text: String, leftAligned: Bool = false) -> String {
    let lineEnd = UInt8(ascii: leftAligned ? "l" : "n")
    var out: [UInt8] = [quote]
    out.reserveCapacity(text.utf8.count + 8)
    var previous: UInt8 = 0
    for byte in text.utf8 {
      switch byte {
      case backslash: out += [backslash, backslash]
      case quote: out += [backslash, quote]
      case ampersand: out += Array("&amp;".utf8)
      case newline where previous == carriageReturn: break  // CRLF: the CR already wrote the break
      case newline, carriageReturn: out += [backslash, lineEnd]
      default: out.append(byte)
      }
      previous = byte
    }
    if leftAligned { out += [backslash, lineEnd] }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
  }

  /// Text for XML (SVG, and Graphviz's HTML-like labels).
  static func xml(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == ampersand || $0 == less || $0 == greater || $0 == quote }) else {
      return text
    }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      switch byte {
      case ampersand: out += Array("&amp;".utf8)
      case less: out += Array("&lt;".utf8)
      case greater: out += Array("&gt;".utf8)
      case quote: out += Array("&quot;".utf8)
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")
  private static let ampersand = UInt8(ascii: "&")
  private static let less = UInt8(ascii: "<")
  private static let greater = UInt8(ascii: ">")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// A number for DOT with at most three decimals.
  static func number(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    // Whole numbers print without a decimal point; only those an Int64 holds exactly are
    // converted (a weight summed over many ties may be large, and must not trap).
    if let whole = Int64(exactly: rounded) { return String(whole) }
    return rounded.isFinite ? String(rounded) : "0"
  }

  /// An id usable in SVG, CSS and JavaScript: ASCII letters, digits, `-` and `_`.
  static func identifier(_ text: String) -> String {
    let cleaned = String(
      text.unicodeScalars.map { scalar -> Character in
        scalar.isASCII && (isASCIIAlphanumeric(scalar) || scalar == "-" || scalar == "_")
          ? Character(scalar) : "_"
      })
    return cleaned.isEmpty ? "_" : cleaned
  }
}

private func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
  ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
}
