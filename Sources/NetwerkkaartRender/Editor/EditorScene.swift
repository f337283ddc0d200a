import Foundation
import NetwerkkaartCore

/// What the editor page's script needs, embedded in the page as JSON: the bands, the actors with
/// their positions and the outline of every role's shape at their size, and the ties.
///
/// Positions are the rings layout's (``RingLayout/positions``): inches, the focal actor at
/// (0, 0), y growing upward. The page draws 72 points to the inch.
struct EditorScene: Encodable, Sendable {
  /// One band: its role (`""` for actors without a role), its name as the drawing shows it, and
  /// its inner and outer edge in inches.
  struct Band: Encodable, Sendable {
    let role: String
    let name: String
    let inner: Double
    let outer: Double
  }

  /// One actor: its id, full name, role (`""`: none), type (`""`: none), position in inches,
  /// band (an index into ``EditorScene/bands``; `-1` for the focal actor), and for each role
  /// with a band, its fill colour and outline (path data in points) at the actor's size.
  struct Actor: Encodable, Sendable {
    let id: String
    let name: String
    let role: String
    let type: String
    let focus: Bool
    let x: Double
    let y: Double
    let band: Int
    let looks: [String: Look]
  }

  /// How an actor looks in one role: its fill colour and outline.
  struct Look: Encodable, Sendable {
    let fill: String
    let path: String
  }

  /// A tie between two actors (indices into ``EditorScene/actors``).
  struct Tie: Encodable, Sendable {
    let source: Int
    let target: Int
  }

  let bands: [Band]
  let actors: [Actor]
  let ties: [Tie]
  /// The name the downloaded positions file gets.
  let fileName: String
  let words: EditorWords

  /// The scene as JSON that can stand inside a `<script>` element: `<`, `>` and `&` written as
  /// `\u003c`, `\u003e` and `\u0026`, so that no label can close the element or start markup,
  /// and U+2028 and U+2029 escaped as well.
  func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Every value is a finite number or a string, which the encoder always writes.
    let text = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    return ScriptText.escaped(json: text)
  }
}
