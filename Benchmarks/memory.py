#!/usr/bin/env python3
"""Peak memory of reading a map, and of computing its metrics, per tie.

For each benchmark network (networks.py), runs

    netwerkkaart --version                       the runtime alone: the baseline
    netwerkkaart validate TIES                   reading, checking, building the network
    netwerkkaart metrics TIES --format json ...  reading and every metric (as benchmark.py)

under GNU time (``/usr/bin/time -f %M``) and reports the peak RSS of each, and the bytes per tie
above the baseline: (peak RSS - baseline) / ties. Metrics run exactly on the exact networks and
with ``--approximate`` on the approximate ones, as benchmark.py runs them.

    swift build -c release --static-swift-stdlib
    python3 Benchmarks/memory.py                         # small, medium, large, xxlarge
    python3 Benchmarks/memory.py --networks large --commands validate

The figures vary by a few hundred kilobytes between runs (the allocator, the machine's load); a
growing *bytes per tie* across network sizes would mean a cost per tie that is not linear.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import List, Optional

import networks
from benchmark import swift_linking

ROOT = Path(__file__).resolve().parent.parent


def peak_kib(command: List[str]) -> Optional[int]:
    """The peak RSS of ``command`` in KiB, or None when it failed."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".time") as report:
        run = subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%M"] + command,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            print(f"  failed ({run.returncode}): {' '.join(command)}\n{run.stderr[-2000:]}", file=sys.stderr)
            return None
        return int(report.read().strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--networks", default="small,medium,large,xxlarge")
    parser.add_argument("--commands", default="validate,metrics")
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "netwerkkaart"))
    parser.add_argument("--threads", default="2")
    parser.add_argument("--epsilon", default="0.05")
    options = parser.parse_args()

    baseline = peak_kib([options.binary, "--version"])
    if baseline is None:
        sys.exit("the binary does not run; build it with swift build -c release --static-swift-stdlib")
    print(f"baseline (--version): {baseline / 1024:.1f} MiB; Swift runtime: {swift_linking(Path(options.binary))}")
    print("| network | ties | command | peak RSS MiB | bytes per tie |")
    print("|---|---|---|---|---|")
    for name in options.networks.split(","):
        network = networks.NETWORKS[name]
        path = str(network.ensure())
        ties = network.ties
        for command in options.commands.split(","):
            if command == "validate":
                arguments = ["validate", path]
            else:
                arguments = ["metrics", path, "--format", "json", "--threads", options.threads]
                arguments += ["--weighted"] * network.weighted + ["--directed"] * network.directed
                if network.task == "approximate":
                    arguments += ["--approximate", options.epsilon, "--seed", "1"]
            peak = peak_kib([options.binary] + arguments)
            if peak is None:
                continue
            per_tie = (peak - baseline) * 1024 / ties
            print(f"| {name} | {ties:,} | {command} | {peak / 1024:.1f} | {per_tie:.0f} |", flush=True)


if __name__ == "__main__":
    main()
