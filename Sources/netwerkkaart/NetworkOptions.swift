import ArgumentParser
import NetwerkkaartCore
import NetwerkkaartIO

/// How a map's ties are analysed: direction, weights, and whether the focal school is left out.
/// Shared by every command that analyses maps, one (``MapOptions``) or many (`compare`, `diff`,
/// `report`).
struct NetworkOptions: ParsableArguments {
  @Flag(help: "Read each tie as running from source to target only.")
  var directed = false

  @Flag(help: "Use tie strengths: distance = 1/weight in path metrics, strength beside degree.")
  var weighted = false

  @Flag(help: "Leave the focal school (the actor of type 'school') and its ties out: the map without the ego.")
  var withoutEgo = false

  /// The settings in words, for a report heading.
  var settings: [String] { withoutEgo ? ["without the ego (the actor of type 'school' left out)"] : [] }

  /// Notes, when the file marks its ties as directed but `--directed` is not given, that they
  /// are `analysed` (or compared) as undirected.
  func noteDirected(_ prepared: PreparedMap, analysed: Word = .analysed) {
    guard prepared.map.metadata.directed == true && !directed else { return }
    var note = Diagnostic(
      .note, Language.en.word(.fileMarksDirected, Language.en.word(analysed)), at: SourceLocation(file: prepared.name))
    note.dutch = Language.nl.word(.fileMarksDirected, Language.nl.word(analysed))
    DiagnosticPrinter.print([note])
  }

  /// Builds the network to analyse, printing its warnings (merged ties, self-ties).
  func network(of map: PartnershipMap) -> Network {
    let network = Network(map, directed: directed, weighted: weighted)
    DiagnosticPrinter.print(network.diagnostics)
    return network
  }
}
