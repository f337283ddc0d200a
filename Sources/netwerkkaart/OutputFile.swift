import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO

/// Where a command's results go, so that nothing is lost on the way: a file is replaced
/// atomically with its permissions kept (``NetwerkkaartIO/AtomicFile``), never one of the
/// command's own inputs, and a standard output that cannot take the text (a full disk,
/// `> /dev/full`) is an error with exit status 1, not a crash or a silent loss.
enum OutputFile {
  /// What a command writes, as its messages name it.
  enum Content {
    case actorTable, comparison, conventions, drawing, figures, metrics, page, positions, report, workbook

    /// `the drawing`, in Dutch `de tekening`.
    var wording: Wording {
      switch self {
      case .actorTable: Wording("the actor table", dutch: "de actorentabel")
      case .comparison: Wording("the comparison", dutch: "de vergelijking")
      case .conventions: Wording("the conventions", dutch: "de afspraken")
      case .drawing: Wording("the drawing", dutch: "de tekening")
      case .figures: Wording("the figures", dutch: "de kengetallen")
      case .metrics: Wording("the metrics", dutch: "de netwerkmaten")
      case .page: Wording("the page", dutch: "de pagina")
      case .positions: Wording("the positions", dutch: "de posities")
      case .report: Wording("the report", dutch: "het rapport")
      case .workbook: Wording("the workbook", dutch: "de werkmap")
      }
    }

    /// The error for a file that could not be written, for `reason`:
    /// `cannot write the drawing: No space left on device; check that …`.
    func unwritable(_ reason: String, advice: Wording = FileWording.checkFolder) -> Wording {
      Wording("cannot write \(wording.english): \(reason); ", dutch: "kan \(wording.dutch) niet schrijven: \(reason); ")
        + advice
    }
  }

  /// Writes `data` to the file `path`, or to standard output for `-`; `what` names it in a
  /// message (`the drawing`).
  static func write(_ data: Data, to path: String, what: Content) throws {
    guard path != "-" else { return try standardOutput(data) }
    do {
      try AtomicFile.write(data, to: path)
    } catch {
      let room = Wording(", and that the disk has room", dutch: ", en of de schijf nog plaats heeft")
      DiagnosticPrinter.error(
        what.unwritable(error.localizedDescription, advice: FileWording.checkFolder + room), at: path)
      throw ExitCode.failure
    }
  }

  /// Writes `data` to standard output; exits with status 1 when it cannot be written.
  static func standardOutput(_ data: Data) throws {
    var failure: Int32?
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count, let base = buffer.baseAddress {
        let written = Foundation.write(STDOUT_FILENO, base + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else {
          failure = written < 0 ? errno : EIO
          return
        }
        offset += written
      }
    }
    if let failure {
      let reason = String(cString: strerror(failure))
      DiagnosticPrinter.error(
        Wording(
          "cannot write to standard output: \(reason); the output is incomplete",
          dutch: "de standaarduitvoer kan niet geschreven worden: \(reason); de uitvoer is onvolledig"),
        at: "netwerkkaart")
      throw ExitCode.failure
    }
  }

  /// Writes a report to standard output; a `table` (the format read in a terminal) with the
  /// control characters of user text shown as visible escapes (``NetwerkkaartIO/TerminalText``).
  static func standardOutput(_ text: String, table: Bool) throws {
    try standardOutput(Data((table ? TerminalText.escapedLines(text) : text).utf8))
  }

  /// Writes a line of text to standard output (what `print` does, with the error reported).
  static func line(_ text: String) throws {
    try standardOutput(Data((text + "\n").utf8))
  }

  /// Exits with status 1, saying so, when one of `outputs` is one of `inputs` (map files or
  /// folders, key files): a drawing or report written over `actors.csv` loses the map.
  static func refuseOverwriting(_ outputs: [String], inputs: [String]) throws {
    let read = Set(inputs.flatMap(files(ofMap:)).map(identity))
    for output in outputs where output != "-" && read.contains(identity(output)) {
      do {
        DiagnosticPrinter.print([
          .error(
            "would overwrite an input of the command; write to another path (nothing was written)",
            dutch:
              "zou een invoerbestand van de opdracht overschrijven; schrijf naar een ander pad (er is niets geschreven)",
            at: SourceLocation(file: output))
        ])
        throw ExitCode.failure
      }
    }
  }

  /// The files read for the map at `path`: the path itself, and for a map folder its map files.
  static func files(ofMap path: String) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
      return [path]
    }
    return [path]
      + [MapLoader.actorsFileName, MapLoader.tiesFileName, MapLoader.metadataFileName].map {
        (path as NSString).appendingPathComponent($0)
      }
  }

  /// What makes two paths the same file: device and inode when it exists (hard links and
  /// symbolic links alike), else the path with links resolved.
  private static func identity(_ path: String) -> String {
    var status = stat()
    if stat(path, &status) == 0 { return "\(status.st_dev):\(status.st_ino)" }
    return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
