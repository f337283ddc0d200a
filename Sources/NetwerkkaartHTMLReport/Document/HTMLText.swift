import NetwerkkaartIO
import NetwerkkaartRender

/// Text put into the report's HTML.
///
/// The report is written so that an XML parser reads it too (every element closed, every
/// attribute double-quoted, only XML's entities and numeric references); the tests rely on that
/// to prove the escaping.
enum HTMLText {
  /// Element content and double-quoted attribute values, as for any XML document
  /// (``XMLText/escaped(_:)``): `&`, `<`, `>` and `"` as entities, line breaks and tabs as
  /// character references, and the control characters neither HTML nor XML can hold left out.
  static func escaped(_ text: String) -> String { XMLText.escaped(text) }

  /// A JSON string literal (``JSONText/quoted(_:)``) that is also safe inside a `<script>`
  /// element: `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`, so that no text can
  /// close the script or start markup; U+2028 and U+2029, which older JavaScript does not allow
  /// in a string literal, are escaped too.
  static func jsonString(_ text: String) -> String { ScriptText.escaped(json: JSONText.quoted(text)) }
}
