/// The editor page's stylesheet, inline (nothing to fetch): the reader's system fonts, the
/// drawing as wide as the window allows, a thick blue ring around the focused actor (the
/// Okabe–Ito blue, which no role fill uses) and a grab cursor over the actors that move.
enum EditorStyle {
  static let css = """
    body { font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 1rem 2rem;
      color: #1A1A1A; background: #FFFFFF; }
    h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
    h2 { font-size: 1.1rem; }
    #help { max-width: 60rem; }
    .toolbar { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; margin: .75rem 0; }
    button { font: inherit; padding: .4rem .9rem; border: 1px solid #4D4D4D; border-radius: .3rem;
      background: #F2F2F2; color: #1A1A1A; cursor: pointer; }
    button:hover { background: #E0E0E0; }
    button:focus-visible, input:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
    #status { min-height: 1.5em; font-weight: 600; }
    .warning { color: #B00020; font-weight: 600; }
    #map { display: block; width: 100%; max-width: 60rem; height: auto; touch-action: none;
      font-family: Helvetica, Arial, sans-serif; user-select: none; -webkit-user-select: none; }
    .band-name { text-anchor: middle; dominant-baseline: central; fill: #333333; pointer-events: none; }
    .tie { stroke-linecap: round; pointer-events: none; }
    .actor text { text-anchor: middle; dominant-baseline: central; fill: #000000; pointer-events: none; }
    .actor .shape { stroke: #4D4D4D; stroke-width: 1; }
    .actor.focus .shape { stroke-width: 2; }
    .actor[tabindex] { cursor: grab; }
    .actor.dragging { cursor: grabbing; }
    .actor:focus { outline: none; }
    .actor.moved .shape { stroke-dasharray: 4 2; }
    .actor.role-changed .shape { stroke: #000000; stroke-width: 3; }
    .actor:focus .shape, .actor.dragging .shape { stroke: #0072B2; stroke-width: 4; }
    """
}
