#!/usr/bin/env bash
# Measures what the LifetimeAssert analyzer adds to a build of many test projects. Generates PROJECTS small test
# projects (CLASSES classes of TESTS checked tests each, plus a class of plain code) that reference one stand-in
# library for LifetimeAssert and xUnit, so nothing is restored from a feed. Then:
#   1. wall time of full rebuilds (--no-incremental) without and with the analyzer, alternating, RUNS each;
#   2. one project's compilation run directly (csc with MSBuild's command line), CSC_RUNS times without and with
#      the analyzer: its exact CPU time and, with /reportanalyzer, every analyzer's time.
# The analyzer is added with an <Analyzer Include="..."/> item, as the package does for its consumers.
#
#   bash benchmarks/analyzer-cost.sh                 # 50 projects, 5 classes x 4 tests, 5 builds and 10 csc runs per mode
#   PROJECTS=10 RUNS=1 bash benchmarks/analyzer-cost.sh
#
# Prints a markdown summary; KEEP=1 keeps the generated folder for a look at the logs.
set -euo pipefail
cd "$(dirname "$0")/.."

projects=${PROJECTS:-50}
classes=${CLASSES:-5}
tests=${TESTS:-4}
runs=${RUNS:-5}

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

# Prints the wall time (ms) of one full rebuild; $1 = true|false (analyzer), $2.. = extra MSBuild arguments.
build() {
  local with=$1
  shift
  local start end
  start=$(date +%s%N)
  dotnet build "$work/All.slnx" -c Release --no-restore --no-incremental -nologo -nodeReuse:false \
    -p:WithLifetimeAssertAnalyzer="$with" "$@" >"$work/last-build.log" 2>&1 || { cat "$work/last-build.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
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
build false -p:UseSharedCompilation=true >/dev/null
build true -p:UseSharedCompilation=true >/dev/null

# 1. As developers build: the compiler server on (named explicitly, since an environment may turn it off), wall time.
without=(); with=()
for ((r = 1; r <= runs; r++)); do
  without+=("$(build false -p:UseSharedCompilation=true)")
  with+=("$(build true -p:UseSharedCompilation=true)")
done

# 2. One compilation, run directly: csc with the command line MSBuild gave it for Tests1, without and with the
#    analyzer, alternating. Each csc is a child of this shell, so its CPU time is exact, and a compilation that loads
#    (and JIT-compiles) the analyzer afresh is the worst case: the compiler server keeps analyzers loaded.
build true -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:detailed >/dev/null
csc_line=$(grep -E 'bincore/csc(\.dll)? /noconfig' "$work/last-build.log" | grep -F '/out:obj/Release/net10.0/Tests1.dll' | head -1 \
  | sed -E 's/^[[:space:]]*//')
csc=${csc_line%% /noconfig*}
echo "${csc_line#"$csc" }" >"$work/with.rsp"
sed "s| /analyzer:$analyzer||" "$work/with.rsp" >"$work/without.rsp"
grep -qF "/analyzer:$analyzer" "$work/with.rsp" && ! grep -qF "/analyzer:$analyzer" "$work/without.rsp" \
  || { echo "could not find the analyzer on csc's command line" >&2; exit 1; }

compile() { # $1 = with|without; prints "cpu-ms analyzers-ms ours-ms"
  local before output
  children_cpu_ms
  before=$cpu_ms
  output=$(cd "$work/Tests1" && "$csc" "@$work/$1.rsp")
  children_cpu_ms
  echo "$((cpu_ms - before)) $(echo "$output" | awk '
    /Total analyzer execution time/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9.]+$/) total = $i * 1000 }
    /LeakAttributeAnalyzer \(/ { gsub("<", "", $1); ours = $1 * 1000 }
    END { printf "%d %d", total, ours }')"
}

compile without >/dev/null
compile with >/dev/null
csc_runs=${CSC_RUNS:-10}
cpu_without=(); cpu_with=(); an_without=(); an_with=(); an_ours=()
for ((r = 1; r <= csc_runs; r++)); do
  read -r c t _ <<<"$(compile without)"
  cpu_without+=("$c"); an_without+=("$t")
  read -r c t o <<<"$(compile with)"
  cpu_with+=("$c"); an_with+=("$t"); an_ours+=("$o")
done

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
ms_without=$(printf '%s\n' "${without[@]}" | median)
ms_with=$(printf '%s\n' "${with[@]}" | median)
cpu_ms_without=$(printf '%s\n' "${cpu_without[@]}" | median)
cpu_ms_with=$(printf '%s\n' "${cpu_with[@]}" | median)
an_ms_without=$(printf '%s\n' "${an_without[@]}" | median)
an_ms_with=$(printf '%s\n' "${an_with[@]}" | median)
an_ms_ours=$(printf '%s\n' "${an_ours[@]}" | median)
percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f %%", (b - a) * 100 / a }'; }

cat <<EOF

## Analyzer cost on a build of $projects test projects

    bash benchmarks/analyzer-cost.sh   # PROJECTS=$projects CLASSES=$classes TESTS=$tests RUNS=$runs CSC_RUNS=$csc_runs

$projects generated projects of $classes classes x $tests tests ($((projects * classes * tests)) tests; half of the classes checked at class level,
the others per method) and one stand-in library for LifetimeAssert and xUnit; $(nproc) cores, .NET SDK $(dotnet --version).
Load average (1, 5, 15 min) $load_before at the start, $load_after at the end.

| measure | without the analyzer | with the analyzer | difference |
|---|---:|---:|---:|
| whole build, wall time, compiler server on (median of $runs) | $(seconds "$ms_without") | $(seconds "$ms_with") | $(percent "$ms_without" "$ms_with") |
| one project's csc, CPU time, analyzer loaded afresh (median of $csc_runs) | $cpu_ms_without ms | $cpu_ms_with ms | $((cpu_ms_with - cpu_ms_without)) ms ($(percent "$cpu_ms_without" "$cpu_ms_with")) |
| one project's csc, all analyzers' time (\`/reportanalyzer\`, median) | $an_ms_without ms | $an_ms_with ms | $((an_ms_with - an_ms_without)) ms |

Whole builds: \`dotnet build --no-incremental -c Release -p:UseSharedCompilation=true\`, modes alternating; runs (ms)
without ${without[*]}, with ${with[*]}. The csc rows run the compiler directly with the command line MSBuild gave it
for one project (20 tests), alternating; CPU (ms) without ${cpu_without[*]}, with ${cpu_with[*]}.
\`/reportanalyzer\` charges LeakAttributeAnalyzer ${an_ms_ours} ms (median) of that, but an analyzer is charged for the
symbol binding its callbacks are first to ask for, which the compiler or another analyzer does otherwise: the
difference of the totals is what it adds.
EOF
