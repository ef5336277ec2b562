using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LifetimeAssert.HeapCensus;

namespace LifetimeAssert.Benchmarks;

/// <summary>
/// A whole census check (one name, <c>Iterations = 12</c>, default warm-up) at a ~20 MB heap, of a body that keeps
/// one object per run and of one that drops it. The heap walks each check took (the census package's own count)
/// are printed at the end of each benchmark's process.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CensusCheckBenchmarks
{
    private static readonly List<Kept> KeptObjects = [];

    private readonly List<long> _walks = [];
    private readonly List<LeakVerdict> _verdicts = [];

    [GlobalSetup]
    public void Setup() => Heap.Retain(20);

    [IterationCleanup]
    public void ClearKept() => KeptObjects.Clear();

    [GlobalCleanup]
    public void PrintWalks() =>
        Console.WriteLine($"// HeapWalks per check: {string.Join(", ", _walks)}; verdicts: {string.Join(", ", _verdicts.Distinct())}");

    [Benchmark]
    public Task<LeakVerdict> LeakingCensusCheck() => CheckAsync(() => KeptObjects.Add(new Kept()));

    [Benchmark]
    public Task<LeakVerdict> CleanCensusCheck() => CheckAsync(() => GC.KeepAlive(new Kept()));

    private async Task<LeakVerdict> CheckAsync(Action body)
    {
        var before = HeapSnapshotter.Walks;
        var report = await Leak.CheckAsync(body, o => o.Census(typeof(Kept).FullName!).Iterations(12));
        _walks.Add(HeapSnapshotter.Walks - before);
        _verdicts.Add(report.Verdict);
        return report.Verdict;
    }

    private sealed class Kept;
}
