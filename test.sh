#!/usr/bin/env bash
# Runs every test project of the solution in Debug and in Release, then the engine's tests once more in
# Release with tiered compilation off (the JIT-lifetime false positive differs per mode), and prints
# "N passed, N failed, N skipped" computed from the TRX files the runs wrote.
set -uo pipefail
cd "$(dirname "$0")"

results="$PWD/TestResults/trx"
rm -rf "$results"
mkdir -p "$results"
status=0

run() {
  local name=$1
  shift
  echo "== $name: dotnet test $*"
  dotnet test "$@" --report-trx --results-directory "$results/$name" --progress off --no-ansi || status=1
}

for config in Debug Release; do
  dotnet build LifetimeAssert.sln -c "$config" -nologo -v quiet || { echo "build failed ($config)"; echo "0 passed, 1 failed"; exit 1; }
done

run debug --solution LifetimeAssert.sln -c Debug --no-build
run release --solution LifetimeAssert.sln -c Release --no-build
DOTNET_TieredCompilation=0 run release-no-tiering --project tests/LifetimeAssert.Tests -c Release --no-build

passed=0; failed=0; skipped=0
for trx in $(find "$results" -name '*.trx'); do
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done

# A test process that crashed writes no failing counter: never let that look green.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
if [ "$passed" -eq 0 ]; then
  echo "no test ran"
  status=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
