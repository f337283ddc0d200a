/// The editor page's script, inline (nothing to fetch). It reads the scene from the
/// `editor-data` JSON, and then:
///
/// - **dragging** (pointer events: mouse, pen and touch alike): the actor follows the pointer,
///   its centre kept within its band (``EditorScript/main``'s `constrain`: the distance from the
///   centre clamped to the band's inner and outer edge, 0.001 in clear of both); with the
///   checkbox ticked, within the band under the pointer, whose role the actor then takes;
/// - **keyboard**: the focused actor moves 0.05 in per arrow key (0.25 in with Shift), Escape
///   puts it back where the layout had it;
/// - after each move, the ties follow, the status line says where the actor is, and the actor's
///   accessible name says its new role;
/// - **download**: the positions file (``EditorPage``) as a `blob:` address, saved with the
///   `download` attribute; `window.netwerkkaartEditor.positions()` gives the same text (for an
///   embedding page or a test).
///
/// Positions are kept rounded to four decimals of an inch, so that what the page shows is what
/// the file says; actors nobody moved keep the layout's own numbers.
enum EditorScript {
  static let main = #"""
    (function () {
      "use strict";
      var scene = JSON.parse(document.getElementById("editor-data").textContent);
      var words = scene.words;
      var svg = document.getElementById("map");
      var status = document.getElementById("status");
      var allowRoleChange = document.getElementById("allow-role-change");
      var changeList = document.getElementById("role-change-list");
      var EDGE = 0.001;
      var actors = scene.actors.map(function (actor, index) {
        return {
          data: actor, index: index, x: actor.x, y: actor.y, band: actor.band, role: actor.role,
          element: document.getElementById("actor-" + index), ties: []
        };
      });
      scene.ties.forEach(function (tie, number) {
        var line = document.getElementById("tie-" + number);
        actors[tie.source].ties.push({ line: line, end: 1 });
        actors[tie.target].ties.push({ line: line, end: 2 });
      });

      function round(value) { return Math.round(value * 10000) / 10000; }
      function number(value) { var rounded = round(value); return String(rounded === 0 ? 0 : rounded); }
      function points(value) { return String(Math.round(value * 7200) / 100); }
      function fill(template, values) {
        return template.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
      }
      function bandName(band) { return band >= 0 ? scene.bands[band].name : ""; }

      function accessibleName(actor) {
        var parts = [actor.data.name, words.role + " " + bandName(actor.band)];
        if (actor.data.type) { parts.push(actor.data.type); }
        return parts.join(", ");
      }

      // The band an actor at distance r from the centre lies in (the nearest band beyond the ends).
      function bandAt(r) {
        for (var i = 0; i < scene.bands.length; i++) {
          if (r <= scene.bands[i].outer) { return i; }
        }
        return scene.bands.length - 1;
      }

      // The point nearest (x, y) whose distance from the centre lies within the band.
      function constrain(actor, x, y) {
        var r = Math.sqrt(x * x + y * y);
        var band = allowRoleChange.checked ? bandAt(r) : actor.band;
        var inner = scene.bands[band].inner + EDGE, outer = scene.bands[band].outer - EDGE;
        if (inner > outer) { inner = outer = (scene.bands[band].inner + scene.bands[band].outer) / 2; }
        if (r < 1e-9) { x = 0; y = 1; r = 1; }
        var clamped = Math.min(outer, Math.max(inner, r));
        return { x: round(x * clamped / r), y: round(y * clamped / r), band: band };
      }

      function place(actor, x, y, band) {
        actor.x = x;
        actor.y = y;
        actor.element.setAttribute("transform", "translate(" + points(x) + "," + points(-y) + ")");
        actor.ties.forEach(function (tie) {
          tie.line.setAttribute("x" + tie.end, points(x));
          tie.line.setAttribute("y" + tie.end, points(-y));
        });
        var moved = x !== actor.data.x || y !== actor.data.y;
        actor.element.classList.toggle("moved", moved);
        if (band !== actor.band) {
          actor.band = band;
          actor.role = scene.bands[band].role;
          var look = actor.data.looks[actor.role];
          var shape = actor.element.querySelector(".shape");
          shape.setAttribute("d", look.path);
          shape.setAttribute("fill", look.fill);
          actor.element.classList.toggle("role-changed", band !== actor.data.band);
          actor.element.setAttribute("aria-label", accessibleName(actor));
          actor.element.querySelector("title").textContent = accessibleName(actor);
          showRoleChanges();
        }
      }

      function announce(actor) {
        status.textContent = fill(words.moved, {
          name: actor.data.name, x: number(actor.x), y: number(actor.y), band: bandName(actor.band)
        });
      }

      function showRoleChanges() {
        var changed = actors.filter(function (actor) { return !actor.data.focus && actor.band !== actor.data.band; });
        changeList.textContent = "";
        changed.forEach(function (actor) {
          var item = document.createElement("li");
          item.textContent = actor.data.name + ": " + bandName(actor.data.band) + " \u2192 " + bandName(actor.band);
          changeList.appendChild(item);
        });
        document.getElementById("role-changes").hidden = changed.length === 0;
      }

      function field(text) {
        return /[",\r\n]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
      }

      function positions() {
        var lines = ["id,x,y,ring,sector"];
        actors.forEach(function (actor) {
          var ring = actor.data.focus ? "focus" : actor.role;
          lines.push([actor.data.id, number(actor.x), number(actor.y), ring, actor.data.type].map(field).join(","));
        });
        return lines.join("\n") + "\n";
      }

      function download() {
        var blob = new Blob([positions()], { type: "text/csv;charset=utf-8" });
        var address = URL.createObjectURL(blob);
        var link = document.createElement("a");
        link.href = address;
        link.download = scene.fileName;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(address); }, 60000);
        status.textContent = fill(words.saved, { file: scene.fileName });
      }

      function svgPoint(event) {
        var matrix = svg.getScreenCTM();
        var point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
        return { x: point.x / 72, y: -point.y / 72 };
      }

      actors.forEach(function (actor) {
        if (actor.data.focus) { return; }
        var element = actor.element;
        var grab = null;
        element.addEventListener("pointerdown", function (event) {
          if (event.button !== 0) { return; }
          var at = svgPoint(event);
          grab = { dx: actor.x - at.x, dy: actor.y - at.y, id: event.pointerId };
          element.setPointerCapture(event.pointerId);
          element.classList.add("dragging");
          element.focus();
          event.preventDefault();
        });
        element.addEventListener("pointermove", function (event) {
          if (!grab || event.pointerId !== grab.id) { return; }
          var at = svgPoint(event);
          var next = constrain(actor, at.x + grab.dx, at.y + grab.dy);
          place(actor, next.x, next.y, next.band);
        });
        function release(event) {
          if (!grab || event.pointerId !== grab.id) { return; }
          grab = null;
          element.classList.remove("dragging");
          announce(actor);
        }
        element.addEventListener("pointerup", release);
        element.addEventListener("pointercancel", release);
        element.addEventListener("keydown", function (event) {
          var step = event.shiftKey ? 0.25 : 0.05;
          var moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
          if (event.key === "Escape") {
            place(actor, actor.data.x, actor.data.y, actor.data.band);
            showRoleChanges();
          } else if (moves[event.key]) {
            var next = constrain(actor, actor.x + moves[event.key][0], actor.y + moves[event.key][1]);
            place(actor, next.x, next.y, next.band);
          } else {
            return;
          }
          event.preventDefault();
          announce(actor);
        });
      });

      document.getElementById("download").addEventListener("click", download);
      document.getElementById("reset").addEventListener("click", function () {
        actors.forEach(function (actor) { place(actor, actor.data.x, actor.data.y, actor.data.band); });
        showRoleChanges();
        status.textContent = words.wasReset;
      });
      window.netwerkkaartEditor = { positions: positions };
    })();
    """#
}
