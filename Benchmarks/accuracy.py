"""How close `netwerkkaart metrics` comes to the exact betweenness, in units in the last place.

For each map, the exact betweenness is computed in rational arithmetic (Brandes over
``fractions.Fraction``, ``Tests/Oracle/oracle.py``'s ``exact_path_metrics``) and rounded once to
the nearest double; each binary's printed value is then compared with it. A value is *correctly
rounded* when it is that nearest double (0 ulp); otherwise the table counts how many doubles lie
between the two. Actors whose exact betweenness is 0 must print 0 and are left out of the counts. Used to compare two builds whose sums run in a different order
(Docs/Performance.md, "Sweep"):

    python3 Benchmarks/accuracy.py --binary old=/tmp/netwerkkaart-old --binary new=.build/release/netwerkkaart

Maps: the three example maps (undirected, and Atheneum-Zuid directed too) and seeded random
G(n, p) maps (``--random K``, 120 actors each, half of them directed). Needs ``networkx`` and
``igraph`` (the oracle module imports them).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Tests" / "Oracle"))
import oracle  # noqa: E402  (the path is set just above)


def read_map(folder: Path):
    """Actor ids in file order and tie records ``(source, target, weight)`` of a map folder."""
    with open(folder / "actors.csv", newline="", encoding="utf-8") as handle:
        actors = [row["id"] for row in csv.DictReader(handle)]
    with open(folder / "ties.csv", newline="", encoding="utf-8") as handle:
        ties = [(row["source"], row["target"], 1) for row in csv.DictReader(handle)]
    return actors, ties


def random_map(seed: int, folder: Path):
    """A G(n, p) map of 120 actors, written to ``folder``; returns its actors and ties."""
    rng = random.Random(seed)
    actors = [f"a{index}" for index in range(120)]
    ties = [(u, v, 1) for i, u in enumerate(actors) for v in actors[i + 1:] if rng.random() < 0.04]
    ties = [(v, u, w) if rng.random() < 0.5 else (u, v, w) for u, v, w in ties]
    oracle.write_map(folder, actors, ties, with_weights=False)
    return actors, ties


def ours(binary: str, folder: Path, directed: bool) -> dict[str, float]:
    """Betweenness per actor id as the binary prints it (JSON)."""
    command = [binary, "metrics", str(folder), "--format", "json"] + ["--directed"] * directed
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return {row["id"]: row["betweenness"] for row in json.loads(output)["actors"]}


def ulps(value: float, exact: float) -> int:
    """Doubles between `value` and `exact` (0 when equal)."""
    if value == exact:
        return 0
    low, high = sorted((value, exact))
    count = 0
    while low < high:
        low = math.nextafter(low, math.inf)
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", action="append", required=True, metavar="NAME=PATH",
                        help="a build to compare; give it more than once")
    parser.add_argument("--random", type=int, default=20, metavar="K", help="random maps (default 20)")
    options = parser.parse_args()
    binaries = [spec.split("=", 1) for spec in options.binary]

    cases = []
    for name in ("basisschool-de-linde", "basisschool-de-linde-golf2", "secundaire-school-atheneum-zuid"):
        folder = ROOT / "Examples" / name
        actors, ties = read_map(folder)
        cases.append((name, folder, actors, ties, False))
    cases.append(("secundaire-school-atheneum-zuid --directed", ROOT / "Examples" / "secundaire-school-atheneum-zuid",
                  *read_map(ROOT / "Examples" / "secundaire-school-atheneum-zuid"), True))
    scratch = Path(tempfile.mkdtemp(prefix="accuracy-"))
    for seed in range(options.random):
        folder = scratch / f"random-{seed}"
        actors, ties = random_map(seed, folder)
        cases.append((f"random {seed}", folder, actors, ties, seed % 2 == 1))

    totals = {name: {"values": 0, "exact": 0, "worst": 0, "sum": 0} for name, _ in binaries}
    for label, folder, actors, ties, directed in cases:
        merged = oracle.merge_ties(actors, ties, directed)
        exact = oracle.exact_path_metrics(len(actors), merged, directed, weighted=False)["betweenness"]
        expected = {actor: float(value) for actor, value in zip(actors, exact)}
        for name, binary in binaries:
            printed = ours(binary, folder, directed)
            errors = [ulps(printed[actor], expected[actor]) for actor in actors if expected[actor] != 0]
            zeros_wrong = [actor for actor in actors if expected[actor] == 0 and printed[actor] != 0]
            if zeros_wrong:
                sys.exit(f"{name}: {label}: {zeros_wrong[0]} should have betweenness 0")
            total = totals[name]
            total["values"] += len(errors)
            total["exact"] += sum(1 for error in errors if error == 0)
            total["worst"] = max(total["worst"], max(errors, default=0))
            total["sum"] += sum(errors)
        print(f"  {label}: done", file=sys.stderr)

    print(f"{len(cases)} maps, betweenness other than 0 against the exact rational value rounded once"
          " (every exact 0 printed as 0.0):\n")
    print("| build | values | correctly rounded | largest error (ulp) | mean error (ulp) |")
    print("|---|---|---|---|---|")
    for name, _ in binaries:
        total = totals[name]
        share = total["exact"] / total["values"]
        print(f"| {name} | {total['values']} | {total['exact']} ({share:.1%}) | {total['worst']} "
              f"| {total['sum'] / total['values']:.3f} |")


if __name__ == "__main__":
    main()
