#!/usr/bin/env bash
# Measures what the LifetimeAssert analyzer adds to a build of many test projects. Generates PROJECTS small test
# projects (CLASSES classes of TESTS checked tests each, plus a class of plain code) that reference one stand-in
# library for LifetimeAssert and xUnit, so nothing is restored from a feed. Then:
#   1. wall time of full rebuilds (--no-incremental) without and with the analyzer, alternating, RUNS each;
#   2. one build with -p:ReportAnalyzer=true, whose compiler output gives each analyzer's own time per project.
# The analyzer is added with an <Analyzer Include="..."/> item, as the package does for its consumers.
#
#   bash benchmarks/analyzer-cost.sh                 # 50 projects, 5 classes x 4 tests, 3 runs per mode
#   PROJECTS=10 RUNS=1 bash benchmarks/analyzer-cost.sh
#
# Prints a markdown summary; KEEP=1 keeps the generated folder for a look at the logs.
set -euo pipefail
cd "$(dirname "$0")/.."

projects=${PROJECTS:-50}
classes=${CLASSES:-5}
tests=${TESTS:-4}
runs=${RUNS:-3}

dotnet build src/LifetimeAssert.Analyzers/LifetimeAssert.Analyzers.csproj -c Release -nologo -v quiet >/dev/null
analyzer="$PWD/src/LifetimeAssert.Analyzers/bin/Release/netstandard2.0/LifetimeAssert.Analyzers.dll"
[ -f "$analyzer" ] || { echo "analyzer not built: $analyzer" >&2; exit 1; }

work=$(mktemp -d /tmp/analyzer-cost.XXXXXX)
if [ "${KEEP:-0}" != 1 ]; then
  trap 'rm -rf "$work"' EXIT
fi

# Outside the repository: its Directory.Build.props (SourceLink, warnings as errors) must not apply.
cat >"$work/Directory.Build.props" <<EOF
<Project>
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <LangVersion>latest</LangVersion>
  </PropertyGroup>
  <ItemGroup Condition="'\$(WithLifetimeAssertAnalyzer)' == 'true'">
    <Analyzer Include="$analyzer" />
  </ItemGroup>
</Project>
EOF

mkdir -p "$work/Stubs"
cat >"$work/Stubs/Stubs.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk" />
EOF
cat >"$work/Stubs/Stubs.cs" <<'EOF'
namespace LifetimeAssert
{
    [System.Flags]
    public enum ProcessProbes { None = 0, Timers = 1 }

    public abstract class LeakCheckAttribute : System.Attribute
    {
        public int Iterations { get; set; }
        public int SampleEvery { get; set; }
        public bool RunAlone { get; set; }
        public System.Type[] Track { get; set; } = [];
        public ProcessProbes Judge { get; set; }
    }
}

namespace LifetimeAssert.Xunit
{
    [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Class | System.AttributeTargets.Assembly)]
    public sealed class AssertNoLeakAttribute : LifetimeAssert.LeakCheckAttribute { }

    public sealed class LeakTestFramework { }
}

namespace Xunit
{
    [System.AttributeUsage(System.AttributeTargets.Method)]
    public class FactAttribute : System.Attribute { }

    public class TheoryAttribute : FactAttribute { }

    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
    public sealed class InlineDataAttribute(params object[] data) : System.Attribute { }

    [System.AttributeUsage(System.AttributeTargets.Assembly)]
    public sealed class TestFrameworkAttribute(System.Type frameworkType) : System.Attribute { }
}
EOF

for ((p = 1; p <= projects; p++)); do
  dir="$work/Tests$p"
  mkdir -p "$dir"
  cat >"$dir/Tests$p.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup>
    <ProjectReference Include="../Stubs/Stubs.csproj" />
  </ItemGroup>
</Project>
EOF
  {
    echo "[assembly: Xunit.TestFramework(typeof(LifetimeAssert.Xunit.LeakTestFramework))]"
    echo "namespace Tests$p;"
    echo "public sealed class Session : IDisposable { public void Dispose() { } }"
    echo "public static class Code"
    echo "{"
    echo "    public static int Sum(IEnumerable<int> values) => values.Where(v => v > 0).Sum();"
    echo "    public static string Name(int id) => \$\"item {id}\";"
    echo "}"
  } >"$dir/Code.cs"
  for ((c = 1; c <= classes; c++)); do
    {
      echo "using LifetimeAssert.Xunit;"
      echo "using Xunit;"
      echo "namespace Tests$p;"
      # Every other class is checked at class level; the others per method.
      if ((c % 2 == 0)); then
        echo "[AssertNoLeak(Iterations = 20, Track = [typeof(Session)])]"
      fi
      echo "public class Class${c}Tests"
      echo "{"
      for ((t = 1; t <= tests; t++)); do
        if ((c % 2 == 0)); then
          echo "    [Fact]"
        elif ((t % 2 == 0)); then
          echo "    [Theory, InlineData(1), InlineData(2), AssertNoLeak(Iterations = 16, SampleEvery = 4, Track = [typeof(Session)])]"
        else
          echo "    [Fact, AssertNoLeak(Track = [typeof(Session)])]"
        fi
        if ((c % 2 == 1 && t % 2 == 0)); then
          echo "    public void Test$t(int value) { using var session = new Session(); _ = Code.Sum([value, $t]); }"
        else
          echo "    public void Test$t() { using var session = new Session(); _ = Code.Name($t); }"
        fi
      done
      echo "}"
    } >"$dir/Class$c.cs"
  done
done

# .slnx: what dotnet new sln makes from .NET 10 on, named explicitly so older SDKs do the same.
(cd "$work" && dotnet new sln -n All --format slnx >/dev/null && dotnet sln All.slnx add Stubs/Stubs.csproj Tests*/Tests*.csproj >/dev/null)
dotnet restore "$work/All.slnx" -v quiet >/dev/null

# Prints "wall-ms cpu-ms" of one full rebuild; $1 = true|false (analyzer), $2.. = extra MSBuild arguments. The CPU
# time is that of the processes the build waited for: MSBuild's nodes (no node reuse) and, with the compiler server
# off, every csc; a running compiler server's own time is not in it.
build() {
  local with=$1
  shift
  local start end cpu_before
  children_cpu_ms
  cpu_before=$cpu_ms
  start=$(date +%s%N)
  dotnet build "$work/All.slnx" -c Release --no-restore --no-incremental -nologo -nodeReuse:false \
    -p:WithLifetimeAssertAnalyzer="$with" "$@" >"$work/last-build.log" 2>&1 || { cat "$work/last-build.log" >&2; exit 1; }
  end=$(date +%s%N)
  children_cpu_ms
  echo "$(((end - start) / 1000000)) $((cpu_ms - cpu_before))"
}

# Sets cpu_ms to the user + system time of this shell's finished children, from the second line of the builtin
# "times" ("XmY.YYYs"). "times" must run in the shell that waited for the build, not in a command substitution's
# subshell, whose children are its own: hence a variable and a file.
children_cpu_ms() {
  times >"$work/times.txt"
  cpu_ms=$(sed -n 2p "$work/times.txt" | awk '{
    ms = 0
    for (i = 1; i <= 2; i++) { split($i, t, "m"); sub("s", "", t[2]); ms += t[1] * 60000 + t[2] * 1000 }
    printf "%d", ms
  }')
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
seconds() { printf '%d.%02d s' $(($1 / 1000)) $((($1 % 1000) / 10)); }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# Warm up the compiler server and the file cache in both modes before measuring.
build false >/dev/null
build true >/dev/null

# 1. As developers build: the compiler server on (named explicitly, since an environment may turn it off), wall time.
without=(); with=()
for ((r = 1; r <= runs; r++)); do
  without+=("$(build false -p:UseSharedCompilation=true | cut -d' ' -f1)")
  with+=("$(build true -p:UseSharedCompilation=true | cut -d' ' -f1)")
done

# 2. The compiler server off: every compilation is a process of its own, loads (and JIT-compiles) the analyzer
#    anew, and its CPU time is counted; the least noisy measure of the work the analyzer adds.
cpu_without=(); cpu_with=()
for ((r = 1; r <= runs; r++)); do
  cpu_without+=("$(build false -p:UseSharedCompilation=false | cut -d' ' -f2)")
  cpu_with+=("$(build true -p:UseSharedCompilation=false | cut -d' ' -f2)")
done

# 3. Compiler output with -p:ReportAnalyzer=true (compiler server off): per compilation, "Total analyzer execution
#    time" and one line per analyzer assembly and type with its seconds in the first column. An analyzer is charged
#    for the binding its callbacks are first to ask for, which another analyzer or the compiler does otherwise: the
#    total over all analyzers, without and with ours, is the fair comparison.
total_analyzer_time() {
  grep -E 'Total analyzer execution time' "$1" | sed -E 's/.*Total analyzer execution time: ([0-9.]+).*/\1/' \
    | awk '{ s += $1; n++ } END { printf "%.2f %d", s, n }'
}
build false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:detailed >/dev/null
cp "$work/last-build.log" "$work/report-analyzer-without.log"
build true -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:detailed >/dev/null
cp "$work/last-build.log" "$work/report-analyzer-with.log"
ours=$(grep -E 'LifetimeAssert\.Analyzers\.LeakAttributeAnalyzer \(' "$work/report-analyzer-with.log" \
  | sed -E 's/^[[:space:]]*([0-9]+>)?[[:space:]]*//' | awk '{ gsub("<", "", $1); s += $1; n++ } END { printf "%.2f %d", s, n }')
all_without=$(total_analyzer_time "$work/report-analyzer-without.log")
all_with=$(total_analyzer_time "$work/report-analyzer-with.log")

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
ms_without=$(printf '%s\n' "${without[@]}" | median)
ms_with=$(printf '%s\n' "${with[@]}" | median)
cpu_ms_without=$(printf '%s\n' "${cpu_without[@]}" | median)
cpu_ms_with=$(printf '%s\n' "${cpu_with[@]}" | median)
read -r ours_s ours_n <<<"$ours"
read -r all_without_s all_n <<<"$all_without"
read -r all_with_s _ <<<"$all_with"

cat <<EOF

## Analyzer cost on a build of $projects test projects

    bash benchmarks/analyzer-cost.sh   # PROJECTS=$projects CLASSES=$classes TESTS=$tests RUNS=$runs

$projects projects of $classes classes x $tests tests ($((projects * classes * tests)) tests; half of the classes checked at class level,
the others per method) and one stand-in library, \`dotnet build --no-incremental -c Release\`, $(nproc) cores, .NET SDK
$(dotnet --version). Modes alternate; medians of $runs full rebuilds. Load average (1, 5, 15 min) $load_before at the start,
$load_after at the end: other work on the machine moves the wall times, far less the CPU times.

| build | without the analyzer | with the analyzer | difference |
|---|---:|---:|---:|
| wall time, compiler server on | $(seconds "$ms_without") | $(seconds "$ms_with") | $(awk -v a="$ms_without" -v b="$ms_with" 'BEGIN { printf "%+.1f %%", (b - a) * 100 / a }') |
| CPU time, compiler server off | $(seconds "$cpu_ms_without") | $(seconds "$cpu_ms_with") | $(awk -v a="$cpu_ms_without" -v b="$cpu_ms_with" 'BEGIN { printf "%+.1f %%", (b - a) * 100 / a }') |

Runs (ms): wall without ${without[*]}; wall with ${with[*]}; CPU without ${cpu_without[*]}; CPU with ${cpu_with[*]}.

\`-p:ReportAnalyzer=true\` (compiler server off), summed over the $all_n compilations: all analyzers (the SDK's own
included) ${all_without_s} s without ours, ${all_with_s} s with it, of which LeakAttributeAnalyzer ${ours_s} s. An analyzer is charged
for the symbol binding its callbacks are first to ask for, which the compiler or another analyzer does otherwise; the
difference of the totals is what it adds.
EOF
