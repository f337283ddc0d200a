import Synchronization

/// A value computed at most once, on first use, by whichever thread asks first; later callers
/// (and callers waiting meanwhile) get the same value.
///
/// Each value has its own lock, held while it is computed, so a value may use other lazy values
/// in its computation as long as no two values need each other (the measures of
/// ``NetworkAnalysis`` form such a chain: centralization needs degree and the path sweep, never
/// the other way round).
final class Lazy<Value: Sendable>: Sendable {
  private let state = Mutex<Value?>(nil)

  init() {}

  /// The value, computing it with `compute` the first time.
  func value(_ compute: () -> Value) -> Value {
    state.withLock { stored in
      if let stored { return stored }
      let value = compute()
      stored = value
      return value
    }
  }

  /// The value if it has been computed, without computing it.
  var ifComputed: Value? { state.withLock { $0 } }
}
