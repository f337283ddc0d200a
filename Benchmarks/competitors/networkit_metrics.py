"""Netwerkkaart's path metrics computed with NetworKit (see common.py for the contract).

NetworKit's undirected ``Betweenness`` counts every pair twice (both orders), so it is halved.
``Closeness`` with the GENERALIZED variant is the Wasserman-Faust form and, like
``HarmonicCloseness``, measures outward on a directed graph. Weighted path lengths are compared
exactly, so ties between equal-length paths can be broken differently from Netwerkkaart.
For the approximate task ``EstimateBetweenness`` (Geisberger, Sanders & Schultes: sources drawn
with replacement, contributions scaled by distance) stands in for Brandes-Pich sampling; it
comes without an error bound.
"""

import networkit

import common


def build(ties: common.Ties, threads: int) -> networkit.Graph:
    networkit.setNumberOfThreads(threads)
    graph = networkit.Graph(ties.n, weighted=ties.weights is not None, directed=ties.directed)
    lengths = ties.lengths()
    if lengths is None:
        for s, t in zip(ties.sources, ties.targets):
            graph.addEdge(s, t)
    else:
        for s, t, length in zip(ties.sources, ties.targets, lengths):
            graph.addEdge(s, t, length)
    return graph


def run(algorithm) -> list:
    algorithm.run()
    return algorithm.scores()


def pair_factor(ties: common.Ties) -> float:
    """NetworKit sums over ordered pairs; an undirected map counts each pair once."""
    return 1.0 if ties.directed else 0.5


def exact(ties: common.Ties, args) -> common.Metrics:
    graph, centrality = build(ties, args.threads), networkit.centrality
    betweenness = run(centrality.Betweenness(graph, normalized=False))
    return {
        "betweenness": [value * pair_factor(ties) for value in betweenness],
        "closeness": run(
            centrality.Closeness(graph, True, centrality.ClosenessVariant.GENERALIZED)
        ),
        "harmonic_closeness": run(centrality.HarmonicCloseness(graph, normalized=True)),
    }


def approximate(ties: common.Ties, args) -> common.Metrics:
    graph, centrality = build(ties, args.threads), networkit.centrality
    estimate = run(centrality.EstimateBetweenness(graph, args.samples, False, args.threads > 1))
    if ties.directed:
        degree = [graph.degreeOut(v) + graph.degreeIn(v) for v in range(ties.n)]
    else:
        degree = [graph.degree(v) for v in range(ties.n)]
    return {
        "degree": degree,
        "betweenness": [value * pair_factor(ties) for value in estimate],
    }


if __name__ == "__main__":
    common.main("networkit", networkit.__version__, {"exact": exact, "approximate": approximate})
