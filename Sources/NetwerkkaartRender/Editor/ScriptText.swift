/// Text put inside an HTML `<script>` element (the editor page's data; the report's data, through
/// its `HTMLText`).
package enum ScriptText {
  /// JSON text made safe inside a `<script>` element: `<`, `>` and `&` become `\u003c`,
  /// `\u003e` and `\u0026`, so that no text can close the element or start markup; U+2028 and
  /// U+2029, which older JavaScript does not allow in a string literal, are escaped too. The
  /// result is the same JSON value (these escapes are only valid inside JSON strings, which is
  /// the only place JSON can hold these characters).
  package static func escaped(json text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "<": out += "\\u003c"
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
