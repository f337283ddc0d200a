"""How close `netwerkkaart metrics` comes to the exact betweenness, in units in the last place.

For each map, the exact betweenness is computed in rational arithmetic (Brandes over
``fractions.Fraction``, ``Tests/Oracle/oracle.py``'s ``exact_path_metrics``) and rounded once to
the nearest double; each binary's printed value is then compared with it. A value is *correctly
rounded* when it is that nearest double (0 ulp); otherwise the table counts its distance in units
in the last place (1 ulp: the next double up or down). Actors whose exact betweenness is 0 must
print 0 and are left out of the counts. Used to compare two builds whose sums run in a different
order (Docs/Performance.md, "Sweep"):

    python3 Benchmarks/accuracy.py --binary old=/tmp/netwerkkaart-old \
        --binary new=.build/release/netwerkkaart

Maps: the three example maps (undirected, and Atheneum-Zuid directed too) and seeded random
G(n, p) maps (``--random K``, 120 actors each, half of them directed). Needs ``networkx`` and
``igraph`` (the oracle module imports them).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import struct
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
    """Distance in units in the last place: steps from one double to the next (0 when equal).

    Doubles of one sign are ordered like their bit patterns read as integers; betweenness is
    never negative, so the difference of the patterns is the number of steps.
    """
    def pattern(number: float) -> int:
        return struct.unpack("<q", struct.pack("<d", number))[0]
    return abs(pattern(value) - pattern(exact))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", action="append", required=True, metavar="NAME=PATH",
                        help="a build to compare; give it more than once")
    parser.add_argument("--random", type=int, default=40, metavar="K", help="random maps (default 40)")
    options = parser.parse_args()
    binaries = [spec.split("=", 1) for spec in options.binary]

    examples = ROOT / "Examples"
    cases = [(name, examples / name, *read_map(examples / name), False)
             for name in ("basisschool-de-linde", "basisschool-de-linde-golf2", "secundaire-school-atheneum-zuid")]
    atheneum = examples / "secundaire-school-atheneum-zuid"
    cases.append(("secundaire-school-atheneum-zuid --directed", atheneum, *read_map(atheneum), True))
    scratch = Path(tempfile.mkdtemp(prefix="accuracy-"))
    try:
        for seed in range(options.random):
            folder = scratch / f"random-{seed}"
            cases.append((f"random {seed}", folder, *random_map(seed, folder), seed % 2 == 1))
        report(measure(cases, binaries), len(cases))
    finally:
        shutil.rmtree(scratch)


def measure(cases, binaries):
    """Per build: values compared, how many correctly rounded, the largest and summed ulp."""
    totals = {name: {"values": 0, "exact": 0, "worst": 0, "sum": 0} for name, _ in binaries}
    for label, folder, actors, ties, directed in cases:
        merged = oracle.merge_ties(actors, ties, directed)
        exact = oracle.exact_path_metrics(len(actors), merged, directed, weighted=False)["betweenness"]
        expected = {actor: float(value) for actor, value in zip(actors, exact)}
        for name, binary in binaries:
            printed = ours(binary, folder, directed)
            zeros_wrong = [actor for actor in actors if expected[actor] == 0 and printed[actor] != 0]
            if zeros_wrong:
                sys.exit(f"{name}: {label}: {zeros_wrong[0]} should have betweenness 0")
            errors = [ulps(printed[actor], expected[actor]) for actor in actors if expected[actor] != 0]
            total = totals[name]
            total["values"] += len(errors)
            total["exact"] += sum(1 for error in errors if error == 0)
            total["worst"] = max(total["worst"], max(errors, default=0))
            total["sum"] += sum(errors)
        print(f"  {label}: done", file=sys.stderr)
    return totals


def report(totals, map_count: int) -> None:
    """The table of Docs/Performance.md."""
    print(f"{map_count} maps, betweenness other than 0 against the exact rational value rounded once"
          " (every exact 0 printed as 0.0):\n")
    print("| build | values | correctly rounded | largest error (ulp) | mean error (ulp) |")
    print("|---|---|---|---|---|")
    for name, total in totals.items():
        share = total["exact"] / total["values"]
        print(f"| {name} | {total['values']} | {total['exact']} ({share:.1%}) | {total['worst']} "
              f"| {total['sum'] / total['values']:.3f} |")


if __name__ == "__main__":
    main()
