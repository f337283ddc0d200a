/// Density of a network: the share of possible ties that are present.
///
/// ```
/// undirected: 2m / (n(n − 1))        directed: m / (n(n − 1))
/// ```
/// `m` counts distinct ties (duplicates merged, self-ties dropped), so density lies in [0, 1].
/// Weights are not used. 0 when n < 2 (no tie is possible), as NetworkX `density`.
/// A disconnected map needs no special case; density does not look at paths.
///
/// Reference: Wasserman & Faust (1994), §4.2.1, p. 101–102.
public enum Density {
  /// The density of `network`, in [0, 1]: `Density.of(network)`.
  public static func of(_ network: Network) -> Double {
    let n = Double(network.actorCount)
    guard network.actorCount > 1 else { return 0 }
    let possible = n * (n - 1) / (network.isDirected ? 1 : 2)
    return Double(network.tieCount) / possible
  }
}
