import ArgumentParser

/// `--ties FILTER` for the commands that read several maps (`compare`, `diff`, `report`): the
/// same filters on the ties of every map. (A command that reads one map takes `--ties` in
/// ``MapInput``, where it may also name the ties file.)
struct TieFilterOptions: ParsableArguments {
  @Option(
    name: .customLong("ties"),
    help: ArgumentHelp(
      "Repeatable: a filter on the ties of every map: motief=groei, vorm!=online, weight>=3.", valueName: "filter"))
  var filters: [String] = []

  func validate() throws {
    if let file = filters.first(where: { !MapReading.isFilter($0) }) {
      throw ValidationError(.notATieFilter, file)
    }
    try MapReading.validate(filters: filters)
  }

  /// The filters in words, for a report heading; empty without filters.
  var settings: [String] { filters.isEmpty ? [] : ["ties: \(filters.joined(separator: ", "))"] }
}
