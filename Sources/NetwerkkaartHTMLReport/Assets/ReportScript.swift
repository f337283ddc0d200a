/// The report's scripts, inline (nothing to fetch).
///
/// ``errorCollector`` runs first, in `<head>`: it keeps every uncaught error, and when the
/// page's address ends in `#selftest` it writes them into the `data-errors` attribute of
/// `<html>` at the `load` event, for the browser test to read from the dumped DOM.
///
/// ``main`` runs at the end of `<body>`:
/// - each drawing: pointing at an actor (mouse) or reaching it with Tab (each actor gets
///   `tabindex="0"`) marks the actor and the ties whose `data-source` or `data-target` is its id
///   `lit`, its neighbours `near`, the rest fade (`svg.hovering`); the panel beside the drawing
///   shows the actor's figures from the map's `actor-data` JSON; its row in the metric table
///   lights up, and pointing at a row does the same as pointing at the actor;
/// - each sortable table: a header button sorts by its column (numbers by `data-value`, first
///   descending; text ascending, by the page's language), a second press reverses; `aria-sort`
///   says how;
/// - with `#selftest`: points at every actor of every drawing in turn, records the ids and
///   tooltips of the lit ties, checks that leaving clears them and that sorting sorts, and writes
///   the findings as JSON into `<pre id="selftest-result">`.
enum ReportScript {
  static let errorCollector = """
    (function () {
      var errors = [];
      window.__reportErrors = errors;
      window.addEventListener("error", function (event) {
        errors.push(String(event.message || event.type) + " @" + (event.lineno || 0));
      });
      window.addEventListener("unhandledrejection", function (event) { errors.push(String(event.reason)); });
      window.addEventListener("load", function () {
        if (location.hash === "#selftest") {
          document.documentElement.setAttribute("data-errors", JSON.stringify(errors));
        }
      });
    })();
    """

  static let main = """
    (function () {
      "use strict";
      var language = document.documentElement.getAttribute("lang") || "nl";

      function each(list, action) { Array.prototype.forEach.call(list, action); }

      function el(tag, text) {
        var node = document.createElement(tag);
        if (text !== undefined) { node.textContent = text; }
        return node;
      }

      function setUpMap(section) {
        var svg = section.querySelector("figure.map svg");
        var dataNode = section.querySelector("script.actor-data");
        var panel = section.querySelector(".actor-panel .panel-body");
        if (!svg || !dataNode || !panel) { return null; }
        var data = JSON.parse(dataNode.textContent);
        var tiesOf = {};
        var neighboursOf = {};
        each(svg.querySelectorAll("g.tie"), function (tie) {
          var source = tie.getAttribute("data-source"), target = tie.getAttribute("data-target");
          [[source, target], [target, source]].forEach(function (pair) {
            (tiesOf[pair[0]] = tiesOf[pair[0]] || []).push(tie);
            (neighboursOf[pair[0]] = neighboursOf[pair[0]] || []).push(pair[1]);
          });
        });
        var rows = {};
        each(section.querySelectorAll("tr[data-actor]"), function (row) { rows[row.getAttribute("data-actor")] = row; });

        function clear() {
          svg.classList.remove("hovering");
          each(svg.querySelectorAll(".lit, .near"), function (node) { node.classList.remove("lit", "near"); });
          each(section.querySelectorAll("tr.lit"), function (row) { row.classList.remove("lit"); });
          panel.textContent = "";
        }

        function show(id) {
          clear();
          var actor = svg.querySelector("g.actor[id='" + id + "']");
          if (!actor) { return; }
          svg.classList.add("hovering");
          actor.classList.add("lit");
          (tiesOf[id] || []).forEach(function (tie) { tie.classList.add("lit"); });
          (neighboursOf[id] || []).forEach(function (other) {
            var node = svg.querySelector("g.actor[id='" + other + "']");
            if (node && node !== actor) { node.classList.add("near"); }
          });
          if (rows[id]) { rows[id].classList.add("lit"); }
          var info = data[id];
          if (!info) { return; }
          panel.appendChild(el("h4", info.label));
          var list = el("dl");
          [["id", info.id], [language === "en" ? "role" : "rol", info.role], ["type", info.type]]
            .concat(info.figures).forEach(function (pair) {
              if (pair[1] === "") { return; }
              list.appendChild(el("dt", pair[0]));
              list.appendChild(el("dd", pair[1]));
            });
          panel.appendChild(list);
        }

        each(svg.querySelectorAll("g.actor"), function (actor) {
          var id = actor.getAttribute("id");
          actor.setAttribute("tabindex", "0");
          actor.setAttribute("role", "button");
          if (data[id]) { actor.setAttribute("aria-label", data[id].label); }
          actor.addEventListener("mouseenter", function () { show(id); });
          actor.addEventListener("focus", function () { show(id); });
          actor.addEventListener("mouseleave", clear);
          actor.addEventListener("blur", clear);
        });
        Object.keys(rows).forEach(function (id) {
          rows[id].addEventListener("mouseenter", function () { show(id); });
          rows[id].addEventListener("focus", function () { show(id); });
          rows[id].addEventListener("mouseleave", clear);
          rows[id].addEventListener("blur", clear);
        });
        return { svg: svg, show: show, clear: clear };
      }

      function cellKey(row, column, numeric) {
        var cell = row.children[column];
        if (!cell) { return numeric ? -Infinity : ""; }
        if (numeric) {
          var value = parseFloat(cell.getAttribute("data-value"));
          return isNaN(value) ? -Infinity : value;
        }
        return cell.textContent;
      }

      function sortTable(table, column) {
        var headers = table.querySelectorAll("thead th");
        var header = headers[column];
        var numeric = header.classList.contains("num");
        var current = header.getAttribute("aria-sort");
        var descending = current === "none" ? numeric : current === "ascending";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.forEach(function (row, index) { row.__order = index; });
        rows.sort(function (a, b) {
          var x = cellKey(a, column, numeric), y = cellKey(b, column, numeric);
          var order = numeric ? (x < y ? -1 : x > y ? 1 : 0) : String(x).localeCompare(String(y), language);
          if (descending) { order = -order; }
          return order !== 0 ? order : a.__order - b.__order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        each(headers, function (other) { other.setAttribute("aria-sort", "none"); });
        header.setAttribute("aria-sort", descending ? "descending" : "ascending");
      }

      each(document.querySelectorAll("table.sortable"), function (table) {
        each(table.querySelectorAll("thead button"), function (button) {
          button.addEventListener("click", function () {
            sortTable(table, parseInt(button.getAttribute("data-column"), 10));
          });
        });
      });

      var maps = [];
      each(document.querySelectorAll("section.school"), function (section) {
        var map = setUpMap(section);
        if (map) { maps.push({ section: section, map: map }); }
      });

      if (location.hash !== "#selftest") { return; }
      var result = { maps: [], sorting: [] };
      maps.forEach(function (entry) {
        var svg = entry.map.svg;
        var found = { section: entry.section.id, actors: {}, leftLit: 0 };
        each(svg.querySelectorAll("g.actor"), function (actor) {
          actor.dispatchEvent(new MouseEvent("mouseenter"));
          var ties = [];
          each(svg.querySelectorAll("g.tie.lit"), function (tie) {
            var title = tie.querySelector("title");
            ties.push({ id: tie.getAttribute("id"), title: title ? title.textContent.split("\\n")[0] : "" });
          });
          var faded = svg.classList.contains("hovering") && actor.classList.contains("lit");
          var panel = entry.section.querySelector(".actor-panel .panel-body h4");
          found.actors[actor.getAttribute("id")] = { ties: ties, faded: faded, panel: panel ? panel.textContent : "" };
          actor.dispatchEvent(new MouseEvent("mouseleave"));
          found.leftLit += svg.querySelectorAll(".lit").length + (svg.classList.contains("hovering") ? 1 : 0);
        });
        result.maps.push(found);
      });
      each(document.querySelectorAll("table.sortable"), function (table) {
        var headers = table.querySelectorAll("thead th.num");
        if (!headers.length) { return; }
        var column = Array.prototype.indexOf.call(table.querySelectorAll("thead th"), headers[0]);
        headers[0].querySelector("button").click();
        var values = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
          return parseFloat(row.children[column].getAttribute("data-value"));
        });
        var sorted = values.every(function (value, index) { return index === 0 || values[index - 1] >= value; });
        result.sorting.push({ column: column, descending: sorted, sort: headers[0].getAttribute("aria-sort") });
      });
      var out = el("pre", JSON.stringify(result));
      out.id = "selftest-result";
      out.hidden = true;
      document.body.appendChild(out);
    })();
    """
}
