"""Writes the golden fixtures under Tests/Fixtures/<name>/: actors.csv, ties.csv, expected.json.

Run from anywhere: ``python3 Tests/Oracle/generate_fixtures.py``. Expected values come from
oracle.py (NetworkX unweighted; igraph cross-checked with exact rational arithmetic weighted).
Each fixture lists its cases as (directed, weighted) flag pairs, all read from the same files.
"""

from __future__ import annotations

import json
import platform
from pathlib import Path

import igraph
import networkx as nx

import oracle

FIXTURES = Path(__file__).resolve().parent.parent / "Fixtures"
GENERATED_BY = (f"Tests/Oracle/generate_fixtures.py (networkx {nx.__version__}, "
                f"python-igraph {igraph.__version__}, Python {platform.python_version()})")

UNDIRECTED = [(False, False)]
BOTH_WEIGHTINGS = [(False, False), (False, True)]


def write_fixture(name, actors, ties, cases, weighted_file=False):
    """Writes one fixture folder: the map (weight column only when ``weighted_file``) and
    expected.json with one entry per ``(directed, weighted)`` case."""
    folder = FIXTURES / name
    oracle.write_map(folder, actors, ties, with_weights=weighted_file)
    expected = {
        "generated_by": GENERATED_BY,
        "cases": [{"directed": directed, "weighted": weighted,
                   **oracle.compute(actors, ties, directed=directed, weighted=weighted)}
                  for directed, weighted in cases],
    }
    with open(folder / "expected.json", "w", encoding="utf-8") as out:
        json.dump(expected, out, ensure_ascii=False, indent=1, allow_nan=False)
        out.write("\n")


def from_networkx(graph, name_of=str, weight=None):
    """Actor ids (node order) and ties of an undirected NetworkX graph, each tie written from
    the earlier to the later actor and sorted, so the files do not depend on set order (the
    bipartite projection iterates over sets). Weight 1 unless ``weight`` names the attribute."""
    position = {node: i for i, node in enumerate(graph)}
    ends = sorted(sorted((position[u], position[v])) + [data[weight] if weight else 1]
                  for u, v, data in graph.edges(data=True))
    nodes = list(graph)
    return [name_of(node) for node in nodes], [(name_of(nodes[i]), name_of(nodes[j]), w) for i, j, w in ends]


def karate():
    return from_networkx(nx.karate_club_graph(), name_of=lambda node: str(node + 1))


def florentine():
    """Padgett's Florentine marriages, with the isolated Pucci family NetworkX leaves out."""
    graph = nx.florentine_families_graph()
    graph.add_node("Pucci")
    actors, ties = from_networkx(graph)
    return sorted(actors), ties


def kite():
    names = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"]
    return from_networkx(nx.krackhardt_kite_graph(), name_of=lambda node: names[node])


def lesmis():
    return from_networkx(nx.les_miserables_graph(), weight="weight")


def davis():
    """Davis's southern women, projected onto the women; weight = events attended together."""
    graph = nx.davis_southern_women_graph()
    women = graph.graph["top"]
    actors, ties = from_networkx(nx.bipartite.weighted_projected_graph(graph, women), weight="weight")
    assert actors == women
    return actors, ties


def directed_small():
    """A directed network with a source (Bron), a cycle A->B->C->A, a sink (Put) and a second
    weak component X->Y->Z; integer weights 1-5, no reciprocated ties."""
    actors = ["Bron", "A", "B", "C", "D", "Put", "X", "Y", "Z"]
    ties = [("Bron", "A", 2), ("A", "B", 3), ("B", "C", 1), ("C", "A", 4), ("B", "D", 5),
            ("C", "D", 2), ("Bron", "D", 1), ("D", "Put", 1), ("A", "Put", 4),
            ("X", "Y", 3), ("Y", "Z", 5)]
    return actors, ties


def merged_ties():
    """The one fixture with duplicate pairs and self-ties: a-b three times (once reversed, so
    two distinct ties directed, one undirected), reciprocated d-e, self-ties on c and d."""
    actors = ["a", "b", "c", "d", "e", "f"]
    ties = [("a", "b", 2), ("b", "a", 3), ("a", "b", 1), ("b", "c", 4), ("c", "c", 5),
            ("c", "d", 1), ("d", "e", 2), ("e", "d", 2), ("d", "d", 1), ("e", "f", 3),
            ("c", "d", 2), ("a", "f", 5)]
    return actors, ties


def equal_weighted_paths():
    """Two equally short s-t paths, weights 2,5,5 (s-a-b-t) and 5,2,5 (s-c-d-t): both of
    length 9/10 exactly, but in doubles 0.2+0.2+0.5 = 0.9 > 0.2+0.5+0.2 = 0.8999999999999999,
    so from t NetworkX sees only one of them. A pendant e on s adds more pairs that cross."""
    actors = ["s", "a", "b", "t", "c", "d", "e"]
    ties = [("s", "a", 2), ("a", "b", 5), ("b", "t", 5), ("s", "c", 5), ("c", "d", 2),
            ("d", "t", 5), ("e", "s", 3)]
    return actors, ties


def assert_networkx_misses_equal_paths(actors, ties):
    """The fixture must really need the tolerance: NetworkX's float Dijkstra must give a
    betweenness that differs from the exact one."""
    graph = nx.Graph()
    graph.add_nodes_from(actors)
    graph.add_weighted_edges_from((s, t, 1 / w) for s, t, w in ties)
    naive = nx.betweenness_centrality(graph, weight="weight", normalized=False)
    exact = oracle.compute(actors, ties, weighted=True)["actors"]
    differing = [a for a in actors if not oracle.close(naive[a], exact[a]["betweenness"])]
    assert differing, "equal-weighted-paths no longer trips NetworkX's exact float comparison"
    return differing


def small_graphs():
    """The tiny edge cases, undirected unweighted (n3-path directed too)."""
    def path(ids):
        return list(zip(ids, ids[1:], [1] * len(ids)))
    five = ["a", "b", "c", "d", "e"]
    return {
        "n1": (["a"], [], UNDIRECTED),
        "n2": (["a", "b"], [("a", "b", 1)], UNDIRECTED),
        "n2-isolated": (["a", "b"], [], UNDIRECTED),
        "n3-path": (["a", "b", "c"], path("abc"), [(False, False), (True, False)]),
        "n3-triangle": (["a", "b", "c"], path("abc") + [("c", "a", 1)], UNDIRECTED),
        "k5": (five, [(u, v, 1) for i, u in enumerate(five) for v in five[i + 1:]], UNDIRECTED),
        "p4": (five[:4], path(five[:4]), UNDIRECTED),
        "star5": (["centre", "a", "b", "c", "d"], [("centre", leaf, 1) for leaf in "abcd"], UNDIRECTED),
    }


def main():
    summary = []

    def add(name, actors, ties, cases, weighted_file=False):
        write_fixture(name, actors, ties, cases, weighted_file)
        summary.append((name, len(actors), len(ties), len(oracle.merge_ties(actors, ties, False)), cases))

    add("karate", *karate(), UNDIRECTED)
    add("florentine", *florentine(), UNDIRECTED)
    add("kite", *kite(), UNDIRECTED)
    add("lesmis", *lesmis(), BOTH_WEIGHTINGS, weighted_file=True)
    add("davis", *davis(), BOTH_WEIGHTINGS, weighted_file=True)
    add("directed-small", *directed_small(), [(True, False), (True, True), (False, False)],
        weighted_file=True)
    add("merged-ties", *merged_ties(),
        [(False, False), (False, True), (True, False), (True, True)], weighted_file=True)
    for name, (actors, ties, cases) in small_graphs().items():
        add(name, actors, ties, cases)
    actors, ties = equal_weighted_paths()
    differing = assert_networkx_misses_equal_paths(actors, ties)
    add("equal-weighted-paths", actors, ties, [(False, True)], weighted_file=True)

    for name, n, rows, distinct, cases in summary:
        flags = ", ".join(("directed" if d else "undirected") + (" weighted" if w else "")
                          for d, w in cases)
        print(f"{name:22} {n:3} actors {rows:4} tie rows ({distinct} distinct undirected)  {flags}")
    print(f"equal-weighted-paths: NetworkX's float betweenness is wrong for {', '.join(differing)}")


if __name__ == "__main__":
    main()
