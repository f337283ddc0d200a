"""Netwerkkaart's path metrics computed with NetworkX (see common.py for the contract).

NetworkX measures closeness and harmonic centrality *inward* on a DiGraph, so both are
computed on the reversed graph to get Netwerkkaart's outward values. Weighted path lengths are
compared exactly, so ties between equal-length paths can be broken differently.
"""

import networkx

import common


def build(ties: common.Ties):
    graph = networkx.DiGraph() if ties.directed else networkx.Graph()
    graph.add_nodes_from(range(ties.n))
    lengths = ties.lengths() or [1.0] * ties.m
    graph.add_weighted_edges_from(zip(ties.sources, ties.targets, lengths), weight="distance")
    return graph


def in_order(values: dict, n: int) -> list:
    return [values[v] for v in range(n)]


def exact(ties: common.Ties, args) -> common.Metrics:
    graph = build(ties)
    distance = "distance" if ties.weights is not None else None
    outward = graph.reverse(copy=False) if ties.directed else graph
    betweenness = networkx.betweenness_centrality(graph, normalized=False, weight=distance)
    closeness = networkx.closeness_centrality(outward, distance=distance, wf_improved=True)
    harmonic = networkx.harmonic_centrality(outward, distance=distance)
    scale = 1.0 / (ties.n - 1) if ties.n > 1 else 0.0
    return {
        "betweenness": in_order(betweenness, ties.n),
        "closeness": in_order(closeness, ties.n),
        "harmonic_closeness": [value * scale for value in in_order(harmonic, ties.n)],
    }


def approximate(ties: common.Ties, args) -> common.Metrics:
    graph = build(ties)
    distance = "distance" if ties.weights is not None else None
    estimate = networkx.betweenness_centrality(
        graph, k=min(args.samples, ties.n), normalized=False, weight=distance, seed=args.seed
    )
    return {
        "degree": in_order(dict(graph.degree()), ties.n),
        "betweenness": in_order(estimate, ties.n),
    }


if __name__ == "__main__":
    common.main("networkx", networkx.__version__, {"exact": exact, "approximate": approximate})
