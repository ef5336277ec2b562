using System.Diagnostics;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;

namespace LifetimeAssert.Benchmarks;

/// <summary>
/// What one registration in a swept test pays for its creation site: the runtime's stack walk without file information
/// (<c>new StackTrace(0, false)</c>, the only public walk; it always walks the whole stack), at the depth the
/// registration is made, beside the library's whole capture (the walk, then the frames' methods read for a static
/// constructor or a <c>Lazy&lt;T&gt;</c> and the user's frame). xUnit runs a swept test's method about 30 frames deep.
/// </summary>
[MemoryDiagnoser]
public class CreationSiteBenchmarks
{
    /// <summary>Frames added below the benchmark's own (BenchmarkDotNet's harness is about 10 deep).</summary>
    [Params(0, 10, 30)]
    public int Depth { get; set; }

    [Benchmark(Baseline = true)]
    public int StackWalk() => Below(Depth, static () => new StackTrace(0, fNeedFileInfo: false).FrameCount);

    [Benchmark]
    public int CaptureInTest() => Below(Depth, static () => CreationSite.CaptureInTest(typeof(CreationSiteBenchmarks), out _) is null ? 0 : 1);

    // Recursion the JIT cannot fold: each level is one real frame on the stack.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Below(int depth, Func<int> atBottom) => depth == 0 ? atBottom() : Below(depth - 1, atBottom) + 1;
}
