import NetwerkkaartCore

/// The words of the editor page (``EditorPage``), in Dutch or English: its title, the
/// instructions, the buttons and what the status line says after a move. The page's script
/// gets them as data and fills in the actor's name and position with `textContent`.
struct EditorWords: Encodable, Sendable {
  /// The title of the page (before the map's own title, if any).
  let title: String
  /// The instructions above the drawing.
  let help: String
  /// The download button.
  let download: String
  /// The button that puts every actor back where the layout placed it.
  let reset: String
  /// The checkbox that lets actors move into another role's band.
  let allowRoleChange: String
  /// The label of the drawing as a whole, for screen readers.
  let drawing: String
  /// What kind of object an actor is, for screen readers (`aria-roledescription`).
  let actorKind: String
  /// The heading of the list of role changes.
  let roleChanges: String
  /// Status after a move: `{name}`, `{x}`, `{y}`, `{band}` are filled in.
  let moved: String
  /// Status after the download: `{file}` is filled in.
  let saved: String
  /// Status after the reset.
  let wasReset: String
  /// Status when the script cannot run.
  let noScript: String
  /// The word before the role in an actor's accessible name (`rol kern`).
  let role: String
  /// The focal actor's accessible description: it stays in the centre.
  let fixedCentre: String

  init(language: Language) {
    let nl = language == .nl
    title = nl ? "Actoren verplaatsen" : "Placing actors"
    help =
      nl
      ? "Sleep een actor naar een andere plek in zijn ring, of kies hem met Tab en verplaats hem met de pijltjestoetsen "
        + "(Shift: grotere stappen; Escape: terug naar de oorspronkelijke plek). Download daarna het positiebestand en "
        + "teken de kaart met: netwerkkaart draw KAART --positions posities.csv -o kaart.svg"
      : "Drag an actor to another place in its ring, or reach it with Tab and move it with the arrow keys "
        + "(Shift: larger steps; Escape: back to where it was). Then download the positions file and draw "
        + "the map with: netwerkkaart draw MAP --positions positions.csv -o map.svg"
    download = nl ? "Posities downloaden" : "Download positions"
    reset = nl ? "Alles terugzetten" : "Reset all"
    allowRoleChange =
      nl
      ? "Actoren mogen naar een andere ring (de rol verandert mee)"
      : "Let actors move to another ring (their role changes with it)"
    drawing = nl ? "Netwerkkaart met verplaatsbare actoren" : "Network map with movable actors"
    actorKind = nl ? "verplaatsbare actor" : "movable actor"
    roleChanges = nl ? "Gewijzigde rollen" : "Changed roles"
    moved = nl ? "{name} staat nu op x {x}, y {y} (ring {band})." : "{name} is now at x {x}, y {y} (ring {band})."
    saved = nl ? "Posities bewaard als {file}." : "Positions saved as {file}."
    wasReset = nl ? "Alle actoren staan weer op hun oorspronkelijke plek." : "Every actor is back in its place."
    noScript =
      nl
      ? "Deze pagina heeft JavaScript nodig om actoren te verplaatsen."
      : "This page needs JavaScript to move actors."
    role = nl ? "rol" : "role"
    fixedCentre = nl ? "staat vast in het midden" : "stays fixed in the centre"
  }
}
