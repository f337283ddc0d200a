"""Netwerkkaart's path metrics computed with python-igraph (see common.py for the contract).

igraph's ``closeness(normalized=True)`` is (r-1)/sum(d) over the actors a vertex reaches; the
Wasserman-Faust factor (r-1)/(n-1) is applied afterwards, with r from the component sizes
(undirected) or from ``neighborhood_size`` (directed). igraph compares weighted path lengths
with a tolerance, like Netwerkkaart, so it is the reference for the weighted values.
"""

import igraph

import common


def build(ties: common.Ties) -> igraph.Graph:
    return igraph.Graph(n=ties.n, edges=ties.edges(), directed=ties.directed)


def reached(graph: igraph.Graph, directed: bool) -> list:
    """r - 1 for every vertex: how many others it reaches along outgoing ties."""
    if directed:
        return [size - 1 for size in graph.neighborhood_size(order=graph.vcount(), mode="out")]
    membership = graph.connected_components().membership
    sizes = {}
    for component in membership:
        sizes[component] = sizes.get(component, 0) + 1
    return [sizes[component] - 1 for component in membership]


def exact(ties: common.Ties, args) -> common.Metrics:
    graph, lengths = build(ties), ties.lengths()
    local = graph.closeness(mode="out", weights=lengths, normalized=True)
    return {
        "betweenness": graph.betweenness(directed=ties.directed, weights=lengths),
        "closeness": common.wasserman_faust(local, reached(graph, ties.directed), ties.n),
        "harmonic_closeness": graph.harmonic_centrality(
            mode="out", weights=lengths, normalized=True
        ),
    }


def approximate(ties: common.Ties, args) -> common.Metrics:
    graph, pivots = build(ties), ties.pivots(args.samples, args.seed)
    partial = graph.betweenness(directed=ties.directed, weights=ties.lengths(), sources=pivots)
    return {
        "degree": graph.degree(mode="all"),
        "betweenness": [value * ties.n / len(pivots) for value in partial],
    }


if __name__ == "__main__":
    common.main("igraph", igraph.__version__, {"exact": exact, "approximate": approximate})
