#!/usr/bin/env bash
# Proves that every verdict rule has a test that notices its removal: removes each rule from the source once
# (a text replacement), runs the rule tests, and expects them to fail; the source is restored after each one.
#   bash tests/RuleRemoval/run.sh            # every rule
#   bash tests/RuleRemoval/run.sh extension  # the rules whose name contains "extension"
# Prints one line per rule and exits non-zero when a removal went unnoticed or a replacement no longer applies.
set -uo pipefail
cd "$(dirname "$0")/../.."
filter=${1:-}
project=tests/LifetimeAssert.Tests/LifetimeAssert.Tests.csproj
rules=src/LifetimeAssert/Verdict/VerdictRules.cs
classifier=src/LifetimeAssert/Verdict/GrowthClassifier.cs
sampling=src/LifetimeAssert/Verdict/SamplingRules.cs
window=src/LifetimeAssert/Verdict/JudgedWindow.cs
runner=src/LifetimeAssert/Running/LeakRunner.cs
growth=src/LifetimeAssert/Verdict/SampleGrowth.cs

# name # file # text # replacement
mutations=(
  "rule 1: inconclusive wins#$rules#record.Inconclusive is not null ? LeakVerdict.Inconclusive#false ? LeakVerdict.Inconclusive"
  "rule 2: warm-up runs before the baseline#$runner#await RunBodyAsync(_options.Warmup)#await RunBodyAsync(0)"
  "rule 3: every sample must grow#$classifier#return everyGrew ? GrowthKind.Steady : GrowthKind.Intermittent;#return GrowthKind.Steady;"
  "rule 3: growth is a strict increase#$growth#public static bool Grew(long before, long after) => after > before;#public static bool Grew(long before, long after) => after >= before;"
  "rule 3: allowed growth#$classifier#if (net <= allowedGrowth)#if (net <= 0)"
  "rule 3: extension while growing#$rules#&& probes.Any(p => p.Judged#&& false && probes.Any(p => p.Judged"
  "rule 3: extension capped at ceil(2R/3) samples#$rules#(taken < rules.Samples + rules.ExtensionSamples#(true"
  "rule 3: extension samples 3k runs apart#$sampling#public int RunsBefore(int sample) => sample <= Samples ? SampleEvery : SampleEvery * ExtensionSpacing;#public int RunsBefore(int sample) => SampleEvery;"
  "rule 3: the extended window holds R samples#$sampling#JudgedWindow.Spaced(end, Samples, #JudgedWindow.Spaced(end, Samples - 1, "
  "rule 3: the extended window is evenly spaced#$window#Junction - ((back - (End - Junction)) * Stride)#Junction - (back - (End - Junction))"
  "rule 4: intermittent growth is re-sampled#$rules#return intervals.Length > 0 ? intervals.Max() : null;#return null;"
  "rule 4: the period is estimated from the samples that grew, not the net growth#$rules#p.Judgement.Window.GrowingSamples(p.Series.Values),#(int)p.Judgement.Window.Deltas(p.Series.Values).Sum(),"
  "rule 4: re-sampling capped at 8k#$classifier#internal const int MaxResampleFactor = 8;#internal const int MaxResampleFactor = 64;"
  "rule 4: a leak only if every new sample grew#$rules#var grew = again.Growth(values, rules.AllowedGrowth) == GrowthKind.Steady;#var grew = true;"
  "rule 5: the hard settle must still show the growth#$rules#return values[at] - window.StartValue(values) > rules.AllowedGrowth#return true"
  "rule 6: a check of missing types checks nothing#$rules#if (missing.Length == 0 || strict == false)#if (missing.Length >= 0)"
  "rule 6: strict fails on any missing type#$rules#return strict == true || #return "
  "reported probes are never judged#$rules#if (!probe.Judged)#if (probe.Judged && !probe.Judged)"
  "floor: the first window's runs per allowed object#$sampling#var perObject = windowRuns / (AllowedGrowth + 1);#var perObject = windowRuns;"
  "floor: at most re-sampling's 8k runs#$sampling#: perObject > resampleReach ? new DetectionFloor#: false ? new DetectionFloor"
  "floor: objects per run beyond the allowance#$sampling#new DetectionFloor((AllowedGrowth / windowRuns) + 1, 1#new DetectionFloor(1, 1"
  "rule 7: process-wide leaks warn when not alone#$rules#if (sharedProcess && (record.Overlapped || !record.RunsAlone))#if (record.Probes.Count < 0)"
)

dotnet build "$project" -c Debug -nologo -v q >/dev/null || { echo "the tests do not build as they are" >&2; exit 2; }
unnoticed=0

# The restored file is touched: keeping the copy's older time would let the next build reuse the mutated binary.
restore() { mv "$1.orig" "$1" && touch "$1"; }
for mutation in "${mutations[@]}"; do
  IFS='#' read -r name file text replacement <<<"$mutation"
  [[ -z "$filter" || "$name" == *"$filter"* ]] || continue
  cp "$file" "$file.orig"
  if ! python3 - "$file" "$text" "$replacement" <<'PY'
import sys
path, text, replacement = sys.argv[1:4]
source = open(path).read()
if source.count(text) != 1:
    sys.exit(f"{path}: expected the text once, found it {source.count(text)} times: {text}")
open(path, 'w').write(source.replace(text, replacement))
PY
  then
    restore "$file"; echo "STALE      $name"; unnoticed=$((unnoticed + 1)); continue
  fi
  log=$(mktemp)
  dotnet test --project "$project" -c Debug -- --filter-method '*.Rule*' --filter-method '*Reported_probes*' --filter-method '*failed_to_stop*' >"$log" 2>&1
  failed=$(grep -oE 'failed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  if [[ -z "$failed" ]]; then
    echo "BROKEN     $name (the replacement does not build; see $log)"; unnoticed=$((unnoticed + 1)); restore "$file"; continue
  elif [[ "$failed" == 0 ]]; then
    echo "UNNOTICED  $name"; unnoticed=$((unnoticed + 1))
  else
    echo "noticed    $name ($failed tests failed)"
  fi
  rm -f "$log"
  restore "$file"
done
dotnet build "$project" -c Debug -nologo -v q >/dev/null
exit $((unnoticed > 0))
