"""Brokerage roles, E-I indices and group densities of `netwerkkaart analyse` on seeded random maps.

    python3 Tests/Oracle/groups.py --binary .build/debug/netwerkkaart [--count 60] [--seed 1989]

NetworkX and igraph have none of these measures, so the oracle is written here from the
definitions, independently of the Swift code:

* Brokerage: a port of the loop of statnet's `sna::brokerage` (C routine `brokerage_R`,
  Butts): for every two-path i -> j -> k with i != k and no arc i -> k, the broker j gets one
  count in the role given by the groups of i, j and k (Gould & Fernandez 1989). statnet runs it
  on the arcs of the graph; an undirected map is given both arcs of each tie, exactly as
  statnet's `brokerage` sees a symmetric matrix. Our documented undirected convention counts
  each unordered path once and joins representative and gatekeeper, so the oracle checks:
  coordinator, itinerant and liaison = statnet / 2, representative_gatekeeper = statnet's
  representative = statnet's gatekeeper, total = the sum of ours.
* E-I index (Krackhardt & Stern 1988): (E - I) / (E + I) over ties, for the map, each group
  (ties with at least one end in the group) and each actor; 0 when there are no ties.
* Group densities: ties between (from) g and h over |g||h|, within g over |g|(|g|-1)/2
  (undirected) or |g|(|g|-1) (directed).

Maps: 8 to 30 actors, groups drawn from the four roles plus actors without a role, ties with
duplicates and reversed pairs (merged as the tool merges them), self-ties (dropped),
isolates; directed and undirected. Exit 0 iff every figure agrees; the last line reads
`groups: N maps, M mismatches`.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

ROLES = ["kern", "context", "verankering", "omkadering", ""]


def random_map(seed):
    rng = random.Random(seed)
    n = rng.randint(8, 30)
    ids = [f"a{i}" for i in range(n)]
    # Few groups on some maps, so that coordinator and itinerant paths are common.
    palette = rng.sample(ROLES, rng.randint(2, len(ROLES)))
    roles = [rng.choice(palette) for _ in ids]
    density = rng.uniform(0.05, 0.35)
    ties = []
    for i in range(n):
        for j in range(n):
            if i != j and rng.random() < density / 2:
                ties.append((ids[i], ids[j]))
    # Repeats, reversed pairs and self-ties.
    for _ in range(rng.randint(0, 3)):
        if ties:
            s, t = rng.choice(ties)
            ties.append((t, s) if rng.random() < 0.5 else (s, t))
    if rng.random() < 0.3:
        ties.append((ids[0], ids[0]))
    directed = rng.random() < 0.5
    return ids, roles, ties, directed


def write(folder: Path, ids, roles, ties):
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "actors.csv", "w", encoding="utf-8") as out:
        out.write("id,role\n")
        out.writelines(f"{a},{r}\n" for a, r in zip(ids, roles))
    with open(folder / "ties.csv", "w", encoding="utf-8") as out:
        out.write("source,target\n")
        out.writelines(f"{s},{t}\n" for s, t in ties)


def arcs_of(ids, ties, directed):
    """Distinct arcs after merging repeats and dropping self-ties; both arcs of an undirected tie."""
    arcs = set()
    for s, t in ties:
        if s == t:
            continue
        arcs.add((s, t))
        if not directed:
            arcs.add((t, s))
    return arcs


def statnet_brokerage(ids, group, arcs):
    """statnet's counts per broker: w_I, w_O, b_IO, b_OI, b_O (in that order)."""
    successors = {a: set() for a in ids}
    for s, t in arcs:
        successors[s].add(t)
    counts = {a: [0, 0, 0, 0, 0] for a in ids}
    for i in ids:
        for j in successors[i]:
            for k in successors[j]:
                if k == i or k in successors[i]:
                    continue
                gi, gj, gk = group[i], group[j], group[k]
                if gi == gj:
                    counts[j][0 if gj == gk else 2] += 1  # coordinator / representative
                elif gj == gk:
                    counts[j][3] += 1  # gatekeeper
                elif gi == gk:
                    counts[j][1] += 1  # itinerant
                else:
                    counts[j][4] += 1  # liaison
    return counts


def ties_of(arcs, directed):
    """Ties as the E-I index counts them: arcs when directed, unordered pairs when not."""
    return arcs if directed else {tuple(sorted(arc)) for arc in arcs}


def ei(external, internal):
    total = external + internal
    return Fraction(external - internal, total) if total else Fraction(0)


def expected_figures(ids, roles, ties, directed):
    group = {a: (r if r else "(none)") for a, r in zip(ids, roles)}
    arcs = arcs_of(ids, ties, directed)
    distinct = ties_of(arcs, directed)
    names = sorted(set(group.values()))
    external = sum(1 for s, t in distinct if group[s] != group[t])
    internal = len(distinct) - external
    per_group = {}
    for g in names:
        e = sum(1 for s, t in distinct if (group[s] == g) != (group[t] == g))
        i = sum(1 for s, t in distinct if group[s] == g and group[t] == g)
        per_group[g] = ei(e, i)
    per_actor = {}
    for a in ids:
        e = sum(1 for s, t in distinct if a in (s, t) and group[s] != group[t])
        i = sum(1 for s, t in distinct if a in (s, t) and group[s] == group[t])
        per_actor[a] = ei(e, i)
    density = {}
    for g in names:
        for h in names:
            size_g = sum(1 for a in ids if group[a] == g)
            size_h = sum(1 for a in ids if group[a] == h)
            if g == h:
                possible = size_g * (size_g - 1) // (1 if directed else 2)
                count = sum(1 for s, t in distinct if group[s] == g and group[t] == g)
            else:
                possible = size_g * size_h
                if directed:
                    count = sum(1 for s, t in distinct if group[s] == g and group[t] == h)
                else:
                    count = sum(1 for s, t in distinct if {group[s], group[t]} == {g, h})
            density[(g, h)] = Fraction(count, possible) if possible else Fraction(0)
    raw = statnet_brokerage(ids, group, arcs)
    brokerage = {}
    for a in ids:
        w_i, w_o, b_io, b_oi, b_o = raw[a]
        if directed:
            roles_of = {"coordinator": w_i, "itinerant": w_o, "representative": b_io, "gatekeeper": b_oi,
                        "liaison": b_o}
        else:
            assert w_i % 2 == 0 and w_o % 2 == 0 and b_o % 2 == 0 and b_io == b_oi
            roles_of = {"coordinator": w_i // 2, "itinerant": w_o // 2, "representative_gatekeeper": b_io,
                        "liaison": b_o // 2}
        roles_of["brokerage_total"] = sum(roles_of.values())
        brokerage[a] = roles_of
    return {"group": group, "ei": Fraction(external - internal, len(distinct)) if distinct else Fraction(0),
            "group_ei": per_group, "actor_ei": per_actor, "density": density, "brokerage": brokerage}


def close(ours, exact):
    return abs(Fraction(ours) - exact) <= Fraction(1, 10**12)


def check(binary, folder, ids, roles, ties, directed):
    command = [binary, "analyse", str(folder), "--format", "json"] + ["--directed"] * directed
    done = subprocess.run(command, capture_output=True, timeout=120)
    if done.returncode != 0:
        return [f"exit {done.returncode}: {done.stderr.decode(errors='replace')[:300]}"]
    report = json.loads(done.stdout.decode("utf-8"), parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
    want = expected_figures(ids, roles, ties, directed)
    problems = []
    groups = report["groups"]
    names = groups["names"]
    if sorted(names) != sorted(set(want["group"].values())):
        return [f"groups {names}"]
    if not close(groups["ei_index_whole_map"], want["ei"]):
        problems.append(f"whole-map E-I {groups['ei_index_whole_map']} != {float(want['ei'])}")
    for g, value in zip(names, groups["ei_index"]):
        if not close(value, want["group_ei"][g]):
            problems.append(f"E-I of group {g}: {value} != {float(want['group_ei'][g])}")
    for r, g in enumerate(names):
        for c, h in enumerate(names):
            if not close(groups["density"][r][c], want["density"][(g, h)]):
                problems.append(f"density {g}->{h}: {groups['density'][r][c]} != {float(want['density'][(g, h)])}")
    for actor in report["actor_measures"]:
        a = actor["id"]
        if actor["group"] != want["group"][a]:
            problems.append(f"{a}: group {actor['group']} != {want['group'][a]}")
        if not close(actor["ei_index"], want["actor_ei"][a]):
            problems.append(f"{a}: E-I {actor['ei_index']} != {float(want['actor_ei'][a])}")
        for role, count in want["brokerage"][a].items():
            if actor.get(role) != count:
                problems.append(f"{a}: {role} {actor.get(role)} != {count} (statnet)")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1989)
    args = parser.parse_args()
    mismatches = 0
    paths = 0
    with tempfile.TemporaryDirectory(prefix="netwerkkaart-groups-") as work:
        for number in range(args.count):
            seed = args.seed + number
            ids, roles, ties, directed = random_map(seed)
            folder = Path(work) / f"map-{seed}"
            write(folder, ids, roles, ties)
            problems = check(args.binary, folder, ids, roles, ties, directed)
            expected = expected_figures(ids, roles, ties, directed)
            paths += sum(b["brokerage_total"] for b in expected["brokerage"].values())
            for problem in problems[:5]:
                print(f"map seed {seed} ({'directed' if directed else 'undirected'}): {problem}")
            mismatches += bool(problems)
    print(f"brokered two-paths checked: {paths}")
    print(f"groups: {args.count} maps, {mismatches} mismatches")
    return 0 if mismatches == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
