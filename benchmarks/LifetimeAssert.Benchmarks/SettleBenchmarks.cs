using BenchmarkDotNet.Attributes;

namespace LifetimeAssert.Benchmarks;

/// <summary>One settle against a bare Collect/WaitForPendingFinalizers/Collect, at a ~20 MB heap.</summary>
[MemoryDiagnoser]
public class SettleBenchmarks
{
    private readonly long[] _counts = new long[2];
    private readonly long[] _scratch = new long[2];

    [GlobalSetup]
    public void Setup() => Heap.Retain(20);

    [Benchmark(Baseline = true)]
    public void BareCollect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Benchmark]
    public void Settle() => GcSettler.Settle(Sample, _counts, _scratch);

    private static void Sample(long[] counts)
    {
        counts[0] = Timer.ActiveCount;
        counts[1] = ThreadPool.PendingWorkItemCount;
    }
}
