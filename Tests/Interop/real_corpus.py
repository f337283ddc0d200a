#!/usr/bin/env python3
"""Reads every file of Tests/Fixtures/real/ with netwerkkaart and with igraph or NetworkX.

For each file (and each relation of a multi-relation file) the script runs
`netwerkkaart metrics FILE --format json` and compares the number of actors, the number of
distinct ties, and every actor's degree and betweenness with what a peer reading the same file
finds. Expected values never come from the binary. The peer of record is:

- Pajek (`.net`, `.paj`, `.pajek`): igraph `Graph.Read_Pajek` (NetworkX's reader loses ties
  of `*Edgeslist`/`*Arcslist`, LF+CR files and repeated labels, so it is only a second opinion).
  Multi-relation files (`*Matrix 1: "Marital"`), which both peers refuse, are split into one
  plain file per relation, which igraph reads; netwerkkaart reads the whole file and selects
  the relation with `--ties relation=NAME`. Vertex lines with drawing options igraph refuses
  (`"blue" ic RGB5555FF 0.30 0.39`) are cut to `number "label"` for igraph.
- GraphML: NetworkX `read_graphml`, else igraph `Read_GraphML` where NetworkX refuses a file
  igraph reads (igraph's `test.graphml` with boolean `  true   `, Gephi's keys inside <graph>).
- Node-link JSON: NetworkX `node_link_graph` (`edges="links"` or `"edges"`, as the file has
  them); D3's shape (nodes with `name`, links by index) by D3's own rule: a link end is an index
  into `nodes`.
- GEXF: NetworkX `read_gexf`.
- `networkit/` (NetworKit 11.3's writers): NetworKit's GraphML root has `xmlnsi=` where
  `xmlns=` belongs and its GEXF root no `xmlns` at all, so neither is in its format's namespace
  and NetworkX refuses both. The GraphML peer is then igraph (as above); GEXF has no other peer,
  so the data set the file was written from (`generate.py`, numbered 0..n-1 in NetworkX's node
  order, as NetworKit numbers it) is the expected graph. Both kinds are also checked against
  that data set: the same nodes and ties, and every tie's weight as netwerkkaart reads it.
- NetDraw VNA: a small reader below (`read_vna`), as Gephi's importer reads the sections.
- UCINET DL: neither NetworkX nor igraph reads DL, so a small independent reader below
  (`read_dl_fullmatrix`, written from the UCINET manual's description of `fullmatrix`) is the
  peer for full matrices.

Every file netwerkkaart reads is then written back out (`convert`) as GraphML, node-link JSON,
GEXF, Pajek and VNA (single-relation files) and as UCINET DL in both layouts (every file, per
relation), and each written file is read by another program (NetworkX `read_graphml`,
`node_link_graph`, `read_gexf`; igraph `Read_Pajek`; `read_vna` and `read_dl_fullmatrix` below),
which must find the graph the peer found in the original.

Files that must be refused are listed in REFUSED with the peers that refuse them too; the
script checks that netwerkkaart exits 1 with an `error:` line and that those peers raise.

Usage: python3 Tests/Interop/real_corpus.py --binary .build/debug/netwerkkaart
Prints one line per failure and finally `real corpus: N files, C checks, F failures`.
"""
import argparse
import csv
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import warnings

import igraph
import networkx as nx

warnings.simplefilter("ignore")

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "real")

# File → (why it is refused, the peers that refuse it as well).
REFUSED = {
    "handmade/duplicate-key-ids.graphml": ("two keys with id d0 for nodes", ["igraph"]),
    "handmade/key-for-empty.graphml": ("a key with for=\"\"", ["igraph"]),
    "handmade/stray-text.graphml": ("text after the root element", ["igraph", "networkx"]),
    "igraph-tests/invalid1.graphml": ("malformed XML, for=\"nodd\"", ["igraph", "networkx"]),
    "igraph-tests/bug_2506_1.graphml": ("keys with for=\"\" and one id", ["igraph", "networkx"]),
}

# Files in formats netwerkkaart does not read, with the reason; the peers do not read them either.
NOT_READ = {}


def trimmed(name):
    """An id as netwerkkaart reads it from every format: without ASCII spaces, tabs and line
    breaks around it (Docs/FileFormat.md, "Ids"; SocNetV's Knoke file has a vertex "WRO ").
    igraph and NetworkX keep them, so the peers' ids are compared trimmed."""
    return name.strip(" \t\r\n") if isinstance(name, str) else name


def simple(edges, nodes):
    """An undirected simple graph: repeated pairs merged, self-ties left out."""
    graph = nx.Graph()
    graph.add_nodes_from(map(trimmed, nodes))
    graph.add_edges_from((trimmed(u), trimmed(v)) for u, v in edges if u != v)
    return graph


# ---- peers -----------------------------------------------------------------------------------


def pajek_relations(text):
    """Splits a Pajek text into (relation, plain Pajek text) pairs for igraph."""
    text = text.lstrip("\ufeff").replace("\n\r", "\n").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.lower().startswith("*vertices"))
    lines = lines[start:]
    vertices, sections, current = [], [], None
    for line in lines:
        if line.startswith("*"):
            words = line.split()
            keyword = words[0].lower()
            if keyword == "*vertices":
                vertices.append(line)
                current = vertices
                continue
            relation = None
            if len(words) > 1 and (words[1].startswith(":") or words[1].endswith(":")):
                relation = " ".join(words[2:]).strip('"') if len(words) > 2 else words[1].strip(":")
            current = []
            sections.append((relation, words[0], current))
            continue
        if current is vertices and line.strip():
            match = re.match(r'\s*(\d+)\s+("[^"]*"|\S+)', line)
            line = f"{match.group(1)} {match.group(2)}" if match else line
        current.append(line)
    relations = {}
    for relation, keyword, body in sections:
        if not any(line.strip() for line in body):
            continue  # igraph reads no ties at all after an empty '*Arcs' (SocNetV writes one)
        relations.setdefault(relation, []).append(keyword + "\n" + "\n".join(body))
    return {relation: "\n".join(vertices) + "\n" + "\n".join(parts) + "\n" for relation, parts in relations.items()}


def igraph_pajek(text):
    with tempfile.NamedTemporaryFile("w", suffix=".net", delete=False, encoding="utf-8") as handle:
        handle.write(text)
    try:
        graph = igraph.Graph.Read_Pajek(handle.name)
    finally:
        os.unlink(handle.name)
    names = graph.vs["id"] if "id" in graph.vs.attributes() else graph.vs["name"] if "name" in graph.vs.attributes() else None
    if names is None or len(set(names)) < len(names):
        names = [str(i + 1) for i in range(graph.vcount())]
    return simple([(names[e.source], names[e.target]) for e in graph.es], names)


def peer_pajek(path):
    text = open(path, encoding="utf-8", newline="").read()
    relations = pajek_relations(text)
    if len(relations) > 1 or None not in relations:
        return {relation: ("igraph (one relation)", igraph_pajek(body)) for relation, body in relations.items()}
    return {None: ("igraph", igraph_pajek(relations[None]))}


def peer_graphml(path):
    """NetworkX's reading, else igraph's; a file with several top-level graphs (SocNetV writes
    one per relation; both peers read only the first) is split into one file per graph."""
    import xml.etree.ElementTree as ElementTree

    tree = ElementTree.parse(path)
    graphs = [child for child in tree.getroot() if child.tag.endswith("}graph") or child.tag == "graph"]
    if len(graphs) > 1:
        relations = {}
        for index, graph in enumerate(graphs):
            for other in graphs:
                if other is not graph and other in list(tree.getroot()):
                    tree.getroot().remove(other)
            if graph not in list(tree.getroot()):
                tree.getroot().append(graph)
            with tempfile.NamedTemporaryFile("wb", suffix=".graphml", delete=False) as handle:
                tree.write(handle)
            try:
                relations[graph.get("id", str(index + 1))] = peer_graphml(handle.name)[None]
            finally:
                os.unlink(handle.name)
        return relations
    try:
        graph = nx.read_graphml(path)
        return {None: ("networkx", simple(graph.edges(), graph.nodes()))}
    except Exception:
        graph = igraph.Graph.Read_GraphML(path)
        names = graph.vs["id"] if "id" in graph.vs.attributes() else [str(i) for i in range(graph.vcount())]
        return {None: ("igraph", simple([(names[e.source], names[e.target]) for e in graph.es], names))}


def peer_json(path):
    data = json.load(open(path, encoding="utf-8"))
    if all("id" not in node for node in data["nodes"]):
        names = [node.get("name", str(i)) for i, node in enumerate(data["nodes"])]
        edges = [(names[link["source"]], names[link["target"]]) for link in data["links"]]
        return {None: ("D3 index rule", simple(edges, names))}
    key = "links" if "links" in data else "edges"
    graph = nx.node_link_graph(data, edges=key)
    return {None: ("networkx", simple(graph.edges(), graph.nodes()))}


def read_dl_fullmatrix(path):
    """A UCINET DL reader for `format = fullmatrix` and `edgelist1` with labels, written for this
    test from the UCINET 6 help's description of DL; it shares no code with netwerkkaart."""
    text = open(path, encoding="utf-8").read()
    header, _, data = re.split(r"(?im)^\s*(data\s*:)\s*$", text, maxsplit=1)
    flat = " ".join(header.split())
    n = int(re.search(r"(?i)\bn\s*=\s*(\d+)", flat).group(1))
    nm_match = re.search(r"(?i)\bnm\s*=\s*(\d+)", flat)
    nm = int(nm_match.group(1)) if nm_match else 1
    labels, levels = None, None
    blocks = re.split(r"(?im)^\s*((?:row |column |matrix |level )?labels\s*:)", header)
    for marker, body in zip(blocks[1::2], blocks[2::2]):
        names = re.findall(r'"([^"]*)"|([^,\s"]+)', body.strip())
        names = [quoted or bare for quoted, bare in names]
        if marker.lower().startswith(("matrix", "level")):
            levels = names
        elif labels is None:
            labels = names[:n]
    labels = labels or [str(i + 1) for i in range(n)]
    labels = [label.strip('"') for label in labels]
    if re.search(r"(?i)format\s*=\s*edgelist1", flat):
        relations = {}
        for m, block in enumerate(re.split(r"(?m)^\s*!\s*$", data)):
            rows = [line.split() for line in block.strip().splitlines() if line.strip()]
            edges = [(labels[int(row[0]) - 1], labels[int(row[1]) - 1]) for row in rows]
            name = (levels[m] if levels and m < len(levels) else str(m + 1)) if levels or nm > 1 else None
            relations[name] = ("DL edge-list reader", simple(edges, labels))
        return relations
    values = [float(v) for v in data.split()]
    relations = {}
    for m in range(nm):
        cells = values[m * n * n:(m + 1) * n * n]
        edges = [(labels[i], labels[j]) for i in range(n) for j in range(n) if cells[i * n + j] != 0]
        name = (levels[m] if levels and m < len(levels) else str(m + 1)) if levels or nm > 1 else None
        relations[name] = ("DL full-matrix reader", simple(edges, labels))
    return relations


def read_vna(path):
    """NetDraw VNA as Gephi's importer reads it (`*Node data`, `*Tie data`: from, to, ...);
    NetworkX and igraph have no VNA reader."""
    import shlex

    nodes, edges, section, header = [], [], None, None
    for line in open(path, encoding="utf-8-sig").read().splitlines():
        if not line.strip():
            continue
        if line.startswith("*"):
            section, header = line[1:].strip().lower(), None
            continue
        fields = shlex.split(line)
        if header is None:
            header = fields
        elif section == "node data":
            nodes.append(fields[0])
        elif section == "tie data":
            edges.append((fields[0], fields[1]))
    return {None: ("VNA reader", simple(edges, nodes or {n for e in edges for n in e}))}


def igraph_pajek_file(path):
    return igraph_pajek(open(path, encoding="utf-8").read())


# The format of each file netwerkkaart writes, and the other program that reads it back.
WRITTEN_READERS = {
    ".graphml": lambda p: simple(nx.read_graphml(p).edges(), nx.read_graphml(p).nodes()),
    ".node-link.json": lambda p: (lambda g: simple(g.edges(), g.nodes()))(
        nx.node_link_graph(json.load(open(p, encoding="utf-8")), edges="links")),
    ".gexf": lambda p: (lambda g: simple(g.edges(), g.nodes()))(nx.read_gexf(p)),
    ".net": igraph_pajek_file,
    ".vna": lambda p: read_vna(p)[None][1],
}


def networkit_source(path):
    """The data set a `networkit/` file was written from, with NetworKit's node numbers as ids."""
    sys.path.insert(0, ROOT)
    import generate

    graph = generate.datasets()[os.path.splitext(os.path.basename(path))[0]]
    return nx.relabel_nodes(graph, {node: str(index) for index, node in enumerate(graph.nodes())})


def peer(path):
    extension = os.path.splitext(path)[1].lower()
    if os.path.basename(os.path.dirname(path)) == "networkit" and extension == ".gexf":
        return {None: ("the source data set", simple(networkit_source(path).edges(), networkit_source(path).nodes()))}
    if extension in (".net", ".paj", ".pajek"):
        return peer_pajek(path)
    if extension == ".graphml":
        return peer_graphml(path)
    if extension == ".json":
        return peer_json(path)
    if extension == ".dl":
        return read_dl_fullmatrix(path)
    if extension == ".vna":
        return read_vna(path)
    if extension == ".gexf":
        graph = nx.read_gexf(path)
        return {None: ("networkx", simple(graph.edges(), graph.nodes()))}
    raise ValueError(f"no peer for {extension}")


def peers_refuse(path, peers):
    """The peers of `peers` that accept the file (should be none)."""
    accepted = []
    for name in peers:
        try:
            if name == "igraph":
                igraph.Graph.Read_GraphML(path)
            else:
                nx.read_graphml(path)
            accepted.append(name)
        except Exception:
            pass
    return accepted


# ---- netwerkkaart ----------------------------------------------------------------------------


def ours(binary, path, relation):
    command = [binary, "metrics", path, "--format", "json"]
    if relation is not None:
        command += ["--ties", f"relation={relation}"]
    if path.endswith(".json"):
        command += ["--from", "node-link"] if "node-link" in path else ["--from", "json"]
    result = subprocess.run(command, capture_output=True, text=True)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--corpus", default=ROOT)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(args.binary):
        print(f"no binary at {args.binary}")
        return 2
    files = sorted(
        os.path.relpath(p, args.corpus)
        for p in glob.glob(os.path.join(args.corpus, "*", "*"))
        if not p.endswith((".md", ".py"))
    )
    checks = failures = 0

    def check(condition, message):
        nonlocal checks, failures
        checks += 1
        if not condition:
            failures += 1
            print("FAIL", message)

    for name in files:
        path = os.path.join(args.corpus, name)
        if name in NOT_READ:
            continue
        if name in REFUSED:
            reason, refusing = REFUSED[name]
            result = ours(args.binary, path, None)
            check(result.returncode == 1 and "error:" in result.stderr, f"{name}: expected a refusal ({reason}): {result}")
            check(not peers_refuse(path, refusing), f"{name}: a peer accepts it: {peers_refuse(path, refusing)}")
            continue
        try:
            expected = peer(path)
        except Exception as problem:  # a peer failing is a failure of the corpus, not of netwerkkaart
            check(False, f"{name}: the peer cannot read it: {problem}")
            continue
        for relation, (peer_name, graph) in expected.items():
            label = f"{name}" + (f" relation={relation}" if relation else "")
            result = ours(args.binary, path, relation)
            if result.returncode != 0:
                check(False, f"{label}: netwerkkaart exits {result.returncode}: {result.stderr.strip()[:400]}")
                continue
            report = json.loads(result.stdout)
            network = report["network"]
            actors = {row["id"]: row for row in report["actors"]}
            check(network["actors"] == graph.number_of_nodes(), f"{label}: {network['actors']} actors, {peer_name} {graph.number_of_nodes()}")
            check(network["ties"] == graph.number_of_edges(), f"{label}: {network['ties']} ties, {peer_name} {graph.number_of_edges()}")
            betweenness = nx.betweenness_centrality(graph, normalized=False)
            if set(actors) == set(str(n) for n in graph.nodes()):
                for node in graph.nodes():
                    row = actors[str(node)]
                    check(row["degree"] == graph.degree(node), f"{label}: degree of {node}: {row['degree']}, {peer_name} {graph.degree(node)}")
                    check(abs(row["betweenness"] - betweenness[node]) < 1e-6, f"{label}: betweenness of {node}: {row['betweenness']}, {peer_name} {betweenness[node]}")
            else:
                check(False, f"{label}: actor ids differ from {peer_name}'s: {sorted(set(actors) ^ set(map(str, graph.nodes())))[:6]}")
            if args.verbose:
                print(f"ok {label}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} ties ({peer_name})")
        # NetworKit's files hold the data set they were written from: its nodes, ties and weights.
        if name.startswith("networkit/"):
            source = networkit_source(path)
            peer_name, graph = expected[None]
            same = set(graph.nodes()) == set(source.nodes()) and {frozenset(e) for e in graph.edges()} == {
                frozenset(e) for e in source.edges()
            }
            check(same, f"{name}: {peer_name} reads {graph.number_of_nodes()} nodes, {graph.number_of_edges()} ties; the data set has {source.number_of_nodes()}, {source.number_of_edges()}")
            with tempfile.TemporaryDirectory() as work:
                written = os.path.join(work, "ties.csv")
                subprocess.run([args.binary, "convert", path, "-o", written], capture_output=True, text=True)
                rows = list(csv.DictReader(open(written, encoding="utf-8"))) if os.path.exists(written) else []
                weights = {frozenset((row["source"], row["target"])): float(row.get("weight") or 1) for row in rows}
                wanted = {frozenset(map(str, (u, v))): float(d.get("weight", 1)) for u, v, d in source.edges(data=True)}
                check(weights == wanted, f"{name}: weights as netwerkkaart reads them differ from the data set's ({len(weights)} ties)")
        # What netwerkkaart writes in the other formats, read by NetworkX, igraph or the readers
        # above, is the graph the peer read from the original file (single-relation files).
        if list(expected) == [None]:
            peer_name, graph = expected[None]
            for extension, read in WRITTEN_READERS.items():
                with tempfile.TemporaryDirectory() as work:
                    written = os.path.join(work, "map" + extension)
                    command = [args.binary, "convert", path, "-o", written]
                    result = subprocess.run(command, capture_output=True, text=True)
                    if result.returncode != 0:
                        check(False, f"{name}: convert to {extension} exits {result.returncode}: {result.stderr[:300]}")
                        continue
                    got = read(written)
                    same = sorted(map(str, got.nodes())) == sorted(map(str, graph.nodes())) and {
                        frozenset(map(str, e)) for e in got.edges()
                    } == {frozenset(map(str, e)) for e in graph.edges()}
                    check(same, f"{name}: written {extension}: {got.number_of_nodes()} nodes, {got.number_of_edges()} ties; {peer_name}: {graph.number_of_nodes()}, {graph.number_of_edges()}")
        # What netwerkkaart writes as UCINET DL, read by the independent DL reader above, is the
        # graph the peer read from the original file (per relation).
        for layout in ("fullmatrix", "edgelist1"):
            with tempfile.TemporaryDirectory() as work:
                written = os.path.join(work, "map.dl")
                command = [args.binary, "convert", path, "-o", written, "--dl-format", layout]
                if path.endswith(".json"):
                    command += ["--from", "json"]
                result = subprocess.run(command, capture_output=True, text=True)
                if result.returncode != 0:
                    check(False, f"{name}: convert to DL ({layout}) exits {result.returncode}: {result.stderr[:300]}")
                    continue
                back = read_dl_fullmatrix(written)
                for relation, (peer_name, graph) in expected.items():
                    key = relation if relation in back else (None if None in back else next(iter(back)))
                    if relation is not None and key != relation:
                        check(False, f"{name}: DL ({layout}) has no relation {relation}: {list(back)}")
                        continue
                    got = back[key][1]
                    same = sorted(map(str, got.nodes())) == sorted(map(str, graph.nodes())) and {
                        frozenset(map(str, e)) for e in got.edges()
                    } == {frozenset(map(str, e)) for e in graph.edges()}
                    check(same, f"{name}: written DL ({layout}) relation {relation}: {got.number_of_nodes()} nodes, {got.number_of_edges()} ties; {peer_name}: {graph.number_of_nodes()}, {graph.number_of_edges()}")
    print(f"real corpus: {len(files)} files, {checks} checks, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
