"""Shared plumbing for the competitor scripts.

Every competitor script is a small program with the same command line and output:

    python3 <tool>_metrics.py TIES.csv OUTPUT.json [--weighted] [--directed]
                              [--threads N] [--task exact|approximate] [--samples K] [--seed S]

It reads the ties file the way ``netwerkkaart metrics`` does (duplicate ties merged with
their weights summed, self-ties dropped, actors in order of first appearance), computes the
metrics with its library and writes them as JSON:

    {"tool": ..., "version": ..., "task": ..., "actors": n, "ties": m,
     "compute_seconds": ..., "ids": [...], "metrics": {"betweenness": [...], ...}}

``metrics`` holds one list per metric, aligned with ``ids``. The values follow Netwerkkaart's
conventions (see Docs/Metrics): raw betweenness (undirected pairs counted once),
Wasserman-Faust closeness and harmonic closeness divided by n - 1, both *outward* on a
directed map, and distance = 1/weight with ``--weighted``.

Tasks:

* ``exact``: betweenness, closeness, harmonic_closeness.
* ``approximate``: degree (in + out when directed) and raw betweenness estimated from
  ``--samples`` source actors (Brandes-Pich pivots, scaled by n/k), like
  ``netwerkkaart metrics --approximate``, for maps too large for the exact path metrics.

A script defines one function per task, ``task(ties, args) -> {metric: [values]}``, and
calls :func:`main`; only the work inside that function is counted in ``compute_seconds``.
The harness (Benchmarks/benchmark.py) times the whole process.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import time
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional

Metrics = Dict[str, List[float]]
Task = Callable[["Ties", argparse.Namespace], Metrics]


@dataclass
class Ties:
    """A ties file after merging: actors ``0..n-1`` and one entry per distinct tie."""

    ids: List[str]
    sources: List[int]
    targets: List[int]
    weights: Optional[List[float]]
    directed: bool

    @property
    def n(self) -> int:
        return len(self.ids)

    @property
    def m(self) -> int:
        return len(self.sources)

    def edges(self) -> List[tuple]:
        """The ties as ``(source, target)`` index pairs."""
        return list(zip(self.sources, self.targets))

    def lengths(self) -> Optional[List[float]]:
        """Path lengths 1/weight, or None when unweighted."""
        return None if self.weights is None else [1.0 / w for w in self.weights]

    def density(self) -> float:
        """m / (n(n-1)) directed, twice that undirected; 0 for n < 2."""
        if self.n < 2:
            return 0.0
        pairs = self.n * (self.n - 1) if self.directed else self.n * (self.n - 1) / 2
        return self.m / pairs

    def pivots(self, samples: int, seed: int) -> List[int]:
        """``samples`` distinct source actors drawn with ``seed`` (all actors if fewer)."""
        if samples >= self.n:
            return list(range(self.n))
        return sorted(random.Random(seed).sample(range(self.n), samples))


def read_ties(path: str, weighted: bool, directed: bool) -> Ties:
    """Read a ``source,target[,weight]`` CSV the way ``netwerkkaart metrics`` does."""
    index: Dict[str, int] = {}
    ids: List[str] = []
    merged: Dict[tuple, float] = {}

    def actor(name: str) -> int:
        number = index.get(name)
        if number is None:
            number = index[name] = len(ids)
            ids.append(name)
        return number

    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = csv.reader(handle)
        header = [cell.strip().lower() for cell in next(rows)]
        source_at, target_at = header.index("source"), header.index("target")
        weight_at = header.index("weight") if weighted else None
        for row in rows:
            if not row:
                continue
            s, t = actor(row[source_at].strip()), actor(row[target_at].strip())
            if s == t:
                continue
            key = (s, t) if directed or s < t else (t, s)
            weight = float(row[weight_at]) if weight_at is not None else 1.0
            merged[key] = merged.get(key, 0.0) + weight

    return Ties(
        ids=ids,
        sources=[s for s, _ in merged],
        targets=[t for _, t in merged],
        weights=list(merged.values()) if weighted else None,
        directed=directed,
    )


def wasserman_faust(local: List[float], reached: List[int], n: int) -> List[float]:
    """Wasserman-Faust closeness from closeness within the reachable part.

    ``local[v]`` is (r-1)/sum(d) over the actors v reaches (NaN or anything when it reaches
    no one) and ``reached[v]`` is r - 1; the result multiplies by (r-1)/(n-1), 0 if r = 1.
    """
    return [
        0.0 if r == 0 or n < 2 or math.isnan(c) else c * r / (n - 1)
        for c, r in zip(local, reached)
    ]


def parse_args(tool: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=f"Netwerkkaart benchmark: metrics with {tool}.")
    parser.add_argument("ties", help="ties CSV (source,target[,weight])")
    parser.add_argument("output", help="JSON file to write")
    parser.add_argument("--weighted", action="store_true", help="distance = 1/weight")
    parser.add_argument("--directed", action="store_true", help="ties run source -> target")
    parser.add_argument("--threads", type=int, default=1, help="threads, where supported")
    parser.add_argument("--task", choices=("exact", "approximate"), default="exact")
    parser.add_argument("--samples", type=int, default=100, help="sources for approximate")
    parser.add_argument("--seed", type=int, default=1, help="seed for the pivots")
    return parser.parse_args()


def main(tool: str, version: str, tasks: Dict[str, Task]) -> None:
    """Read the ties, run the requested task, write the JSON result."""
    args = parse_args(tool)
    ties = read_ties(args.ties, args.weighted, args.directed)
    started = time.perf_counter()
    metrics = tasks[args.task](ties, args)
    compute_seconds = time.perf_counter() - started
    result = {
        "tool": tool,
        "version": version,
        "task": args.task,
        "actors": ties.n,
        "ties": ties.m,
        "density": ties.density(),
        "compute_seconds": compute_seconds,
        "ids": ties.ids,
        "metrics": {name: [float(x) for x in values] for name, values in metrics.items()},
    }
    with open(args.output, "w", encoding="utf-8") as handle:
        json.dump(result, handle)
