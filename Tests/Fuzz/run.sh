#!/usr/bin/env bash
# Runs the fuzzer (Tests/Fuzz/main.swift) over every reader, SECONDS each, and keeps what it
# finds: an input that crashed or hung the process is copied to Tests/Fixtures/fuzz-crashes/
# (a regression fixture, replayed by FuzzRegressionTests) and the run goes on with the next
# seed; round trips that did not read back are listed by the fuzzer itself.
#
#   Tests/Fuzz/run.sh [SECONDS-PER-READER] [SEED]      (defaults: 6 s, seed 1; from the package root)
#
# FUZZ_EXECUTIONS=N also stops each reader after N inputs: with a seed, the same inputs on any
# machine (what .ci/run uses, so that CI does not depend on the machine's speed).
# FUZZ_DOWNSTREAM_EVERY=N runs the stages after the reader (network, metrics, reports, drawing,
# round trip) for at most one new map in N inputs (default 1: every new map); a long run sets it.
# FUZZ_BINARY names the fuzzer to run (a release build: 10 times the executions of a debug one);
# FUZZ_WORK the folder for its work files (default /dev/shm, else TMPDIR).
# FUZZ_READERS="csv dl ..." runs only those readers (default: all), so that a long run can be
# split over the machine's cores: one run.sh per core, each with its share of the readers.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-6}"
seed="${2:-1}"
binary="${FUZZ_BINARY:-$(swift build --show-bin-path)/fuzz-readers}"
# In memory (/dev/shm) where the machine has it: each input is written to a file before it is
# read, and on a disk shared with other builds those writes cost more than the reading.
base="${FUZZ_WORK:-$([ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")}"
work="$base/netwerkkaart-fuzz-$$"
crashes="Tests/Fixtures/fuzz-crashes"
status=0
first="${FUZZ_READERS:-csv}"; first="${first%% *}"
for reader in ${FUZZ_READERS:-csv edgelist yaml json node-link xlsx graphml gexf pajek dl vna}; do
  attempt=0
  while :; do
    "$binary" --reader "$reader" --seconds "$seconds" --seed "$((seed + attempt))" --work "$work" \
      ${FUZZ_EXECUTIONS:+--executions "$FUZZ_EXECUTIONS"} ${FUZZ_DOWNSTREAM_EVERY:+--downstream-every "$FUZZ_DOWNSTREAM_EVERY"} \
      | { [ "$reader" = "$first" ] && [ "$attempt" = 0 ] && cat || tail -n +2; }
    code=${PIPESTATUS[0]}
    [ "$code" -le 1 ] && { [ "$code" = 1 ] && status=1; break; }
    # 126/127: the fuzzer could not be started (not built, or being rebuilt): not a finding.
    [ "$code" -ge 126 ] && [ "$code" -le 128 ] && { echo "fuzz-readers could not run (exit $code)"; status=1; break; }
    # Crash (signal) or hang (3): keep the input and go on with the next seed.
    status=1
    mkdir -p "$crashes"
    kept="$crashes/$reader-$(date +%s)-$attempt-$(basename "$(ls "$work/current" | head -1)")"
    cp -r "$work/current/"* "$kept" 2>/dev/null
    echo "CRASH (exit $code) in $reader: input kept as $kept"
    attempt=$((attempt + 1))
    [ "$attempt" -ge 5 ] && break
  done
done
# Round trips that did not read back: kept for a look (they are not crashes).
if [ -d "$work/findings" ]; then
  mkdir -p .build/fuzz-findings && cp -r "$work/findings/." .build/fuzz-findings/
  echo "round-trip findings kept in .build/fuzz-findings"
fi
rm -rf "$work"
exit "$status"
