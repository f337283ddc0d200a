"""Differential test of `netwerkkaart metrics --extended` and `netwerkkaart analyse` against
oracle.py, extended_oracle.py and analysis_check.py on seeded random maps.

    python3 Tests/Oracle/differential.py --binary .build/release/netwerkkaart [--count 240]
        [--seed 20261123] [--workdir DIR] [--map MAP_SEED] [--analyse-every 4] [--jobs N]
    python3 Tests/Oracle/differential.py --self-check [--count 240] [--seed 20261123]

Each map is a folder with actors.csv and ties.csv (source,target,weight) whose ids mix
accents, spaces, commas and quotes; some list a pair twice or hold self-ties, which the tool
merges with a warning (stderr is not checked). The tool's JSON must parse strictly (no NaN or
Infinity), hold every actor once in file order with exactly the expected metrics, and match
the oracle within relative 1e-9 (absolute 1e-12 near 0; PageRank and eigenvector centrality
within the absolute tolerances of extended_oracle.py); counts must match exactly. Every
``--analyse-every``-th map also goes twice through ``analyse`` (analysis_check.py).

--self-check needs no binary: it compares oracle.py's NetworkX values with its exact rational
implementation on the unweighted maps (the weighted maps are cross-checked igraph vs exact
inside the oracle on every run).

Map k of a run has seed ``seed * 1000 + k`` and is rebuilt from that alone (``--map``, which
also runs ``analyse``). Maps are checked in ``--jobs`` worker processes; the output order and
content do not depend on it. Exit status 0 iff nothing mismatched.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import analysis_check
import extended_oracle
import oracle

#: Names that stress CSV quoting and UTF-8 handling; an index is appended when one repeats.
NAMES = ["Zoë", '"De Linde"', "CLB Noord", "Sint-Jan, Brugge", "École 't Klavertje", "Ærø",
         "Łódź", "学校 3", "O'Brien", "Ñandú; vzw", "Basisschool \"Het Anker\", Gent", "Ål"]
ACTOR_FIELDS = frozenset({"id", "label", "role", "type"})
#: Keys under ``network`` that are not figures.
NETWORK_FIELDS = frozenset({"source", "conventions"})


# ---- random maps -------------------------------------------------------------------------

def random_map(map_seed):
    """A random map: ``(actors, labels, tie rows, directed, weighted, shape)``.

    Shapes: G(n, p) with mean degree 0.5-4, Barabasi-Albert with 1-3 ties per newcomer, or a
    split map of two or three such blocks plus isolates. Tie rows carry integer weights 1-5
    (so equally short weighted paths are common) and sometimes repeat a pair (reversed or not)
    or tie an actor to itself.
    """
    rng = random.Random(map_seed)
    directed, weighted = rng.random() < 0.5, rng.random() < 0.5
    n = rng.randint(1, 3) if rng.random() < 0.1 else rng.randint(4, 60)
    shape = rng.choice(["gnp", "ba", "split"])
    nodes = list(range(n))
    if shape == "split":
        rng.shuffle(nodes)
        cuts = sorted(rng.randint(0, n) for _ in range(3))  # after the last cut: isolates
        pairs = set()
        for block in (nodes[:cuts[0]], nodes[cuts[0]:cuts[1]], nodes[cuts[1]:cuts[2]]):
            pairs |= random_pairs(rng, block, rng.choice(["gnp", "ba"]))
    else:
        pairs = random_pairs(rng, nodes, shape)
    pairs = sorted(pairs)
    if directed:  # orient each tie at random, reciprocating a few
        pairs = [(j, i) if rng.random() < 0.5 else (i, j) for i, j in pairs]
        pairs += [(j, i) for i, j in pairs if rng.random() < 0.1]
    rows = [(i, j, rng.randint(1, 5)) for i, j in pairs]
    if rows and rng.random() < 0.2:
        for i, j, _ in rng.sample(rows, min(len(rows), rng.randint(1, 3))):
            rows.append((j, i, rng.randint(1, 5)) if rng.random() < 0.5 else (i, j, rng.randint(1, 5)))
    if rng.random() < 0.15:
        rows += [(k, k, rng.randint(1, 5)) for k in rng.sample(range(n), min(n, 2))]
    rng.shuffle(rows)
    if not directed:
        rows = [(j, i, w) if rng.random() < 0.5 else (i, j, w) for i, j, w in rows]
    actors = random_ids(rng, n)
    labels = [rng.choice([actor, "", f"{actor} (label)"]) for actor in actors]
    return actors, labels, [(actors[i], actors[j], w) for i, j, w in rows], directed, weighted, shape


def random_pairs(rng, nodes, shape):
    """Undirected ties ``(low, high)`` among ``nodes``: G(n, p) or Barabasi-Albert."""
    pairs = set()
    if len(nodes) < 2:
        return pairs
    if shape == "gnp":
        p = min(1.0, rng.uniform(0.5, 4.0) / (len(nodes) - 1))
        for a, u in enumerate(nodes):
            pairs |= {(min(u, v), max(u, v)) for v in nodes[a + 1:] if rng.random() < p}
        return pairs
    per_newcomer = rng.randint(1, 3)
    ends = [nodes[0]]  # every tie end once: choosing from it is preferential attachment
    for a, u in enumerate(nodes[1:], start=1):
        targets = {rng.choice(ends) for _ in range(min(a, per_newcomer))}
        pairs |= {(min(u, v), max(u, v)) for v in targets}
        ends += [u, *targets] if targets else [u]
    return pairs


def random_ids(rng, n):
    """n distinct actor ids: plain, numeric or from ``NAMES`` (numbered when repeated)."""
    ids, used = [], set()
    for k in range(n):
        style = rng.random()
        candidate = (f"a{k}" if style < 0.3 else str(k + 1) if style < 0.4 else rng.choice(NAMES))
        if candidate in used:
            candidate = f"{candidate} {k}"
        used.add(candidate)
        ids.append(candidate)
    return ids


# ---- running and comparing ---------------------------------------------------------------

def strict_json(text):
    """Parses JSON, refusing NaN, Infinity and -Infinity."""
    def refuse(constant):
        raise ValueError(f"non-finite number {constant} in JSON")
    return json.loads(text, parse_constant=refuse)


def run_tool(binary, folder, directed, weighted, command="metrics", list_key="actors"):
    """Runs ``metrics --extended --format json`` (or ``analyse --format json``) on a folder;
    returns ``(report, problem)``. The report must be an object holding a list ``list_key``."""
    arguments = [binary, command, str(folder), "--format", "json"] + ["--extended"] * (command == "metrics")
    arguments += ["--directed"] * directed + ["--weighted"] * weighted
    try:
        done = subprocess.run(arguments, capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return None, "timed out"
    if done.returncode != 0:
        return None, f"exit code {done.returncode}: {done.stderr.decode(errors='replace').strip()[:300]}"
    try:
        report = strict_json(done.stdout.decode("utf-8"))
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return None, f"invalid JSON: {error}"
    if not isinstance(report, dict) or not isinstance(report.get(list_key), list):
        return None, f"JSON is not an object with an '{list_key}' list"
    return report, None


def same(ours, expected, tolerance=None):
    """Whether a reported value matches: booleans and integers exactly (an integer must be
    written as one), reals within tolerance (``(rel, abs)``, default ``oracle.close``'s); null,
    strings and non-finite numbers never match."""
    if isinstance(expected, bool) or isinstance(ours, bool):
        return ours is expected
    if not isinstance(ours, (int, float)) or not math.isfinite(ours):
        return False
    if isinstance(expected, int):
        return isinstance(ours, int) and ours == expected
    if tolerance:
        return math.isclose(ours, expected, rel_tol=tolerance[0], abs_tol=tolerance[1])
    return oracle.close(ours, expected)


def expected_values(actors, ties, directed, weighted):
    """The oracle's figures for ``metrics --extended``: the four basic metrics (``oracle``) and
    the extended ones (``extended_oracle``) in one ``{"network", "actors", "tolerance",
    "unchecked", "graph"}``; ``unchecked`` names metrics the tool reports that are not checked
    on this map (see ``extended_oracle.compute_extended``'s ``skipped``)."""
    base = oracle.compute(actors, ties, directed=directed, weighted=weighted)
    extended = extended_oracle.compute_extended(actors, ties, directed, weighted, base)
    return {
        "network": {**base["network"], **extended["network"]},
        "actors": {actor: {**base["actors"][actor], **extended["actors"][actor]} for actor in actors},
        "tolerance": extended["tolerance"],
        "unchecked": frozenset(name for name, _ in extended["skipped"]),
        "graph": extended["graph"],
    }


def compare(report, expected, actors, labels):
    """Differences between the tool's report and the oracle: ``(actor, field, ours, expected)``.
    A network figure the oracle leaves out (an undefined degree assortativity) must be absent."""
    problems = []
    tolerance = expected["tolerance"]
    network = report.get("network", {})
    for field, value in expected["network"].items():
        if not same(network.get(field), value, tolerance.get(field)):
            problems.append(("(network)", field, network.get(field, "(missing)"), value))
    for field in sorted(set(network) - NETWORK_FIELDS - set(expected["network"]) - {"not_converged"}):
        problems.append(("(network)", field, network[field], "(absent: undefined here)"))
    # A measure the tool says did not converge must be one the oracle finds undefined too
    # (NetworkX raises PowerIterationFailedConvergence there), never one it has a value for.
    for measure in network.get("not_converged", []):
        if measure not in expected["unchecked"]:
            problems.append(("(network)", "not_converged", measure, "(the oracle has a reference value)"))
    rows = report.get("actors", [])
    ids = [row.get("id") for row in rows]
    if ids != actors:
        problems.append(("(actors)", "ids in file order", ids[:5], actors[:5]))
    for row in rows:
        actor = row.get("id")
        if actor not in expected["actors"]:
            continue
        want = expected["actors"][actor]
        label = labels[actors.index(actor)] or actor
        if row.get("label") != label:
            problems.append((actor, "label", row.get("label"), label))
        for field in sorted(set(row) - ACTOR_FIELDS - set(want) - expected["unchecked"]):
            problems.append((actor, field, row[field], "(no such metric)"))
        for field, value in want.items():
            if not same(row.get(field), value, tolerance.get(field)):
                problems.append((actor, field, row.get(field, "(missing)"), value))
    if "eigenvector" in expected["unchecked"]:
        problems += eigenvector_invariants(rows)
    return problems


def eigenvector_invariants(rows):
    """Where the eigenvector has no reference value (directed maps without a single dominant
    strongly connected component), the tool's values must still be finite, >= 0 and of norm 1."""
    values = [row.get("eigenvector") for row in rows]
    if not all(isinstance(x, (int, float)) and math.isfinite(x) and x >= 0 for x in values):
        return [("(actors)", "eigenvector", values[:5], "finite and >= 0")]
    norm = math.fsum(x * x for x in values)
    return [] if not values or math.isclose(norm, 1, abs_tol=1e-9) else [
        ("(actors)", "eigenvector sum of squares", norm, 1.0)]


def self_check(actors, ties, directed):
    """NetworkX (via the oracle) against the exact implementation, unweighted."""
    expected = oracle.compute(actors, ties, directed=directed, weighted=False)
    merged = oracle.merge_ties(actors, ties, directed)
    exact = oracle.exact_path_metrics(len(actors), merged, directed, weighted=False)
    return [(actor, name, expected["actors"][actor][name], float(values[i]))
            for name, values in exact.items()
            for i, actor in enumerate(actors)
            if not oracle.close(expected["actors"][actor][name], float(values[i]))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", help="the netwerkkaart executable")
    parser.add_argument("--count", type=int, default=240)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--map", type=int, dest="map_seed", help="run only the map with this seed")
    parser.add_argument("--workdir", help="keep the map folders here (default: a temporary folder)")
    parser.add_argument("--analyse-every", type=int, default=4,
                        help="also check analyse on every k-th map (default 4)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="maps checked in parallel (default: the number of CPUs)")
    parser.add_argument("--self-check", action="store_true",
                        help="check the oracle (NetworkX vs exact) instead of running a binary")
    args = parser.parse_args()
    if not args.self_check and not args.binary:
        parser.error("give --binary PATH, or --self-check")

    seeds = [args.map_seed] if args.map_seed is not None else [args.seed * 1000 + k for k in range(args.count)]
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="netwerkkaart-differential-"))
    analysed = [seed for k, seed in enumerate(seeds) if args.map_seed is not None or k % args.analyse_every == 0]
    jobs = [(seed, args.binary, workdir, args.self_check, seed in analysed) for seed in seeds]
    mismatches, totals = 0, {"unweighted": 0, "weighted": 0, "eigenvector unchecked": 0}
    try:
        with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for where, problems, counts in pool.map(check_map, jobs):
                for actor, field, ours, want in problems:
                    print(f"{where}: {actor!r} {field}: ours {ours!r}, expected {want!r}")
                mismatches += len(problems)
                for key, value in counts.items():
                    totals[key] += value
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)

    if args.self_check:
        print(f"self-check: {len(seeds)} maps, {mismatches} mismatches (networkx vs exact on "
              f"{totals['unweighted']} unweighted, igraph vs exact on {totals['weighted']} weighted)")
    else:
        print(f"differential: {len(seeds)} maps, {mismatches} mismatches "
              f"(metrics --extended on all, analyse on {len(analysed)}; unweighted vs networkx, weighted vs "
              f"igraph+exact; eigenvector unchecked on {totals['eigenvector unchecked']} directed maps)")
    return 1 if mismatches else 0


def check_map(job):
    """Builds, runs and checks one map: ``(where, problems, counts)``. Runs in a worker process."""
    map_seed, binary, workdir, checking_oracle, analysing = job
    actors, labels, ties, directed, weighted, shape = random_map(map_seed)
    counts = {"weighted" if weighted else "unweighted": 1}
    flags = f"{'directed' if directed else 'undirected'} {'weighted' if weighted else 'unweighted'}"
    where = f"map {map_seed} ({shape}, n={len(actors)}, {flags})"
    try:
        if checking_oracle:
            problems = [] if weighted else self_check(actors, ties, directed)
            if weighted:
                oracle.compute(actors, ties, directed=directed, weighted=True)
            return where, problems, counts
        folder = workdir / str(map_seed)
        oracle.write_map(folder, actors, ties, labels=labels)
        expected = expected_values(actors, ties, directed, weighted)
        counts["eigenvector unchecked"] = int("eigenvector" in expected["unchecked"])
        report, failure = run_tool(binary, folder, directed, weighted)
        problems = compare(report, expected, actors, labels) if report else [
            ("(run)", "tool", failure, "exit 0 and valid JSON")]
        if analysing:
            problems += analysis_check.check(
                lambda: run_tool(binary, folder, directed, weighted, "analyse", "actor_measures"),
                expected, actors, same)
    except AssertionError as error:  # two reference implementations disagreed
        problems = [("(oracle)", "cross-check", str(error), "agreement")]
    return where, problems, counts


if __name__ == "__main__":
    sys.exit(main())
