/// Processing instructions without data (`<?name?>`), given an empty one before Foundation's
/// `XMLParser` sees them.
///
/// `<?name?>` is well-formed XML (a processing instruction whose data is empty), but libxml2
/// hands it to its callback with a null pointer for the data, and Foundation's `XMLParser` on
/// Linux reads that pointer as a C string: the process dies (`strlen` of null, a segmentation
/// fault) in every XML reader, GraphML, GEXF and xlsx alike, on a file of a few bytes. The
/// fuzzer found it in a workbook part (issue 17). With a space before `?>` libxml2 hands over
/// an empty string instead, and the instruction is skipped as every other one is.
///
/// Only the instructions move: each such one gets one byte, so a column number after it on its
/// line is one more than in the file; line numbers stay those of the file.
enum XMLProcessingInstructions {
  /// `bytes` with a space before the `?>` of every `<?name?>`; `bytes` itself when there is none
  /// (the usual case: one pass, no copy).
  static func withData(_ bytes: [UInt8]) -> [UInt8] {
    let ends = dataless(bytes)
    guard !ends.isEmpty else { return bytes }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + ends.count)
    var start = 0
    for end in ends {
      out.append(contentsOf: bytes[start..<end])
      out.append(UInt8(ascii: " "))
      start = end
    }
    out.append(contentsOf: bytes[start...])
    return out
  }

  /// The offsets of the `?>` that end a processing instruction with a name and nothing after
  /// it (`<?name?>`). The same text inside a comment or CDATA is counted too; a space added
  /// there changes no element, attribute or value the readers use.
  static func dataless(_ bytes: [UInt8]) -> [Int] {
    let (less, question, greater) = (UInt8(ascii: "<"), UInt8(ascii: "?"), UInt8(ascii: ">"))
    var ends: [Int] = []
    var index = 0
    while index + 1 < bytes.count {
      guard bytes[index] == less, bytes[index + 1] == question else {
        index += 1
        continue
      }
      var end = index + 2
      while end < bytes.count, !isSpace(bytes[end]), bytes[end] != question, bytes[end] != greater,
        bytes[end] != less
      {
        end += 1
      }
      if end > index + 2, end + 1 < bytes.count, bytes[end] == question, bytes[end + 1] == greater {
        ends.append(end)
      }
      index = end
    }
    return ends
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}
