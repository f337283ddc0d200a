"""Checks of `netwerkkaart analyse --format json` on one map, for ``differential.py``.

``check(run, expected, actors)`` runs the tool twice through ``run()`` (which returns
``(report, problem)``) and lists the differences ``(actor, field, ours, expected)``:

* determinism: both runs print the same communities (Louvain, seed 1) and the same report;
* the measures ``analyse`` shares with ``metrics --extended`` (per actor and for the whole map)
  equal the oracle's ``expected`` values, with the same tolerances;
* ``subgroups.cliques``: as sets, the maximal cliques of 3 or more of NetworkX ``find_cliques``
  on the undirected reading of the map, listed largest first;
* ``subgroups.k_max`` and ``innermost_core``: the largest NetworkX ``core_number`` and the
  actors of NetworkX ``k_core(G, k_max)``;
* ``modularity``: NetworkX ``community.modularity`` of the partition the report gives
  (``actor_measures[].community``; 0 for a map without ties, where NetworkX divides by zero),
  with weights on weighted maps and the directed form on directed ones; ``communities`` counts
  the groups, numbered 1, 2, ... in order of their first actor.
"""

from __future__ import annotations

import networkx as nx

#: Per-actor keys of ``actor_measures`` that ``metrics`` reports too.
SHARED_ACTOR_FIELDS = ("degree", "betweenness", "betweenness_normalized", "effective_size", "efficiency",
                       "constraint", "clustering", "eigenvector", "pagerank", "core_number")
#: Whole-map keys of the report that ``metrics --extended`` reports under ``network``.
SHARED_NETWORK_FIELDS = ("actors", "ties", "density", "components", "transitivity", "average_clustering",
                         "degree_centralization", "betweenness_centralization", "closeness_centralization",
                         "diameter", "average_distance", "degree_assortativity")


def check(run, expected, actors, same):
    """Differences between two ``analyse`` runs and the oracle; ``same(ours, want, tolerance)``
    compares one value as ``differential.same`` does."""
    first, failure = run()
    if failure:
        return [("(analyse)", "tool", failure, "exit 0 and valid JSON")]
    second, failure = run()
    if failure:
        return [("(analyse)", "second run", failure, "exit 0 and valid JSON")]
    problems = []
    rows = first["actor_measures"]
    if [row.get("id") for row in rows] != actors:
        return [("(analyse)", "actor_measures ids in file order", [row.get("id") for row in rows][:5], actors[:5])]
    communities = [row.get("community") for row in rows]
    if communities != [row.get("community") for row in second["actor_measures"]]:
        problems.append(("(analyse)", "communities of a second run", communities, "the same"))
    elif first != second:
        problems.append(("(analyse)", "report of a second run", "differs", "the same"))
    problems += _shared_measures(first, expected, actors, same)
    problems += _subgroups(first.get("subgroups", {}), expected["graph"], actors)
    problems += _communities(first, communities, expected["graph"], expected["network"]["weighted"], same)
    return problems


def _shared_measures(report, expected, actors, same):
    problems = []
    tolerance = expected["tolerance"]
    for field in SHARED_NETWORK_FIELDS:
        want = expected["network"].get(field)
        if want is None:
            if field in report:
                problems.append(("(analyse)", field, report[field], "(absent: undefined here)"))
        elif not same(report.get(field), want, tolerance.get(field)):
            problems.append(("(analyse)", field, report.get(field, "(missing)"), want))
    for actor, row in zip(actors, report["actor_measures"]):
        for field in SHARED_ACTOR_FIELDS:
            if field in expected["unchecked"]:
                continue
            want = expected["actors"][actor][field]
            if not same(row.get(field), want, tolerance.get(field)):
                problems.append((actor, f"analyse {field}", row.get(field, "(missing)"), want))
    return problems


def _subgroups(subgroups, graph, actors):
    problems = []
    undirected = graph.to_undirected()
    want = {frozenset(actors[v] for v in clique) for clique in nx.find_cliques(undirected) if len(clique) >= 3}
    cliques = subgroups.get("cliques", [])
    if {frozenset(clique) for clique in cliques} != want or len(cliques) != len(want):
        problems.append(("(analyse)", "cliques", sorted(map(sorted, cliques)), sorted(map(sorted, want))))
    if [len(c) for c in cliques] != sorted((len(c) for c in cliques), reverse=True):
        problems.append(("(analyse)", "cliques order", [len(c) for c in cliques], "largest first"))
    cores = nx.core_number(graph)
    k_max = max(cores.values(), default=0)
    if subgroups.get("k_max") != k_max:
        problems.append(("(analyse)", "k_max", subgroups.get("k_max"), k_max))
    innermost = sorted(actors[v] for v in nx.k_core(graph, k_max)) if actors else []
    if sorted(subgroups.get("innermost_core", [])) != innermost:
        problems.append(("(analyse)", "innermost_core", subgroups.get("innermost_core"), innermost))
    return problems


def _communities(report, communities, graph, weighted, same):
    problems = []
    first_seen = list(dict.fromkeys(communities))
    if first_seen != list(range(1, len(first_seen) + 1)) or report.get("communities") != len(first_seen):
        problems.append(("(analyse)", "community numbering", communities, "1, 2, ... in order of first actor"))
        return problems
    groups = [{v for v, c in enumerate(communities) if c == label} for label in first_seen]
    want = (nx.community.modularity(graph, groups, weight="weight" if weighted else None)
            if graph.number_of_edges() else 0.0)
    if not same(report.get("modularity"), want):
        problems.append(("(analyse)", "modularity", report.get("modularity"), want))
    return problems
