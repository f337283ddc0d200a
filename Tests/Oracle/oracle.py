"""Reference values for the metrics of `netwerkkaart metrics`, computed independently of the
Swift code.

Input is what a netwerkkaart holds: actor ids in file order and tie records
``(source, target, weight)``, possibly with duplicate pairs and self-ties. ``compute`` merges
them the way the library does and returns::

    {"network": {"actors", "ties", "directed", "weighted", "density", "components"},
     "actors": {id: {metric: value}}}

Which code computes what:

* Unweighted: NetworkX (``unweighted_metrics``).
* Weighted (distance = 1/weight): igraph (``weighted_metrics``), whose weighted shortest paths
  treat lengths equal within a small tolerance as equal, cross-checked against an exact
  rational Brandes/Dijkstra (``exact_path_metrics``, ``fractions.Fraction`` distances). The
  two must agree to ``REL_TOL``; the value reported is the exact one, rounded once to float.
  NetworkX is not used here: it compares float path lengths with ``==``, so it misses equally
  short paths whose float sums differ in the last bit (0.5+0.2+0.2 != 0.2+0.2+0.5).
* ``exact_path_metrics`` also runs unweighted (every distance 1), which ``differential.py
  --self-check`` uses to check the NetworkX mapping.

Conventions (n actors, m distinct ties), each mapped to the call that computes it:

==========================  ===============================================  ===================================================
metric                      definition                                       NetworkX / igraph
==========================  ===============================================  ===================================================
degree                      distinct neighbours; directed: in + out          G.degree / g.degree(mode="all")
in_degree, out_degree       directed only                                    G.in_degree, G.out_degree / g.degree(mode=...)
strength (weighted only)    sum of tie weights; directed: in + out           g.strength(weights=w, mode=...)
degree_centrality           degree / (n-1); 0 when n < 2                     nx.degree_centrality (NetworkX gives 1 when n == 1)
betweenness                 Brandes; undirected pairs counted once           nx.betweenness_centrality(normalized=False) /
                                                                             g.betweenness(weights=1/w)
betweenness_normalized      / ((n-1)(n-2)/2) undirected, / ((n-1)(n-2))      nx.betweenness_centrality(normalized=True) /
                            directed; 0 when n < 3                           igraph value divided here
closeness                   Wasserman-Faust (r-1)/(n-1) * (r-1)/sum(d),      nx.closeness_centrality(G.reverse(), wf_improved=True)
                            OUTWARD distances; 0 if it reaches no one        (NetworkX measures inward) / g.closeness(mode="out",
                                                                             normalized=True) * (r-1)/(n-1)
in_closeness                directed only: the same with inward distances    nx.closeness_centrality(G) / g.closeness(mode="in")
harmonic_closeness          sum 1/d(u, v) / (n-1), outward; 0 when n < 2     nx.harmonic_centrality(G.reverse()) / (n-1) /
                                                                             g.harmonic_centrality(mode="out", normalized=True)
in_harmonic_closeness       directed only: inward                            nx.harmonic_centrality(G) / (n-1) / mode="in"
density                     2m/(n(n-1)), directed m/(n(n-1)); 0 when n < 2   nx.density / g.density(loops=False)
components                  connected (directed: weakly), isolates count     nx.number_(weakly_)connected_components /
                                                                             len(g.connected_components(mode="weak"))
==========================  ===============================================  ===================================================
"""

from __future__ import annotations

import csv
import heapq
import math
from fractions import Fraction
from pathlib import Path

import igraph
import networkx as nx

REL_TOL = 1e-9
ABS_TOL = 1e-12

#: Per-actor metric names in report order, before the flags pick the ones that apply.
METRIC_ORDER = (
    "degree", "in_degree", "out_degree", "strength", "in_strength", "out_strength",
    "degree_centrality", "betweenness", "betweenness_normalized",
    "closeness", "in_closeness", "harmonic_closeness", "in_harmonic_closeness",
)
INTEGER_METRICS = frozenset({"degree", "in_degree", "out_degree"})
PATH_METRICS = ("betweenness", "betweenness_normalized", "closeness", "in_closeness",
                "harmonic_closeness", "in_harmonic_closeness")
DIRECTED_ONLY = frozenset({"in_degree", "out_degree", "in_strength", "out_strength",
                           "in_closeness", "in_harmonic_closeness"})
WEIGHTED_ONLY = frozenset({"strength", "in_strength", "out_strength"})


def metric_names(directed: bool, weighted: bool) -> list[str]:
    """The per-actor metrics reported for these flags, in report order."""
    return [name for name in METRIC_ORDER
            if (directed or name not in DIRECTED_ONLY) and (weighted or name not in WEIGHTED_ONLY)]


def close(ours: float, expected: float) -> bool:
    """Equal within relative ``REL_TOL``, or absolute ``ABS_TOL`` near zero."""
    return math.isclose(ours, expected, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def merge_ties(actors, ties, directed):
    """Distinct ties as ``{(i, j): weight}`` over actor indices, as the library builds them.

    Self-ties are dropped; ties between the same pair are merged with their weights summed.
    Undirected, ``a,b`` and ``b,a`` are the same pair (keyed with the lower index first).
    Weights are summed as ``Fraction`` so the exact oracle sees exact input.
    """
    index = {actor: position for position, actor in enumerate(actors)}
    if len(index) != len(actors):
        raise ValueError("duplicate actor ids")
    merged: dict[tuple[int, int], Fraction] = {}
    for source, target, weight in ties:
        i, j = index[source], index[target]
        if i == j:
            continue
        key = (i, j) if directed or i < j else (j, i)
        merged[key] = merged.get(key, Fraction(0)) + Fraction(weight)
    return merged


def write_map(folder, actors, ties, labels=None, with_weights=True):
    """Writes a map folder: ``actors.csv`` (id,label) and ``ties.csv`` (source,target[,weight]).

    RFC 4180 CSV in UTF-8 with LF line ends, fields quoted only when they need it (a comma, a
    quote or a line break). ``labels`` defaults to the ids; weights print without ".0".
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    labels = actors if labels is None else labels
    _write_csv(folder / "actors.csv", ["id", "label"], zip(actors, labels))
    if with_weights:
        _write_csv(folder / "ties.csv", ["source", "target", "weight"],
                   [(s, t, _weight_text(w)) for s, t, w in ties])
    else:
        _write_csv(folder / "ties.csv", ["source", "target"], [(s, t) for s, t, _ in ties])


def _write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _weight_text(weight):
    return str(int(weight)) if float(weight).is_integer() else repr(float(weight))


def compute(actors, ties, directed=False, weighted=False):
    """Every reference figure of one network (see the module docstring for the shape)."""
    actors = list(actors)
    merged = merge_ties(actors, ties, directed)
    n = len(actors)
    metrics = weighted_metrics if weighted else unweighted_metrics
    figures, values = metrics(n, merged, directed)
    names = metric_names(directed, weighted)
    return {
        "network": {"actors": n, "ties": len(merged), "directed": directed, "weighted": weighted,
                    "density": float(figures["density"]), "components": int(figures["components"])},
        "actors": {actor: {name: _plain(name, values[name][i]) for name in names}
                   for i, actor in enumerate(actors)},
    }


def _plain(name, value):
    """A JSON-ready number: ``int`` for counts, ``float`` (exact values rounded once) else."""
    return int(value) if name in INTEGER_METRICS else float(value)


def _per_actor(n, mapping):
    return [mapping[i] for i in range(n)]


def unweighted_metrics(n, merged, directed):
    """Network figures and per-actor value lists from NetworkX, for an unweighted network."""
    graph = nx.DiGraph() if directed else nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(merged)
    reverse = graph.reverse() if directed else graph
    values = {
        "degree": _per_actor(n, dict(graph.degree)),
        # NetworkX gives 1 to the single actor of a one-actor graph; the definition says 0.
        "degree_centrality": _per_actor(n, nx.degree_centrality(graph)) if n >= 2 else [0.0] * n,
        "betweenness": _per_actor(n, nx.betweenness_centrality(graph, normalized=False)),
        "betweenness_normalized": _per_actor(n, nx.betweenness_centrality(graph, normalized=True)),
        # NetworkX measures closeness and harmonic centrality with inward distances (toward the
        # actor); the reversed graph turns them outward.
        "closeness": _per_actor(n, nx.closeness_centrality(reverse, wf_improved=True)),
        "harmonic_closeness": [h / (n - 1) for h in _per_actor(n, nx.harmonic_centrality(reverse))]
        if n >= 2 else [0.0] * n,
    }
    if directed:
        values["in_degree"] = _per_actor(n, dict(graph.in_degree))
        values["out_degree"] = _per_actor(n, dict(graph.out_degree))
        values["in_closeness"] = _per_actor(n, nx.closeness_centrality(graph, wf_improved=True))
        values["in_harmonic_closeness"] = (
            [h / (n - 1) for h in _per_actor(n, nx.harmonic_centrality(graph))] if n >= 2 else [0.0] * n)
        components = nx.number_weakly_connected_components(graph)
    else:
        components = nx.number_connected_components(graph)
    return {"density": nx.density(graph), "components": components}, values


def weighted_metrics(n, merged, directed):
    """Network figures and per-actor values for a weighted network: igraph, checked exactly.

    igraph computes everything; its path metrics must match ``exact_path_metrics`` within
    ``REL_TOL`` (``AssertionError`` otherwise), and the exact values are the ones returned.
    """
    edges = list(merged)
    weights = [float(merged[edge]) for edge in edges]
    graph = igraph.Graph(n=n, edges=edges, directed=directed)
    distances = [1.0 / w for w in weights]
    values = {
        "degree": graph.degree(mode="all"),
        "strength": graph.strength(mode="all", weights=weights) if edges else [0.0] * n,
        "degree_centrality": [d / (n - 1) for d in graph.degree(mode="all")] if n >= 2 else [0.0] * n,
        "betweenness": graph.betweenness(directed=directed, weights=distances) if edges else [0.0] * n,
    }
    pairs = (n - 1) * (n - 2) / (1 if directed else 2)
    values["betweenness_normalized"] = [b / pairs if n >= 3 else 0.0 for b in values["betweenness"]]
    directions = [("closeness", "harmonic_closeness", "out")]
    if directed:
        directions.append(("in_closeness", "in_harmonic_closeness", "in"))
        values["in_degree"] = graph.degree(mode="in")
        values["out_degree"] = graph.degree(mode="out")
        values["in_strength"] = graph.strength(mode="in", weights=weights) if edges else [0.0] * n
        values["out_strength"] = graph.strength(mode="out", weights=weights) if edges else [0.0] * n
    for closeness, harmonic, mode in directions:
        values[closeness] = _igraph_wf_closeness(graph, distances, mode)
        values[harmonic] = (graph.harmonic_centrality(mode=mode, weights=distances or None, normalized=True)
                            if n >= 2 else [0.0] * n)

    exact = exact_path_metrics(n, merged, directed, weighted=True)
    for name, exact_values in exact.items():
        for actor, (approx, truth) in enumerate(zip(values[name], exact_values)):
            if not close(approx, float(truth)):
                raise AssertionError(f"igraph and exact disagree on {name} of actor {actor}: "
                                     f"{approx!r} vs {float(truth)!r}")
        values[name] = exact_values
    network = {"density": graph.density(loops=False) if n >= 2 else 0.0,
               "components": len(graph.connected_components(mode="weak"))}
    return network, values


def _igraph_wf_closeness(graph, distances, mode):
    """Wasserman-Faust closeness from igraph.

    ``closeness(normalized=True)`` is (r-1)/sum(d) over the r actors reachable from the actor
    (NaN when it reaches no one); the factor (r-1)/(n-1) makes it Wasserman-Faust.
    """
    n = graph.vcount()
    if n < 2:
        return [0.0] * n
    raw = graph.closeness(mode=mode, weights=distances or None, normalized=True)
    result = []
    for actor, value in enumerate(raw):
        reached = len(graph.subcomponent(actor, mode=mode)) - 1
        result.append(0.0 if reached == 0 or math.isnan(value) else value * reached / (n - 1))
    return result


def exact_path_metrics(n, merged, directed, weighted):
    """Path metrics in exact rational arithmetic: ``{name: [Fraction per actor]}``.

    Brandes' algorithm with a Dijkstra over ``Fraction`` distances (1/weight when weighted, 1
    otherwise), so equally short paths are recognised exactly. Simple rather than fast: fine
    for the few hundred actors of a fixture.
    """
    outgoing = [[] for _ in range(n)]
    for (i, j), weight in merged.items():
        length = Fraction(1) / weight if weighted else Fraction(1)
        outgoing[i].append((j, length))
        if not directed:
            outgoing[j].append((i, length))

    betweenness = [Fraction(0)] * n
    distance_rows = []
    for source in range(n):
        order, sigma, predecessors, dist = _dijkstra(outgoing, source)
        distance_rows.append(dist)
        delta = [Fraction(0)] * n
        for w in reversed(order):
            for v in predecessors[w]:
                delta[v] += Fraction(sigma[v], sigma[w]) * (1 + delta[w])
            if w != source:
                betweenness[w] += delta[w]
    if not directed:
        betweenness = [b / 2 for b in betweenness]  # each unordered pair was seen from both ends

    pairs = (n - 1) * (n - 2) // (1 if directed else 2)
    result = {
        "betweenness": betweenness,
        "betweenness_normalized": [b / pairs if n >= 3 else Fraction(0) for b in betweenness],
        "closeness": [_wf_closeness(row, n) for row in distance_rows],
        "harmonic_closeness": [_harmonic(row, n) for row in distance_rows],
    }
    if directed:
        inward = [{s: row[t] for s, row in enumerate(distance_rows) if t in row} for t in range(n)]
        result["in_closeness"] = [_wf_closeness(row, n) for row in inward]
        result["in_harmonic_closeness"] = [_harmonic(row, n) for row in inward]
    return result


def _dijkstra(outgoing, source):
    """Single-source shortest paths: visiting order, path counts, predecessors, distances."""
    n = len(outgoing)
    dist = {source: Fraction(0)}
    sigma = [0] * n
    sigma[source] = 1
    predecessors = [[] for _ in range(n)]
    order, done = [], [False] * n
    heap = [(Fraction(0), source)]
    while heap:
        d, v = heapq.heappop(heap)
        if done[v] or d > dist[v]:
            continue
        done[v] = True
        order.append(v)
        for w, length in outgoing[v]:
            candidate = d + length
            if w not in dist or candidate < dist[w]:
                dist[w] = candidate
                sigma[w] = sigma[v]
                predecessors[w] = [v]
                heapq.heappush(heap, (candidate, w))
            elif candidate == dist[w] and not done[w]:
                sigma[w] += sigma[v]
                predecessors[w].append(v)
    return order, sigma, predecessors, dist


def _wf_closeness(distances, n):
    """Wasserman-Faust closeness from one actor's distances (itself included at 0)."""
    reached = len(distances) - 1
    if reached == 0:
        return Fraction(0)
    return Fraction(reached, n - 1) * reached / sum(distances.values())


def _harmonic(distances, n):
    """Harmonic closeness from one actor's distances: mean of 1/d over the n-1 others."""
    if n < 2:
        return Fraction(0)
    return sum((1 / d for d in distances.values() if d), Fraction(0)) / (n - 1)
