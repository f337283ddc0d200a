import ArgumentParser
import Foundation
import NetwerkkaartCore
import NetwerkkaartIO
import NetwerkkaartRender

/// `--positions FILE` of `draw`, `diff --draw`, `report` and `edit`: keep the actors of a positions
/// file (``NetwerkkaartIO/PositionsFile``) where they were and place only the others.
struct PositionsInput: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Keep the actors of this positions file (id,x,y,ring,sector; from --save-positions) where they are; place only the others.",
      valueName: "file"))
  var positions: String?

  /// The files read (the positions file), for ``OutputFile/refuseOverwriting(_:inputs:)``.
  var inputs: [String] { [positions].compactMap { $0 } }

  /// Reads `--positions`; prints the file's problems, all of them, and exits with status 1 when
  /// it cannot be used. `nil` without the option.
  func load() throws -> ActorPositions? {
    guard let positions else { return nil }
    let read = PositionsFile.read(contentsOf: positions)
    DiagnosticPrinter.print(read.diagnostics)
    guard let loaded = read.positions else { throw ExitCode.failure }
    return loaded
  }
}

/// `--positions FILE` and `--save-positions FILE` of `draw`, `diff --draw` and `report`: keep the
/// actors of a positions file (``NetwerkkaartIO/PositionsFile``) where they were, and write where
/// every actor ended up, so that the drawings of two waves line up. (`edit` takes only
/// ``PositionsInput``: the page saves its positions itself.)
struct PositionsOptions: ParsableArguments {
  @OptionGroup var input: PositionsInput

  /// The `--positions` file, if given.
  var positions: String? { input.positions }

  @Option(
    name: .customLong("save-positions"),
    help: ArgumentHelp(
      "Write where every actor of the rings drawing sits to this CSV file, for --positions next time.",
      valueName: "file"))
  var savePositions: String?

  /// Whether either option was given.
  var isUsed: Bool { positions != nil || savePositions != nil }

  /// Refuses the options for a layout other than rings, whose positions are Graphviz's.
  func validate(layout: DrawingOptions.Layout) throws {
    if isUsed && layout != .rings {
      throw ValidationError(.positionsNeedRings, layout.rawValue)
    }
    if let positions, let savePositions, positions == savePositions {
      throw ValidationError(.positionsOverwrite, positions)
    }
  }

  /// The files read (the positions file), for ``OutputFile/refuseOverwriting(_:inputs:)``.
  var inputs: [String] { input.inputs }

  /// The files written (the saved positions).
  var outputs: [String] { [savePositions].compactMap { $0 } }

  /// Reads `--positions` as ``PositionsInput/load()`` does.
  func load() throws -> ActorPositions? { try input.load() }

  /// Writes `positions` to `--save-positions`, if given.
  func save(_ positions: ActorPositions?) throws {
    guard let savePositions, let positions else { return }
    try OutputFile.write(Data(PositionsFile.text(positions).utf8), to: savePositions, what: .positions)
  }
}

extension DrawingError {
  /// Prints the error as the command line shows it: the positions file's problems one per line
  /// in compiler style, anything else as `error: …` with options named as typed.
  func print() {
    if case .positions(let diagnostics) = self {
      DiagnosticPrinter.print(diagnostics)
    } else {
      DiagnosticPrinter.standardError("error: \(commandLineMessage)\n")
    }
  }
}
