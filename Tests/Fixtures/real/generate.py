#!/usr/bin/env python3
"""Writes the corpus files of `networkx/`, `igraph/` and `networkit/` with those libraries' own
writers.

The data sets are the published ones NetworkX ships as generators (see SOURCES.md). Run it
again only to refresh the files; the committed files are what the tests read:

    python3 Tests/Fixtures/real/generate.py

Without NetworKit (`pip install networkit`) the other folders are still written.
"""
import json
import os

import igraph
import networkx as nx

try:
    import networkit
except ImportError:  # generation of the other folders does not need it
    networkit = None

HERE = os.path.dirname(os.path.abspath(__file__))


def datasets():
    """The published data sets, as NetworkX builds them."""
    return {
        "karate": nx.karate_club_graph(),
        "florentine": nx.florentine_families_graph(),
        "lesmis": nx.les_miserables_graph(),
        "davis": nx.davis_southern_women_graph(),
        "kite": nx.krackhardt_kite_graph(),
    }


def write_networkx(name, graph):
    graph = graph.copy()
    for key in [k for k, v in graph.graph.items() if not isinstance(v, (str, int, float))]:
        del graph.graph[key]  # Davis: the lists `top` and `bottom`, which no file format holds
    folder = os.path.join(HERE, "networkx")
    nx.write_graphml_xml(graph, os.path.join(folder, f"{name}.graphml"))
    nx.write_graphml_lxml(graph, os.path.join(folder, f"{name}-lxml.graphml"))
    nx.write_pajek(graph, os.path.join(folder, f"{name}.net"))
    nx.write_gexf(graph, os.path.join(folder, f"{name}.gexf"))  # GEXF 1.2draft
    for edges in ("links", "edges"):
        data = nx.node_link_data(graph, edges=edges)
        with open(os.path.join(folder, f"{name}-{edges}.node-link.json"), "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)


def write_igraph(name, graph):
    graph = graph.copy()
    graph.graph.clear()
    folder = os.path.join(HERE, "igraph")
    converted = igraph.Graph.from_networkx(graph)
    converted.vs["name"] = [str(v) for v in converted.vs["_nx_name"]]
    del converted.vs["_nx_name"]
    converted.write_graphml(os.path.join(folder, f"{name}.graphml"))
    converted.write_pajek(os.path.join(folder, f"{name}.net"))


def write_networkit(name, graph):
    """NetworKit numbers the nodes 0..n-1 in NetworkX's node order and writes those numbers as
    ids (the names of Florentine and Davis are not kept); weighted where the data are. Its
    `EdgeListWriter` is left out: it writes no header row, which netwerkkaart's edge list
    requires (see SOURCES.md)."""
    weighted = all("weight" in data for _, _, data in graph.edges(data=True))
    converted = networkit.nxadapter.nx2nk(graph, weightAttr="weight" if weighted else None)
    folder = os.path.join(HERE, "networkit")
    os.makedirs(folder, exist_ok=True)
    networkit.graphio.GraphMLWriter().write(converted, os.path.join(folder, f"{name}.graphml"))
    networkit.graphio.GEXFWriter().write(converted, os.path.join(folder, f"{name}.gexf"))


if __name__ == "__main__":
    for name, graph in datasets().items():
        write_networkx(name, graph)
        write_igraph(name, graph)
        if networkit is not None:
            write_networkit(name, graph)
    print("networkx", nx.__version__, "igraph", igraph.__version__,
          "networkit", networkit.__version__ if networkit else "absent: networkit/ not written")
