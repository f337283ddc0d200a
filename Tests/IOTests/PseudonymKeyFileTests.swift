import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import Testing

@Suite struct PseudonymKeyFileTests {
  @Test func aMissingOrEmptyFileIsAnEmptyKey() throws {
    let folder = try TemporaryFolder()
    #expect(try PseudonymKeyFile.read(path: folder.url.appendingPathComponent("none.csv").path).entries.isEmpty)
    #expect(try PseudonymKeyFile.read(path: folder.write("empty.csv", "\n")).entries.isEmpty)
  }

  @Test func writtenKeysReadBackWithQuotesAndOwnerOnlyPermissions() throws {
    let folder = try TemporaryFolder()
    var key = PseudonymKey()
    for name in ["Hogeschool De Kempen, lerarenopleiding", "Café \"De Kroon\"", "Zorgcoördinator"] {
      _ = key.code(for: name, prefix: "actor")
    }
    let path = folder.url.appendingPathComponent("key.csv").path
    try PseudonymKeyFile.write(key, to: path)
    #expect(
      try String(contentsOfFile: path, encoding: .utf8)
        == "name,code\n\"Hogeschool De Kempen, lerarenopleiding\",actor-1\n\"Café \"\"De Kroon\"\"\",actor-2\nZorgcoördinator,actor-3\n"
    )
    #expect(try PseudonymKeyFile.read(path: path) == key)
    let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(permissions == 0o600)
  }

  @Test func dutchHeaderSemicolonsAndHandMadeCodes() throws {
    let folder = try TemporaryFolder()
    let key = try PseudonymKeyFile.read(
      path: folder.write("key.csv", "\u{FEFF}code;naam\r\nP01;Jan Peeters\r\nclb-4;CLB\r\n"))
    #expect(key.entries == [.init(name: "Jan Peeters", code: "P01"), .init(name: "CLB", code: "clb-4")])
    var extended = key
    // New clb codes go past clb-4.
    #expect(extended.code(for: "Vrij CLB", prefix: "clb") == "clb-5")
  }

  @Test func everyProblemIsReportedWithItsLine() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("key.csv", "name,code\nJan,P1\nJAN,P2\nPiet,P1\n,P3\nAn,P4\n")
    #expect {
      try PseudonymKeyFile.read(path: path)
    } throws: { error in
      let lines = (error as? PseudonymKeyFile.KeyFileError)?.diagnostics.map(\.description) ?? []
      return lines == [
        "\(path):3: error: this name already has code P1 on line 2 (letter case and spaces aside); keep one row per name",
        "\(path):4: error: code P1 is already given to the name on line 2; give each name its own code",
        "\(path):5: error: a row of a key file needs both a name and a code; fill in the empty cell or remove the row",
      ]
    }
  }

  @Test func anUnwritablePlaceIsAnError() throws {
    let folder = try TemporaryFolder()
    let path = folder.url.appendingPathComponent("no/such/folder/key.csv").path
    #expect(throws: PseudonymKeyFile.KeyFileError.self) { try PseudonymKeyFile.write(PseudonymKey(), to: path) }
  }

  /// The lock file is gone once the run that held it is done (it was left beside the key).
  @Test func theLockFileIsRemovedAfterUse() throws {
    let folder = try TemporaryFolder()
    let path = folder.url.appendingPathComponent("key.csv").path
    let inside = try PseudonymKeyFile.locked(path) { FileManager.default.fileExists(atPath: path + ".lock") }
    #expect(inside, "held: the lock file exists")
    #expect(!FileManager.default.fileExists(atPath: path + ".lock"), "released: the lock file is removed")
    // A lock file left by a run that was killed is taken over, and removed too.
    try folder.write("key.csv.lock", "")
    try PseudonymKeyFile.locked(path) {}
    #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
  }

  /// Removing the lock file must not let two holders in at once: 8 threads take the lock 25
  /// times each, read a counter, wait, and write it plus one. With the lock, never two inside
  /// at once and the counter ends at 200; a run that locked a file already removed would let a
  /// second one in, and increments would be lost.
  @Test func removingTheLockFileKeepsHoldersOneAtATime() throws {
    let folder = try TemporaryFolder()
    let path = folder.url.appendingPathComponent("key.csv").path
    let counter = try folder.write("counter", "0")
    let overlap = Overlap()
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      for _ in 0..<25 {
        try? PseudonymKeyFile.locked(path) {
          overlap.enter()
          defer { overlap.leave() }
          let value = Int((try? String(contentsOfFile: counter, encoding: .utf8)) ?? "") ?? -1000
          usleep(200)
          try? Data(String(value + 1).utf8).write(to: URL(fileURLWithPath: counter))
        }
      }
    }
    #expect(try String(contentsOfFile: counter, encoding: .utf8) == "200")
    #expect(overlap.most == 1)
    #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
  }
}

/// How many threads were inside the lock at once, at most.
private final class Overlap: @unchecked Sendable {
  private let lock = NSLock()
  private var now = 0
  private(set) var most = 0

  func enter() {
    lock.lock()
    defer { lock.unlock() }
    now += 1
    most = max(most, now)
  }

  func leave() {
    lock.lock()
    defer { lock.unlock() }
    now -= 1
  }
}
