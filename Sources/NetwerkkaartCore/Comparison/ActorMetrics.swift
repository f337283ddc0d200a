/// The metrics of one actor present in both waves.
public struct ActorMetrics: Sendable, Hashable {
  /// The actor's id, the same in both waves.
  public let id: ActorID
  /// One entry per metric column, in ``MetricsTable`` order.
  public let metrics: [ValueChange]
}
