import ArgumentParser
import NetwerkkaartCore
import NetwerkkaartIO

/// `--pseudonymise` and `--key`: names replaced by codes as the map is loaded, so that every
/// command that reads a map (and every report, drawing and file it writes) shows codes only.
/// See Docs/Pseudonymisation.md.
///
/// The options make a ``NetwerkkaartIO/Pseudonymiser`` for the run's ``NetwerkkaartIO/MapLoadRequest``s;
/// the commands that read several maps load them as one ``NetwerkkaartIO/MapBatch``, so that
/// all maps of the run share one key.
struct PseudonymOptions: ParsableArguments {
  @Flag(
    name: [.customLong("pseudonymise"), .customLong("pseudonymize")],
    help: "Replace the names of people and organisations by codes (school-1, clb-2 ...) and leave out free text.")
  var pseudonymise = false

  @Option(
    help: ArgumentHelp(
      "With --pseudonymise: the key file (CSV name,code) that keeps codes the same across runs, maps and waves; created or extended. Keep it private.",
      valueName: "file"))
  var key: String?

  func validate() throws {
    if key != nil && !pseudonymise {
      throw ValidationError(.keyNeedsPseudonymise)
    }
  }

  /// The pseudonymiser of a run with these options: `nil` without `--pseudonymise`; one that
  /// keeps its key in `--key` (read at the first map, written back whenever a map adds names).
  var pseudonymiser: Pseudonymiser? { pseudonymise ? Pseudonymiser(keyFile: key) : nil }
}
