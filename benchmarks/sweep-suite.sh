#!/usr/bin/env bash
# The per-test sweep's cost on a whole suite (issue 18): generates an xUnit v3 suite of CLASSES x TESTS tests that each
# open a tracked SQLite in-memory connection, run a command and read it (LifetimeAssert.SweepSuite), builds it in
# Release once, then runs it RUNS times at each level, alternating LIFETIMEASSERT_SWEEP=off and =dispose so that the
# machine's load falls on both alike. Prints, per level, the medians of the process's wall time, of xUnit's execution
# time and of the process's CPU time (user + system), and the ratios dispose/off.
# Usage: benchmarks/sweep-suite.sh [RUNS] (default 10); CLASSES (default 50) and TESTS (default 10) size the suite.
set -euo pipefail
cd "$(dirname "$0")/LifetimeAssert.SweepSuite"

runs=${1:-10}
classes=${CLASSES:-50}
tests=${TESTS:-10}

mkdir -p Generated
{
  echo "namespace LifetimeAssert.SweepSuite;"
  for ((c = 0; c < classes; c++)); do
    echo
    echo "public sealed class Orders$c"
    echo "{"
    for ((t = 0; t < tests; t++)); do
      n=$((c + t + 1))
      echo "    [Fact]"
      echo "    public void Sum_$t() => Assert.Equal($((n * (n + 1) / 2)), Orders.SumTo($n));"
      [ "$t" -lt $((tests - 1)) ] && echo
    done
    echo "}"
  done
} > Generated/Tests.g.cs

build=$(dotnet build -c Release -nologo -v quiet 2>&1) || { echo "$build" >&2; exit 1; }
suite=bin/Release/net10.0/LifetimeAssert.SweepSuite
expected=$((classes * tests))
times=$(mktemp -d)
trap 'rm -rf "$times"' EXIT

# One run: prints "<wall ms> <xUnit ms> <CPU ms>"; stops the script unless every test passed (and, at dispose, was checked).
run() {
  local out timing
  out=$( { TIMEFORMAT='%R %U %S'; time LIFETIMEASSERT_SWEEP=$1 "$suite" -noColor; } 2>&1) || { echo "$out" >&2; exit 1; }
  grep -q "Total: $expected, Errors: 0, Failed: 0" <<< "$out" || { echo "$out" >&2; echo "not $expected passing tests" >&2; exit 1; }
  if [ "$1" = dispose ]; then
    grep -q "$expected tests checked, 0 leaked" <<< "$out" || { echo "$out" >&2; echo "the sweep did not check $expected tests" >&2; exit 1; }
  fi
  timing=$(tail -1 <<< "$out")
  awk -v t="$timing" -v x="$(sed -n 's/.*Time: \([0-9.]*\)s.*/\1/p' <<< "$out" | tail -1)" \
    'BEGIN { split(t, v, " "); printf "%d %d %d\n", v[1] * 1000, x * 1000, (v[2] + v[3]) * 1000 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# One run of each level first, untimed: the disk cache is warm for every timed run.
run off > /dev/null
run dispose > /dev/null

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= runs; i++)); do
  for level in off dispose; do
    result=$(run $level)
    echo "$result" >> "$times/$level"
    read -r wall xunit cpu <<< "$result"
    echo "run $i $level: wall $wall ms, xUnit $xunit ms, CPU $cpu ms"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

for column in 1 2 3; do
  name=$(sed -n "${column}p" <<< $'wall (process)\nxUnit execution\nCPU (process)')
  off=$(cut -d' ' -f$column "$times/off" | median)
  dispose=$(cut -d' ' -f$column "$times/dispose" | median)
  echo "$name, $expected tests, median of $runs: off $off ms, dispose $dispose ms, ratio $(awk -v a="$dispose" -v b="$off" 'BEGIN { printf "%.3f", a / b }')"
done
