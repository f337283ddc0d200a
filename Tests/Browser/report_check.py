"""Opens `netwerkkaart report` in a real browser and checks what a reader would see and do.

    python3 Tests/Browser/report_check.py --binary .build/debug/netwerkkaart \
        --out /tmp/report-check Examples/basisschool-de-linde Examples/secundaire-school-atheneum-zuid

Writes the report of all maps (Dutch, and English as a second file), then with Debian's headless
`chromium` (Python standard library only):

1. the file fetches nothing: no `http://` or `https://` anywhere, no `<script src`, `<link`,
   `@import`;
2. no JavaScript errors: Chromium's console log on stderr (`--enable-logging=stderr`) has no
   uncaught error, and the page's own collector (`data-errors` on `<html>`, filled when the
   address ends in `#selftest`) is empty;
3. hovering: the page's self-test (`#selftest`) points at every actor of every map and records
   the ties that light up, with their tooltips; read back with `--dump-dom`, each actor's lit
   ties must be exactly its ties in the map's ties.csv (distinct pairs, self-ties left out),
   named by the labels in actors.csv; leaving the actor must clear every highlight, and a click
   on a numeric column header must sort the table descending;
4. a screenshot of the report is not blank and shows the colours of the roles present;
5. printing to PDF gives at least one page per map plus the comparison (page breaks).

Exit 0 iff every check passes; screenshots and PDFs stay in --out.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_check import ROLE_COLOURS, near, read_png  # noqa: E402

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"]


def svg_id(actor_id: str) -> str:
    """The SVG group id MapDrawing gives an actor (DOTText.identifier): ASCII letters, digits, - and _."""
    return "actor-" + ("".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in actor_id) or "_")


def read_map(folder: Path):
    with open(folder / "actors.csv", encoding="utf-8-sig", newline="") as handle:
        actors = {row["id"]: (row.get("label") or row["id"]) for row in csv.DictReader(handle)}
    pairs: dict[str, set[frozenset]] = {actor: set() for actor in actors}
    with open(folder / "ties.csv", encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            source, target = row["source"], row["target"]
            if source != target:
                pairs[source].add(frozenset((source, target)))
                pairs[target].add(frozenset((source, target)))
    return actors, pairs


def chromium(browser: str, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([browser, *CHROMIUM_FLAGS, *arguments], capture_output=True, text=True, timeout=180)


def console_errors(log: str) -> list[str]:
    """Console lines of Chromium's log that report a JavaScript error."""
    return [line for line in log.splitlines()
            if "CONSOLE" in line and ("Uncaught" in line or ":ERROR:CONSOLE" in line)]


def check_selftest(browser: str, report: Path, maps: list[Path]) -> list[str]:
    run = chromium(browser, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", "--dump-dom",
                   report.resolve().as_uri() + "#selftest")
    problems = [f"{report.name}: console: {line}" for line in console_errors(run.stderr)]
    dom = run.stdout
    errors = re.search(r'<html[^>]*data-errors="([^"]*)"', dom)
    if not errors:
        problems.append(f"{report.name}: the page's error collector did not report (did the page load?)")
    elif json.loads(html.unescape(errors.group(1))):
        problems.append(f"{report.name}: JavaScript errors: {html.unescape(errors.group(1))}")
    found = re.search(r'<pre id="selftest-result"[^>]*>(.*?)</pre>', dom, re.S)
    if not found:
        return problems + [f"{report.name}: no self-test result in the page (the script did not run to its end)"]
    result = json.loads(html.unescape(found.group(1)))
    if len(result["maps"]) != len(maps):
        problems.append(f"{report.name}: {len(result['maps'])} drawings tested, {len(maps)} maps given")
    checked = 0
    for number, (folder, tested) in enumerate(zip(maps, result["maps"]), start=1):
        labels, pairs = read_map(folder)
        if tested["leftLit"]:
            problems.append(f"{report.name} {folder.name}: {tested['leftLit']} highlights left after leaving")
        for actor, label in labels.items():
            key = f"m{number}-{svg_id(actor)}"
            seen = tested["actors"].get(key)
            if seen is None:
                problems.append(f"{report.name} {folder.name}: actor {actor} ({key}) not in the drawing")
                continue
            expected = {frozenset(labels[a] for a in pair) for pair in pairs[actor]}
            lit = {frozenset(tie["title"].split(" – ")) for tie in seen["ties"]}
            ids = [tie["id"] for tie in seen["ties"]]
            if lit != expected or len(ids) != len(set(ids)) or len(ids) != len(expected):
                problems.append(f"{report.name} {folder.name}: hovering {actor} lit {sorted(map(sorted, lit))}, "
                                f"its ties are {sorted(map(sorted, expected))}")
            if seen["panel"] != label:
                problems.append(f"{report.name} {folder.name}: hovering {actor} shows {seen['panel']!r} in the panel")
            if expected and not seen["faded"]:
                problems.append(f"{report.name} {folder.name}: hovering {actor} did not fade the rest")
            checked += 1
    for sorting in result["sorting"]:
        if not sorting["descending"] or sorting["sort"] != "descending":
            problems.append(f"{report.name}: sorting column {sorting['column']} did not sort descending: {sorting}")
    if not result["sorting"]:
        problems.append(f"{report.name}: no sortable table was tested")
    print(f"{report.name}: hovered {checked} actors in {len(result['maps'])} drawings, "
          f"sorted {len(result['sorting'])} tables, {len(console_errors(run.stderr))} console errors")
    return problems


def check_screenshot(browser: str, report: Path, maps: list[Path], out: Path) -> list[str]:
    png = out / (report.stem + ".png")
    chromium(browser, "--window-size=1400,2600", "--virtual-time-budget=5000", f"--screenshot={png}",
             report.resolve().as_uri())
    if not png.exists():
        return [f"{report.name}: no screenshot written"]
    width, height, rows = read_png(png)
    pixels = [pixel for row in rows for pixel in row]
    ink = sum(1 for pixel in pixels if not near(pixel, (255, 255, 255), 8)) / len(pixels)
    problems = [] if ink >= 0.02 else [f"{report.name}: screenshot looks blank ({ink:.1%} non-white)"]
    # The first school's map is at the top of the page.
    with open(maps[0] / "actors.csv", encoding="utf-8-sig", newline="") as handle:
        roles = {row.get("role", "") for row in csv.DictReader(handle)}
    for role, colour in ROLE_COLOURS.items():
        if (role == "focus" or role in roles) and not any(near(pixel, colour) for pixel in pixels[::3]):
            problems.append(f"{report.name}: no pixel in the colour of {role} {colour}")
    print(f"{report.name}: {width}x{height} screenshot, {ink:.1%} non-white -> {png}")
    return problems


def check_print(browser: str, report: Path, maps: list[Path], out: Path) -> list[str]:
    pdf = out / (report.stem + ".pdf")
    chromium(browser, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", report.resolve().as_uri())
    if not pdf.exists():
        return [f"{report.name}: printing wrote no PDF"]
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))
    print(f"{report.name}: printed {pages} pages -> {pdf}")
    if pages < len(maps) + 1:
        return [f"{report.name}: printed {pages} pages; each of {len(maps)} maps and the comparison start a page"]
    return []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("maps", nargs="+", type=Path)
    args = parser.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        print("error: chromium not found; install Debian's package 'chromium'", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    problems = []
    for language in ["nl", "en"]:
        report = args.out / f"report-{language}.html"
        subprocess.run([args.binary, "report", *map(str, args.maps), "-o", str(report), "--lang", language],
                       check=True)
        text = report.read_text(encoding="utf-8")
        for outside in ["http://", "https://", "<script src", "<link", "@import"]:
            if outside in text:
                problems.append(f"{report.name}: contains {outside!r}")
        problems += check_selftest(browser, report, args.maps)
        problems += check_screenshot(browser, report, args.maps, args.out)
        problems += check_print(browser, report, args.maps, args.out)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
