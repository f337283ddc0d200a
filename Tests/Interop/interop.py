"""Interoperability test of `netwerkkaart convert` against independent readers and writers.

    python3 Tests/Interop/interop.py --binary .build/debug/netwerkkaart [--count 40] [--work DIR]
        [--seed 20260523] [--only a,c]
    python3 Tests/Interop/interop.py --self-check

Check families (one summary line each, then `interop: N checks, M failures`):

  a. Seeded random maps written as CSV folders by Python's csv module, converted to GraphML and
     node-link JSON and read back with NetworkX; to Pajek and read with NetworkX's Pajek reader;
     to JSON and parsed with the json module; CSV -> yaml/json/graphml/pajek -> CSV round trips
     compared row by row; `validate` on every converted file.
  b. GraphML written by NetworkX (Florentine families) and by igraph (Zachary), converted to a
     CSV folder.
  c. Workbooks written by openpyxl (English and Dutch sheet names, typed cells), broken
     workbooks, and a CSV folder converted to .xlsx and read back with openpyxl.
  d. GEXF from Examples/basisschool-de-linde and from random maps, validated against the
     official GEXF 1.3 schema (Tests/Fixtures/gexf-1.3) and read with networkx.read_gexf.
  e. UCINET DL: the public Zachary karate club file (two matrices) and hand-made edgelist1 and
     fullmatrix files (Tests/Fixtures/ucinet), compared with NetworkX and published facts.

Expected values come from the Python side only (the generated data, NetworkX, igraph, openpyxl
or published facts), never from the binary. Needs Python 3.10+, networkx, python-igraph,
openpyxl and lxml. `--self-check` needs no binary: it checks the fixtures and the Python side.
Exit status 0 iff every check passed (2 when the setup itself is broken).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
import zipfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import igraph as ig
import networkx as nx
import openpyxl
from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "Fixtures"
GEXF_SCHEMA = FIXTURES / "gexf-1.3"
UCINET = FIXTURES / "ucinet"
EXAMPLE = ROOT / "Examples" / "basisschool-de-linde"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
DEFAULT_SEED = 20260523

#: Text that means the binary crashed rather than reported an error.
CRASH_MARKERS = ("Fatal error", "Traceback (most recent call last)", "Segmentation fault",
                 "Illegal instruction", "Stack dump", "core dumped", "SIGSEGV", "SIGILL", "SIGABRT",
                 "Assertion failed", "Precondition failed", "panic:")

MAX_SHOWN = 25  # failure lines printed per family


# ---- running the binary and recording checks ----------------------------------------------

@dataclass
class Result:
    status: int
    stdout: str
    stderr: str
    crash: str | None  # why this looks like a crash, or None

    def describe(self) -> str:
        text = self.stderr.strip().replace("\n", " | ")
        return f"exit {self.status}{', ' + self.crash if self.crash else ''}; stderr: {text[:400]!r}"


def run(binary: str, args: list[str], timeout: float = 120) -> Result:
    """Runs `binary args`; returns (status, stdout, stderr) with crash text flagged."""
    try:
        proc = subprocess.run([binary, *map(str, args)], capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Result(-1, "", "", f"timed out after {timeout} s")
    stdout = proc.stdout.decode("utf-8", "replace")
    stderr = proc.stderr.decode("utf-8", "replace")
    crash = None
    if proc.returncode < 0:
        crash = f"killed by signal {-proc.returncode}"
    else:
        crash = next((f"crash text {m!r}" for m in CRASH_MARKERS if m in stderr or m in stdout), None)
    return Result(proc.returncode, stdout, stderr, crash)


class Family:
    """Counts the checks of one family and keeps the messages of those that failed."""

    def __init__(self, letter: str, title: str):
        self.letter, self.title = letter, title
        self.checks, self.failures, self.notes = 0, [], []

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        self.checks += 1
        if not ok:
            self.failures.append(f"{what}: {detail}" if detail else what)
        return bool(ok)

    def equal(self, actual, expected, what: str) -> bool:
        if isinstance(actual, dict) and isinstance(expected, dict):
            return self.check(actual == expected, what, dict_difference(actual, expected))
        return self.check(actual == expected, what, f"expected {short(expected)}, got {short(actual)}")

    def attempt(self, what: str, function, *args):
        """`function(*args)`, or None with a failed check when it raises."""
        try:
            return function(*args)
        except Exception as error:  # a reader choking on our output is a finding, not a crash
            self.check(False, what, f"{type(error).__name__}: {error}")
            return None

    def report(self) -> None:
        for line in self.failures[:MAX_SHOWN]:
            print(f"  FAIL {self.letter}. {line}")
        if len(self.failures) > MAX_SHOWN:
            print(f"  ... {len(self.failures) - MAX_SHOWN} more failures in {self.letter}.")
        for note in self.notes:
            print(f"  note {self.letter}. {note}")
        print(f"{self.letter}. {self.title}: {self.checks} checks, {len(self.failures)} failures")


def dict_difference(actual: dict, expected: dict) -> str:
    missing = [k for k in expected if k not in actual]
    extra = [k for k in actual if k not in expected]
    differ = [k for k in expected if k in actual and actual[k] != expected[k]]
    parts = [f"missing keys {short(missing, 120)}"] if missing else []
    parts += [f"unexpected keys {short(extra, 120)}"] if extra else []
    parts += [f"{len(differ)} differ, first {differ[0]!r}: expected {short(expected[differ[0]])}, "
              f"got {short(actual[differ[0]])}"] if differ else []
    return "; ".join(parts)


def short(value, limit: int = 300) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def converted(fam: Family, binary: str, source: Path, target: Path, *extra: str) -> bool:
    """`netwerkkaart convert source -o target`, checked to exit 0 without crash text."""
    result = run(binary, ["convert", source, "-o", target, *extra])
    return fam.check(result.status == 0 and not result.crash,
                     f"convert {source.parent.name}/{source.name} -> {target.name}", result.describe())


def expect_error(fam: Family, binary: str, args: list, what: str, pattern: str | None = None,
                 mentions: tuple[str, ...] = ()) -> Result:
    """Runs a command that must fail with status 1, an `error:` line and no crash."""
    result = run(binary, args)
    fam.check(result.status == 1 and not result.crash, f"{what}: exit 1 without crash", result.describe())
    fam.check("error:" in result.stderr, f"{what}: stderr has 'error:'", result.describe())
    if pattern:
        fam.check(re.search(pattern, result.stderr) is not None, f"{what}: stderr matches {pattern}",
                  result.describe())
    for word in mentions:
        fam.check(word.lower() in result.stderr.lower(), f"{what}: stderr mentions {word!r}", result.describe())
    return result


# ---- CSV tables ----------------------------------------------------------------------------

def write_table(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(column, "") for column in header])


def read_table(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a CSV file written by the binary (all-empty lines skipped)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        lines = [line for line in csv.reader(handle)]
    lines = [line for line in lines if any(cell != "" for cell in line)]
    if not lines:
        return [], []
    header = lines[0]
    return header, [dict(zip(header, line + [""] * (len(header) - len(line)))) for line in lines[1:]]


@dataclass
class MapData:
    """A map as the Python side wrote it: every value is text, "" for an empty cell."""
    actor_columns: list[str]
    actors: list[dict[str, str]]
    tie_columns: list[str]
    ties: list[dict[str, str]]
    meta: dict[str, str] = field(default_factory=dict)

    def write(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        write_table(folder / "actors.csv", self.actor_columns, self.actors)
        write_table(folder / "ties.csv", self.tie_columns, self.ties)
        if self.meta:
            write_table(folder / "map.csv", ["key", "value"],
                        [{"key": key, "value": value} for key, value in self.meta.items()])
        return folder

    def has_duplicate_pairs(self) -> bool:
        pairs = Counter(pair(tie["source"], tie["target"]) for tie in self.ties)
        return any(count > 1 for count in pairs.values())


def read_map_folder(folder: Path) -> tuple[MapData | None, str]:
    """The tables of a CSV folder written by the binary, or None and why not."""
    if not (folder / "actors.csv").is_file() or not (folder / "ties.csv").is_file():
        found = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else "no folder"
        return None, f"{folder.name} lacks actors.csv or ties.csv (found {found})"
    try:
        actor_columns, actors = read_table(folder / "actors.csv")
        tie_columns, ties = read_table(folder / "ties.csv")
        meta = {}
        if (folder / "map.csv").is_file():
            _, rows = read_table(folder / "map.csv")
            meta = {row.get("key", ""): row.get("value", "") for row in rows}
    except (UnicodeDecodeError, csv.Error) as error:
        return None, f"{folder.name}: not UTF-8 CSV ({error})"
    return MapData(actor_columns, actors, tie_columns, ties, meta), ""


def load_json(path: Path):
    return json.loads(path.read_text("utf-8"))


def pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def weight_of(text) -> float | str:
    """A tie weight as a number: an empty cell means 1; text that is no number stays text (and
    so compares unequal)."""
    if text is None or text == "":
        return 1.0
    try:
        return float(text)
    except ValueError:
        return str(text)


def non_empty(row: dict) -> dict:
    return {key: value for key, value in row.items() if value not in ("", None)}


def normalized_actors(m: MapData) -> list[dict]:
    return [non_empty(actor) for actor in m.actors]


def normalized_ties(m: MapData) -> list[dict]:
    rows = []
    for tie in m.ties:
        row = non_empty(tie)
        row["weight"] = weight_of(tie.get("weight"))
        rows.append(row)
    return rows


def first_difference(actual: list, expected: list) -> str:
    if len(actual) != len(expected):
        return f"{len(actual)} rows, expected {len(expected)}"
    for index, (a, e) in enumerate(zip(actual, expected)):
        if a != e:
            return f"row {index + 1}: expected {short(e)}, got {short(a)}"
    return "equal"


def compare_tables(fam: Family, got: MapData, want: MapData, what: str) -> None:
    """Same actors and ties in order with the same values; map metadata equal."""
    fam.check(got.actor_columns[:4] == ["id", "label", "role", "type"], f"{what}: actors.csv header",
              f"starts {got.actor_columns[:4]}")
    fam.check(got.tie_columns[:3] == ["source", "target", "weight"], f"{what}: ties.csv header",
              f"starts {got.tie_columns[:3]}")
    actors, ties = normalized_actors(got), normalized_ties(got)
    fam.check(actors == normalized_actors(want), f"{what}: actors",
              first_difference(actors, normalized_actors(want)))
    fam.check(ties == normalized_ties(want), f"{what}: ties", first_difference(ties, normalized_ties(want)))
    fam.equal(non_empty(got.meta), non_empty(want.meta), f"{what}: map metadata")


# ---- typing of attribute values (the documented GraphML typing) ---------------------------

INT_RE = re.compile(r"[+-]?[0-9]+")
REAL_RE = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
#: Keys networkx.read_graphml adds to every graph's data.
NETWORKX_GRAPH_KEYS = {"node_default", "edge_default"}
GRAPHML_TYPES = {"int": {"long", "int"}, "double": {"double"}, "boolean": {"boolean"}, "string": {"string"}}


def column_kind(values) -> str | None:
    """int, double, boolean or string for the non-empty values of a column; None if all empty."""
    values = [value for value in values if value != ""]
    if not values:
        return None
    if all(INT_RE.fullmatch(value) for value in values):
        return "int"
    if all(REAL_RE.fullmatch(value) for value in values):
        return "double"
    if all(value in ("true", "false") for value in values):
        return "boolean"
    return "string"


def canon(value, kind: str | None):
    """A value read according to its column's kind, comparable across formats."""
    if isinstance(value, bool):
        return ("boolean", value)
    if isinstance(value, (int, float)):
        return ("number", float(value))
    text = str(value)
    if kind in ("int", "double"):
        try:
            return ("number", float(text))
        except ValueError:
            pass
    if kind == "boolean" and text in ("true", "false"):
        return ("boolean", text == "true")
    return ("text", text)


def actor_kinds(m: MapData) -> dict[str, str | None]:
    return {column: column_kind([actor[column] for actor in m.actors]) for column in m.actor_columns[1:]}


def tie_kinds(m: MapData) -> dict[str, str | None]:
    return {column: column_kind([tie[column] for tie in m.ties]) for column in m.tie_columns[3:]}


def edge_key(u: str, v: str, weight: float, attributes: dict, kinds: dict) -> tuple:
    attrs = tuple(sorted((key, canon(value, kinds.get(key))) for key, value in attributes.items()))
    return (*pair(u, v), weight, attrs)


def expected_edges(m: MapData, with_attributes: bool = True) -> Counter:
    kinds = tie_kinds(m)
    return Counter(edge_key(t["source"], t["target"], weight_of(t["weight"]),
                            non_empty({k: t[k] for k in m.tie_columns[3:]}) if with_attributes else {}, kinds)
                   for t in m.ties)


def graph_edges(G: nx.Graph, kinds: dict, ignore=("id", "key", "weight"), with_attributes: bool = True,
                drop_empty: bool = False) -> Counter:
    edges = Counter()
    for u, v, data in G.edges(data=True):
        attributes = {k: x for k, x in data.items() if k not in ignore}
        if drop_empty:
            attributes = non_empty(attributes)
        edges[edge_key(u, v, weight_of(data.get("weight")), attributes if with_attributes else {}, kinds)] += 1
    return edges


def counter_difference(actual: Counter, expected: Counter) -> str:
    missing, extra = expected - actual, actual - expected
    return (f"{sum(missing.values())} missing e.g. {short(list(missing)[:2])}; "
            f"{sum(extra.values())} unexpected e.g. {short(list(extra)[:2])}")


def compare_graph(fam: Family, G: nx.Graph, m: MapData, what: str, drop_empty: bool) -> None:
    """Node set, node attributes, edge multiset and metadata of a graph read by NetworkX."""
    ids = [actor["id"] for actor in m.actors]
    fam.check(set(G.nodes) == set(ids) and G.number_of_nodes() == len(ids), f"{what}: node set",
              f"missing {short(sorted(set(ids) - set(G.nodes)))}, extra {short(sorted(set(G.nodes) - set(ids)))}")
    kinds = actor_kinds(m)
    wrong = []
    for actor in m.actors:
        if actor["id"] not in G:
            continue
        want = {k: canon(v, kinds[k]) for k, v in non_empty(actor).items() if k != "id"}
        data = G.nodes[actor["id"]]
        got = {k: canon(v, kinds.get(k)) for k, v in (non_empty(data) if drop_empty else data).items()}
        if got != want:
            wrong.append(f"{actor['id']!r}: expected {short(want, 200)}, got {short(got, 200)}")
    fam.check(not wrong, f"{what}: node attributes", f"{len(wrong)} actors differ, first {wrong[:1]}")
    got_edges, want_edges = graph_edges(G, tie_kinds(m), drop_empty=drop_empty), expected_edges(m)
    fam.check(got_edges == want_edges, f"{what}: edge multiset", counter_difference(got_edges, want_edges))
    graph = {k: v for k, v in G.graph.items() if k not in NETWORKX_GRAPH_KEYS}
    fam.equal(metadata(non_empty(graph) if drop_empty else graph), metadata(non_empty(m.meta)),
              f"{what}: graph metadata")


def metadata(values: dict) -> dict:
    """Map metadata compared by meaning: "2", 2 and 2.0 are the same wave."""
    return {k: canon(v, column_kind([v]) if isinstance(v, str) else None) for k, v in values.items()}


def parse_graphml(path: Path):
    """Keys, graph element, nodes [(id, {name: text})] and edges [(source, target, {name: text})],
    read with ElementTree only: the text exactly as written."""
    ns = {"g": GRAPHML_NS}
    root = ET.parse(path).getroot()
    keys = {k.get("id"): (k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.findall("g:key", ns)}

    def data(element):
        return {keys[d.get("key")][1]: d.text or "" for d in element.findall("g:data", ns)}

    graph = root.find("g:graph", ns)
    nodes = [(n.get("id"), data(n)) for n in graph.findall("g:node", ns)]
    edges = [(e.get("source"), e.get("target"), data(e)) for e in graph.findall("g:edge", ns)]
    return keys, graph, nodes, edges


def check_graphml_keys(fam: Family, path: Path, m: MapData, what: str) -> None:
    """Declared attr.type of each attribute, per the documented typing, and edgedefault."""
    parsed = fam.attempt(f"{what}: well-formed GraphML", parse_graphml, path)
    if parsed is None:
        return
    keys, graph, _, _ = parsed
    declared = {(scope, name): kind for scope, name, kind in keys.values()}
    fam.equal(graph.get("edgedefault"), "undirected", f"{what}: edgedefault")
    wrong = []
    for scope, kinds in (("node", actor_kinds(m)), ("edge", tie_kinds(m))):
        for column, kind in kinds.items():
            if kind is None:
                continue
            got = declared.get((scope, column))
            if got not in GRAPHML_TYPES[kind]:
                wrong.append(f"{scope} {column!r}: values are {kind}, declared {got}")
    if m.ties:
        if declared.get(("edge", "weight")) != "double":
            wrong.append(f"edge 'weight' declared {declared.get(('edge', 'weight'))}, expected double")
    fam.check(not wrong, f"{what}: key types", "; ".join(wrong[:4]))


# ---- random maps ---------------------------------------------------------------------------

IDS = ["school", "directeur", "zoco", "clb", "bib", "ouders", "gemeente", "wg-stem", "Zoë", "学校",
       'R&D "lab" <x>', "De Linde", "Sint-Jan, Brugge", "Ñandú; vzw", "O'Brien", "École 't Klavertje",
       "Ærø", "Łódź", "αβγ", "100% STEM", "lerarenopleiding", "universiteit", "bedrijf", "academie",
       "inspectie", "departement", "scholengemeenschap", "schoolbestuur", "welzijn", "cultuur"]
LABELS = ["", "Vrije Basisschool De Linde", 'Basisschool "Het Anker", Gent', "学校 3", "Zoë's klas",
          "R&D <lab> & co", "CLB Kempen; afdeling Noord", "Bibliotheek Hoogheide", "Ærø Skole", "Директор",
          "Ouderraad"]
ROLES = ["kern", "verankering", "omkadering", "context", ""]
TYPES = ["school", "schoolteam", "clb", "pedagogische-begeleiding", "universiteit", "bibliotheek", "bedrijf",
         "ouders", "welzijn", ""]
TEXTS = ["schoolbeleid vormgeven", "lezen, schrijven; rekenen", 'zij zei "ja"', "regel 1\nregel 2",
         "Zoë's plan — fase 2", "学校 samenwerking", "a,b,c", "", "R&D <x> & y", "; begint met puntkomma",
         "50% minder uitval", 'komma, "quote" en\nnieuwe regel']
WEIGHTS = ["1", "2", "3", "4", "5", "2.5", "0.5", "1.25", ""]
META = {"school": ["Vrije Basisschool De Linde", "Atheneum Zuid", "学校 Hoogheide", 'Sint-Jozef "De Bron"'],
        "date": ["2024-05-13", "2025-01-30"],
        "focus_group": ["leerkrachten, directie", "zorgteam"],
        "wave": ["1", "2", "3"],
        "notes": ['Opgenomen in de "leraarskamer".\nTweede regel; met puntkomma.', "kort"],
        "interviewer": ["Zoë Peeters", "R. de Smet"]}


def random_map(map_seed: int) -> MapData:
    """A map with 3-25 actors (some isolated), unicode ids, codebook attributes, integer and
    decimal weights, sometimes a pair listed twice, sometimes metadata; rebuilt from the seed."""
    rng = random.Random(map_seed)
    n = rng.randint(3, 25)
    ids = rng.sample(IDS, n)
    actor_columns = ["id", "label", "role", "type"] + [c for c in ["intern", "functie", "leerlingen", "actief"]
                                                       if rng.random() < 0.7]
    actors = []
    for actor_id in ids:
        row = {"id": actor_id, "label": rng.choice(LABELS), "role": rng.choice(ROLES), "type": rng.choice(TYPES),
               "intern": rng.choice(["ja", "nee", ""]), "functie": rng.choice(TEXTS),
               "leerlingen": rng.choice(["", str(rng.randint(5, 900))]), "actief": rng.choice(["true", "false", ""])}
        actors.append({column: row[column] for column in actor_columns})
    if "leerlingen" in actor_columns and rng.random() < 0.25:
        rng.choice(actors)["leerlingen"] = "ca. 300"  # one text value makes the column text
    tie_columns = ["source", "target", "weight"] + [c for c in ["frequentie", "vorm", "motief", "doel", "sinds",
                                                                "intensiteit"] if rng.random() < 0.7]
    isolates = set(rng.sample(ids, rng.randint(0, min(3, n - 2))))
    tied = [actor_id for actor_id in ids if actor_id not in isolates]
    candidates = [(a, b) for i, a in enumerate(tied) for b in tied[i + 1:]]
    count = 0 if map_seed % 13 == 12 else rng.randint(1, min(len(candidates), 2 * len(tied)))
    pairs = rng.sample(candidates, count)
    if pairs and rng.random() < 0.4:  # a pair listed again, as written or reversed
        for a, b in rng.sample(pairs, min(len(pairs), rng.randint(1, 2))):
            pairs.insert(rng.randrange(len(pairs) + 1), (b, a) if rng.random() < 0.5 else (a, b))
    ties = []
    for a, b in pairs:
        if rng.random() < 0.5:
            a, b = b, a
        row = {"source": a, "target": b, "weight": rng.choice(WEIGHTS),
               "frequentie": rng.choice(["wekelijks", "maandelijks", "jaarlijks", ""]),
               "vorm": rng.choice(["face-to-face", "online", "hybride", ""]),
               "motief": rng.choice(["taak", "relatie", "groei", ""]), "doel": rng.choice(TEXTS),
               "sinds": rng.choice(["", str(rng.randint(1995, 2025))]),
               "intensiteit": rng.choice(["0.5", "1", "1.75", "2.5", "3", ""])}
        ties.append({column: row[column] for column in tie_columns})
    meta = {}
    if rng.random() < 0.7:
        meta = {key: rng.choice(values) for key, values in META.items() if rng.random() < 0.8}
    return MapData(actor_columns, actors, tie_columns, ties, meta)


def random_maps(seed: int, count: int) -> list[tuple[int, MapData]]:
    return [(seed * 1000 + k, random_map(seed * 1000 + k)) for k in range(count)]


# ---- a. random maps through every text format ----------------------------------------------

def family_random_maps(binary: str, work: Path, seed: int, count: int) -> Family:
    fam = Family("a", f"random maps ({count}, seed {seed}) -> graphml, node-link, json, pajek, yaml")
    usage = run(binary, ["convert", EXAMPLE, "-o", work / "x.out", "--to", "no-such-format"])
    fam.check(usage.status == 64 and not usage.crash, "convert --to no-such-format exits 64", usage.describe())
    for map_seed, m in random_maps(seed, count):
        try:
            check_random_map(fam, binary, work, map_seed, m)
        except Exception:  # a broken file must not end the family
            fam.check(False, f"map {map_seed}: checks raised", traceback.format_exc(limit=2))
    return fam


def check_random_map(fam: Family, binary: str, work: Path, map_seed: int, m: MapData) -> None:
    """One random map through every text format, read back by NetworkX, json and the binary."""
    folder = m.write(work / f"map-{map_seed}" / "kaart")
    base, tag = folder.parent, f"map {map_seed}"
    outputs = {extension: base / f"kaart.{extension}" for extension in ("graphml", "node-link.json", "json",
                                                                       "net", "yaml")}
    made = {extension: converted(fam, binary, folder, path) for extension, path in outputs.items()}

    if made["graphml"]:
        check_graphml_keys(fam, outputs["graphml"], m, f"{tag} graphml")
        G = fam.attempt(f"{tag}: networkx.read_graphml", nx.read_graphml, outputs["graphml"])
        if G is not None:
            compare_graph(fam, G, m, f"{tag} graphml", drop_empty=False)
    if made["node-link.json"]:
        data = fam.attempt(f"{tag}: node-link is UTF-8 JSON", load_json, outputs["node-link.json"])
        if data is not None:
            check_node_link(fam, data, m, tag)
    if made["json"]:
        data = fam.attempt(f"{tag}: json document is UTF-8 JSON", load_json, outputs["json"])
        if data is not None:
            check_document(fam, data, m, f"{tag} json")
    if made["net"]:
        check_pajek(fam, outputs["net"], m, tag)

    for extension in ("yaml", "json", "graphml", "net"):  # CSV -> format -> CSV, both ways by the binary
        back = base / f"back-{extension}"
        if made[extension] and converted(fam, binary, outputs[extension], back):
            got, why = read_map_folder(back)
            if fam.check(got is not None, f"{tag}: {extension} round trip wrote a CSV folder", why):
                compare_tables(fam, got, m, f"{tag} csv -> {extension} -> csv")

    for extension, path in outputs.items():
        if made[extension]:
            result = run(binary, ["validate", path])
            fam.check(result.status == 0 and not result.crash, f"{tag}: validate {path.name}", result.describe())


def check_node_link(fam: Family, data: dict, m: MapData, tag: str) -> None:
    fam.equal(data.get("directed"), False, f"{tag} node-link: directed")
    multigraph = data.get("multigraph")
    fam.check(isinstance(multigraph, bool), f"{tag} node-link: multigraph is a bool", short(multigraph))
    if m.has_duplicate_pairs():
        fam.equal(multigraph, True, f"{tag} node-link: multigraph with a pair listed twice")
    links = data.get("links", [])
    keyed = [isinstance(link.get("key"), int) and not isinstance(link.get("key"), bool) for link in links]
    fam.check(all(keyed) if multigraph else not any("key" in link for link in links),
              f"{tag} node-link: integer 'key' exactly when multigraph", f"multigraph={multigraph}")
    fam.check(all(isinstance(link.get("weight"), (int, float)) and not isinstance(link.get("weight"), bool)
                  for link in links), f"{tag} node-link: weights are JSON numbers",
              short([link.get("weight") for link in links][:5]))
    G = fam.attempt(f"{tag}: networkx.node_link_graph", lambda: nx.node_link_graph(data, edges="links"))
    if G is not None:
        compare_graph(fam, G, m, f"{tag} node-link", drop_empty=True)


def check_document(fam: Family, data: dict, m: MapData, what: str) -> None:
    """The yaml/json document: metadata at the top, `actors` and `ties` lists of mappings."""
    if not fam.check(isinstance(data, dict) and isinstance(data.get("actors"), list)
                     and isinstance(data.get("ties"), list), f"{what}: actors and ties lists", short(data)):
        return
    kinds, tkinds = actor_kinds(m), tie_kinds(m)
    got_actors = [{k: canon(v, kinds.get(k)) for k, v in non_empty(a).items() if k != "id"} | {"id": a.get("id")}
                  for a in data["actors"]]
    want_actors = [{k: canon(v, kinds[k]) for k, v in non_empty(a).items() if k != "id"} | {"id": a["id"]}
                   for a in m.actors]
    fam.check(got_actors == want_actors, f"{what}: actors in order", first_difference(got_actors, want_actors))

    def tie_row(tie, kinds_):
        row = {k: canon(v, kinds_.get(k)) for k, v in non_empty(tie).items() if k not in ("source", "target", "weight")}
        return (tie.get("source"), tie.get("target"), weight_of(tie.get("weight")), row)

    got_ties = [tie_row(t, tkinds) for t in data["ties"]]
    want_ties = [tie_row(t, tkinds) for t in m.ties]
    fam.check(got_ties == want_ties, f"{what}: ties in order", first_difference(got_ties, want_ties))
    got_meta = metadata(non_empty({k: v for k, v in data.items() if k not in ("actors", "ties")}))
    fam.equal(got_meta, metadata(non_empty(m.meta)), f"{what}: metadata")


def check_pajek(fam: Family, path: Path, m: MapData, tag: str) -> None:
    """Standard Pajek for other tools: NetworkX's reader sees the ids and the weighted ties.
    NetworkX splits lines with shlex, so maps whose ids hold quotes are left to the round trip."""
    if any('"' in a["id"] or "'" in a["id"] for a in m.actors):
        return
    G = fam.attempt(f"{tag}: networkx.read_pajek", nx.read_pajek, path)
    if G is None:
        return
    ids = [a["id"] for a in m.actors]
    fam.check(sorted(G.nodes) == sorted(ids), f"{tag} pajek: vertex labels are the actor ids",
              f"got {short(sorted(G.nodes))}")
    got = graph_edges(G, {}, with_attributes=False, ignore=("weight",))
    want = expected_edges(m, with_attributes=False)
    fam.check(got == want, f"{tag} pajek: weighted edges", counter_difference(got, want))


# ---- b. GraphML written by NetworkX and igraph ---------------------------------------------

def family_library_graphml(binary: str, work: Path) -> Family:
    fam = Family("b", "GraphML written by NetworkX (Florentine families) and igraph (Zachary)")

    G = nx.florentine_families_graph()
    for name in G:
        G.nodes[name]["label"] = f"Famiglia {name}"
        G.nodes[name]["graad"] = G.degree(name)
        G.nodes[name]["aandeel"] = round(G.degree(name) / 14, 4)
    G.nodes["Medici"]["label"] = "Famiglia de' Medici — Firenze"
    for k, (u, v) in enumerate(sorted(tuple(sorted(e)) for e in G.edges())):
        G.edges[u, v]["weight"] = [1.0, 1.5, 2.0, 2.5][k % 4]
        G.edges[u, v]["jaar"] = 1400 + k
    source = work / "florentine-networkx.graphml"
    nx.write_graphml(G, source)
    check_library_graphml(fam, binary, source, work / "florentine-csv", "networkx", label_key="label",
                          node_count=15, edge_count=20)

    g = ig.Graph.Famous("Zachary")
    karate = nx.karate_club_graph()
    names = [f"Lid {i + 1}" for i in range(g.vcount())]
    names[0], names[5], names[33] = "Mr Hi (instructeur)", "Zoë", "Officer; voorzitter"
    g.vs["name"] = names
    g.es["weight"] = [float(karate[e.source][e.target]["weight"]) for e in g.es]
    source = work / "zachary-igraph.graphml"
    g.write_graphml(str(source))
    check_library_graphml(fam, binary, source, work / "zachary-csv", "igraph", label_key="name",
                          node_count=34, edge_count=78)
    return fam


def check_library_graphml(fam: Family, binary: str, source: Path, target: Path, writer: str, label_key: str,
                          node_count: int, edge_count: int) -> None:
    _, _, nodes, edges = parse_graphml(source)
    fam.check(len(nodes) == node_count and len(edges) == edge_count, f"{writer}: fixture as published",
              f"{len(nodes)} nodes, {len(edges)} edges")
    if not converted(fam, binary, source, target):
        return
    got, why = read_map_folder(target)
    if not fam.check(got is not None, f"{writer}: CSV folder written", why):
        return
    want_ids = [node_id for node_id, _ in nodes]
    got_ids = [actor["id"] for actor in got.actors]
    fam.equal(sorted(got_ids), sorted(want_ids), f"{writer}: actor ids are the node ids")
    fam.equal(got_ids, want_ids, f"{writer}: actors in document order")
    by_id = {actor["id"]: actor for actor in got.actors}
    fam.equal({i: by_id.get(i, {}).get("label") for i, _ in nodes}, {i: d.get(label_key, "") for i, d in nodes},
              f"{writer}: labels from '{label_key}'")
    free = sorted({name for _, d in nodes for name in d} - {"label", "name"})
    if free:
        fam.equal({i: {k: by_id.get(i, {}).get(k) for k in free} for i, _ in nodes},
                  {i: {k: d.get(k, "") for k in free} for i, d in nodes},
                  f"{writer}: node attributes {free} kept as text exactly as written")
    edge_free = sorted({name for _, _, d in edges for name in d} - {"weight"})
    want = Counter((*pair(s, t), weight_of(d.get("weight")), tuple(d.get(k, "") for k in edge_free))
                   for s, t, d in edges)
    got_ties = Counter((*pair(r["source"], r["target"]), weight_of(r.get("weight")),
                        tuple(r.get(k, "") for k in edge_free)) for r in got.ties)
    fam.check(got_ties == want, f"{writer}: ties, weights and {edge_free or 'no other'} attributes",
              counter_difference(got_ties, want))


# ---- c. Excel workbooks --------------------------------------------------------------------

#: Rows of the test workbook (typed cells: int, float, text, None) and the CSV text they mean.
BOOK_ACTORS = [["id", "label", "role", "type", "leerlingen", "functie", "aandeel"],
               ["school", "Vrije Basisschool De Linde", "kern", "school", 310,
                "focusschool; kleuter- en lager onderwijs", 0.25],
               ["Zoë", "Zoë Peeters", "kern", "schoolteam", None, 'zorgcoördinator, "ZOCO"', None],
               ["学校", "学校 3", "context", "andere-school", 45, "partnerschool\nin Japan", 1],
               ["clb", "CLB Kempen", "omkadering", "clb", None, None, 4.0],
               ["ouders", "Ouderraad", None, "ouders", None, None, None]]
BOOK_TIES = [["source", "target", "weight", "frequentie", "doel", "sinds"],
             ["school", "Zoë", 3, "wekelijks", "zorgbeleid afstemmen", 2019],
             ["school", "学校", 2.5, "jaarlijks", "uitwisseling, bezoek; 'leesproject'", None],
             ["Zoë", "clb", None, "maandelijks", '"MDO" overleg\nmet ouders', 2021],
             ["clb", "school", 4.0, None, None, None]]
BOOK_MAP = [["key", "value"], ["school", "Vrije Basisschool De Linde"], ["date", "2024-05-13"],
            ["focus_group", "leerkrachten, directie"], ["wave", 2], ["notes", 'eerste regel\ntweede "regel"']]


def cell_text(value) -> str:
    """What a typed cell means as CSV text: 2.5 -> "2.5", 3 and 4.0 -> "3" and "4", None -> ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def book_as_map() -> MapData:
    def rows(table):
        return [{h: cell_text(v) for h, v in zip(table[0], row)} for row in table[1:]]
    return MapData(BOOK_ACTORS[0], rows(BOOK_ACTORS), BOOK_TIES[0], rows(BOOK_TIES),
                   {row[0]: cell_text(row[1]) for row in BOOK_MAP[1:]})


def write_book(path: Path, sheets: list[tuple[str, list[list]]]) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


def set_cell_literal(path: Path, sheet: int, cell: str, literal: str) -> None:
    """Rewrites the stored text of a number cell (openpyxl writes 4.0 as "4"; other writers store
    "4.0", which is the same number)."""
    member = f"xl/worksheets/sheet{sheet}.xml"
    with zipfile.ZipFile(path) as source:
        contents = {name: source.read(name) for name in source.namelist()}
    xml, count = re.subn(rf'(<c r="{cell}"[^>]*><v>)[^<]*(</v>)', rf"\g<1>{literal}\g<2>",
                         contents[member].decode("utf-8"))
    assert count == 1, f"no number cell {cell} in {member}"
    contents[member] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in contents.items():
            target.writestr(name, data)


def family_workbooks(binary: str, work: Path) -> Family:
    fam = Family("c", "xlsx workbooks written and read by openpyxl")
    want = book_as_map()
    cases = [("english.xlsx", [("actors", BOOK_ACTORS), ("ties", BOOK_TIES), ("map", BOOK_MAP)]),
             ("nederlands.xlsx", [("kaart", BOOK_MAP), ("notities", [["vrije tekst"]]), ("relaties", BOOK_TIES),
                                  ("actoren", BOOK_ACTORS)])]
    for name, sheets in cases:
        source = work / name
        write_book(source, sheets)
        if name == "english.xlsx":
            set_cell_literal(source, 1, "G5", "4.0")  # actors: aandeel of clb, the number 4
            set_cell_literal(source, 2, "C5", "4.0")  # ties: weight of clb - school
        target = work / (source.stem + "-csv")
        if converted(fam, binary, source, target):
            got, why = read_map_folder(target)
            if fam.check(got is not None, f"{name}: CSV folder written", why):
                compare_tables(fam, got, want, name)

    no_ties = work / "zonder-ties.xlsx"
    write_book(no_ties, [("actors", BOOK_ACTORS), ("map", BOOK_MAP)])
    expect_error(fam, binary, ["convert", no_ties, "-o", work / "zonder-ties-csv"], "workbook without ties sheet",
                 mentions=("ties",))

    fake = work / "tekst.xlsx"
    fake.write_text("id,label\nschool,De Linde\n", encoding="utf-8")
    expect_error(fam, binary, ["convert", fake, "-o", work / "tekst-csv"], "text file named .xlsx")

    bad = work / "bad-weight.xlsx"
    bad_ties = [row[:] for row in BOOK_TIES]
    bad_ties[2][2] = "sterk"  # row 3, column C
    write_book(bad, [("actors", BOOK_ACTORS), ("ties", bad_ties)])
    expect_error(fam, binary, ["convert", bad, "-o", work / "bad-weight-csv"], "text weight in ties!C3",
                 pattern=r"bad-weight\.xlsx:ties!C3: error:")

    folder = want.write(work / "kaart")
    written = work / "kaart.xlsx"
    if converted(fam, binary, folder, written):
        book = fam.attempt("openpyxl opens the written workbook", openpyxl.load_workbook, written)
        if book is not None:
            check_written_book(fam, book, want)
    return fam


def check_written_book(fam: Family, book, want: MapData) -> None:
    """Sheets actors/ties/map, header in row 1, typed cells: numbers as numbers (weights always),
    text as text, empty cells empty."""
    fam.check({"actors", "ties", "map"} <= set(book.sheetnames), "written workbook has actors, ties, map sheets",
              short(book.sheetnames))

    def rows(title):
        if title not in book.sheetnames:
            return [], []
        values = [list(r) for r in book[title].iter_rows(values_only=True)]
        values = [r for r in values if any(v not in (None, "") for v in r)]
        return ([str(v) for v in values[0]] if values else []), values[1:]

    def same(cell, text) -> bool:
        if cell is None or cell == "":
            return text == ""
        if isinstance(cell, (int, float)) and not isinstance(cell, bool):
            return REAL_RE.fullmatch(text) is not None and float(text) == float(cell)
        return str(cell) == text

    for title, columns, expected in (("actors", want.actor_columns, want.actors), ("ties", want.tie_columns, want.ties)):
        header, body = rows(title)
        fam.check(set(header) == set(columns), f"written {title} sheet header", f"got {header}")
        differ = [f"row {i + 2} {c}: {cell!r} vs {row[c]!r}" for i, (cells, row) in enumerate(zip(body, expected))
                  for c, cell in zip(header, cells) if c in row
                  and not (weight_of(cell) == weight_of(row[c]) if c == "weight" else same(cell, row[c]))]
        fam.check(len(body) == len(expected) and not differ, f"written {title} sheet cells",
                  f"{len(body)} rows; {differ[:3]}")
    header, body = rows("ties")
    if "weight" in header:
        column = header.index("weight")
        fam.check(all(isinstance(r[column], (int, float)) for r in body if r[column] not in (None, "")),
                  "written weights are number cells", short([r[column] for r in body]))
    _, body = rows("map")
    fam.equal({str(r[0]): cell_text(r[1]) for r in body}, want.meta, "written map sheet")


# ---- d. GEXF -------------------------------------------------------------------------------

XSI = "http://www.w3.org/2001/XMLSchema-instance"


def gexf_validators():
    """(XSD or None, why not, RelaxNG): the official GEXF 1.3 schemas in Tests/Fixtures/gexf-1.3."""
    xsd, why = None, ""
    try:
        xsd = etree.XMLSchema(etree.parse(str(GEXF_SCHEMA / "gexf.xsd")))
    except etree.XMLSchemaParseError as error:
        why = str(error)
    return xsd, why, etree.RelaxNG(etree.parse(str(GEXF_SCHEMA / "gexf.rng")))


def without_xsi(document):
    """A copy without xsi:* attributes: hints for XSD validators, which RelaxNG does not allow."""
    copy = etree.fromstring(etree.tostring(document))
    for element in copy.iter():
        for name in [n for n in element.attrib if n.startswith(f"{{{XSI}}}")]:
            del element.attrib[name]
    return copy


def validate_gexf(fam: Family, path: Path, what: str, xsd, rng) -> None:
    document = fam.attempt(f"{what}: well-formed XML", etree.parse, str(path))
    if document is None:
        return
    root = document.getroot()
    fam.equal((root.tag, root.get("version")), ("{http://gexf.net/1.3}gexf", "1.3"), f"{what}: GEXF 1.3 root")
    if xsd is not None:
        fam.check(xsd.validate(document), f"{what}: valid against gexf.xsd", str(xsd.error_log.last_error))
    ok = rng.validate(without_xsi(root))
    fam.check(ok, f"{what}: valid against gexf.rng", str(rng.error_log.last_error))


def check_gexf_content(fam: Family, path: Path, m: MapData, what: str) -> None:
    G = fam.attempt(f"{what}: networkx.read_gexf", nx.read_gexf, path)
    if G is None:
        return
    ids = [a["id"] for a in m.actors]
    unlabelled = {a["id"] for a in m.actors if not a["label"]}
    fam.equal(sorted(G.nodes), sorted(ids), f"{what}: node ids are the actor ids")
    labels = {n: (None if not d.get("label") or (d.get("label") == n and n in unlabelled) else d["label"])
              for n, d in G.nodes(data=True)}
    fam.equal(labels, {a["id"]: a["label"] or None for a in m.actors},
              f"{what}: node labels (none, or the id, for an actor without one)")
    kinds = actor_kinds(m)
    want = {a["id"]: {k: canon(v, kinds[k]) for k, v in non_empty(a).items() if k not in ("id", "label")}
            for a in m.actors}
    got = {n: {k: canon(v, kinds.get(k)) for k, v in non_empty(d).items() if k in want.get(n, {})}
           for n, d in G.nodes(data=True)}
    fam.equal(got, want, f"{what}: node attributes by column title")
    plain = graph_edges(G, {}, with_attributes=False, ignore=("id", "weight", "label"))
    fam.check(plain == expected_edges(m, with_attributes=False), f"{what}: edges and weights",
              counter_difference(plain, expected_edges(m, with_attributes=False)))
    full = graph_edges(G, tie_kinds(m), ignore=("id", "weight", "label"), drop_empty=True)
    fam.check(full == expected_edges(m), f"{what}: edge attributes by column title",
              counter_difference(full, expected_edges(m)))


def family_gexf(binary: str, work: Path, seed: int) -> Family:
    fam = Family("d", "GEXF 1.3 (official schema + networkx.read_gexf)")
    xsd, why, rng = gexf_validators()
    if xsd is None:
        fam.notes.append("the official gexf.xsd does not compile (" + why.split(",")[0]
                         + "; upstream gephi/gexf#19): validating with the official gexf.rng instead")
    example, why_not = read_map_folder(EXAMPLE)
    if example is None:
        fam.check(False, "Examples/basisschool-de-linde readable", why_not)
        return fam
    maps = [("basisschool-de-linde", EXAMPLE, example)]
    for map_seed, m in random_maps(seed, 6):
        maps.append((f"map {map_seed}", m.write(work / f"map-{map_seed}" / "kaart"), m))
    for name, folder, m in maps:
        target = work / f"{name.replace(' ', '-')}.gexf"
        if converted(fam, binary, folder, target):
            validate_gexf(fam, target, name, xsd, rng)
            check_gexf_content(fam, target, m, name)
    return fam


# ---- e. UCINET DL --------------------------------------------------------------------------

def family_ucinet(binary: str, work: Path) -> Family:
    fam = Family("e", "UCINET DL (Zachary karate club, hand-made edgelist1 and fullmatrix)")
    karate = nx.karate_club_graph()  # ZACHE as edges, ZACHC as the 'weight' attribute
    zache = Counter((*pair(str(u + 1), str(v + 1)), 1.0) for u, v in karate.edges())
    zachc = Counter((*pair(str(u + 1), str(v + 1)), float(d["weight"])) for u, v, d in karate.edges(data=True))
    got = convert_dl(fam, binary, UCINET / "Zachary_Karate_Club.dl", work / "zachary")
    if got is not None:
        fam.equal([a["id"] for a in got.actors], [str(i) for i in range(1, 35)],
                  "zachary: 34 actors, numbered 1-34 (the file has no labels)")
        by_relation = ties_by_relation(got)
        fam.equal({r: sum(c.values()) for r, c in by_relation.items()}, {"ZACHE": 78, "ZACHC": 78},
                  "zachary: ties per relation (published: 78 each)")
        fam.check(by_relation.get("ZACHE") == zache, "zachary: ZACHE ties are NetworkX's karate club",
                  counter_difference(by_relation.get("ZACHE", Counter()), zache))
        fam.check(by_relation.get("ZACHC") == zachc, "zachary: ZACHC weights are NetworkX's karate weights",
                  counter_difference(by_relation.get("ZACHC", Counter()), zachc))

    got = convert_dl(fam, binary, UCINET / "edgelist1-labels-embedded.dl", work / "edgelist1")
    if got is not None:
        fam.equal(sorted(a["id"] for a in got.actors), sorted(["school", "clb", "bib", "zoë", "gemeente"]),
                  "edgelist1: actors are the embedded labels")
        want = Counter([("clb", "school", 3.0), ("bib", "school", 1.0), ("clb", "zoë", 2.5), ("bib", "zoë", 2.0),
                        ("gemeente", "school", 4.0)])
        ties = Counter((*pair(t["source"], t["target"]), weight_of(t["weight"])) for t in got.ties)
        fam.check(ties == want, "edgelist1: ties and weights", counter_difference(ties, want))

    got = convert_dl(fam, binary, UCINET / "fullmatrix-two-relations.dl", work / "fullmatrix")
    if got is not None:
        fam.equal([a["id"] for a in got.actors], ["school", "clb", "bib", "ouders"],
                  "fullmatrix: actors from labels:, in order, isolate kept")
        want = {"overleg": Counter([("clb", "school", 2.0), ("bib", "school", 1.0)]),
                "project": Counter([("clb", "school", 1.5)])}
        fam.equal(ties_by_relation(got), want, "fullmatrix: one tie per pair per matrix label")

    bad = work / "bad-cell.dl"
    bad.write_text("dl n=3\nformat = fullmatrix\ndata:\n0 1 0\n1 0 x\n0 1 0\n", encoding="utf-8")
    expect_error(fam, binary, ["convert", bad, "-o", work / "bad-cell-csv"], "DL with a text cell",
                 pattern=r"bad-cell\.dl:5(:\d+)?: error:")
    return fam


def convert_dl(fam: Family, binary: str, source: Path, target: Path) -> MapData | None:
    if not converted(fam, binary, source, target):
        return None
    got, why = read_map_folder(target)
    fam.check(got is not None, f"{source.name}: CSV folder written", why)
    return got


def ties_by_relation(m: MapData) -> dict[str, Counter]:
    relations: dict[str, Counter] = {}
    for tie in m.ties:
        relations.setdefault(tie.get("relation", ""), Counter())[(*pair(tie["source"], tie["target"]),
                                                                   weight_of(tie["weight"]))] += 1
    return relations


# ---- self-check (no binary) ----------------------------------------------------------------

def self_check(seed: int, count: int) -> Family:
    """The Python side alone: fixtures as published, schemas discriminating, generator varied."""
    fam = Family("s", "self-check of fixtures and generators (no binary)")
    xsd, why, rng = gexf_validators()
    fam.check(xsd is None and "graph-content" in why, "gexf.xsd is the upstream file that does not compile",
              why or "it compiles now: the XSD check in d. is live")
    good = (b'<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">'
            b'<graph defaultedgetype="undirected"><attributes class="node">'
            b'<attribute id="0" title="role" type="string"/></attributes><nodes>'
            b'<node id="a" label="Zo&#235;"><attvalues><attvalue for="0" value="kern"/></attvalues>'
            b'<viz:size value="2.0"/></node><node id="b"/></nodes>'
            b'<edges><edge source="a" target="b" weight="2.5"/></edges></graph></gexf>')
    fam.check(rng.validate(etree.fromstring(good)), "gexf.rng accepts a GEXF 1.3 sample", str(rng.error_log))
    for broken, what in ((good.replace(b'version="1.3"', b'version="1.2"'), "version 1.2"),
                         (good.replace(b"gexf.net/1.3\"", b"www.gexf.net/1.3\""), "old namespace"),
                         (good.replace(b'weight="2.5"', b'weight="sterk"'), "text weight"),
                         (good.replace(b'type="string"', b'type="text"'), "unknown attribute type")):
        fam.check(not rng.validate(etree.fromstring(broken)), f"gexf.rng rejects {what}")

    rows = (UCINET / "Zachary_Karate_Club.dl").read_text("utf-8").split("\n")
    cells = [list(map(int, row.split())) for row in rows[rows.index("DATA:") + 1:]]
    karate = nx.karate_club_graph()
    fam.equal({(i, j): (cells[i][j], cells[34 + i][j]) for i in range(34) for j in range(34) if cells[i][j]},
              {(i, j): (1, karate[i][j]["weight"]) for i in range(34) for j in karate[i]},
              "Zachary_Karate_Club.dl matrices are NetworkX's karate club (ZACHE) and weights (ZACHC)")

    maps = [m for _, m in random_maps(seed, count)]
    ids = {a["id"] for m in maps for a in m.actors}
    fam.check({"Zoë", "学校", 'R&D "lab" <x>'} <= ids, "random maps use unicode and quoted ids")
    fam.check(any(m.has_duplicate_pairs() for m in maps), "some random map lists a pair twice")
    fam.check(any(m.meta for m in maps) and any(not m.meta for m in maps), "random maps with and without metadata")
    fam.check(any(not m.ties for m in maps), "a random map without ties")
    isolated = sum(1 for m in maps if {a["id"] for a in m.actors} - {x for t in m.ties for x in (t["source"], t["target"])})
    fam.check(isolated >= count // 3, "many random maps have isolates", f"{isolated} of {count}")
    kinds = Counter(k for m in maps for k in (*actor_kinds(m).values(), *tie_kinds(m).values()) if k)
    fam.check(set(kinds) == {"int", "double", "boolean", "string"}, "attribute kinds all occur", short(kinds))
    values = [v for m in maps for row in m.actors + m.ties for v in row.values()]
    fam.check(all(any(c in v for v in values) for c in (",", ";", '"', "\n")), "values with , ; \" and newlines")
    with tempfile.TemporaryDirectory() as folder:
        m = maps[0].write(Path(folder) / "kaart")
        back, _ = read_map_folder(m)
        fam.check(back is not None and normalized_actors(back) == normalized_actors(maps[0])
                  and normalized_ties(back) == normalized_ties(maps[0]) and back.meta == maps[0].meta,
                  "CSV folder written and read back by the csv module")
        book = Path(folder) / "english.xlsx"
        write_book(book, [("actors", BOOK_ACTORS), ("ties", BOOK_TIES), ("map", BOOK_MAP)])
        loaded = openpyxl.load_workbook(book)
        fam.equal([c.value for c in loaded["ties"]["C"]], ["weight", 3, 2.5, None, 4],
                  "openpyxl workbook keeps typed cells")
        fam.equal(book_as_map().ties[3]["weight"], "4", "an integer-valued number cell means its integer text")
    return fam


# ---- main ----------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", help="path of the netwerkkaart executable")
    parser.add_argument("--count", type=int, default=40, help="random maps in family a (default 40)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--work", type=Path, help="keep the files here (default: a temporary folder, removed "
                                                  "when every check passed)")
    parser.add_argument("--only", default="abcde", help="families to run, e.g. 'a,c'")
    parser.add_argument("--self-check", action="store_true", help="check the Python side only; no binary")
    args = parser.parse_args()

    if args.self_check:
        family = self_check(args.seed, args.count)
        family.report()
        print(f"interop: {family.checks} checks, {len(family.failures)} failures")
        return 1 if family.failures else 0
    if not args.binary:
        parser.error("--binary is required (or --self-check)")
    binary = Path(shutil.which(args.binary) or args.binary).resolve()
    if not binary.is_file():
        print(f"interop: no binary at {binary}", file=sys.stderr)
        return 2

    work = args.work.resolve() if args.work else Path(tempfile.mkdtemp(prefix="netwerkkaart-interop-"))
    runners = {"a": lambda folder: family_random_maps(str(binary), folder, args.seed, args.count),
               "b": lambda folder: family_library_graphml(str(binary), folder),
               "c": lambda folder: family_workbooks(str(binary), folder),
               "d": lambda folder: family_gexf(str(binary), folder, args.seed),
               "e": lambda folder: family_ucinet(str(binary), folder)}
    families = []
    for letter in [c for c in args.only if c in runners]:
        folder = work / f"family-{letter}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        try:
            family = runners[letter](folder)
        except Exception:  # a bug in one family must not hide the others
            family = Family(letter, "aborted")
            family.check(False, "family raised", traceback.format_exc(limit=3))
        family.report()
        families.append(family)

    checks = sum(f.checks for f in families)
    failures = sum(len(f.failures) for f in families)
    print(f"interop: {checks} checks, {failures} failures")
    if failures or args.work:
        print(f"interop: files kept in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
