import Foundation
import NetwerkkaartCore

/// The key file of `--pseudonymise --key FILE`: a CSV table with the columns `name` and `code`
/// (Dutch `naam`, `code`), one row per name, in the order the codes were given.
///
/// ```
/// name,code
/// Vrije Basisschool De Linde,school-1
/// Directeur,schoolteam-1
/// "Hogeschool De Kempen, lerarenopleiding kleuter en lager",lerarenopleiding-1
/// ```
///
/// The file holds the real names: keep it where the maps are kept, never with what is shared.
/// A missing or empty file is an empty key. A damaged file (no `name` or `code` column, an empty
/// cell, a name or a code given twice) is an error naming its lines, and the file is then never
/// written over. Writing replaces the file atomically (a crash leaves the old key or the new
/// one, never half of one) and makes it readable by its owner only.
public enum PseudonymKeyFile {
  /// A key file that cannot be read or written, every problem of it.
  public struct KeyFileError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// Every problem of the file, at its line, with what to change.
    public var diagnostics: [Diagnostic]
    /// The problems, one per line, compiler style.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    /// The same as ``description``.
    public var errorDescription: String? { description }
  }

  /// The key stored at `path`; an empty key when there is no file yet or it is empty.
  public static func read(path: String) throws(KeyFileError) -> PseudonymKey {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return PseudonymKey() }
    guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else {
      throw KeyFileError(diagnostics: [MapLoader.unreadable(path)])
    }
    let bytes = [UInt8](data)
    if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { return PseudonymKey() }
    let result = CSVReader.read(bytes, path: path)
    var problems = result.diagnostics.filter { $0.severity == .error }
    guard let document = result.document else { throw KeyFileError(diagnostics: problems) }
    guard let nameColumn = document.column("name", aliases: ["naam"]), let codeColumn = document.column("code") else {
      problems.append(
        .error(
          "a key file needs the columns name and code (found: \(document.header.joined(separator: ", ")))",
          dutch:
            "een sleutelbestand heeft de kolommen name en code nodig (gevonden: \(document.header.joined(separator: ", ")))",
          at: document.headerLocation))
      throw KeyFileError(diagnostics: problems)
    }
    var key = PseudonymKey()
    var lineOfName: [String: Int] = [:]
    var lineOfCode: [String: Int] = [:]
    for row in document.rows {
      let entry = PseudonymKey.Entry(name: row.fields[nameColumn], code: row.fields[codeColumn])
      let location = document.location(of: row)
      do {
        try key.add(entry)
        lineOfName[PseudonymKey.comparable(entry.name)] = row.line
        lineOfCode[entry.code.trimmingASCIIWhitespace()] = row.line
      } catch {
        problems.append(
          .error(message(for: error, entry: entry, names: lineOfName, codes: lineOfCode), at: location))
      }
    }
    guard problems.isEmpty else { throw KeyFileError(diagnostics: problems) }
    return key
  }

  /// Writes `key` to `path`, replacing the file atomically; readable by its owner only.
  public static func write(_ key: PseudonymKey, to path: String) throws(KeyFileError) {
    var text = CSVText.row(["name", "code"])
    for entry in key.entries { text += CSVText.row([entry.name, entry.code]) }
    do {
      try AtomicFile.write(Data(text.utf8), to: path, permissions: 0o600)
    } catch {
      throw KeyFileError(diagnostics: [
        .error(
          Wording(
            "cannot write the key file: \((error as NSError).localizedDescription); ",
            dutch: "het sleutelbestand kan niet geschreven worden: \((error as NSError).localizedDescription); ")
            + FileWording.checkFolder,
          at: SourceLocation(file: path))
      ])
    }
  }

  /// Runs `body` holding the key file's lock: an exclusive `flock` on `FILE.lock` beside it.
  /// Runs that share a key file (two terminals, a script in parallel) take turns reading,
  /// extending and writing it, so that no name gets two codes and no code two names.
  ///
  /// The lock file exists only while a run holds it: the holder removes it before letting go.
  /// That is safe with `flock` because a run checks, once it has the lock, that the file it
  /// locked is still the one at `FILE.lock` (same device and inode); a run that waited on a
  /// file the holder has since removed locked nothing anyone else sees, so it tries again on
  /// the file now at that path. Without that check, removing the file would let two runs hold
  /// "the" lock at once. The lock is released when `body` returns or the process ends, however
  /// it ends; a run killed while holding it leaves the file behind, which the next run locks,
  /// uses and removes. (`flock` over NFS is not reliable on every system: keep a shared key on
  /// a local disk.)
  public static func locked<T>(_ path: String, _ body: () throws -> T) throws -> T {
    let lockPath = path + ".lock"
    let descriptor = try lock(lockPath, for: path)
    defer {
      // Removed while still held, then released: a waiter on this file finds it gone.
      unlink(lockPath)
      flock(descriptor, LOCK_UN)
      close(descriptor)
    }
    return try body()
  }

  /// Opens (creating if needed) and locks `lockPath` until the file locked is the one at
  /// `lockPath`; returns its descriptor, holding the lock.
  private static func lock(_ lockPath: String, for path: String) throws -> Int32 {
    while true {
      let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else {
        throw KeyFileError(diagnostics: [
          .error(
            "cannot create the key's lock file \(lockPath): \(String(cString: strerror(errno))); check that the key's folder is writable",
            dutch:
              "het vergrendelbestand \(lockPath) van de sleutel kan niet gemaakt worden: \(String(cString: strerror(errno))); controleer of de map van de sleutel beschrijfbaar is",
            at: SourceLocation(file: path))
        ])
      }
      while flock(descriptor, LOCK_EX) != 0 {
        guard errno == EINTR else {
          let reason = String(cString: strerror(errno))
          close(descriptor)
          throw KeyFileError(diagnostics: [
            .error(
              "cannot lock the key file: \(reason)", dutch: "het sleutelbestand kan niet vergrendeld worden: \(reason)",
              at: SourceLocation(file: path))
          ])
        }
      }
      var held = stat()
      var named = stat()
      if fstat(descriptor, &held) == 0, stat(lockPath, &named) == 0, held.st_dev == named.st_dev,
        held.st_ino == named.st_ino
      {
        return descriptor
      }
      // The run before us removed the file we waited on: try again with the one there now.
      close(descriptor)
    }
  }

  /// What to change about a row the key refused. Names are not quoted: the key is private and
  /// its messages may end up in a shared log.
  private static func message(
    for conflict: PseudonymKey.Conflict, entry: PseudonymKey.Entry, names: [String: Int], codes: [String: Int]
  ) -> Wording {
    switch conflict {
    case .empty:
      return Wording(
        "a row of a key file needs both a name and a code; fill in the empty cell or remove the row",
        dutch: "een rij van een sleutelbestand heeft een naam en een code nodig; vul de lege cel in of verwijder de rij"
      )
    case .nameTaken(let code):
      let line = names[PseudonymKey.comparable(entry.name)]
      return Wording(
        "this name already has code \(code)\(line.map { " on line \($0)" } ?? "") (letter case and spaces aside); keep one row per name",
        dutch:
          "deze naam heeft al code \(code)\(line.map { " op regel \($0)" } ?? "") (hoofdletters en spaties niet meegerekend); houd één rij per naam"
      )
    case .codeTaken:
      let line = codes[entry.code.trimmingASCIIWhitespace()]
      let code = entry.code.trimmingASCIIWhitespace()
      return Wording(
        "code \(code) is already given to the name\(line.map { " on line \($0)" } ?? ""); give each name its own code",
        dutch: "code \(code) hoort al bij de naam\(line.map { " op regel \($0)" } ?? ""); geef elke naam een eigen code"
      )
    }
  }
}
