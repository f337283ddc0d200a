#!/usr/bin/env python3
"""Checks that a drawing's legend still tells every role and every tie kind apart in grey.

    python3 Tests/Drawing/grey_legend.py drawing.svg [...]
    python3 Tests/Drawing/grey_legend.py --self-check

Reads the legend of an SVG written by `netwerkkaart draw` (groups of class `legend`: a role's
swatch is `legend-K-sample`, a tie's line `legend-K-line`, its text `legend-K`) and turns every
colour into its grey value: the relative luminance of the sRGB colour (IEC 61966-2-1: each channel
linearised, `c/12.92` up to 0.04045, else `((c+0.055)/1.055)^2.4`, then
`Y = 0.2126 R + 0.7152 G + 0.0722 B`), the colour first blended onto white by its opacity, as a
greyscale printer or a reader who cannot tell the hues apart sees it. Then

* two role swatches are told apart when their shapes differ (ellipse, or a polygon with another
  number of corners or another number of outlines, or another outline width) or their fills
  differ by at least ``MIN_DIFFERENCE`` in luminance;
* two tie lines are told apart when their dash patterns differ, their widths differ by at least
  0.5 pt, or their strokes differ by at least ``MIN_DIFFERENCE`` in luminance.

Prints `grey legend: N role swatches, M tie lines, all told apart` and exits 0, or names each pair
that looks the same in grey and exits 1. The check reads the colours from the SVG instead of
rendering a PNG (Pillow is not installed on the CI machines): it compares what Graphviz is asked
to paint, which is what Cairo paints into the PNG and PDF.
"""
import argparse
import re
import sys
import tempfile
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
#: Smallest luminance difference counted as visible in grey (about 10 % of the scale from white
#: to black, roughly the step a laser printer's halftone shows clearly).
MIN_DIFFERENCE = 0.1


def channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: str, opacity: float = 1.0) -> float | None:
    """Relative luminance of `#rrggbb` blended onto white by `opacity`; None for no paint."""
    if not colour or colour == "none" or not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
        return None
    rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    rgb = [opacity * c + (1 - opacity) * 1.0 for c in rgb]
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def legend_items(svg_path: str):
    """(text, swatch) for each role sample and (text, line) for each tie line, in legend order."""
    root = ET.parse(svg_path).getroot()
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g") if "legend" in g.get("class", "").split()}

    def text_of(key: str) -> str:
        group = groups.get(f"legend-{key}")
        return " ".join("".join(t.itertext()) for t in group.iter(f"{SVG}text")) if group is not None else key

    swatches, lines = [], []
    for gid, group in groups.items():
        match = re.fullmatch(r"legend-(\d+)-(sample|line)", gid)
        if not match:
            continue
        key, kind = match.groups()
        shapes = [e for e in group.iter() if e.tag in (f"{SVG}ellipse", f"{SVG}polygon", f"{SVG}path")]
        if kind == "sample":
            filled = next((e for e in shapes if e.get("fill", "none") != "none"), shapes[0] if shapes else None)
            if filled is None:
                continue
            corners = len(filled.get("points", "").split()) - 1 if filled.tag == f"{SVG}polygon" else 0
            shape = (filled.tag.replace(SVG, ""), corners, len(shapes), filled.get("stroke-width", "1"))
            grey = luminance(filled.get("fill", ""), float(filled.get("fill-opacity", "1")))
            swatches.append((int(key), text_of(key), shape, grey if grey is not None else 1.0))
        else:
            path = next(group.iter(f"{SVG}path"), None)
            if path is None:
                continue
            grey = luminance(path.get("stroke", ""), float(path.get("stroke-opacity", "1")))
            lines.append((int(key), text_of(key), path.get("stroke-dasharray", ""),
                          float(path.get("stroke-width", "1")), grey if grey is not None else 1.0))
    return sorted(swatches), sorted(lines)


def look_alike(svg_path: str):
    swatches, lines = legend_items(svg_path)
    same = []
    for i, a in enumerate(swatches):
        for b in swatches[i + 1:]:
            if a[2] == b[2] and abs(a[3] - b[3]) < MIN_DIFFERENCE:
                same.append(f"role swatches '{a[1]}' and '{b[1]}' (same shape, grey {a[3]:.2f} and {b[3]:.2f})")
    for i, a in enumerate(lines):
        for b in lines[i + 1:]:
            if a[2] == b[2] and abs(a[3] - b[3]) < 0.5 and abs(a[4] - b[4]) < MIN_DIFFERENCE:
                same.append(f"tie lines '{a[1]}' and '{b[1]}' (same dashes '{a[2]}', grey {a[4]:.2f} and {b[4]:.2f})")
    return swatches, lines, same


SELF_CHECK = """<svg xmlns="http://www.w3.org/2000/svg"><g>
<g id="legend-1-sample" class="legend"><ellipse fill="#e69f00" cx="0" cy="0" rx="9" ry="5"/></g>
<g id="legend-1" class="legend"><text>core</text></g>
<g id="legend-2-sample" class="legend"><ellipse fill="#808080" cx="0" cy="9" rx="9" ry="5"/></g>
<g id="legend-2" class="legend"><text>anchoring</text></g>
<g id="legend-3-sample" class="legend"><polygon fill="#808080" points="0,0 1,0 1,1 0,1 0,0"/></g>
<g id="legend-3" class="legend"><text>framing</text></g>
<g id="legend-4-line" class="legend"><path stroke="#0072b2" stroke-width="1.5" d="M0,0L9,0"/></g>
<g id="legend-4" class="legend"><text>task</text></g>
<g id="legend-5-line" class="legend"><path stroke="#009e73" stroke-width="1.5" d="M0,0L9,0"/></g>
<g id="legend-5" class="legend"><text>relationship</text></g>
<g id="legend-6-line" class="legend"><path stroke="#009e73" stroke-width="1.5" stroke-dasharray="5,2" d="M0,0L9,0"/></g>
<g id="legend-6" class="legend"><text>growth</text></g>
</g></svg>"""


def self_check() -> int:
    # Worked by hand: #e69f00 (R 230 -> 0.7913, G 159 -> 0.3467) has luminance 0.4162 and #808080
    # 0.2159: 0.20 apart, told apart; the same grey as an ellipse and as a box: told apart by shape;
    # #0072b2 (0.1525) and #009e73 (0.2569) solid: 0.104 apart, told apart; #009e73 solid and
    # dashed: by dashes. So a clean legend; then #808080 is swapped for #d4a000 (0.3914, 0.025 from
    # core's 0.4162): exactly one pair alike. Black at half opacity on white: 0.5 -> 0.2140.
    with tempfile.NamedTemporaryFile("w", suffix=".svg", delete=False) as handle:
        handle.write(SELF_CHECK)
    swatches, lines, same = look_alike(handle.name)
    ok = len(swatches) == 3 and len(lines) == 3 and same == []
    ok = ok and abs(luminance("#e69f00") - 0.4162) < 5e-4 and abs(luminance("#0072b2") - 0.1525) < 5e-4
    ok = ok and abs(luminance("#ffffff") - 1.0) < 1e-9 and abs(luminance("#000000", 0.5) - 0.2140) < 5e-4
    with open(handle.name, "w") as out:
        out.write(SELF_CHECK.replace('fill="#808080" cx="0" cy="9"', 'fill="#d4a000" cx="0" cy="9"'))
    _, _, same = look_alike(handle.name)
    ok = ok and len(same) == 1 and "'core' and 'anchoring'" in same[0]
    print("self-check: ok" if ok else f"self-check: FAILED {swatches} {lines} {same}")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--self-check", action="store_true")
    parser.add_argument("svg", nargs="*")
    args = parser.parse_args()
    if args.self_check:
        return self_check()
    status = 0
    for path in args.svg:
        swatches, lines, same = look_alike(path)
        if not swatches or not lines:
            print(f"{path}: error: no legend found (groups of class 'legend')", file=sys.stderr)
            status = 1
            continue
        for pair in same:
            print(f"{path}: error: in grey, {pair} look the same", file=sys.stderr)
        status = status or (1 if same else 0)
        verdict = "all told apart" if not same else f"{len(same)} pairs look the same"
        print(f"{path}: grey legend: {len(swatches)} role swatches, {len(lines)} tie lines, {verdict}")
    return status


if __name__ == "__main__":
    sys.exit(main())
