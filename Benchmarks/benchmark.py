#!/usr/bin/env python3
"""Time `netwerkkaart metrics` against igraph, NetworKit and NetworkX, end to end.

For every selected network (see networks.py) and repetition, each tool runs once as its own
process, in round-robin order (the starting tool rotates per repetition). A run is timed from
process start to exit: starting the runtime, importing the library, reading the CSV, computing
and writing the results all count. Peak memory is the child's own maximum resident set size,
measured by GNU time. The table gives the median time over the repetitions, the ratio to
netwerkkaart's median (tool / ours, so above 1 means netwerkkaart is faster), the peak RSS and
whether the values agree with netwerkkaart's.

    python3 Benchmarks/benchmark.py                       # all networks, print only
    python3 Benchmarks/benchmark.py --write-docs          # also write Docs/Performance.md
    python3 Benchmarks/benchmark.py --networks small,medium --tools ours,igraph --repeat 1

See Benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import json
import math
import os
import platform
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from networks import DATA_DIR, NETWORKS, Network

BENCHMARKS = Path(__file__).resolve().parent
REPO = BENCHMARKS.parent
COMPETITORS = BENCHMARKS / "competitors"
RESULTS_DIR = DATA_DIR / "results"
DOCS_FILE = REPO / "Docs" / "Performance.md"
DEFAULT_BINARY = REPO / ".build" / "release" / "netwerkkaart"
GNU_TIME = "/usr/bin/time"

TOOLS = ("ours", "igraph", "networkit", "networkx")
REL_TOL, ABS_TOL = 1e-9, 1e-12
# Tools whose weighted path lengths are compared with a tolerance, like netwerkkaart's: their
# weighted values must match. The others compare floats exactly and may split equal-length
# paths differently, so for them only the difference is reported.
TOLERANT_WEIGHTS = {"ours", "igraph"}
# Tools that estimate betweenness as netwerkkaart --approximate does (k distinct uniform
# sources, Brandes-Pich), so that the same error bound holds; NetworKit's estimator differs.
SAME_ESTIMATOR = {"ours", "igraph", "networkx"}


@dataclass(frozen=True)
class Check:
    """A metric compared between tools.

    ``relative``: the largest relative difference per actor, limit 1e-9. ``normalized``: the
    largest absolute difference divided by the number of pairs, i.e. in the units of
    betweenness_normalized, where --approximate promises an error of at most epsilon; two
    estimates may then differ by 2 epsilon.
    """

    metric: str
    scale: str = "relative"

    @property
    def label(self) -> str:
        return self.metric if self.scale == "relative" else f"{self.metric} (normalized, abs)"


CHECKS = {
    "exact": (Check("betweenness"), Check("closeness"), Check("harmonic_closeness")),
    "approximate": (Check("degree"), Check("betweenness", "normalized")),
}


@dataclass
class Run:
    """One timed process."""

    seconds: float
    rss_mb: Optional[float]
    status: str  # "ok", "timeout" or "error"
    detail: str = ""


@dataclass
class Values:
    """The metric values one tool wrote, by actor id."""

    ids: List[str]
    metrics: Dict[str, List[float]]
    compute_seconds: Optional[float] = None

    @staticmethod
    def load(tool: str, path: Path) -> "Values":
        data = json.loads(path.read_text(encoding="utf-8"))
        if tool != "ours":
            return Values(data["ids"], data["metrics"], data.get("compute_seconds"))
        actors = data["actors"]
        keys = {check.metric for checks in CHECKS.values() for check in checks}
        keys = [key for key in sorted(keys) if actors and key in actors[0]]
        return Values([a["id"] for a in actors], {k: [float(a[k]) for a in actors] for k in keys})

    def differences(self, reference: "Values", network: Network, epsilon: float) -> list:
        """A :class:`Difference` for every check of the network's task that both can make."""
        position = {actor: i for i, actor in enumerate(reference.ids)}
        same_actors = len(self.ids) == len(reference.ids) and all(a in position for a in self.ids)
        n = len(reference.ids)
        pairs = max((n - 1) * (n - 2) / (1 if network.directed else 2), 1)
        result = []
        for check in CHECKS[network.task]:
            if check.metric not in self.metrics or check.metric not in reference.metrics:
                continue
            theirs, ours = self.metrics[check.metric], reference.metrics[check.metric]
            pairs_of_values = [(x, ours[position[a]]) for a, x in zip(self.ids, theirs)]
            if not same_actors:
                value = None
            elif check.scale == "relative":
                value = max((relative_difference(x, y) for x, y in pairs_of_values), default=0.0)
            else:
                value = max((abs(x - y) / pairs for x, y in pairs_of_values), default=0.0)
            limit = REL_TOL if check.scale == "relative" else 2 * epsilon
            result.append(Difference(check.label, value, limit))
        return result


@dataclass
class Difference:
    """How far one metric of one tool is from the reference's."""

    label: str
    value: Optional[float]  # None: the two tools reported different actors
    limit: float

    @property
    def badness(self) -> float:
        return math.inf if self.value is None else self.value / self.limit

    def __str__(self) -> str:
        if self.value is None:
            return "ids differ"
        return "0" if self.value == 0 else f"{self.value:.1e}"


def relative_difference(a: float, b: float) -> float:
    """|a - b| relative to the larger magnitude; 0 within the absolute tolerance."""
    gap = abs(a - b)
    return 0.0 if gap <= ABS_TOL else gap / max(abs(a), abs(b))


@dataclass
class Outcome:
    """All runs of one tool on one network, and how its values compare."""

    tool: str
    runs: List[Run] = field(default_factory=list)
    unreadable: str = ""
    values: Optional[Values] = None
    diffs: List[Difference] = field(default_factory=list)

    @property
    def failed(self) -> Optional[Run]:
        return next((run for run in self.runs if run.status != "ok"), None)

    @property
    def median(self) -> Optional[float]:
        times = [run.seconds for run in self.runs if run.status == "ok"]
        return statistics.median(times) if times and not self.failed else None

    def status_text(self, timeout: float) -> str:
        failed = self.failed
        if failed is not None:
            return f"timeout (>{timeout:g} s)" if failed.status == "timeout" else "error"
        return f"{self.median:.3f}"


# --- running ---------------------------------------------------------------------------------


def measure(command: Sequence[str], stdout: Optional[Path], timeout: float) -> Run:
    """Run ``command`` to completion under GNU time; wall time, peak RSS, status.

    The peak RSS comes from GNU time (``-f %M``), not from os.wait4 on our own child: the
    kernel starts a spawned child's maximum RSS at the high-water mark of the process it was
    forked from, so os.wait4 would report at least this harness's own peak (tens of MB after
    importing networkx, hundreds after generating xlarge). GNU time is small, so the maximum it
    reports for its child is the child's own.
    """
    timed_out = threading.Event()
    with open(stdout or os.devnull, "wb") as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss_file:
        started = time.perf_counter()
        process = subprocess.Popen([GNU_TIME, "-f", "%M", "-o", rss_file.name, *command],
                                   stdout=out, stderr=err, start_new_session=True)

        def kill() -> None:
            timed_out.set()
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status = os.waitpid(process.pid, 0)
        seconds = time.perf_counter() - started
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        message = err.read().decode("utf-8", "replace").strip()
        last_line = (rss_file.read().strip().splitlines() or [""])[-1]
    rss_mb = int(last_line) / 1024 if last_line.isdigit() else None  # %M is in kilobytes
    if timed_out.is_set():
        return Run(seconds, rss_mb, "timeout")
    if process.returncode != 0:
        last_lines = " / ".join(message.splitlines()[-5:])
        detail = f"exit status {process.returncode}" + (f": {last_lines}" if last_lines else "")
        return Run(seconds, rss_mb, "error", detail)
    return Run(seconds, rss_mb, "ok")


def sample_size(n: int, epsilon: float, delta: float) -> int:
    """Sources netwerkkaart --approximate samples (Docs/Metrics/ApproximateBetweenness.md)."""
    if n < 2:
        return n
    k = math.ceil((n / (n - 1)) ** 2 * math.log(2 * n / delta) / (2 * epsilon ** 2))
    return min(k, n)


def command_for(tool: str, network: Network, output: Path, options) -> List[str]:
    """The command line of ``tool`` on ``network``."""
    flags = ["--weighted"] * network.weighted + ["--directed"] * network.directed
    if tool == "ours":
        if network.task == "approximate":
            flags += ["--approximate", str(options.epsilon), "--delta", str(options.delta),
                      "--seed", str(options.seed)]
        return [str(options.binary), "metrics", str(network.path), "--format", "json",
                "--threads", str(options.threads)] + flags
    script = COMPETITORS / f"{tool}_metrics.py"
    samples = sample_size(network.actors, options.epsilon, options.delta)
    return [sys.executable, str(script), str(network.path), str(output),
            "--threads", str(options.threads), "--task", network.task,
            "--samples", str(samples), "--seed", str(options.seed)] + flags


def benchmark(network: Network, tools: Sequence[str], options) -> List[Outcome]:
    """Round-robin repetitions of every tool on one network, then the value checks."""
    network.ensure()
    network.path.read_bytes()  # warm the page cache before the first timed run
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    outcomes = {tool: Outcome(tool) for tool in tools}
    outputs = {tool: RESULTS_DIR / f"{network.name}.{tool}.json" for tool in tools}
    commands = {tool: command_for(tool, network, outputs[tool], options) for tool in tools}
    for output in outputs.values():
        output.unlink(missing_ok=True)  # never check a previous run's values

    for repetition in range(options.repeat):
        order = list(tools[repetition % len(tools):]) + list(tools[:repetition % len(tools)])
        for tool in order:
            outcome = outcomes[tool]
            if outcome.failed:
                continue  # a timeout or error would only repeat
            stdout = outputs[tool] if tool == "ours" else None
            run = measure(commands[tool], stdout, options.timeout)
            outcome.runs.append(run)
            print(f"  {network.name:<16} {tool:<10} run {repetition + 1}/{options.repeat}: "
                  f"{run.status} {run.seconds:.3f} s, {run.rss_mb or 0:.0f} MB", file=sys.stderr)

    for tool, outcome in outcomes.items():
        if outcome.runs and not outcome.failed:
            try:
                outcome.values = Values.load(tool, outputs[tool])
            except (OSError, ValueError, KeyError, TypeError) as error:
                outcome.unreadable = f"{type(error).__name__}: {error}"
    reference = next((o.values for o in outcomes.values() if o.values is not None), None)
    for outcome in outcomes.values():
        if outcome.values is not None and reference is not None:
            outcome.diffs = outcome.values.differences(reference, network, options.epsilon)
    return list(outcomes.values())


# --- reporting -------------------------------------------------------------------------------


def must_agree(tool: str, network: Network) -> bool:
    """Whether a difference beyond the limit is a failure (else it is only reported)."""
    if network.task == "approximate":
        return tool in SAME_ESTIMATOR
    return not network.weighted or tool in TOLERANT_WEIGHTS


def verdict(outcome: Outcome, network: Network, reference_tool: str) -> str:
    """'yes'/'no (...)' for tools that must agree, the largest difference for the others."""
    if outcome.values is None:
        return "unreadable output" if outcome.unreadable else "–"
    if outcome.tool == reference_tool:
        return "reference"
    if not outcome.diffs:
        return "nothing to compare"
    worst = max(outcome.diffs, key=lambda difference: difference.badness)
    if not must_agree(outcome.tool, network):
        return f"max diff {worst} ({worst.label})"
    return "yes" if worst.badness <= 1 else f"no ({worst.label} {worst})"


def network_tables(network: Network, outcomes: List[Outcome], timeout: float):
    """Rows of the timing table, rows of the difference table (or None), the reference."""
    reference_tool = next((o.tool for o in outcomes if o.values is not None), "")
    ours_median = next((o.median for o in outcomes if o.tool == "ours"), None)
    timing = [["tool", "median s", "ratio to ours", "compute s", "peak RSS MB", "runs",
               f"values vs {reference_tool or 'ours'}"]]
    for outcome in outcomes:
        median = outcome.median
        compute = outcome.values.compute_seconds if outcome.values else None
        rss = max((run.rss_mb for run in outcome.runs if run.rss_mb is not None), default=None)
        timing.append([
            outcome.tool,
            outcome.status_text(timeout),
            f"{median / ours_median:.2f}" if median and ours_median else "–",
            f"{compute:.3f}" if compute is not None else "–",
            f"{rss:.0f}" if rss is not None else "–",
            str(len(outcome.runs)),
            verdict(outcome, network, reference_tool),
        ])
    labels = [check.label for check in CHECKS[network.task]]
    diffs = [["tool"] + labels]
    for outcome in outcomes:
        if outcome.values is not None and outcome.tool != reference_tool:
            by_label = {difference.label: str(difference) for difference in outcome.diffs}
            diffs.append([outcome.tool] + [by_label.get(label, "n/a") for label in labels])
    return timing, diffs if len(diffs) > 1 else None, reference_tool


def notes(outcomes: List[Outcome]) -> List[str]:
    """Why a tool failed or left output that could not be read."""
    lines = []
    for outcome in outcomes:
        failed = outcome.failed
        if outcome.unreadable:
            lines.append(f"{outcome.tool}: output {outcome.unreadable}")
        elif failed is not None and failed.status == "error":
            lines.append(f"{outcome.tool}: {failed.detail}")
    return lines


def text_table(rows: List[List[str]]) -> str:
    """Rows (the first is the header) as aligned columns."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def markdown_table(rows: List[List[str]]) -> str:
    """Rows (the first is the header) as a Markdown table."""
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |"
              for row in rows[1:]]
    return "\n".join(lines)


def network_title(network: Network, options) -> str:
    """One line naming the network, its size and kind, and the estimate's settings."""
    title = f"{network.name}: {network.actors:,} actors, {network.ties:,} ties, {network.kind}"
    if network.task == "approximate":
        k = sample_size(network.actors, options.epsilon, options.delta)
        title += (f"; degree and betweenness compared, estimated from {k:,} sources "
                  f"(epsilon {options.epsilon:g}, delta {options.delta:g})")
    return title


def report(network: Network, outcomes: List[Outcome], options, markdown: bool) -> str:
    """The tables of one network, as text for the terminal or as Markdown."""
    timing, diffs, reference_tool = network_tables(network, outcomes, options.timeout)
    table = markdown_table if markdown else text_table
    title = network_title(network, options)
    parts = [f"### {title}" if markdown else title, table(timing)]
    if diffs:
        parts += [f"Largest difference from {reference_tool} (relative unless marked abs):",
                  table(diffs)]
    parts += notes(outcomes)
    return "\n\n".join(parts) if markdown else "\n".join(parts)


# --- the machine and the docs ----------------------------------------------------------------


def output_of(command: Sequence[str]) -> str:
    """The first line a command prints, or 'unknown'."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        return (done.stdout or done.stderr).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "unknown"


def first_field(path: str, key: str, separator: str = ":") -> str:
    """The value of the first ``key<separator>value`` line of a file such as /proc/cpuinfo."""
    try:
        for line in Path(path).read_text().splitlines():
            name, found, value = line.partition(separator)
            if found and name.strip() == key:
                return value.strip().strip('"')
    except OSError:
        pass
    return "unknown"


def machine(options) -> List[List[str]]:
    """Rows of the machine table."""
    memory_kb = first_field("/proc/meminfo", "MemTotal").split()[0]
    revision = output_of(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    if output_of(["git", "-C", str(REPO), "status", "--porcelain"]) not in ("", "unknown"):
        revision += " with uncommitted changes"
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    rows = [
        ["cores (nproc)", output_of(["nproc"])],
        ["CPU", first_field("/proc/cpuinfo", "model name")],
        ["RAM", f"{int(memory_kb) / 1024 ** 2:.1f} GiB" if memory_kb.isdigit() else "unknown"],
        ["OS", f"{first_field('/etc/os-release', 'PRETTY_NAME', '=')}, "
               f"Linux {platform.release()}"],
        ["load average at start (1, 5, 15 min)", load],
        ["Swift", output_of(["swift", "--version"])],
        ["netwerkkaart", f"{output_of([str(options.binary), '--version'])}, "
                         f"commit {revision}, `{display_path(options.binary)}`"],
        ["netwerkkaart's Swift runtime", swift_linking(options.binary)],
        ["Python", platform.python_version()],
    ]
    for tool in TOOLS[1:]:  # the Python distributions carry the tools' names
        try:
            rows.append([tool, importlib.metadata.version(tool)])
        except importlib.metadata.PackageNotFoundError:
            rows.append([tool, "not installed"])
    return rows


def swift_linking(binary: Path) -> str:
    """How the binary carries the Swift runtime and Foundation: linked in (built with
    ``--static-swift-stdlib``) or as the toolchain's shared libraries; "unknown" when ``ldd``
    cannot tell (no binary, no ldd, not an ELF file)."""
    if not os.access(binary, os.X_OK):
        return "unknown (no binary)"
    try:
        done = subprocess.run(["ldd", "--", str(binary)], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    if done.returncode != 0:
        return "unknown"
    if "libswiftCore" in done.stdout:
        return "shared libraries of the toolchain"
    return "linked into the binary (`--static-swift-stdlib`)"


def display_path(path: Path) -> str:
    """``path`` relative to the repository if it lies inside, as given otherwise."""
    absolute = Path(os.path.abspath(path))
    return str(absolute.relative_to(REPO)) if absolute.is_relative_to(REPO) else str(path)


DOCS_INTRO = """\
# Performance

Generated by `Benchmarks/benchmark.py` on {date}; do not edit above the "written by hand"
mark (the sections after it are kept when the file is written again). To regenerate with
all networks (this takes long: NetworkX alone needs minutes per medium network and is expected
to run into the time limit on large):

```
python3 Benchmarks/benchmark.py --write-docs
```

This file came from:

```
{command}
```

## What is timed

Every tool computes the same metrics on the same ties file, as its own process:
betweenness (Brandes, raw; undirected pairs counted once), Wasserman-Faust closeness and
harmonic closeness, outward on directed maps, with distance = 1/weight on weighted maps.
netwerkkaart is `netwerkkaart metrics TIES --format json --threads {threads}` (it also computes
degree, density and components); the others are the scripts in `Benchmarks/competitors/`.
A run is timed from process start to exit with `time.perf_counter`: starting the runtime,
importing the library, reading the CSV, computing and writing the results as JSON all count.
*compute s* is the part the script itself timed around the library calls, in its last
repetition (not a median; not available for netwerkkaart). Peak RSS is the process's maximum
resident set size, from GNU time (`%M`); running under GNU time adds about 1 ms to every time.

Tools run in round-robin order, one process at a time; {repetitions}, times are medians.
*ratio to ours* is tool time / netwerkkaart time: above 1 means netwerkkaart is faster.
NetworKit uses {threads} threads (`setNumberOfThreads`), netwerkkaart `--threads {threads}`;
igraph and NetworkX use one. Every run has a time limit of {timeout:g} s.

The values column compares each tool's betweenness, closeness and harmonic closeness with the
reference (netwerkkaart when it ran) per actor, to a relative tolerance of 1e-9 (absolute
1e-12). On weighted maps netwerkkaart and igraph treat path lengths within a relative 1e-9 as
equal; NetworkX and NetworKit compare the floating-point sums exactly, and equal paths need not
have equal sums (1/2 + 1/5 + 1/5 is 0.8999999999999999, 1/5 + 1/5 + 1/2 is 0.9), so their
weighted betweenness can differ and for them only the largest difference is reported.

On networks marked *approximate* (xlarge, xxlarge, regional-union) the exact path metrics
would take hours. There netwerkkaart runs with `--approximate EPSILON --delta DELTA --seed SEED`
(here {epsilon:g}, {delta:g}, {seed}): betweenness, closeness and harmonic closeness estimated
from k sampled sources (the closeness estimates from the same trees, not compared: the
competitors do not estimate them); see
[ApproximateBetweenness.md](Metrics/ApproximateBetweenness.md) and
[ApproximateCloseness.md](Metrics/ApproximateCloseness.md). igraph
(`betweenness(sources=…)` scaled by n/k) and NetworkX (`betweenness_centrality(k=…)`) estimate
from the same number k of distinct random sources; NetworKit runs `EstimateBetweenness` with k
samples, a different estimator without an error bound. Degree must match exactly. The
estimates come from different samples; each is within epsilon of the exact value in
normalized units with probability 1 − delta, so they are compared as the largest absolute
difference of normalized betweenness, which must stay within 2 · epsilon.

## Machine

{machine}

## Networks

Barabási-Albert graphs from `networkx.barabasi_albert_graph` with a fixed seed, written to
`Benchmarks/data/` (see `Benchmarks/networks.py`). medium-weighted and medium-directed have
the ties of medium, with weights 1-5 drawn at random, or each tie pointed one way at random.
xxlarge is the size a region reaches when every school map is joined (10^5 actors, 10^6 ties).
regional-union joins 2,000 copies of the example map basisschool-de-linde into one network,
sharing the partners schools share in practice (inspectorate, one CLB, municipality and library
per region of 40 schools, pools of pedagogical services and universities, a scholengemeenschap
per 8 schools), with extra single-tie local partners (`RegionalUnion` in networks.py).

{networks}

## Results
"""


def network_rows(names: Sequence[str]) -> List[List[str]]:
    """Rows of the networks table."""
    rows = [["network", "actors", "ties", "kind", "metrics"]]
    for name in names:
        network = NETWORKS[name]
        metrics = "path metrics" if network.task == "exact" else (
            "approximate: degree, estimated betweenness (and closeness, ours)")
        rows.append([name, f"{network.actors:,}", f"{network.ties:,}", network.kind, metrics])
    return rows


HAND_WRITTEN_MARK = "<!-- Below this line: written by hand; benchmark.py --write-docs keeps it. -->"


def hand_written_tail() -> str:
    """The part of the current Performance.md from HAND_WRITTEN_MARK on ("" when absent): the
    measurements made by hand (loading, the sweep's experiments), which a run does not redo."""
    try:
        text = DOCS_FILE.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    except (OSError, ValueError) as error:
        print(f"warning: cannot read {display_path(DOCS_FILE)} ({error}); its hand-written part is not kept",
              file=sys.stderr)
        return ""
    start = text.find(HAND_WRITTEN_MARK)
    if start < 0:
        print(f"warning: {display_path(DOCS_FILE)} has no line {HAND_WRITTEN_MARK!r}; "
              f"nothing of it is kept", file=sys.stderr)
        return ""
    return "\n" + text[start:].rstrip("\n") + "\n"


def write_docs(options, sections: List[str], started: datetime.datetime, machine_rows: List[List[str]]) -> None:
    command = "python3 Benchmarks/benchmark.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    intro = DOCS_INTRO.format(
        date=started.strftime("%Y-%m-%d %H:%M %Z"),
        command=command.strip(),
        threads=options.threads,
        repetitions=f"{options.repeat} repetition" + "s" * (options.repeat != 1),
        timeout=options.timeout,
        epsilon=options.epsilon,
        delta=options.delta,
        seed=options.seed,
        machine=markdown_table([["", ""]] + machine_rows),
        networks=markdown_table(network_rows(options.networks)),
    )
    DOCS_FILE.write_text(intro + "\n" + "\n\n".join(sections) + "\n" + hand_written_tail(), encoding="utf-8")
    print(f"wrote {display_path(DOCS_FILE)}", file=sys.stderr)


# --- command line ----------------------------------------------------------------------------


def selection(text: str, known: Sequence[str], what: str) -> List[str]:
    """A comma-separated list of names from ``known`` (argparse type)."""
    chosen = [item.strip() for item in text.split(",") if item.strip()]
    unknown = [item for item in chosen if item not in known]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown {what}: {', '.join(unknown) or '(none)'}; choose from {', '.join(known)}")
    return chosen


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--networks", default=",".join(NETWORKS),
                        type=lambda text: selection(text, list(NETWORKS), "network"),
                        help="comma-separated networks")
    parser.add_argument("--tools", default=",".join(TOOLS),
                        type=lambda text: selection(text, TOOLS, "tool"),
                        help="comma-separated tools")
    parser.add_argument("--repeat", type=int, default=3, help="repetitions per tool (median)")
    parser.add_argument("--threads", type=int, default=2,
                        help="threads for netwerkkaart (--threads) and NetworKit")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per run")
    parser.add_argument("--epsilon", type=float, default=0.05,
                        help="--approximate EPSILON on the approximate networks: the error bound of normalized "
                             "betweenness; sets the number of sampled sources for every tool")
    parser.add_argument("--delta", type=float, default=0.1,
                        help="--delta on the approximate networks: the probability of missing the bound")
    parser.add_argument("--seed", type=int, default=1, help="seed of the sampled sources")
    parser.add_argument("--binary", type=Path, default=DEFAULT_BINARY,
                        help="the netwerkkaart executable")
    parser.add_argument("--write-docs", action="store_true",
                        help=f"write {display_path(DOCS_FILE)}")
    options = parser.parse_args()
    if min(options.repeat, options.threads, options.timeout, options.epsilon) <= 0:
        parser.error("--repeat, --threads, --timeout and --epsilon must be positive")
    if not 0 < options.delta < 1:
        parser.error("--delta must lie between 0 and 1")
    return options


def main() -> int:
    options = parse_args()
    if "ours" in options.tools and not os.access(options.binary, os.X_OK):
        print(f"error: no netwerkkaart executable at {options.binary}.\n"
              f"Build it first with `swift build -c release --static-swift-stdlib` (in {REPO}), "
              f"or pass another one with --binary.", file=sys.stderr)
        return 2
    if not os.access(GNU_TIME, os.X_OK):
        print(f"error: {GNU_TIME} (GNU time) is needed to measure peak memory; "
              f"install it with `apt-get install time`.", file=sys.stderr)
        return 2
    started = datetime.datetime.now().astimezone()
    machine_rows = machine(options)  # the load, commit and binary as the run starts
    tools = [tool for tool in TOOLS if tool in options.tools]
    sections = []
    for name in options.networks:
        network = NETWORKS[name]
        outcomes = benchmark(network, tools, options)
        print("\n" + report(network, outcomes, options, markdown=False) + "\n")
        sections.append(report(network, outcomes, options, markdown=True))
    if options.write_docs:
        write_docs(options, sections, started, machine_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
