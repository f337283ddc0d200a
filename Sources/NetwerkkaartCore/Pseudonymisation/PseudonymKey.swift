import Foundation

/// The key of a pseudonymisation: which code stands for which name.
///
/// A name is looked up without regard to letter case and runs of spaces
/// (`Vrij CLB  Kempen` and `vrij clb kempen` are one name); the key keeps it as first written.
/// A code, once given, is never given to another name: ``code(for:prefix:)`` numbers new codes
/// past the highest number of their prefix, so deleting a row from a key file cannot make its
/// code come back for someone else.
///
/// ```swift
/// var key = PseudonymKey()
/// key.code(for: "Vrij CLB Kempen", prefix: "clb")   // "clb-1"
/// key.code(for: "vrij clb kempen", prefix: "clb")   // "clb-1" again
/// key.code(for: "CLB Dendermeer", prefix: "clb")    // "clb-2"
/// ```
public struct PseudonymKey: Hashable, Sendable {
  /// One name and its code.
  public struct Entry: Hashable, Sendable {
    /// The name as first written.
    public var name: String
    /// The code that stands for the name (`clb-1`).
    public var code: String

    /// An entry of a key file: `Entry(name: "Vrij CLB Kempen", code: "clb-1")`.
    public init(name: String, code: String) {
      self.name = name
      self.code = code
    }
  }

  /// Every entry in the order the codes were given.
  public private(set) var entries: [Entry] = []
  private var codeByName: [String: String] = [:]
  private var codes: Set<String> = []
  /// The highest number given so far after each prefix (`clb` → 2 after `clb-2`).
  private var highestNumber: [String: Int] = [:]

  /// An empty key: every name gets a new code. Fill it with ``add(_:)`` to keep the codes of an
  /// earlier wave.
  public init() {}

  /// Why an entry cannot join a key.
  public enum Conflict: Error, Hashable, Sendable {
    /// The name (or one equal to it but for case and spaces) already has a code.
    case nameTaken(code: String)
    /// The code already stands for another name.
    case codeTaken(name: String)
    /// The name or the code is empty.
    case empty
  }

  /// Adds an entry read from a key file.
  public mutating func add(_ entry: Entry) throws(Conflict) {
    let name = Self.comparable(entry.name)
    let code = entry.code.trimmingASCIIWhitespace()
    guard !name.isEmpty, !code.isEmpty else { throw .empty }
    if let taken = codeByName[name] { throw .nameTaken(code: taken) }
    if codes.contains(code) {
      let owner = entries.first { $0.code == code }?.name ?? ""
      throw .codeTaken(name: owner)
    }
    record(Entry(name: entry.name.trimmingASCIIWhitespace(), code: code))
  }

  /// The code of `name`, if the key has one.
  public func code(of name: String) -> String? {
    codeByName[Self.comparable(name)]
  }

  /// The code of `name`, given now as `prefix-N` if the key has none yet, N one past the
  /// highest number after that prefix.
  public mutating func code(for name: String, prefix: String) -> String {
    if let code = code(of: name) { return code }
    var number = highestNumber[prefix, default: 0] + 1
    while codes.contains("\(prefix)-\(number)") { number += 1 }
    let code = "\(prefix)-\(number)"
    record(Entry(name: name.trimmingASCIIWhitespace(), code: code))
    return code
  }

  /// Whether `code` stands for a name of this key.
  public func contains(code: String) -> Bool { codes.contains(code) }

  private mutating func record(_ entry: Entry) {
    entries.append(entry)
    codeByName[Self.comparable(entry.name)] = entry.code
    codes.insert(entry.code)
    if let dash = entry.code.lastIndex(of: "-"), let number = Int(entry.code[entry.code.index(after: dash)...]) {
      let prefix = String(entry.code[..<dash])
      highestNumber[prefix] = max(highestNumber[prefix, default: 0], number)
    }
  }

  /// A name as the key compares it: lower case, spaces trimmed and runs of white space made one.
  public static func comparable(_ name: String) -> String {
    name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The prefix of the codes of actors of `type`: the type in lower case without accents, every
  /// run of characters other than ASCII letters and digits made one `-` (`Andere school` →
  /// `andere-school`, `Crèche` → `creche`); `actor` when nothing is left or there is no type.
  public static func prefix(forType type: String?) -> String {
    var slug = ""
    for character in (type ?? "").folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) {
      if character.isASCII && (character.isLetter || character.isNumber) {
        slug.append(character)
      } else if !slug.isEmpty && slug.last != "-" {
        slug.append("-")
      }
    }
    while slug.last == "-" { slug.removeLast() }
    return slug.isEmpty ? "actor" : slug
  }
}
