#!/usr/bin/env bash
# Builds the core and census package of an earlier commit (default bb1091b: the engine before issue 9, with the heap
# walk counter only) into a temporary folder, then runs the whole-census-check benchmark with both engines in one run.
#   bash benchmarks/census-before-after.sh [commit]
set -euo pipefail
cd "$(dirname "$0")/.."
commit=${1:-bb1091b}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/source" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/source" "$commit" >/dev/null
dotnet build "$work/source/src/LifetimeAssert.HeapCensus/LifetimeAssert.HeapCensus.csproj" -c Release -nologo -v q -o "$work/before"
LIFETIMEASSERT_BEFORE="$work/before" dotnet run -c Release --project benchmarks/LifetimeAssert.Benchmarks -- --filter '*CensusCheckBenchmarks*'
