using System.Reflection;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using LifetimeAssert.Adapters;
using LifetimeAssert.Benchmarks;

[assembly: BenchmarkSweep]

namespace LifetimeAssert.Benchmarks;

/// <summary>
/// One swept test's begin and end through the adapter API (what an xUnit, NUnit or MSTest adapter calls around every
/// test), at a ~20 MB live heap, against one settle of that heap: a test that registered nothing, one that disposed
/// what it registered, and (collect level) one whose object expected collected is gone.
/// </summary>
[MemoryDiagnoser]
public class SweepBenchmarks
{
    private static readonly MethodInfo Method = typeof(SweepBenchmarks).GetMethod(nameof(Test), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly TestName Name = TestName.FromDisplayName(typeof(SweepBenchmarks), "SweepBenchmarks.Test");
    private readonly long[] _counts = new long[2];
    private readonly long[] _scratch = new long[2];
    private LeakSweep _sweep = null!;

    [GlobalSetup(Targets = [nameof(DisposeLevelNothingRegistered), nameof(DisposeLevelOneDisposed)])]
    public void DisposeLevel() => Setup(SweepLevel.Dispose);

    [GlobalSetup(Targets = [nameof(CollectLevelNothingRegistered), nameof(CollectLevelOneCollected)])]
    public void CollectLevel() => Setup(SweepLevel.Collect);

    [GlobalSetup(Target = nameof(Settle))]
    public void Yardstick() => Heap.Retain(20);

    [Benchmark(Baseline = true)]
    public void Settle() => GcSettler.Settle(Sample, _counts, _scratch);

    [Benchmark]
    public CheckFailedException? DisposeLevelNothingRegistered() => Begin().End(testPassed: true, NoOutput.Instance);

    [Benchmark]
    public CheckFailedException? DisposeLevelOneDisposed()
    {
        var test = Begin();
        LifetimeTracker.TrackDisposable(new object()).MarkDisposed();
        return test.End(testPassed: true, NoOutput.Instance);
    }

    [Benchmark]
    public CheckFailedException? CollectLevelNothingRegistered() => Begin().End(testPassed: true, NoOutput.Instance);

    [Benchmark]
    public CheckFailedException? CollectLevelOneCollected()
    {
        var test = Begin();
        ExpectOneCollected();
        return test.End(testPassed: true, NoOutput.Instance);
    }

    private static void Test()
    {
    }

    // Not inlined: nothing on the benchmark's own frame keeps the object alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExpectOneCollected() => LifetimeTracker.ExpectCollected(new object());

    private static void Sample(long[] counts)
    {
        counts[0] = Timer.ActiveCount;
        counts[1] = ThreadPool.PendingWorkItemCount;
    }

    private void Setup(SweepLevel level)
    {
        Heap.Retain(20);
        LeakSweep.SetLevelForRun(level);
        _sweep = LeakSweep.Of(typeof(SweepBenchmarks).Assembly) ?? throw new InvalidOperationException("the benchmarks assembly carries no sweep attribute");
    }

    private SweptTest Begin() => _sweep.Begin(Method, typeof(SweepBenchmarks), Name, runsAlone: false) ?? throw new InvalidOperationException("the sweep is off");

    private sealed class NoOutput : ICheckOutput
    {
        public static readonly NoOutput Instance = new();

        public void WriteLine(string text)
        {
        }

        public void Attach(ReportFile file)
        {
        }
    }
}
