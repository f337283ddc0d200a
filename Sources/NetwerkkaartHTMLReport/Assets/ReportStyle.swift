/// The report's stylesheet: system fonts only (nothing to fetch), the drawing beside its actor
/// panel, tables with numbers right-aligned, the fading of ties and actors while one actor is
/// pointed at, and a print stylesheet (no hover UI, each school on a new page, table rows and
/// drawings never cut, header rows repeated).
enum ReportStyle {
  static let css = """
    :root { --ink: #1f1f1f; --muted: #5b5b5b; --line: #d6d6d6; --band: #f5f5f2; --accent: #0072B2; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 92rem; padding: 1.5rem; color: var(--ink); background: #fff;
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    h1 { font-size: 1.7rem; margin: 0 0 .4rem; }
    h2 { font-size: 1.35rem; margin: 2.2rem 0 .3rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
    h3 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; }
    h4 { font-size: 1rem; margin: 1.1rem 0 .3rem; }
    p { margin: .3rem 0; }
    .meta, .note, caption, .hint, footer { color: var(--muted); font-size: .88rem; }
    nav ol { margin: .3rem 0 1rem; padding-left: 1.4rem; }
    a { color: var(--accent); }
    .drawing { display: grid; grid-template-columns: minmax(0, 1fr) 17rem; gap: 1rem; align-items: start; }
    figure { margin: 0; }
    figure.map svg { display: block; width: 100%; height: auto; max-height: 88vh; }
    .actor-panel { position: sticky; top: 1rem; border: 1px solid var(--line); border-radius: 6px;
      padding: .7rem .8rem; background: var(--band); min-height: 6rem; }
    .actor-panel h4 { margin: 0 0 .2rem; }
    .actor-panel dl { display: grid; grid-template-columns: auto auto; gap: .1rem .8rem; margin: .4rem 0 0;
      font-size: .88rem; }
    .actor-panel dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
    svg g.actor { cursor: pointer; }
    svg g.actor:focus { outline: none; }
    svg g.actor:focus > * > polygon, svg g.actor:focus > * > ellipse, svg g.actor:focus > polygon,
    svg g.actor:focus > ellipse { stroke: #000; stroke-width: 3px; }
    svg g.tie, svg g.actor { transition: opacity .12s; }
    svg.hovering g.tie:not(.lit), svg.hovering g.actor:not(.lit):not(.near) { opacity: .12; }
    svg.hovering g.tie.lit path { stroke-width: 3.5px; }
    svg.hovering g.actor.lit polygon, svg.hovering g.actor.lit ellipse { stroke: #000; stroke-width: 2.5px; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; margin: .3rem 0; font-size: .88rem; }
    caption { text-align: left; caption-side: top; padding-bottom: .2rem; }
    th, td { padding: .22rem .55rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid var(--ink); min-width: 4.2rem; overflow-wrap: break-word; hyphens: auto; }
    td.num { white-space: nowrap; }
    th button { white-space: normal; }
    tbody tr:nth-child(even) { background: var(--band); }
    tbody th { font-weight: normal; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    th button { font: inherit; font-weight: bold; color: inherit; background: none; border: 0; padding: 0;
      cursor: pointer; text-align: inherit; }
    th button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
    th[aria-sort="ascending"] .arrow::after { content: " \\25B2"; }
    th[aria-sort="descending"] .arrow::after { content: " \\25BC"; }
    tr.lit, tr.lit:nth-child(even) { background: #fff1cc; }
    tr[data-actor]:focus { outline: 2px solid var(--accent); }
    .multiples-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; }
    .multiple { border: 1px solid var(--line); border-radius: 6px; padding: .4rem; }
    .multiple svg { display: block; width: 100%; height: auto; }
    .multiple figcaption { text-align: center; font-size: .9rem; margin-top: .3rem; }
    @media (max-width: 50rem) { .drawing { grid-template-columns: 1fr; } .actor-panel { position: static; } }
    @media print {
      @page { size: A4; margin: 1.2cm; }
      body { max-width: none; padding: 0; font-size: 10pt; }
      table { font-size: 7pt; width: 100%; }
      th, td { padding: .08rem .2rem; }
      thead th { min-width: 0; }
      nav, .actor-panel, .hint, caption { display: none; }
      .drawing { display: block; }
      figure.map svg { max-height: 22cm; }
      section.school, section.comparison, section.multiples { break-before: page; }
      h2, h3, h4 { break-after: avoid; }
      figure, .multiple, tr { break-inside: avoid; }
      thead { display: table-header-group; }
      .table-wrap { overflow: visible; }
      th button { cursor: auto; }
      .arrow { display: none; }
      svg.hovering g.tie, svg.hovering g.actor { opacity: 1; }
      tr.lit { background: none; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
