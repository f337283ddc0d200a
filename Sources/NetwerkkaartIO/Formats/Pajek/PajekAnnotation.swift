/// The `%@` comment lines with which Netwerkkaart keeps, in a Pajek file, what Pajek cannot
/// hold: labels, roles, types, free attributes and metadata. Pajek, igraph and NetworkX skip
/// comment lines; Netwerkkaart reads them back.
///
/// ```
/// %@map "school" "Vrije Basisschool De Linde"
/// %@actor 1 "label" "Directeur" "role" "kern" "type" "schoolteam"
/// %@tie 1 "frequentie" "wekelijks"
/// ```
///
/// The number is the vertex number or the position of the tie among the file's tie lines
/// (from 1); then come key-value pairs as quoted strings with `\"` and `\\` escapes. The lines
/// stand at the top of the file, before `*Vertices`, where every reader skips them.
enum PajekAnnotation {
  static let prefix = "%@"

  enum Kind: String {
    case map
    case actor
    case tie
  }

  /// One annotation line.
  static func line(_ kind: Kind, number: Int?, _ pairs: [(String, String)]) -> String {
    var out = prefix + kind.rawValue
    if let number { out += " \(number)" }
    for (key, value) in pairs { out += " " + quoted(key) + " " + quoted(value) }
    return out + "\n"
  }

  static func quoted(_ text: String) -> String {
    var out = "\""
    for character in text {
      switch character {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\r\n": out += "\\r\\n"
      default: out.append(character)
      }
    }
    return out + "\""
  }

  /// Reads an annotation line (without the prefix): kind, number and pairs, or a problem.
  static func parse(_ body: Substring) -> (kind: Kind, number: Int?, pairs: [(String, String)])? {
    var tokens = PajekTokens(body, escapes: true)
    guard let kindWord = tokens.next(), let kind = Kind(rawValue: kindWord.text) else { return nil }
    var number: Int?
    if kind != .map {
      guard let word = tokens.next(), !word.wasQuoted, let value = Int(word.text) else { return nil }
      number = value
    }
    var pairs: [(String, String)] = []
    while let key = tokens.next() {
      guard let value = tokens.next() else { return nil }
      pairs.append((key.text, value.text))
    }
    return (kind, number, pairs)
  }
}

/// Splits a Pajek line into words: runs of non-space characters, or double-quoted strings
/// (with `\"`, `\\`, `\n`, `\r` escapes in annotation lines).
struct PajekTokens {
  struct Token {
    var text: String
    var wasQuoted: Bool
    /// False when a quoted string runs to the end of the line without its closing quote
    /// (`3 "`): the text is then what followed the opening quote.
    var wasClosed = true
  }

  private var rest: Substring
  private let escapes: Bool

  /// `escapes`: whether a backslash escapes the next character inside quotes (annotation
  /// lines); Pajek's own lines have no escapes.
  init(_ line: Substring, escapes: Bool = false) {
    rest = line
    self.escapes = escapes
  }

  mutating func next() -> Token? {
    rest = rest.drop { $0 == " " || $0 == "\t" }
    guard let first = rest.first else { return nil }
    if first == "\"" {
      var text = ""
      var index = rest.index(after: rest.startIndex)
      while index < rest.endIndex, rest[index] != "\"" {
        if escapes, rest[index] == "\\", rest.index(after: index) < rest.endIndex {
          index = rest.index(after: index)
          switch rest[index] {
          case "n": text.append("\n")
          case "r": text.append("\r")
          default: text.append(rest[index])
          }
        } else {
          text.append(rest[index])
        }
        index = rest.index(after: index)
      }
      let closed = index < rest.endIndex
      rest = closed ? rest[rest.index(after: index)...] : rest[rest.endIndex...]
      return Token(text: text, wasQuoted: true, wasClosed: closed)
    }
    let end = rest.firstIndex { $0 == " " || $0 == "\t" } ?? rest.endIndex
    let word = String(rest[..<end])
    rest = rest[end...]
    return Token(text: word, wasQuoted: false)
  }
}
