/// The shortest-path trees behind the estimates: one tree from each sampled source (and, on a
/// directed network, one on the reversed network), shared by ``ApproximateBetweenness``,
/// ``ApproximateCloseness`` and ``ApproximateHarmonicCloseness``.
///
/// - ``toward``: trees from the sources; its `in…` sums hold, for every actor v, the sampled
///   distances d(s, v) *to* v (the inward direction, and on undirected networks both), its
///   ``PathSums/outEccentricity`` the eccentricity of each sampled source, and its dependencies
///   Brandes' δ_s(v) when requested.
/// - ``away``: on directed networks, trees from the sources on the reversed network; its `in…`
///   sums hold the sampled distances d(v, s) *from* each actor v (the outward direction).
///   `nil` on undirected networks, where ``toward`` serves both directions.
///
/// Both sweeps sum in a fixed stripe order (``PathSweep``), so the sums are the same for any
/// number of threads.
package struct SampledSweep: Sendable {
  /// The sources the trees start from.
  package let sample: SourceSample
  /// Sums over trees from the sources (distances to each actor).
  package let toward: PathSums
  /// Sums over trees from the sources on the reversed network (distances from each actor);
  /// `nil` when the network is undirected.
  package let away: PathSums?

  /// A sweep already run: `toward` from the sample's sources, `away` on the reversed network.
  package init(sample: SourceSample, toward: PathSums, away: PathSums?) {
    self.sample = sample
    self.toward = toward
    self.away = away
  }

  /// Runs the trees of `sample` on `network`; `dependency` adds Brandes' dependencies (for
  /// betweenness), `distances` the distance sums (for the closeness estimates). `progress` sees
  /// (trees done, trees in all) over both sweeps.
  package init(
    network: Network, sample: SourceSample, dependency: Bool, distances: Bool, threads: Int?,
    progress: (@Sendable (Int, Int) -> Void)?, isCancelled: (@Sendable () -> Bool)?
  ) {
    self.sample = sample
    let backward = distances && network.isDirected
    let trees = sample.sources.count * (backward ? 2 : 1)
    var request: PathSweep.Request = []
    if dependency { request.insert(.dependency) }
    if distances { request.formUnion([.outDistances, .targetDistances]) }
    var forward = PathSweep(
      network: network, request: request, threads: threads, sources: sample.sources,
      progress: Self.offset(progress, by: 0, of: trees))
    forward.isCancelled = isCancelled
    toward = forward.run()
    guard backward else {
      away = nil
      return
    }
    let first = sample.sources.count
    var reverse = PathSweep(
      network: network, request: .targetDistances, threads: threads, sources: sample.sources,
      progress: Self.offset(progress, by: first, of: trees))
    reverse.reversed = true
    reverse.isCancelled = isCancelled
    away = reverse.run()
  }

  /// `progress` seen from one of the two sweeps: `done` more trees after `start`, of `total`.
  private static func offset(_ progress: (@Sendable (Int, Int) -> Void)?, by start: Int, of total: Int)
    -> (@Sendable (Int, Int) -> Void)?
  {
    guard let progress else { return nil }
    return { @Sendable done, _ in progress(start + done, total) }
  }

  /// The sampled sums at every actor v in one direction: over the sources s ≠ v, distances
  /// d(s, v) when `outward` is false, d(v, s) when it is true (the same on undirected networks).
  package func terms(outward: Bool) -> SampledTerms {
    let sums = outward ? (away ?? toward) : toward
    var reach = sums.inReach
    for source in sample.sources where reach.indices.contains(source) { reach[source] -= 1 }
    return SampledTerms(reach: reach, distanceSum: sums.inDistanceSum, harmonicSum: sums.inHarmonicSum)
  }
}

/// Sums over the sampled sources at each actor, in one direction (``SampledSweep/terms(outward:)``).
package struct SampledTerms: Sendable {
  /// Sampled sources other than the actor within reach (reaching it, or reached from it).
  package let reach: [Int]
  /// Σ d over those sources.
  package let distanceSum: [Double]
  /// Σ 1/d over those sources.
  package let harmonicSum: [Double]
}

/// The distances behind a closeness estimate made on its own: the exact sweep over every source
/// when the guarantee needs them all (k ≥ n), else the trees from the sample.
package enum DistanceSweep {
  /// Every actor was a source: the sums of the exact sweep with both distance requests.
  case exact(PathSums)
  /// The sampled trees, with the distance sums.
  case sampled(SampledSweep)

  /// Draws the ``SourceSample`` for ε, δ and the seed and runs the trees it needs.
  package init(network: Network, epsilon: Double, delta: Double, seed: UInt64, threads: Int?) {
    let sample = SourceSample(actorCount: network.actorCount, epsilon: epsilon, delta: delta, seed: seed)
    guard !sample.isEveryActor else {
      self = .exact(PathSweep(network: network, request: [.outDistances, .inDistances], threads: threads).run())
      return
    }
    self = .sampled(
      SampledSweep(
        network: network, sample: sample, dependency: false, distances: true, threads: threads, progress: nil,
        isCancelled: nil))
  }
}
