"""Measures how readable a drawing is: the layout-quality measure of issue 12.

    python3 Tests/Drawing/layout_quality.py drawing.svg [--paper a4|a5|letter|column|WxH(cm|mm|in)]
        [--font-size 8] [--require-clean] [--max-crossings N] [--json]

Reads an SVG written by `netwerkkaart draw` (Graphviz's coordinates, with the classes the tool
adds: `actor` groups, `tie` groups with `data-source`/`data-target`) and counts

* **crossings**: points where two ties that share no actor cross (ties as drawn: Graphviz's
  Bézier paths, sampled into polylines);
* **ties under an actor**: (tie, actor) pairs where a tie passes over an actor that is not one of
  its two ends (the actor's outline shrunk by 1 pt, so that touching is not counted);
* **overlapping actors**: pairs of actors whose outlines intersect;
* **overlapping labels**: pairs of texts from different groups whose boxes intersect;
* **labels outside the canvas**: texts whose box (width from Helvetica's font metrics, the font
  the tool asks for) is not inside the SVG's view box, titles and legend included;
* **smallest label** in points at the paper size: each text's font size times the SVG's own
  scale (width in pt over view-box width, times Graphviz's `scale(...)`), times the factor that
  fits the SVG onto the paper (never above 1: a drawing smaller than the paper is printed at its
  size). The named sizes may be turned (a4 landscape) when that fits better; `column` is one
  column of a two-column paper, 8.5 x 23 cm. Without --paper: at the SVG's own size.

The counts depend only on the SVG, not on how the tool made it. --require-clean exits 1 unless
there are no overlapping actors, no ties under an actor, no labels outside and the smallest label
is at least --font-size (default 8; 6 with --min-label 6); --max-crossings N exits 1 above N.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"

#: Helvetica advance widths in 1/1000 em (Adobe's AFM), for ASCII 32...126; others use 556.
HELVETICA = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
             556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
             722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
             278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
             556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]

#: Paper sizes in cm (width, height), and whether the drawing may be turned to fit.
PAPERS = {"a4": (21.0, 29.7, True), "a5": (14.8, 21.0, True), "letter": (21.59, 27.94, True),
          "column": (8.5, 23.0, False)}
UNITS = {"cm": 72 / 2.54, "mm": 72 / 25.4, "in": 72.0, "pt": 1.0}


def text_width(text: str, size: float) -> float:
    return sum(HELVETICA[ord(c) - 32] if 32 <= ord(c) <= 126 else 1000 if c == "…" else 278 if c == "\xa0" else 556
               for c in text) * size / 1000


def paper_points(spec: str) -> tuple[float, float, bool]:
    """Width and height in points of a paper size, and whether it may be turned."""
    if spec.lower() in PAPERS:
        w, h, turn = PAPERS[spec.lower()]
        return w * UNITS["cm"], h * UNITS["cm"], turn
    match = re.fullmatch(r"([\d.]+)x([\d.]+)(cm|mm|in|pt)", spec.lower())
    if not match:
        raise SystemExit(f"error: --paper {spec!r}: give a4, a5, letter, column or WxH with cm, mm or in")
    factor = UNITS[match[3]]
    return float(match[1]) * factor, float(match[2]) * factor, False


def length(value: str) -> float:
    match = re.fullmatch(r"([\d.]+)\s*(pt|px|cm|mm|in)?", value.strip())
    if not match:
        raise ValueError(value)
    return float(match[1]) * {"pt": 1, None: 1, "px": 0.75, "cm": UNITS["cm"], "mm": UNITS["mm"],
                              "in": 72}[match[2]]


def transform_of(group) -> tuple[float, float, float, float]:
    """(sx, sy, tx, ty) of Graphviz's `scale(sx sy) rotate(0) translate(tx ty)`: x' = sx (x + tx)."""
    text = group.get("transform", "")
    sx = sy = 1.0
    tx = ty = 0.0
    if m := re.search(r"scale\(([-\d.e]+)[ ,]*([-\d.e]+)?\)", text):
        sx = float(m[1])
        sy = float(m[2]) if m[2] else sx
    if m := re.search(r"translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)", text):
        tx, ty = float(m[1]), float(m[2])
    return sx, sy, tx, ty


def points(text: str) -> list[tuple[float, float]]:
    numbers = [float(v) for v in re.findall(r"-?[\d.]+(?:e-?\d+)?", text)]
    return list(zip(numbers[::2], numbers[1::2]))


def path_polyline(d: str) -> list[tuple[float, float]]:
    """The points of an SVG path of M, C and L commands (absolute), Béziers sampled 12 times."""
    line: list[tuple[float, float]] = []
    for command, arguments in re.findall(r"([MCLmcl])([^MCLmcl]*)", d):
        pts = points(arguments)
        if command == "M":
            line.append(pts[0])
            pts = pts[1:]
            command = "L"
        if command == "L":
            line.extend(pts)
        elif command == "C":
            for i in range(0, len(pts) - 2, 3):
                p0, p1, p2, p3 = line[-1], pts[i], pts[i + 1], pts[i + 2]
                if off_line(p1, p0, p3) < 0.01 and off_line(p2, p0, p3) < 0.01:
                    line.append(p3)  # a straight piece
                    continue
                for k in range(1, 13):
                    t = k / 12
                    a, b, c, e = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3
                    line.append((a * p0[0] + b * p1[0] + c * p2[0] + e * p3[0],
                                 a * p0[1] + b * p1[1] + c * p2[1] + e * p3[1]))
    return line


def off_line(p, a, b) -> float:
    """Distance of p from the line through a and b."""
    length = math.hypot(b[0] - a[0], b[1] - a[1])
    if length == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    return abs((b[0] - a[0]) * (a[1] - p[1]) - (a[0] - p[0]) * (b[1] - a[1])) / length


def outline(shape) -> list[tuple[float, float]] | None:
    tag = shape.tag.replace(SVG, "")
    if tag == "ellipse":
        cx, cy, rx, ry = (float(shape.get(k)) for k in ("cx", "cy", "rx", "ry"))
        return [(cx + rx * math.cos(2 * math.pi * k / 32), cy + ry * math.sin(2 * math.pi * k / 32)) for k in range(32)]
    if tag == "polygon":
        pts = points(shape.get("points", ""))
        return pts[:-1] if len(pts) > 1 and pts[0] == pts[-1] else pts
    return None


def area(polygon) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(polygon, polygon[1:] + polygon[:1]))) / 2


def shrunk(polygon, by: float):
    cx = sum(p[0] for p in polygon) / len(polygon)
    cy = sum(p[1] for p in polygon) / len(polygon)
    result = []
    for x, y in polygon:
        d = math.hypot(x - cx, y - cy)
        f = max(0.0, (d - by) / d) if d else 0
        result.append((cx + (x - cx) * f, cy + (y - cy) * f))
    return result


def segments_cross(p, q, r, s) -> bool:
    def orient(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    d1, d2, d3, d4 = orient(r, s, p), orient(r, s, q), orient(p, q, r), orient(p, q, s)
    return (d1 > 0) != (d2 > 0) and (d3 > 0) != (d4 > 0) and d1 * d2 < 0 and d3 * d4 < 0


def inside(point, polygon) -> bool:
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def box(polyline):
    xs, ys = [p[0] for p in polyline], [p[1] for p in polyline]
    return min(xs), min(ys), max(xs), max(ys)


def boxes_meet(a, b) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def crossings(a, b) -> int:
    if not boxes_meet(box(a), box(b)):
        return 0
    return sum(1 for p, q in zip(a, a[1:]) for r, s in zip(b, b[1:]) if segments_cross(p, q, r, s))


def polyline_meets_polygon(line, polygon) -> bool:
    if not boxes_meet(box(line), box(polygon)):
        return False
    if any(inside(p, polygon) for p in line):
        return True
    edges = list(zip(polygon, polygon[1:] + polygon[:1]))
    return any(segments_cross(p, q, r, s) for p, q in zip(line, line[1:]) for r, s in edges)


def polygons_meet(a, b) -> bool:
    if not boxes_meet(box(a), box(b)):
        return False
    return inside(a[0], b) or inside(b[0], a) or polyline_meets_polygon(a + a[:1], b)


def measure(svg_path: str, paper: str | None = None) -> dict:
    root = ET.parse(svg_path).getroot()
    view = [float(v) for v in root.get("viewBox").split()]
    width, height = length(root.get("width")), length(root.get("height"))
    graph = root.find(f"{SVG}g")
    sx, sy, tx, ty = transform_of(graph)

    def place(p):
        return ((p[0] + tx) * sx, (p[1] + ty) * sy)

    actors, ties, texts = {}, [], []

    def walk(element, owner):
        classes = element.get("class", "").split() if element.tag == f"{SVG}g" else []
        if classes:
            owner = element
        if "actor" in classes:
            shapes = [o for o in (outline(s) for s in element.iter() if s.tag in (f"{SVG}ellipse", f"{SVG}polygon")) if o]
            if shapes:
                actors[element.get("id")] = [place(p) for p in max(shapes, key=area)]
        elif "tie" in classes:
            path = next(element.iter(f"{SVG}path"), None)
            if path is not None:
                ties.append((element.get("data-source"), element.get("data-target"),
                             [place(p) for p in path_polyline(path.get("d", ""))]))
        for child in element:
            if child.tag == f"{SVG}text":
                texts.append((owner.get("id") if owner is not None else None, child))
            else:
                walk(child, owner)

    walk(graph, None)
    # Graphviz writes width and height rounded to whole points: a difference below 1 pt is rounding.
    page_scale = width / view[2] if abs(width - view[2]) >= 1 else 1.0
    boxes = []
    for owner, text in texts:
        size = float(text.get("font-size", "14")) * sx
        content = "".join(text.itertext())
        w = text_width(content, size)
        x, y = place((float(text.get("x")), float(text.get("y"))))
        anchor = text.get("text-anchor", "start")
        left = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
        boxes.append((owner, content, size, (left, y - 0.75 * size, left + w, y + 0.22 * size)))

    tie_list = [t for t in ties if len(t[2]) > 1]
    crossing_count = sum(crossings(a[2], b[2]) for i, a in enumerate(tie_list) for b in tie_list[i + 1:]
                         if not {a[0], a[1]} & {b[0], b[1]})
    cores = {name: shrunk(polygon, 1.0) for name, polygon in actors.items()}
    under = [(s, t, name) for s, t, line in tie_list for name, core in cores.items()
             if name not in (s, t) and polyline_meets_polygon(line, core)]
    names = sorted(actors)
    overlapping = [(a, b) for i, a in enumerate(names) for b in names[i + 1:] if polygons_meet(cores[a], cores[b])]
    label_overlaps = [(a[1], b[1]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                      if a[0] != b[0] and a[1].strip() and b[1].strip() and boxes_meet(shrink_box(a[3]), shrink_box(b[3]))]
    outside = [content for _, content, _, (l, t, r, b) in boxes
               if content.strip() and (l < view[0] - 0.5 or t < view[1] - 0.5 or r > view[0] + view[2] + 0.5
                                       or b > view[1] + view[3] + 0.5)]
    fit, paper_size = 1.0, None
    if paper:
        pw, ph, turn = paper_points(paper)
        fit = min(pw / width, ph / height)
        if turn:
            fit = max(fit, min(ph / width, pw / height))
        fit = min(fit, 1.0)
        paper_size = paper
    smallest = min((size for _, content, size, _ in boxes if content.strip()), default=0) * page_scale * fit
    return {"file": svg_path, "paper": paper_size, "width_cm": round(width * fit / UNITS["cm"], 2),
            "height_cm": round(height * fit / UNITS["cm"], 2), "actors": len(actors), "ties": len(tie_list),
            "crossings": crossing_count, "ties_under_actors": len(under), "overlapping_actors": len(overlapping),
            "overlapping_labels": len(label_overlaps), "labels_outside": len(outside),
            "smallest_label_pt": round(smallest, 2),
            "details": {"under": under[:20], "overlapping": overlapping[:20], "label_overlaps": label_overlaps[:20],
                        "outside": outside[:20]}}


def shrink_box(b, by=0.5):
    return (b[0] + by, b[1] + by, b[2] - by, b[3] - by)


#: A hand-made drawing with known faults: the diagonals a-c and b-d (sharing no actor) cross once
#: at (100, -50); a-b touches both but shares an actor with each. Both diagonals pass under the
#: box e around (100, -50) and under the circle f at (108, -50), r 5 (3.25 units from each
#: line): 4 ties under an actor. e and f overlap. The text "far" starts left of the 200 x 100 view
#: box. The 10 pt labels of an SVG shown at half size (100 pt wide for 200 units) print at 5 pt.
SELF_CHECK_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="100pt" height="50pt" viewBox="0.00 0.00 200.00 100.00">
<g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(0 100)">
<g id="actor-a" class="node actor"><ellipse cx="10" cy="-10" rx="5" ry="5"/><text text-anchor="middle" x="10" y="-10" font-size="10.00">a</text></g>
<g id="actor-b" class="node actor"><ellipse cx="10" cy="-90" rx="5" ry="5"/></g>
<g id="actor-c" class="node actor"><ellipse cx="190" cy="-90" rx="5" ry="5"/></g>
<g id="actor-d" class="node actor"><ellipse cx="190" cy="-10" rx="5" ry="5"/></g>
<g id="actor-e" class="node actor"><polygon points="95,-45 105,-45 105,-55 95,-55 95,-45"/></g>
<g id="actor-f" class="node actor"><ellipse cx="108" cy="-50" rx="5" ry="5"/></g>
<g id="tie-0" class="edge tie" data-source="actor-a" data-target="actor-c"><path d="M10,-10L190,-90"/></g>
<g id="tie-1" class="edge tie" data-source="actor-b" data-target="actor-d"><path d="M10,-90L190,-10"/></g>
<g id="tie-2" class="edge tie" data-source="actor-a" data-target="actor-b"><path d="M10,-10C10,-30 10,-70 10,-90"/></g>
<g id="legend-0" class="legend"><text x="-5" y="-50" font-size="10.00">far</text></g>
</g></svg>"""


def self_check() -> int:
    """Measures SELF_CHECK_SVG and compares with the counts worked out by hand."""
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".svg", delete=False) as handle:
        handle.write(SELF_CHECK_SVG)
    result = measure(handle.name)
    expected = {"actors": 6, "ties": 3, "crossings": 1, "ties_under_actors": 4, "overlapping_actors": 1,
                "labels_outside": 1, "smallest_label_pt": 5.0}
    wrong = {key: (result[key], value) for key, value in expected.items() if result[key] != value}
    print("self-check:", "ok" if not wrong else f"wrong (measured, expected): {wrong}")
    return 1 if wrong else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("svg", nargs="*")
    parser.add_argument("--self-check", action="store_true", help="measure a hand-made SVG with known faults")
    parser.add_argument("--paper")
    parser.add_argument("--font-size", type=float, default=8)
    parser.add_argument("--require-clean", action="store_true")
    parser.add_argument("--max-crossings", type=int)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.self_check:
        return self_check()
    failed = False
    for path in args.svg:
        result = measure(path, args.paper)
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
        else:
            print(f"{path}: {result['actors']} actors, {result['ties']} ties; crossings {result['crossings']}, "
                  f"ties under an actor {result['ties_under_actors']}, overlapping actors "
                  f"{result['overlapping_actors']}, overlapping labels {result['overlapping_labels']}, labels outside "
                  f"{result['labels_outside']}, smallest label {result['smallest_label_pt']} pt at "
                  f"{result['paper'] or 'its own size'} ({result['width_cm']} x {result['height_cm']} cm)")
        problems = []
        if args.require_clean:
            if result["overlapping_actors"]: problems.append(f"overlapping actors {result['details']['overlapping']}")
            if result["ties_under_actors"]: problems.append(f"ties under actors {result['details']['under']}")
            if result["labels_outside"]: problems.append(f"labels outside {result['details']['outside']}")
            if result["smallest_label_pt"] + 0.01 < args.font_size:
                problems.append(f"smallest label {result['smallest_label_pt']} pt < {args.font_size} pt")
        if args.max_crossings is not None and result["crossings"] > args.max_crossings:
            problems.append(f"{result['crossings']} crossings > {args.max_crossings}")
        for problem in problems:
            print(f"{path}: error: {problem}", file=sys.stderr)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
