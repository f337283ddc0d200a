"""The benchmark networks: Barabasi-Albert maps generated with a fixed seed, and a regional union
of example-like school maps that share their partners.

Each network is written once as a ties CSV into Benchmarks/data/ (gitignored) and reused
afterwards; delete the file to regenerate it. Actor ids are the integers 0..n-1, ties appear
in the order networkx generates them. Generation is deterministic for a given networkx
version (``networkx.barabasi_albert_graph`` with ``seed``).
"""

from __future__ import annotations

import os
import csv
import functools
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Tuple

import networkx

SEED = 20240601
DATA_DIR = Path(__file__).resolve().parent / "data"
EXAMPLE_TIES = Path(__file__).resolve().parent.parent / "Examples" / "basisschool-de-linde" / "ties.csv"


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


# Partners of the example map that many schools share, and how widely (see RegionalUnion).
NATIONAL = {"inspectie", "departement"}
REGIONAL = {"clb", "gemeente", "bib", "sportdienst", "ocmw", "academie", "horizon", "huis-kind"}
POOLED = {"universiteit": 5, "lerarenopleiding": 12, "nascholing": 3, "pbd": 3}
SCHOOLS_PER_REGION, SCHOOLS_PER_SG, SCHOOLS_PER_BOARD = 40, 8, 4


@dataclass(frozen=True)
class RegionalUnion(Network):
    """Every school map of a region joined into one network: ``schools`` copies of the example
    map basisschool-de-linde, whose partners are shared as they are in practice.

    Each school keeps its own team and local partners (``s17-directeur``, ``s17-ouderraad``);
    the inspectorate and the department are one actor for all schools; CLB, municipality,
    library, sports service, OCMW, academy and the other regional services one per region of
    40 schools (``clb-r3``); universities, teacher-training colleges, in-service training and
    the three pedagogical support services (pbd) are pools every school draws one from; the
    scholengemeenschap is shared by 8 schools and the school board by 4. Per school, each
    example tie is kept with probability 0.85 and 0 to 6 extra local partners with a single tie
    are added (degree-1 partners are common in partnership maps). Seeded: the same network on
    every run for a given Python version.
    """

    schools: int = 0

    def __post_init__(self) -> None:
        actors = len({actor for tie in regional_union_ties(self.schools) for actor in tie})
        object.__setattr__(self, "actors", actors)

    @property
    def ties(self) -> int:
        return len(regional_union_ties(self.schools))

    @property
    def kind(self) -> str:
        return f"undirected, {self.schools:,} example maps sharing partners"

    def _write(self) -> None:
        lines = ["source,target"] + [f"{u},{v}" for u, v in regional_union_ties(self.schools)]
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(".csv.partial")
        partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
        os.replace(partial, self.path)


@functools.lru_cache(maxsize=None)
def regional_union_ties(schools: int) -> Tuple[Tuple[str, str], ...]:
    """The distinct ties of :class:`RegionalUnion` with ``schools`` schools, in generation order."""
    with open(EXAMPLE_TIES, encoding="utf-8", newline="") as handle:
        template = [(row["source"], row["target"]) for row in csv.DictReader(handle)]
    local_actors = sorted({a for tie in template for a in tie} - NATIONAL - REGIONAL - set(POOLED)
                          - {"sg", "bestuur"})
    rng = random.Random(f"{SEED}-regional-union")
    seen = set()
    ties: List[Tuple[str, str]] = []

    def add(u: str, v: str) -> None:
        key = (u, v) if u < v else (v, u)
        if u != v and key not in seen:
            seen.add(key)
            ties.append((u, v))

    for school in range(schools):
        pools = {name: rng.randrange(size) for name, size in POOLED.items()}

        def actor(name: str) -> str:
            if name in NATIONAL:
                return name
            if name in REGIONAL:
                return f"{name}-r{school // SCHOOLS_PER_REGION}"
            if name in POOLED:
                return f"{name}-{pools[name]}"
            if name == "sg":
                return f"sg-{school // SCHOOLS_PER_SG}"
            if name == "bestuur":
                return f"bestuur-{school // SCHOOLS_PER_BOARD}"
            return f"s{school}-{name}"

        for u, v in template:
            if rng.random() < 0.85:
                add(actor(u), actor(v))
        for extra in range(rng.randrange(7)):
            add(actor(rng.choice(local_actors)), f"s{school}-partner{extra}")
    return tuple(ties)


NETWORKS: Dict[str, Network] = {
    network.name: network
    for network in [
        Network("small", 40, 2),
        Network("medium", 2_000, 5),
        Network("medium-weighted", 2_000, 5, weighted=True),
        Network("medium-directed", 2_000, 5, directed=True),
        Network("large", 20_000, 5),
        Network("xlarge", 100_000, 5, task="approximate"),
        Network("xxlarge", 100_000, 10, task="approximate"),
        RegionalUnion("regional-union", 0, 0, task="approximate", schools=2_000),
    ]
}
