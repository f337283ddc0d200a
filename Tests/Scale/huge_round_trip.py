#!/usr/bin/env python3
"""Round trips of a huge map through every format netwerkkaart writes (issue 17).

Makes the map of ScaleRoundTripTests.hugeMapReadsBack (200 000 actors, 10^6 distinct ties,
weights 1 to 5, from SplitMix64 seed 7) as a CSV map folder, then for each writable format runs
the built binary twice, each under /usr/bin/time -v:

    netwerkkaart convert MAP -o kaart.FORMAT      (reading the CSV map, writing the format)
    netwerkkaart validate kaart.FORMAT            (reading it back)

and checks that `validate` reads back every actor (an edge list: every actor with a tie) and
every tie. It prints a Markdown table of the wall time, CPU time and peak resident memory of
each step (Docs/Reliability.md has the figures). UCINET DL is written as an edge list
(`--dl-format edgelist1`): a full matrix of 200 000 actors would be 4*10^10 cells, which
`convert` refuses.

    python3 Tests/Scale/huge_round_trip.py --binary .build/release/netwerkkaart [--actors N]
        [--ties N] [--work DIR] [--timeout SECONDS] [--formats csv,yaml,...]

Build the binary in release first (`swift build -c release --static-swift-stdlib --product
netwerkkaart`, as the README installs it; the figures in Docs/Reliability.md were measured with
the toolchain's shared libraries, about 7 MiB more at every size): a debug
build takes ten times as long. Each step is stopped after --timeout seconds (default 1800) and
reported as such, so the run is bounded. Exit status 1 when a round trip fails or times out.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

MASK = (1 << 64) - 1
FORMATS = ["csv", "edgelist", "yaml", "json", "node-link", "xlsx", "graphml", "gexf", "pajek", "ucinet", "vna"]
SUFFIX = {"csv": "", "edgelist": ".csv", "node-link": ".node-link.json", "pajek": ".net", "ucinet": ".dl"}


class SplitMix64:
    """NetwerkkaartCore's SplitMix64, so that the map is the one ScaleRoundTripTests makes."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)


def make_map(folder, actors, ties):
    """The CSV map folder; returns the number of actors with at least one tie."""
    random = SplitMix64(7)
    seen = set()
    tied = set()
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "ties.csv"), "w") as out:
        out.write("source,target,weight\n")
        count = 0
        while count < ties:
            a, b = random.next() % actors, random.next() % actors
            if a == b or (min(a, b), max(a, b)) in seen:
                continue
            seen.add((min(a, b), max(a, b)))
            tied.update((a, b))
            out.write(f"actor-{a},actor-{b},{1 + random.next() % 5}\n")
            count += 1
    with open(os.path.join(folder, "actors.csv"), "w") as out:
        out.write("id,label\n")
        for index in range(actors):
            out.write(f"actor-{index},Partner {index} met een langere naam\n")
    return len(tied)


def timed(command, timeout):
    """Runs `command` under /usr/bin/time -v: (exit status or None on timeout, wall s, CPU s,
    peak resident MB, stdout, stderr)."""
    started = time.monotonic()
    try:
        result = subprocess.run(
            ["/usr/bin/time", "-v"] + command, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return None, time.monotonic() - started, 0.0, 0.0, "", ""
    wall = time.monotonic() - started
    err = result.stderr

    def field(name):
        match = re.search(r"^\s*" + re.escape(name) + r": (\S+)$", err, re.MULTILINE)
        return float(match.group(1)) if match else 0.0

    cpu = field("User time (seconds)") + field("System time (seconds)")
    peak = field("Maximum resident set size (kbytes)") / 1024
    return result.returncode, wall, cpu, peak, result.stdout, err


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=".build/release/netwerkkaart")
    parser.add_argument("--actors", type=int, default=200_000)
    parser.add_argument("--ties", type=int, default=1_000_000)
    parser.add_argument("--work", default=None)
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--formats", default=",".join(FORMATS))
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.binary)
    work = arguments.work or tempfile.mkdtemp(prefix="netwerkkaart-huge-")
    source = os.path.join(work, "kaart")
    started = time.monotonic()
    tied = make_map(source, arguments.actors, arguments.ties)
    print(f"map: {arguments.actors} actors ({tied} with ties), {arguments.ties} ties, "
          f"made in {time.monotonic() - started:.0f} s in {source}", flush=True)
    print("| format | file | write: wall, CPU, peak | read back: wall, CPU, peak | result |")
    print("|---|---:|---|---|---|")
    failed = False
    for name in arguments.formats.split(","):
        path = os.path.join(work, "kaart-out" + SUFFIX.get(name, "." + name))
        convert = [binary, "convert", source, "-o", path, "--to", name]
        if name == "ucinet":
            convert += ["--dl-format", "edgelist1"]
        status, wall, cpu, peak, _, err = timed(convert, arguments.timeout)
        write = f"{wall:.0f} s, {cpu:.0f} s, {peak:.0f} MB"
        if status != 0:
            failed = True
            reason = "timed out" if status is None else f"convert failed ({status}): {err.strip()[:200]}"
            print(f"| {name} | | {write} | | {reason} |", flush=True)
            continue
        size = (sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))
                if os.path.isdir(path) else os.path.getsize(path))
        status, wall, cpu, peak, out, err = timed([binary, "validate", path], arguments.timeout)
        read = f"{wall:.0f} s, {cpu:.0f} s, {peak:.0f} MB"
        actors = tied if name == "edgelist" else arguments.actors
        expected = f"valid ({actors} actors, {arguments.ties} tie records"
        if status is None:
            result = "timed out"
        elif expected in out:
            result = "read back: same actors and ties"
        else:
            result = f"validate ({status}): {(out + err).strip()[:200]}"
        failed = failed or result != "read back: same actors and ties"
        print(f"| {name} | {size / 1e6:.0f} MB | {write} | {read} | {result} |", flush=True)
        if os.path.isdir(path):
            shutil.rmtree(path)
        else:
            os.remove(path)
    if arguments.work is None:
        shutil.rmtree(work)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
