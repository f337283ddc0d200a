extension UnsafeMutableBufferPointer {
  /// A new buffer of `count` elements, each `value`, for the working arrays of the path
  /// metrics; the owner deallocates it.
  static func filled(_ count: Int, with value: Element) -> Self {
    let buffer = allocate(capacity: count)
    buffer.initialize(repeating: value)
    return buffer
  }
}
