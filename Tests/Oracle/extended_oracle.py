"""Reference values for `netwerkkaart metrics --extended` and the whole-map figures of
`netwerkkaart analyse`, computed independently of the Swift code.

``compute_extended(actors, ties, directed, weighted)`` merges the ties as ``oracle.merge_ties``
does and returns::

    {"network": {figure: value},          # figures absent where ours are (undefined)
     "actors": {id: {metric: value}},
     "tolerance": {name: (rel, abs)},     # per-field tolerance where the default does not fit
     "graph": the NetworkX graph,         # for the analyse checks (cliques, cores, modularity)
     "skipped": [(metric, reason)]}       # measures left unchecked on this map, with why

Who computes what (the docstring of each helper says more):

===============================  ==================================================  ==========================================
measure                          reference value                                     cross-check (must agree or AssertionError)
===============================  ==================================================  ==========================================
effective_size, efficiency,      exact ``Fraction`` implementation of Burt's          NetworkX ``constraint`` (all maps) and
constraint                       formulas (``structural_holes``)                      ``effective_size`` where it is right (see below)
clustering, average_clustering   NetworkX ``clustering`` / ``average_clustering``     -
transitivity                     NetworkX ``transitivity(G.to_undirected())``         -
core_number                      NetworkX ``core_number``                             -
pagerank                         NetworkX ``pagerank(tol=1e-15, max_iter=10000)``     numpy direct solve of the linear system
eigenvector (undirected)         numpy ``eigh`` per component, combined as our doc    NetworkX ``eigenvector_centrality_numpy``
                                 comment defines                                      on connected maps (n >= 3)
eigenvector (directed)           numpy ``eig`` of Aᵀ, only where one strongly         NetworkX ``eigenvector_centrality_numpy``
                                 connected component holds the largest eigenvalue    on strongly connected maps (n >= 3)
*_centralization                 Freeman's formula in exact arithmetic over the       -
                                 scores of ``oracle.compute``
diameter, average_distance       igraph ``distances`` (distance 1/weight)             igraph ``average_path_length(unconn=True)``,
                                                                                     NetworkX ``diameter`` (undirected)
degree_assortativity             Pearson correlation over tie ends, exact except      NetworkX ``degree_assortativity_coefficient``
                                 one final square root
===============================  ==================================================  ==========================================

NetworkX's ``effective_size`` is wrong in two places, so the exact implementation is the
reference and NetworkX only a cross-check where it is right: its vectorized path (the default,
``nodes=None``, with scipy installed) normalizes by the row maximum along the wrong axis
(networkx#8906; only unweighted undirected graphs, where every maximum is 1, are unaffected),
and its loop path (``nodes=list(G)``) calls a node without *out*-ties an isolate (NaN) on a
directed graph (networkx#2661). The cross-check therefore uses the default call on unweighted
undirected maps and the loop path elsewhere, skipping the nodes #2661 hits.
"""

from __future__ import annotations

import math
from fractions import Fraction

import igraph
import networkx as nx
import numpy as np

import oracle

#: Eigenvector centrality comes from power iteration in the tool (error estimated below 1e-13 per
#: actor) and from a dense eigensolver here (error about 1e-15 times the condition of the
#: eigenvector); 1e-10 absolute leaves room for both on maps of up to 60 actors.
EIGENVECTOR_TOL = (0.0, 1e-10)
#: PageRank: the tool stops when its L1 error bound is below 1e-12, NetworkX (tol=1e-15) when the
#: L1 change is below n * 1e-15, i.e. an L1 error below 0.85/0.15 * 60e-15 < 4e-13; every actor
#: is therefore within 1.4e-12 of the exact vector in both, and 1e-11 leaves a factor of 7.
PAGERANK_TOL = (0.0, 1e-11)
#: Relative gap between components' largest eigenvalues below which they count as tied (the value
#: of ``EigenvectorCentrality.tiedEigenvalues``: it is part of the definition).
TIED_EIGENVALUES = 1e-10
#: A directed map is checked for eigenvector centrality only when the power iteration of (A + I)ᵀ
#: provably converges within the tool's 10,000 steps: the second-largest |mu + 1| over the
#: eigenvalues mu of A is at most this share of lambda + 1 (0.99^10000 is 1e-44).
DIRECTED_EIGENVECTOR_RATE = 0.99
CROSS_CHECK = dict(rel_tol=1e-9, abs_tol=1e-9)


def compute_extended(actors, ties, directed=False, weighted=False, base=None):
    """Every reference figure of ``metrics --extended`` (see the module docstring). ``base`` is
    ``oracle.compute``'s result for the same map, computed here when not given."""
    actors = list(actors)
    base = base or oracle.compute(actors, ties, directed=directed, weighted=weighted)
    n = len(actors)
    merged = oracle.merge_ties(actors, ties, directed)
    graph = _graph(n, merged, directed, weighted)
    weight = "weight" if weighted else None
    skipped = []

    holes = structural_holes(n, merged, directed, weighted)
    _cross_check_holes(graph, holes, directed, weighted)
    eigenvector = (directed_eigenvector(n, merged, weighted, graph) if directed
                   else undirected_eigenvector(n, merged, weighted, graph))
    if eigenvector is None:
        skipped.append(("eigenvector", "no single strongly connected component holds the largest "
                                       "eigenvalue, or the power iteration converges too slowly"))
    values = {
        "effective_size": holes["effective_size"],
        "efficiency": holes["efficiency"],
        "constraint": holes["constraint"],
        "eigenvector": eigenvector,
        "pagerank": pagerank(graph, n, weight),
        "core_number": _per_actor(n, nx.core_number(graph)),
        "clustering": _per_actor(n, nx.clustering(graph, weight=weight)) if n else [],
    }
    network = {
        "transitivity": nx.transitivity(graph.to_undirected()),
        # NetworkX raises on an empty graph; the definition gives 0.
        "average_clustering": nx.average_clustering(graph, weight=weight) if n else 0.0,
    }
    network.update(centralization(n, merged, directed, [base["actors"][a] for a in actors]))
    if weighted:
        # No star bound for closeness with distance 1/weight: the tool leaves it out
        # (Centralization.swift), and the comparison requires the key to be absent.
        del network["closeness_centralization"]
    network.update(distance_summary(n, merged, directed, weighted))
    assortativity = degree_assortativity(n, merged, directed, graph)
    if assortativity is not None:
        network["degree_assortativity"] = assortativity

    tolerance = {"eigenvector": EIGENVECTOR_TOL, "pagerank": PAGERANK_TOL}
    return {
        "network": {key: float(value) for key, value in network.items()},
        "actors": {actor: {name: int(column[i]) if name == "core_number" else float(column[i])
                           for name, column in values.items() if column is not None}
                   for i, actor in enumerate(actors)},
        "tolerance": tolerance,
        "graph": graph,
        "skipped": skipped,
    }


def _per_actor(n, mapping):
    return [mapping[i] for i in range(n)]


def _graph(n, merged, directed, weighted):
    """The merged map as a NetworkX graph on nodes 0..n-1 (weights as floats when weighted)."""
    graph = nx.DiGraph() if directed else nx.Graph()
    graph.add_nodes_from(range(n))
    for (i, j), w in merged.items():
        if weighted:
            graph.add_edge(i, j, weight=float(w))
        else:
            graph.add_edge(i, j)
    return graph


# ---- structural holes ------------------------------------------------------------------------

def structural_holes(n, merged, directed, weighted):
    """Burt's effective size, efficiency and constraint in exact arithmetic, from the formulas:

    a_uv = strength of u -> v (1 unweighted); m_uv = a_uv + a_vu; N(u) = {v : m_uv > 0};
    p_uv = m_uv / S_u with S_u = sum_k m_uk; r_vw = m_vw / M_v with M_v = max_k m_vk;
    effective_size(u) = sum_{v in N(u)} (1 - sum_{w in N(u)} p_uw r_vw); efficiency = that / |N(u)|;
    constraint(u) = sum_{v in N(u)} (p_uv + sum_{w in N(u)} p_uw p_wv)^2; isolates 0 (NetworkX NaN).
    Undirected, each tie counts in both directions (m_uv = 2 w_uv). The strengths are scaled to
    integers by the common denominator of the weights, which changes neither p nor r, so the
    inner sums run over integers and only the per-contact terms are fractions.
    """
    scale = math.lcm(*(Fraction(w).denominator for w in merged.values())) if weighted and merged else 1
    mutual = [dict() for _ in range(n)]
    for (i, j), w in merged.items():
        a = int(Fraction(w) * scale) if weighted else 1
        mutual[i][j] = mutual[i].get(j, 0) + a
        mutual[j][i] = mutual[j].get(i, 0) + a
    total = [sum(row.values()) for row in mutual]
    largest = [max(row.values(), default=0) for row in mutual]
    effective, efficiency, constraint = [], [], []
    for u in range(n):
        contacts = mutual[u]
        if not contacts:
            effective.append(Fraction(0))
            efficiency.append(Fraction(0))
            constraint.append(Fraction(0))
            continue
        # sum_w p_uw r_vw = (1/S_u) * (sum_w m_uw m_vw) / M_v
        redundancy = sum((Fraction(sum(m_uw * mutual[v].get(w, 0) for w, m_uw in contacts.items()), largest[v])
                          for v in contacts), Fraction(0)) / total[u]
        size = len(contacts) - redundancy
        effective.append(size)
        efficiency.append(size / len(contacts))
        # p_uv + sum_w p_uw p_wv = (m_uv + sum_w m_uw m_wv / S_w) / S_u, over the common denominator L
        common = math.lcm(*(total[w] for w in contacts))
        invested = [(contacts[v] * common + sum(m_uw * mutual[w].get(v, 0) * (common // total[w])
                                                for w, m_uw in contacts.items())) for v in contacts]
        constraint.append(Fraction(sum(x * x for x in invested), (total[u] * common) ** 2))
    return {"effective_size": effective, "efficiency": efficiency, "constraint": constraint}


def _cross_check_holes(graph, holes, directed, weighted):
    """NetworkX must agree with the exact values wherever it is right (module docstring)."""
    weight = "weight" if weighted else None
    checks = [("constraint", nx.constraint(graph, weight=weight))]
    if not directed and not weighted:
        checks.append(("effective_size", nx.effective_size(graph)))  # Borgatti's form
    else:  # the loop path; the vectorized one has networkx#8906
        checks.append(("effective_size", nx.effective_size(graph, nodes=list(graph), weight=weight)))
    for name, theirs in checks:
        for node, value in theirs.items():
            if math.isnan(value):  # isolates, and under networkx#2661 nodes with only in-ties
                continue
            if not math.isclose(value, holes[name][node], **CROSS_CHECK):
                raise AssertionError(f"networkx {name} {value!r} vs exact {float(holes[name][node])!r} at {node}")


# ---- eigenvector centrality and PageRank -----------------------------------------------------

def _matrix(n, merged, weighted, members=None):
    """Dense adjacency matrix A[i, j] = strength of i -> j over ``members`` (all actors by default),
    symmetric for an undirected map when both directions are added by the caller."""
    members = list(range(n)) if members is None else members
    position = {v: k for k, v in enumerate(members)}
    matrix = np.zeros((len(members), len(members)))
    for (i, j), w in merged.items():
        if i in position and j in position:
            matrix[position[i], position[j]] = float(w) if weighted else 1.0
    return matrix


def undirected_eigenvector(n, merged, weighted, graph):
    """Our convention (``EigenvectorCentrality.swift``): per component c its unit Perron vector
    v_c >= 0 with eigenvalue lambda_c (numpy ``eigh``; 0 and [1] for an isolate); the result is
    sum_c (sum_v v_c(v)) v_c over the components whose lambda_c is within ``TIED_EIGENVALUES``
    (relative) of the largest, normalized to Euclidean norm 1; other components get 0."""
    if n == 0:
        return []
    parts = []
    for component in sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: c[0]):
        matrix = _matrix(n, merged, weighted, component)
        matrix = matrix + matrix.T
        values, vectors = np.linalg.eigh(matrix)
        vector = np.abs(vectors[:, -1])  # the Perron vector of a connected component has one sign
        parts.append((component, float(values[-1]), vector / np.linalg.norm(vector)))
    largest = max(value for _, value, _ in parts)
    result = [0.0] * n
    dominant = [(c, vector.sum(), vector) for c, value, vector in parts
                if value >= largest * (1 - TIED_EIGENVALUES)]
    norm = math.sqrt(sum(total ** 2 for _, total, _ in dominant))
    for component, total, vector in dominant:
        for k, v in enumerate(component):
            result[v] = total * vector[k] / norm
    if n >= 3 and nx.is_connected(graph):
        _cross_check_eigenvector(graph, result, weighted)
    return result


def directed_eigenvector(n, merged, weighted, graph):
    """Left Perron vector of A (an actor collects from its in-ties), normalized to norm 1, or
    ``None`` where it is not well defined: the power iteration from the all-ones vector converges
    to it exactly when a single strongly connected component attains the largest eigenvalue
    lambda > 0 (it is then simple, and its left eigenvector is >= 0 by Perron-Frobenius, with a
    positive projection on the start vector). Checked only where the tool's power iteration also
    provably converges within its 10,000 steps (``DIRECTED_EIGENVECTOR_RATE``)."""
    if n == 0:
        return []
    if n == 1:
        return [1.0]
    radii = []
    for component in nx.strongly_connected_components(graph):
        members = sorted(component)
        eigenvalues = np.linalg.eigvals(_matrix(n, merged, weighted, members))
        radii.append(float(np.max(np.abs(eigenvalues))))
    radii.sort(reverse=True)
    if radii[0] <= 0 or (len(radii) > 1 and radii[1] >= radii[0] * (1 - 1e-6)):
        return None
    matrix = _matrix(n, merged, weighted)
    values, vectors = np.linalg.eig(matrix.T)
    top = int(np.argmin(np.abs(values - radii[0])))
    rest = np.delete(values, top)
    if len(rest) and np.max(np.abs(rest + 1)) > DIRECTED_EIGENVECTOR_RATE * (radii[0] + 1):
        return None
    vector = np.abs(np.real(vectors[:, top]))
    result = list(vector / np.linalg.norm(vector))
    if n >= 3 and nx.is_strongly_connected(graph):
        _cross_check_eigenvector(graph, result, weighted)
    return result


def _cross_check_eigenvector(graph, result, weighted):
    theirs = nx.eigenvector_centrality_numpy(graph, weight="weight" if weighted else None)
    for node, value in theirs.items():
        if not math.isclose(value, result[node], rel_tol=0, abs_tol=EIGENVECTOR_TOL[1]):
            raise AssertionError(f"networkx eigenvector {value!r} vs numpy {result[node]!r} at {node}")


def pagerank(graph, n, weight):
    """NetworkX ``pagerank`` (alpha 0.85, uniform jump and dangling distribution) iterated to
    tol=1e-15, cross-checked against a direct solve of (I - alpha M) x = b, where M spreads each
    actor's rank over its out-ties by strength and dangling actors spread it over everyone."""
    if n == 0:
        return []
    theirs = nx.pagerank(graph, alpha=0.85, tol=1e-15, max_iter=10000, weight=weight)
    transition = np.zeros((n, n))  # transition[v, u] = probability u -> v
    for u in range(n):
        out = [(v, data.get(weight, 1) if weight else 1) for v, data in graph[u].items()]
        total = sum(w for _, w in out)
        if total == 0:
            transition[:, u] = 1 / n
        for v, w in out:
            transition[v, u] += w / total
    solved = np.linalg.solve(np.eye(n) - 0.85 * transition, np.full(n, 0.15 / n))
    result = [theirs[i] for i in range(n)]
    for i in range(n):
        if not math.isclose(result[i], solved[i], rel_tol=0, abs_tol=PAGERANK_TOL[1]):
            raise AssertionError(f"networkx pagerank {result[i]!r} vs direct solve {solved[i]!r} at {i}")
    return result


# ---- whole-map figures -----------------------------------------------------------------------

def centralization(n, merged, directed, base):
    """Freeman: sum_i (c_max - c_i) / max over maps of that sum (the star), computed exactly over
    the oracle's scores (``base``: ``oracle.compute``'s per-actor values, NetworkX unweighted and
    exact rationals rounded once weighted); 0 when the maximum is 0. Maxima: degree (ties, in +
    out when directed) (n-1)(n-2), directed 2(n-1)(n-2); raw betweenness (n-1)^2(n-2)/2, directed
    (n-1)^2(n-2); Wasserman-Faust outward closeness (n-1)(n-2)/(2n-3), directed n-1 (Freeman
    1979; igraph ``centralization_*_tmax`` for degree and betweenness; the closeness maxima are
    derived in Centralization.swift)."""
    degree = [0] * n
    for i, j in merged:
        degree[i] += 1
        degree[j] += 1
    maxima = {
        "degree_centralization": (n - 1) * (n - 2) * (2 if directed else 1) if n >= 2 else 0,
        "betweenness_centralization": Fraction((n - 1) ** 2 * (n - 2), 1 if directed else 2) if n >= 3 else 0,
        "closeness_centralization": (Fraction(n - 1) if directed else Fraction((n - 1) * (n - 2), 2 * n - 3))
        if n >= 2 else 0,
    }
    scores = {"degree_centralization": degree,
              "betweenness_centralization": [Fraction(row["betweenness"]) for row in base],
              "closeness_centralization": [Fraction(row["closeness"]) for row in base]}
    result = {}
    for name, values in scores.items():
        top = max(values, default=0)
        result[name] = Fraction(sum(top - v for v in values)) / maxima[name] if maxima[name] else Fraction(0)
    return result


def distance_summary(n, merged, directed, weighted):
    """Diameter of the largest (weak) component, the first of equal size in order of first actor,
    and the average distance over every reachable ordered pair of the map (0 without any), from
    igraph's distance matrix (hops, or sums of 1/weight along the path). Cross-checked: igraph
    ``average_path_length(unconn=True)`` for the average, NetworkX ``diameter`` for undirected
    maps."""
    if n == 0:
        return {"diameter": 0.0, "average_distance": 0.0}
    g = igraph.Graph(n=n, edges=list(merged), directed=directed)
    lengths = [1 / float(w) for w in merged.values()] if weighted else None
    rows = g.distances(weights=lengths, mode="out")
    components = sorted((sorted(c) for c in g.connected_components(mode="weak")), key=lambda c: c[0])
    largest = max(components, key=len)  # max keeps the first of equal size
    diameter = max((d for s in largest for d in rows[s] if math.isfinite(d)), default=0.0)
    distances = [d for row in rows for d in row if d and math.isfinite(d)]
    average = math.fsum(distances) / len(distances) if distances else 0.0
    if distances:
        theirs = g.average_path_length(directed=directed, unconn=True, weights=lengths)
        if not math.isclose(theirs, average, **CROSS_CHECK):
            raise AssertionError(f"igraph average distance {theirs!r} vs {average!r}")
    if not directed and len(largest) > 1:
        graph = _graph(n, merged, directed, weighted).subgraph(largest)
        if weighted:
            nx.set_edge_attributes(graph, {e: 1 / d["weight"] for e, d in graph.edges.items()}, "distance")
        theirs = nx.diameter(graph, weight="distance" if weighted else None)
        if not math.isclose(theirs, diameter, **CROSS_CHECK):
            raise AssertionError(f"networkx diameter {theirs!r} vs {diameter!r}")
    return {"diameter": float(diameter), "average_distance": average}


def degree_assortativity(n, merged, directed, graph):
    """Pearson correlation of (x(s), y(t)) over the tie ends s -> t: undirected every tie read
    both ways with x = y = degree, directed x = out-degree, y = in-degree (NetworkX defaults).
    ``None`` where undefined (no ties, or either variance 0; NetworkX gives NaN). Exact but for
    the final square root."""
    if directed:
        out_degree, in_degree = [0] * n, [0] * n
        for i, j in merged:
            out_degree[i] += 1
            in_degree[j] += 1
        pairs = [(out_degree[i], in_degree[j]) for i, j in merged]
    else:
        degree = [0] * n
        for i, j in merged:
            degree[i] += 1
            degree[j] += 1
        pairs = [(degree[i], degree[j]) for i, j in merged] + [(degree[j], degree[i]) for i, j in merged]
    if not pairs:
        return None
    count = len(pairs)
    mean_x = Fraction(sum(x for x, _ in pairs), count)
    mean_y = Fraction(sum(y for _, y in pairs), count)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in pairs) / count
    variance_x = sum((x - mean_x) ** 2 for x, _ in pairs) / count
    variance_y = sum((y - mean_y) ** 2 for _, y in pairs) / count
    if variance_x == 0 or variance_y == 0:
        return None
    product = variance_x * variance_y
    r = covariance / variance_x if not directed else float(covariance) / math.sqrt(product)
    theirs = nx.degree_assortativity_coefficient(graph)
    if not math.isclose(theirs, float(r), **CROSS_CHECK):
        raise AssertionError(f"networkx degree assortativity {theirs!r} vs exact {float(r)!r}")
    return r
