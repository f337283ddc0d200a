"""The benchmark networks: Barabasi-Albert maps generated with a fixed seed.

Each network is written once as a ties CSV into Benchmarks/data/ (gitignored) and reused
afterwards; delete the file to regenerate it. Actor ids are the integers 0..n-1, ties appear
in the order networkx generates them. Generation is deterministic for a given networkx
version (``networkx.barabasi_albert_graph`` with ``seed``).
"""

from __future__ import annotations

import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict

import networkx

SEED = 20240601
DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Network:
    """One benchmark map: a BA graph of ``actors`` actors, each newcomer bringing ``m`` ties."""

    name: str
    actors: int
    m: int
    weighted: bool = False
    directed: bool = False
    task: str = "exact"  # "exact" path metrics, or "approximate" betweenness and degree

    @property
    def ties(self) -> int:
        """Number of ties of a BA graph: m for each actor after the first m."""
        return (self.actors - self.m) * self.m

    @property
    def path(self) -> Path:
        return DATA_DIR / f"{self.name}.csv"

    @property
    def kind(self) -> str:
        return ", ".join(
            ["directed" if self.directed else "undirected"]
            + ["weighted 1-5"] * self.weighted
        )

    def ensure(self) -> Path:
        """Write the CSV unless it exists; return its path."""
        if not self.path.exists():
            print(f"  generating {self.path.name} ({self.actors:,} actors, {self.ties:,} ties)",
                  file=sys.stderr)
            self._write()
        return self.path

    def _write(self) -> None:
        graph = networkx.barabasi_albert_graph(self.actors, self.m, seed=SEED)
        # Separate streams per property, so that medium-weighted and medium-directed have
        # exactly the ties of medium.
        orient = random.Random(f"{SEED}-direction")
        weigh = random.Random(f"{SEED}-weight")
        lines = ["source,target,weight" if self.weighted else "source,target"]
        for u, v in graph.edges():
            if self.directed and orient.random() < 0.5:
                u, v = v, u
            lines.append(f"{u},{v},{weigh.randint(1, 5)}" if self.weighted else f"{u},{v}")
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(".csv.partial")
        partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
        os.replace(partial, self.path)


NETWORKS: Dict[str, Network] = {
    network.name: network
    for network in [
        Network("small", 40, 2),
        Network("medium", 2_000, 5),
        Network("medium-weighted", 2_000, 5, weighted=True),
        Network("medium-directed", 2_000, 5, directed=True),
        Network("large", 20_000, 5),
        Network("xlarge", 100_000, 5, task="approximate"),
    ]
}
