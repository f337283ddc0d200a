import Foundation
import NetwerkkaartTestSupport
import Testing

/// Nothing is lost (issue 17): no command writes over its own input, a file is replaced only
/// once its successor is complete, a full standard output is an error, and runs sharing a key
/// file take turns.
@Suite struct NothingLostTests {
  static let binary = CommandRunner.productsDirectory.appendingPathComponent("netwerkkaart").path

  /// Runs `script` with bash, `$0` being the built tool.
  static func shell(_ script: String, in directory: URL = packageRoot) throws -> CommandResult {
    try CommandRunner.runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", script, binary], in: directory)
  }

  /// A copy of De Linde in a fresh folder.
  static func mapCopy() throws -> URL {
    let target = try folder([String: String]()).appendingPathComponent("linde")
    try FileManager.default.copyItem(
      at: packageRoot.appendingPathComponent("Examples/basisschool-de-linde"), to: target)
    return target
  }

  /// `metrics > /dev/full` trapped in a `try!`; now it says why and exits 1.
  @Test(arguments: [
    "metrics Examples/basisschool-de-linde", "draw Examples/basisschool-de-linde -o - --format dot",
    "convert Examples/basisschool-de-linde --to yaml -o -", "validate Examples/basisschool-de-linde",
  ])
  func fullStandardOutputIsAnError(command: String) throws {
    let result = try Self.shell("\"$0\" \(command) > /dev/full")
    expectNoCrash(result)
    #expect(result.status == 1, "\(result)")
    #expect(
      result.standardError.contains(
        "netwerkkaart: error: cannot write to standard output: No space left on device; the output is incomplete"),
      "\(result)")
  }

  /// `draw MAP -o MAP/actors.csv` and `report MAP -o MAP/ties.csv` replaced the map and exited 0.
  @Test(arguments: [
    ["draw", "{map}", "-o", "{map}/actors.csv", "--format", "svg"], ["report", "{map}", "-o", "{map}/ties.csv"],
    ["diff", "{map}", "{map}", "--pseudonymise", "--key", "{map}/key.svg", "--draw", "{map}/key.svg"],
    ["draw", "{map}", "--pseudonymise", "--key", "{map}/key.csv", "-o", "{map}/key.csv", "--format", "svg"],
  ])
  func noCommandWritesOverItsInput(arguments: [String]) throws {
    let map = try Self.mapCopy()
    for key in ["key.csv", "key.svg"] { try Data("name,code\n".utf8).write(to: map.appendingPathComponent(key)) }
    let before = try FileManager.default.contentsOfDirectory(atPath: map.path).sorted().map {
      try Data(contentsOf: map.appendingPathComponent($0))
    }
    let result = try netwerkkaart(arguments.map { $0.replacingOccurrences(of: "{map}", with: map.path) })
    expectNoCrash(result)
    #expect(result.status == 1, "\(result)")
    #expect(
      result.standardError.contains("error: would overwrite an input of the command; write to another path"),
      "\(result)")
    let after = try FileManager.default.contentsOfDirectory(atPath: map.path).sorted().map {
      try Data(contentsOf: map.appendingPathComponent($0))
    }
    #expect(before == after, "the map folder is unchanged")
  }

  /// A disk that fills up while the workbook is written (simulated with a file size limit)
  /// left a truncated `old.xlsx` in place of the valid one; now the old one stays.
  @Test(arguments: ["old.xlsx", "old.yaml", "old.graphml"])
  func aFailedWriteLeavesTheOldFile(name: String) throws {
    let directory = try folder([String: String]())
    let target = directory.appendingPathComponent(name).path
    let small = try folder(["ties.csv": "source,target\na,b\n"])
    let first = try netwerkkaart("convert", small.path, "-o", target)
    #expect(first.status == 0, "\(first)")
    let old = try Data(contentsOf: URL(fileURLWithPath: target))
    // 8 KB of file size: too little for De Linde in any of these formats.
    let result = try Self.shell(
      "trap '' XFSZ; ulimit -f 8; \"$0\" convert Examples/basisschool-de-linde -o '\(target)'")
    expectNoCrash(result)
    #expect(result.status == 1, "\(result)")
    #expect(result.standardError.contains("error: cannot write the file"), "\(result)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == old, "the old file is intact")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [name], "no temporary file left")
    let reread = try netwerkkaart("validate", target)
    #expect(reread.status == 0, "\(reread)")
  }

  /// A read-only file was replaced as 0644; the replacement keeps the old permissions.
  @Test func replacedFileKeepsItsPermissions() throws {
    let directory = try folder([String: String]())
    let target = directory.appendingPathComponent("kaart.xlsx").path
    #expect(try netwerkkaart("convert", "Examples/basisschool-de-linde", "-o", target).status == 0)
    try FileManager.default.setAttributes([.posixPermissions: 0o440], ofItemAtPath: target)
    let again = try netwerkkaart("convert", "Examples/secundaire-school-atheneum-zuid", "-o", target)
    #expect(again.status == 0, "\(again)")
    let permissions = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
    #expect(permissions == 0o440)
  }

  /// Two runs sharing a key file at the same time gave both schools the code school-1 and
  /// the key kept one mapping. Under the key's lock they take turns.
  @Test func concurrentRunsShareOneKey() throws {
    let directory = try folder([String: String]())
    let key = directory.appendingPathComponent("key.csv").path
    let maps = ["Examples/basisschool-de-linde", "Examples/secundaire-school-atheneum-zuid"]
    for round in 0..<4 {
      try? FileManager.default.removeItem(atPath: key)
      let names = NameBox()
      DispatchQueue.concurrentPerform(iterations: 4) { index in
        let result = try? netwerkkaart("metrics", maps[index % 2], "--pseudonymise", "--key", key)
        names.add(index % 2, result?.standardOutput.split(separator: "\n").first.map(String.init) ?? "")
      }
      let byMap = names.values
      #expect(Set(byMap[0] ?? []).count == 1 && Set(byMap[1] ?? []).count == 1, "round \(round): \(byMap)")
      #expect(Set(byMap[0] ?? []) != Set(byMap[1] ?? []), "round \(round): two schools, two codes: \(byMap)")
      let rows = try String(contentsOfFile: key, encoding: .utf8).split(separator: "\n").dropFirst()
      let codes = rows.compactMap { $0.split(separator: ",").last }
      #expect(Set(codes).count == codes.count, "each code once")
      #expect(codes.contains("school-1") && codes.contains("school-2"), "both schools in the key")
    }
  }
}

/// The first output lines of concurrent runs, by map.
private final class NameBox: @unchecked Sendable {
  private let lock = NSLock()
  private var names: [Int: [String]] = [:]

  func add(_ map: Int, _ name: String) {
    lock.lock()
    defer { lock.unlock() }
    names[map, default: []].append(name)
  }

  var values: [Int: [String]] {
    lock.lock()
    defer { lock.unlock() }
    return names
  }
}
