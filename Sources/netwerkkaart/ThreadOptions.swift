import ArgumentParser

/// `--threads`: the worker threads of the shortest-path sweep, for every command that computes
/// path metrics (`metrics`, `analyse`, `draw`, `compare`, `diff`, `report`). The results do not
/// depend on the number.
struct ThreadOptions: ParsableArguments {
  @Option(help: "Worker threads for the path metrics (default: one per core).")
  var threads: Int?

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError(.threadsAtLeastOne) }
  }
}
