"""Opens drawings in a real browser and checks that they show something.

    python3 Tests/Browser/screenshot_check.py --binary .build/debug/netwerkkaart \
        --out /tmp/shots Examples/basisschool-de-linde Examples/secundaire-school-atheneum-zuid

For each map: `netwerkkaart draw MAP -o MAP.svg`, then headless Chromium (Debian's package
`chromium`) loads a page that shows the SVG scaled to the window (as a paper or a report would)
and writes a screenshot. The screenshot is decoded with the standard
library only (zlib) and must not be blank: at least 2 % of its pixels differ from white, and
pixels in the colours of the roles present (Okabe-Ito orange for kern, ...) are there. Exit 0 iff
every map passes; the PNGs stay in --out for a person to look at.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

#: Fill colours of the focal actor and the roles (DrawingStyle.swift).
ROLE_COLOURS = {"focus": (0xD5, 0x5E, 0x00), "kern": (0xE6, 0x9F, 0x00), "verankering": (0x56, 0xB4, 0xE9),
                "omkadering": (0x00, 0x9E, 0x73), "context": (0xF0, 0xE4, 0x42)}


def read_png(path: Path):
    """Width, height and rows of RGB(A) tuples of an 8-bit RGB or RGBA PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour_type in (2, 6), f"unsupported PNG: depth {depth} type {colour_type}"
            channels = 3 if colour_type == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1: line[x] = (line[x] + left) & 0xFF
            elif kind == 2: line[x] = (line[x] + up) & 0xFF
            elif kind == 3: line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, channels)])
        previous = line
    return width, height, rows


def near(a, b, tolerance=12):
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


def check(binary: str, browser: str, map_dir: str, out: Path) -> list[str]:
    name = Path(map_dir).name
    svg, page, png = out / f"{name}.svg", out / f"{name}.html", out / f"{name}.png"
    subprocess.run([binary, "draw", map_dir, "-o", str(svg)], check=True)
    page.write_text(f'<!doctype html><html><body style="margin:0;background:white">'
                    f'<img src="{svg.name}" style="width:100vw;height:100vh;object-fit:contain"></body></html>',
                    encoding="utf-8")
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--force-device-scale-factor=1", "--window-size=1600,1700", f"--screenshot={png}",
                    page.resolve().as_uri()], check=True, capture_output=True, timeout=120)
    width, height, rows = read_png(png)
    pixels = [pixel for row in rows for pixel in row]
    ink = sum(1 for pixel in pixels if not near(pixel, (255, 255, 255), 8)) / len(pixels)
    problems = []
    if ink < 0.02:
        problems.append(f"{name}: screenshot looks blank ({ink:.1%} non-white pixels)")
    roles = {line.split(",")[2] for line in (Path(map_dir) / "actors.csv").read_text(encoding="utf-8").splitlines()[1:]}
    for role, colour in ROLE_COLOURS.items():
        if (role == "focus" or role in roles) and not any(near(pixel, colour) for pixel in pixels[::3]):
            problems.append(f"{name}: no pixel in the colour of {role} {colour}")
    print(f"{name}: {width}x{height} screenshot, {ink:.1%} non-white -> {png}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("maps", nargs="+")
    args = parser.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        print("error: chromium not found; install Debian's package 'chromium'", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    problems = [problem for map_dir in args.maps for problem in check(args.binary, browser, map_dir, args.out)]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
