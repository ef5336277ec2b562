using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using LifetimeAssert.HeapCensus;

namespace LifetimeAssert.Benchmarks;

/// <summary>
/// A whole census check (one name, <c>Iterations = 12</c>, default warm-up) at a ~20 MB heap, of a body that keeps
/// one object per run and of one that drops it, on the current engine and on an earlier build loaded beside it
/// (<see cref="BeforeEngine"/>), so that the ratios come from one run. The heap walks and verdicts of each are printed
/// at the end of each benchmark's process.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CensusCheckBenchmarks
{
    private const int Iterations = 12;

    private static readonly List<Kept> KeptObjects = [];

    private readonly List<long> _walks = [];
    private readonly List<string> _verdicts = [];
    private BeforeEngine? _before;

    [GlobalSetup]
    public void Setup()
    {
        Heap.Retain(20);
        _before = BeforeEngine.Load(typeof(Kept).FullName!, Iterations);
    }

    [IterationCleanup]
    public void ClearKept() => KeptObjects.Clear();

    [GlobalCleanup]
    public void PrintWalks() =>
        Console.WriteLine($"// HeapWalks per check: {string.Join(", ", _walks)}; verdicts: {string.Join(", ", _verdicts.Distinct())}");

    [Benchmark(Baseline = true), BenchmarkCategory("leaking")]
    public Task<string> LeakingBefore() => BeforeAsync(() => KeptObjects.Add(new Kept()));

    [Benchmark, BenchmarkCategory("leaking")]
    public Task<string> LeakingAfter() => AfterAsync(() => KeptObjects.Add(new Kept()));

    [Benchmark(Baseline = true), BenchmarkCategory("clean")]
    public Task<string> CleanBefore() => BeforeAsync(() => GC.KeepAlive(new Kept()));

    [Benchmark, BenchmarkCategory("clean")]
    public Task<string> CleanAfter() => AfterAsync(() => GC.KeepAlive(new Kept()));

    private async Task<string> BeforeAsync(Action body)
    {
        var before = _before!.Walks;
        var verdict = await _before.CheckAsync(body).ConfigureAwait(false);
        _walks.Add(_before.Walks - before);
        _verdicts.Add(verdict);
        return verdict;
    }

    private async Task<string> AfterAsync(Action body)
    {
        var before = HeapSnapshotter.Walks;
        var report = await Leak.CheckAsync(body, o => o.Census(typeof(Kept).FullName!).Iterations(Iterations)).ConfigureAwait(false);
        _walks.Add(HeapSnapshotter.Walks - before);
        _verdicts.Add(report.Verdict.ToString());
        return report.Verdict.ToString();
    }

    private sealed class Kept;
}
