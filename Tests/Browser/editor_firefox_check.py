"""Opens the page of `netwerkkaart edit` in headless Firefox and moves an actor as a person would.

    python3 Tests/Browser/editor_firefox_check.py --binary .build/debug/netwerkkaart --out /tmp/editor-firefox

The companion of `editor_check.py` (Chromium) for Firefox (Debian's `firefox-esr`), driven through
Marionette, Firefox's own remote protocol (`--marionette`: JSON messages prefixed by their length
on a TCP port; Python standard library only). For De Linde and for the map whose labels hold
markup:

1. the page's script ran (`window.netwerkkaartEditor` is there), no error reached `window.onerror`
   after it, and the page loaded no resource (`performance.getEntriesByType("resource")` is empty);
2. every actor's accessible name starts with its label exactly (labels stay text);
3. a mouse drag (WebDriver actions: move, press, move, release) along the actor's ring puts that
   actor where the mouse let go (to 0.01 in), every other row unchanged;
4. the right arrow key moves the focused actor;
5. a click on the download button saves the positions file, equal to what the page gives.

Exit 0 iff every check passes; the downloaded files stay in --out.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from editor_check import hostile_map, labels_of, read_positions, run  # noqa: E402


class Marionette:
    def __init__(self, executable: str, downloads: Path):
        self.profile = Path(tempfile.mkdtemp(prefix="editor-firefox-profile-"))
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        prefs = {
            "marionette.port": port, "browser.download.folderList": 2, "browser.download.dir": str(downloads),
            "browser.download.useDownloadDir": True, "browser.download.always_ask_before_handling_new_types": False,
            "browser.helperApps.neverAsk.saveToDisk": "text/csv", "browser.download.start_downloads_in_tmp_dir": False,
            "browser.shell.checkDefaultBrowser": False, "datareporting.policy.dataSubmissionEnabled": False,
            "toolkit.telemetry.enabled": False, "app.update.enabled": False,
        }
        (self.profile / "user.js").write_text(
            "".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in prefs.items()))
        self.process = subprocess.Popen(
            [executable, "--headless", "--marionette", "--no-remote", "--profile", str(self.profile),
             "--window-size=1200,1600"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while True:
            try:
                self.socket = socket.create_connection(("127.0.0.1", port), timeout=60)
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.5)
        self.buffer = b""
        self.next_id = 0
        self.receive()  # the greeting
        self.command("WebDriver:NewSession", {"capabilities": {"alwaysMatch": {"acceptInsecureCerts": True}}})
        self.command("WebDriver:SetWindowRect", {"x": 0, "y": 0, "width": 1200, "height": 1600})

    def receive(self):
        while b":" not in self.buffer:
            self.buffer += self.socket.recv(65536)
        length, rest = self.buffer.split(b":", 1)
        while len(rest) < int(length):
            rest += self.socket.recv(65536)
        message, self.buffer = rest[:int(length)], rest[int(length):]
        return json.loads(message)

    def command(self, name: str, parameters: dict | None = None):
        self.next_id += 1
        body = json.dumps([0, self.next_id, name, parameters or {}]).encode()
        self.socket.sendall(str(len(body)).encode() + b":" + body)
        while True:
            answer = self.receive()
            if isinstance(answer, list) and answer[0] == 1 and answer[1] == self.next_id:
                if answer[2]:
                    raise RuntimeError(f"{name}: {answer[2]}")
                return answer[3]

    def evaluate(self, expression: str):
        return self.command("WebDriver:ExecuteScript", {"script": f"return {expression};", "args": []})["value"]

    def pointer(self, actions: list[dict]):
        self.command("WebDriver:PerformActions", {"actions": [
            {"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"}, "actions": actions}]})
        self.command("WebDriver:ReleaseActions")

    def close(self):
        try:
            self.command("WebDriver:DeleteSession")
        except (OSError, RuntimeError):
            pass
        self.process.kill()
        self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def check(browser: Marionette, binary: str, out: Path, downloads: Path, name: str, folder: Path) -> list[str]:
    failures = []

    def expect(condition, message):
        if not condition:
            failures.append(f"{name}: {message}")
            print(f"FAIL: {name}: {message}")

    page = out / f"{name}.html"
    result = run(binary, "edit", str(folder), "-o", str(page), "--lang", "nl")
    expect(result.returncode == 0, f"edit exited {result.returncode}: {result.stderr}")
    browser.command("WebDriver:Navigate", {"url": page.resolve().as_uri()})
    expect(browser.evaluate("typeof window.netwerkkaartEditor") == "object", "the page's script did not run")
    browser.evaluate("(window.__errors = [], window.addEventListener('error', e => window.__errors.push(e.message)))")
    expect(browser.evaluate("performance.getEntriesByType('resource').length") == 0, "the page loaded a resource")
    labels = labels_of(folder)
    scene = browser.evaluate("JSON.parse(document.getElementById('editor-data').textContent)")
    names = browser.evaluate("Array.from(document.querySelectorAll('.actor')).map(a => a.getAttribute('aria-label'))")
    for actor, accessible in zip(scene["actors"], names):
        expect(accessible.startswith(labels[actor["id"]] + ", "), f"{actor['id']} is called {accessible!r}")
    before = read_positions(browser.evaluate("window.netwerkkaartEditor.positions()"))

    def screen(x, y):
        return browser.evaluate(
            f"(() => {{ const p = new DOMPoint({x * 72}, {-y * 72}).matrixTransform("
            f"document.getElementById('map').getScreenCTM()); return [p.x, p.y]; }})()")

    movable = [a for a in scene["actors"] if not a["focus"]]
    dragged = movable[len(movable) // 2]
    r = math.hypot(dragged["x"], dragged["y"])
    angle = math.atan2(dragged["y"], dragged["x"]) + 0.35
    start, end = screen(dragged["x"], dragged["y"]), screen(r * math.cos(angle), r * math.sin(angle))
    start, end = [round(v) for v in start], [round(v) for v in end]
    browser.evaluate("window.scrollTo(0, 0)")
    browser.pointer([
        {"type": "pointerMove", "x": start[0], "y": start[1], "origin": "viewport", "duration": 0},
        {"type": "pointerDown", "button": 0},
        {"type": "pointerMove", "x": end[0], "y": end[1], "origin": "viewport", "duration": 300},
        {"type": "pointerUp", "button": 0},
    ])
    release = browser.evaluate(
        f"(() => {{ const p = new DOMPoint({end[0]}, {end[1]}).matrixTransform("
        f"document.getElementById('map').getScreenCTM().inverse()); return [p.x / 72, -p.y / 72]; }})()")
    after = read_positions(browser.evaluate("window.netwerkkaartEditor.positions()"))
    moved = after[dragged["id"]]
    expect(abs(moved["x"] - release[0]) < 0.01 and abs(moved["y"] - release[1]) < 0.01,
           f"{dragged['id']} dropped at {release}, the page says ({moved['x']}, {moved['y']})")
    for actor_id, row in before.items():
        if actor_id != dragged["id"]:
            expect(after[actor_id]["row"] == row["row"], f"{actor_id} changed to {after[actor_id]['row']}")
    print(f"{name}: dragged {dragged['id']} to ({moved['x']}, {moved['y']}) in Firefox")

    other = movable[0]
    browser.evaluate(f"document.getElementById('actor-{scene['actors'].index(other)}').focus()")
    browser.command("WebDriver:PerformActions", {"actions": [{"type": "key", "id": "keyboard", "actions": [
        {"type": "keyDown", "value": "\ue014"}, {"type": "keyUp", "value": "\ue014"}]}]})
    browser.command("WebDriver:ReleaseActions")
    keyed = read_positions(browser.evaluate("window.netwerkkaartEditor.positions()"))[other["id"]]
    expect(keyed["row"] != after[other["id"]]["row"], f"the right arrow did not move {other['id']}")

    for old in downloads.iterdir():
        old.unlink()
    expected = browser.evaluate("window.netwerkkaartEditor.positions()")
    box = browser.evaluate("(() => { const r = document.getElementById('download').getBoundingClientRect();"
                           " return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)]; })()")
    browser.pointer([{"type": "pointerMove", "x": box[0], "y": box[1], "origin": "viewport", "duration": 0},
                     {"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0}])
    saved = downloads / "posities.csv"
    deadline = time.time() + 20
    while not (saved.exists() and saved.stat().st_size > 0) and time.time() < deadline:
        time.sleep(0.2)
    time.sleep(0.5)
    expect(saved.exists() and saved.read_text(encoding="utf-8") == expected,
           f"the download {'differs from the page' if saved.exists() else 'did not arrive'}: "
           f"{sorted(p.name for p in downloads.iterdir())}")
    if saved.exists():
        shutil.copy(saved, out / f"{name}-firefox.csv")
    errors = browser.evaluate("window.__errors")
    expect(not errors, f"errors: {errors}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--browser", default=shutil.which("firefox-esr") or shutil.which("firefox") or "firefox")
    arguments = parser.parse_args()
    out = arguments.out.resolve()
    downloads = out / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    hostile = hostile_map(out)
    root = Path(__file__).resolve().parents[2]
    browser = Marionette(arguments.browser, downloads)
    failures = []
    try:
        failures += check(browser, arguments.binary, out, downloads, "de-linde",
                          root / "Examples" / "basisschool-de-linde")
        failures += check(browser, arguments.binary, out, downloads, "labels-with-markup", hostile)
    finally:
        browser.close()
    if failures:
        print(f"{len(failures)} failures")
        return 1
    print("ok: the editor page in Firefox")
    return 0


if __name__ == "__main__":
    sys.exit(main())
