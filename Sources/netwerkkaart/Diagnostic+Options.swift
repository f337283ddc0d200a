import NetwerkkaartCore
import NetwerkkaartIO

extension Diagnostic {
  /// The diagnostic with the option that names a format added where its message ends in
  /// ``NetwerkkaartIO/MapFormat/namingAdvice``, in each language: `… or name the format with
  /// --from`, `… of noem het formaat met --from`.
  func namingFormat(with option: String) -> Diagnostic {
    guard message.hasSuffix(MapFormat.namingAdvice) else { return self }
    var copy = self
    copy.message += " with \(option)"
    if let dutch, dutch.hasSuffix(MapFormat.naming.dutch) { copy.dutch = dutch + " met \(option)" }
    return copy
  }
}
